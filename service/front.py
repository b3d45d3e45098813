"""`python -m service.front [APP]`: the service as shipped (Docker CMD, `make run`).

nginx (deploy/nginx/nginx.conf.template) listens on BIND_HOST:PORT, reads every request completely, and
hands it to gunicorn (gunicorn.conf.py, APP = service.wsgi:app) on a unix socket that only this
container can reach: slow or stalled clients cost nginx a connection, never a gunicorn thread
(docs/RELIABILITY.md). Without nginx on PATH (`make front-deps` installs Debian's), or with
FRONT=off, gunicorn serves BIND_HOST:PORT itself, as before, after one warning line.

SIGTERM or SIGINT stops both gracefully; when either process ends, the other is stopped and this
process exits with the first one's status, so an orchestrator restarts the pair.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from service.logs import JsonFormatter

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "deploy" / "nginx" / "nginx.conf.template"
log = logging.getLogger("citations.front")


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def render_nginx_conf(run_dir: Path, socket_path: Path) -> str:
    """The nginx configuration for this run, from the template and the environment."""
    values = {
        "RUN_DIR": str(run_dir),
        "SOCKET": str(socket_path),
        "LISTEN": _listen_address(),
        "MAX_BODY_BYTES": str(_env_int("MAX_BODY_BYTES", 1_000_000)),
        "CLIENT_TIMEOUT_S": str(_env_int("CLIENT_TIMEOUT_S", 10)),
        "PROXY_TIMEOUT_S": str(_env_int("GUNICORN_TIMEOUT", 120) + 10),
    }
    conf = TEMPLATE.read_text(encoding="utf-8")
    for name, value in values.items():
        conf = conf.replace(f"@{name}@", value)
    return conf


def _listen_address() -> str:
    """BIND_HOST:PORT as nginx's `listen` wants it (an IPv6 address in brackets)."""
    host, port = os.environ.get("BIND_HOST", "0.0.0.0"), os.environ.get("PORT", "8000")
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def find_nginx() -> str | None:
    """nginx on PATH, or Debian's (/usr/sbin is not on every user's PATH)."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")


def _gunicorn(app: str, extra: list[str]) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), *extra, app]
    return subprocess.Popen(command, cwd=ROOT)


def _wait_for_socket(path: Path, gunicorn: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if gunicorn.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"gunicorn did not open {path}")
        time.sleep(0.05)


def _supervise(processes: dict[str, subprocess.Popen], stop_signals: dict[str, int]) -> int:
    """Wait until one process ends or a stop signal comes; stop the others; the first status."""
    stopping = False

    def stop(_signum=None, _frame=None) -> None:
        nonlocal stopping
        stopping = True
        for name, process in processes.items():
            if process.poll() is None:
                process.send_signal(stop_signals[name])

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = None
    while status is None:
        for name, process in processes.items():
            code = process.poll()
            if code is not None:
                if not stopping:
                    log.error("%s exited with status %s: stopping the service", name, code)
                status = code
                break
        else:
            time.sleep(0.2)
    stop()
    for process in processes.values():
        try:
            process.wait(timeout=_env_int("GUNICORN_GRACEFUL_TIMEOUT", 30) + 5)
        except subprocess.TimeoutExpired:
            process.kill()
    return status


def main(argv: list[str] | None = None) -> int:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    args = sys.argv[1:] if argv is None else argv
    app = args[0] if args else "service.wsgi:app"
    nginx = find_nginx()
    if os.environ.get("FRONT", "").lower() == "off" or nginx is None:
        if nginx is None:
            log.warning(
                "nginx not found (make front-deps): gunicorn serves clients directly, without the slow-client protection"
            )
        os.execv(
            sys.executable, [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), app]
        )
    run_dir = Path(tempfile.mkdtemp(prefix="citations-front-"))
    run_dir.chmod(0o711)  # nginx workers started by root run as another user and must reach the socket
    try:
        socket_path = run_dir / "gunicorn.sock"
        conf = run_dir / "nginx.conf"
        conf.write_text(render_nginx_conf(run_dir, socket_path), encoding="utf-8")
        # nginx's connection counts, which service.api.metrics.front_connections adds to /metrics
        os.environ["CITATIONS_FRONT_STATUS_SOCKET"] = str(run_dir / "status.sock")
        gunicorn = _gunicorn(app, ["--bind", f"unix:{socket_path}"])
        try:
            _wait_for_socket(socket_path, gunicorn)
        except RuntimeError:
            gunicorn.kill()
            raise
        front = subprocess.Popen([nginx, "-e", "stderr", "-p", str(run_dir), "-c", str(conf)])
        # nginx: SIGQUIT is its graceful shutdown; gunicorn: SIGTERM.
        return _supervise(
            {"gunicorn": gunicorn, "nginx": front}, {"gunicorn": signal.SIGTERM, "nginx": signal.SIGQUIT}
        )
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
