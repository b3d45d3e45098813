"""Shared fixtures: the app with a fake or real analyzer, a test client, live gunicorn servers."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from service import create_app
from service.config import Settings
from service.nlp.stanza_parser import SHIPPED_FILES
from tests.fakes import FakeAnalyzer

ROOT = Path(__file__).resolve().parents[1]
# The shipped model, or another one named by MODEL_DIR (what the service itself reads).
MODEL_DIR = Path(os.environ.get("MODEL_DIR") or ROOT / "models" / "fr")
SEED = ROOT / "seeds" / "altman-trump-fr.txt"
MISSING_MODEL_FILES = sorted(name for name in set(SHIPPED_FILES.values()) if not (MODEL_DIR / name).is_file())
HAVE_MODEL = not MISSING_MODEL_FILES


def _engine_importable() -> bool:
    try:
        import service.engine_runtime  # noqa: F401
    except ImportError:
        return False
    return True


def pytest_collection_modifyitems(config, items):
    """Tests marked `model` need the shipped model and the engine; skip them with the reason."""
    reason = None
    if not HAVE_MODEL:
        reason = f"no model: {MODEL_DIR} lacks {', '.join(MISSING_MODEL_FILES)} (models/fr is trained, then committed)"
    elif not _engine_importable():
        reason = "service.attribution.engine is not importable yet"
    if reason:
        for item in items:
            if "model" in item.keywords:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def settings():
    return Settings(load_model=False)


@pytest.fixture
def fake():
    return FakeAnalyzer()


@pytest.fixture
def app(settings, fake):
    return create_app(settings, analyzer=fake)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def real_app():
    """The app with the real analyzer and the shipped model, loaded once for the session."""
    app = create_app(Settings(load_model=True, cache_size=0))
    state = app.extensions["citations"]
    deadline = time.monotonic() + 300
    while not state.ready and state.error is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert state.ready, state.not_ready_reason()
    return app


@pytest.fixture(scope="session")
def real_client(real_app):
    return real_app.test_client()


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")


# ------------------------------------------------------------------ live gunicorn


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """gunicorn -c gunicorn.conf.py APP on a free 127.0.0.1 port, logs captured to files."""

    def __init__(self, app_path: str, tmp: Path, env: dict | None = None, wait_ready: bool = False) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.stdout_path = tmp / f"gunicorn-{self.port}.out"
        self.stderr_path = tmp / f"gunicorn-{self.port}.err"
        full_env = {
            **os.environ,
            "PORT": str(self.port),
            "BIND_HOST": "127.0.0.1",
            "WEB_CONCURRENCY": "1",
            "PYTHONPATH": str(ROOT),
            **(env or {}),
        }
        full_env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), app_path],
                cwd=ROOT,
                env=full_env,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        self.wait("/readyz" if wait_ready else "/healthz")

    def wait(self, path: str, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.stderr_path.read_text()[-3000:]}")
            try:
                if requests.get(self.url + path, timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{path} never answered 200: {self.stderr_path.read_text()[-3000:]}")

    def logs(self) -> tuple[str, str]:
        return self.stdout_path.read_text(errors="replace"), self.stderr_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@pytest.fixture(scope="session")
def live_fake(tmp_path_factory):
    """Real gunicorn + gunicorn.conf.py serving the app with the fake analyzer (HTTP-layer tests)."""
    server = LiveServer(
        "tests.live_apps:fake_app",
        tmp_path_factory.mktemp("live-fake"),
        env={"REQUEST_TIMEOUT_S": "1", "WEB_CONCURRENCY": "2"},
    )
    yield server
    server.stop()


@pytest.fixture(scope="session")
def live_real(tmp_path_factory):
    """Real gunicorn + gunicorn.conf.py serving service.wsgi:app with the shipped model."""
    server = LiveServer("service.wsgi:app", tmp_path_factory.mktemp("live-real"), wait_ready=True)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def shipped_parser():
    """The Stanza adapter on the shipped model, loaded once for the session."""
    from service.nlp.stanza_parser import StanzaParser

    parser = StanzaParser(MODEL_DIR, threads=2)
    parser.load()
    return parser
