"""Faults: a worker SIGKILLed mid-request is replaced; a missing or corrupt model gives
/readyz 503 with a clear log line, and workers that stay up (no crash loop)."""

from __future__ import annotations

import os
import signal
import threading
import time

import psutil
import pytest
import requests

from tests.conftest import LiveServer
from tests.fakes import SLOW

pytestmark = pytest.mark.slow


def _workers(server: LiveServer) -> set[int]:
    return {child.pid for child in psutil.Process(server.process.pid).children()}


def test_sigkill_worker_mid_request_is_replaced(tmp_path):
    server = LiveServer(
        "tests.live_apps:fake_app", tmp_path, env={"WEB_CONCURRENCY": "1", "REQUEST_TIMEOUT_S": "30"}
    )
    try:
        (victim,) = _workers(server)
        outcome = {}

        def slow_request():
            try:
                outcome["status"] = requests.post(
                    server.url + "/v1/attributions", json={"text": f"a {SLOW}"}, timeout=30
                ).status_code
            except requests.RequestException as error:
                outcome["error"] = type(error).__name__

        thread = threading.Thread(target=slow_request)
        thread.start()
        time.sleep(1.0)  # the request is now inside the worker (the fake sleeps 3 s)
        os.kill(victim, signal.SIGKILL)
        killed_at = time.monotonic()
        thread.join(timeout=30)
        assert "error" in outcome or outcome.get("status", 0) >= 500, outcome  # that request is lost...
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (not _workers(server) or _workers(server) == {victim}):
            time.sleep(0.2)
        server.wait("/readyz", timeout=30)
        print(
            f"FIGURE sigkill: replacement worker ready {time.monotonic() - killed_at:.2f}s after the kill; "
            f"in-flight request outcome {outcome}"
        )
        (replacement,) = _workers(server)
        assert replacement != victim
        for _ in range(5):  # ...and the next ones succeed
            response = requests.post(
                server.url + "/v1/attributions", json={"text": "«ok», dit-il."}, timeout=30
            )
            assert response.status_code == 200
        _, stderr = server.logs()
        assert str(victim) in stderr  # the arbiter logged the dead worker
    finally:
        server.stop()


@pytest.mark.parametrize("kind", ["missing", "corrupt"])
def test_bad_model_dir_live(tmp_path, kind):
    model_dir = tmp_path / "model"
    if kind == "corrupt":
        model_dir.mkdir()
        (model_dir / "resources.json").write_text("{}")  # as in models/fr: only the .pt files are bad
        for name in ["tokenize.pt", "mwt.pt", "pos.pt", "lemma.pt", "depparse.pt", "pretrain.pt"]:
            (model_dir / name).write_bytes(os.urandom(256))
    server = LiveServer(
        "service.wsgi:app", tmp_path, env={"MODEL_DIR": str(model_dir), "WEB_CONCURRENCY": "2"}
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.logs()[1].count("MODEL NOT LOADED") < 2:
            time.sleep(0.3)  # both workers have given up loading
        stdout, stderr = server.logs()
        line = next((x for x in stderr.splitlines() if "MODEL NOT LOADED" in x), "")
        print(f"FIGURE {kind} model: log line after {120 - (deadline - time.monotonic()):.1f}s: {line[:400]}")
        assert "MODEL NOT LOADED" in stderr and str(model_dir) in stderr, stderr[-2000:]
        workers = _workers(server)
        assert len(workers) == 2
        ready = requests.get(server.url + "/readyz", timeout=10)
        assert ready.status_code == 503
        assert ready.headers["Content-Type"].startswith("application/problem+json")
        assert "model not found or corrupt" in ready.json()["detail"]
        response = requests.post(server.url + "/v1/attributions", json={"text": "«x», dit-il."}, timeout=10)
        assert response.status_code == 503 and response.json()["status"] == 503
        assert requests.get(server.url + "/healthz", timeout=10).status_code == 200
        time.sleep(3)
        assert _workers(server) == workers, "workers restarted: a crash loop"
        assert server.process.poll() is None
    finally:
        server.stop()


def test_sigterm_finishes_in_flight_requests(tmp_path):
    server = LiveServer(
        "tests.live_apps:fake_app", tmp_path, env={"WEB_CONCURRENCY": "1", "REQUEST_TIMEOUT_S": "30"}
    )
    try:
        outcome = {}

        def slow_request():
            try:
                response = requests.post(
                    server.url + "/v1/attributions", json={"text": f"«a» {SLOW}"}, timeout=30
                )
                outcome["status"] = response.status_code
            except requests.RequestException as error:
                outcome["error"] = type(error).__name__

        thread = threading.Thread(target=slow_request)
        thread.start()
        time.sleep(1.0)
        os.kill(server.process.pid, signal.SIGTERM)  # graceful: the arbiter lets the worker finish
        thread.join(timeout=40)
        assert outcome == {"status": 200}
        assert server.process.wait(timeout=40) == 0
    finally:
        server.stop()


def metric_value(server: LiveServer, sample: str) -> float:
    """The value of one sample line of /metrics (0 when absent)."""
    for line in requests.get(server.url + "/metrics", timeout=10).text.splitlines():
        if line.startswith(sample + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_worker_exits_are_counted(tmp_path):
    """A worker killed from outside, and one the arbiter kills for silence (stopped: no heartbeat),
    both show in /metrics."""
    server = LiveServer(
        "tests.live_apps:fake_app", tmp_path, env={"WEB_CONCURRENCY": "1", "GUNICORN_TIMEOUT": "2"}
    )
    try:
        (first,) = _workers(server)
        os.kill(first, signal.SIGKILL)
        second = _replacement(server, first)
        assert metric_value(server, 'citations_worker_exits_total{reason="other"}') == 1
        os.kill(second, signal.SIGSTOP)  # silent: the arbiter aborts it, then kills it
        _replacement(server, second, timeout=60)
        assert metric_value(server, 'citations_worker_exits_total{reason="timeout"}') == 1
    finally:
        server.stop()


def _replacement(server: LiveServer, dead: int, timeout: float = 30) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        workers = _workers(server) - {dead}
        if workers and _gone(dead):
            server.wait("/readyz", timeout=30)
            return workers.pop()
        time.sleep(0.2)
    raise AssertionError(f"worker {dead} was not replaced")


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


@pytest.mark.model
def test_deadline_stops_the_analysis_and_frees_the_worker(tmp_path, seed_text):
    """One worker, REQUEST_TIMEOUT_S=5: an article that takes far longer answers 504, and a short
    request right after it is served (the abandoned analysis stopped) instead of waiting behind it."""
    server = LiveServer(
        "service.wsgi:app",
        tmp_path,
        env={"WEB_CONCURRENCY": "1", "REQUEST_TIMEOUT_S": "5", "CACHE_SIZE": "0"},
        wait_ready=True,
    )
    short = {"text": "« Nous resterons », a déclaré la ministre."}
    try:
        assert requests.post(server.url + "/v1/attributions", json=short, timeout=60).status_code == 200
        long_text = ((seed_text + "\n") * 60)[:190_000]  # minutes of parsing on one core
        started = time.monotonic()
        response = requests.post(server.url + "/v1/attributions", json={"text": long_text}, timeout=60)
        assert response.status_code == 504, response.text[:300]
        after = requests.post(server.url + "/v1/attributions", json=short, timeout=60)
        print(f"FIGURE deadline: 504 after {time.monotonic() - started:.1f}s, next request {after.elapsed}")
        assert after.status_code == 200, after.text[:300]
        assert metric_value(server, "citations_request_timeouts_total") == 1
        assert metric_value(server, "citations_analyses_cancelled_total") == 1
    finally:
        server.stop()
