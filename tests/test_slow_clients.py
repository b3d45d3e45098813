"""Slow and stalled clients against the shipped entrypoint (`python -m service.front`: nginx in front of
gunicorn with gunicorn.conf.py, 2 workers), over real sockets."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from service.front import find_nginx
from tests.conftest import ROOT, free_port

pytestmark = pytest.mark.slow
NGINX = find_nginx()
CLIENT_TIMEOUT_S = 3
TEXT = "Sam Altman a déclaré : «Je reste»."


class Front:
    """`python -m service.front APP` on a free loopback port."""

    def __init__(self, app: str, tmp: Path, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / "front.log"
        full_env = {
            **os.environ,
            "PORT": str(self.port),
            "BIND_HOST": "127.0.0.1",
            "PYTHONPATH": str(ROOT),
            **env,
        }
        full_env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "service.front", app],
                cwd=ROOT,
                env=full_env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/readyz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            assert self.process.poll() is None, self.log.read_text()[-3000:]
            time.sleep(0.2)
        raise RuntimeError(self.log.read_text()[-3000:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the front stops nginx and gunicorn
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@pytest.fixture(scope="module")
def front(tmp_path_factory):
    if NGINX is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing: `make front-deps` installs it (make test does)")
        pytest.skip("nginx is missing: as root run `make front-deps`")
    server = Front(
        "tests.live_apps:fake_app",
        tmp_path_factory.mktemp("front"),
        {"WEB_CONCURRENCY": "2", "CLIENT_TIMEOUT_S": str(CLIENT_TIMEOUT_S), "REQUEST_TIMEOUT_S": "5"},
    )
    yield server
    server.stop()


def _connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _slow_clients(port: int, count: int, stop: threading.Event) -> list[socket.socket]:
    """Half send their headers a byte at a time; half send complete headers and then their body
    a byte every half second (under the read timeout: nginx keeps them)."""
    socks = [_connect(port) for _ in range(count)]
    body_head = b"POST /v1/attributions HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"

    def trickle() -> None:
        for sock in socks[count // 2 :]:
            sock.sendall(body_head)
        header = b"POST /v1/attributions HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"s" * 4000
        position = 0
        while not stop.wait(0.5):
            for index, sock in enumerate(socks):
                try:
                    if index < count // 2:
                        sock.sendall(header[position : position + 1])
                    else:
                        sock.sendall(b"a")
                except OSError:
                    pass  # closed by the server: its business
            position += 1

    threading.Thread(target=trickle, daemon=True).start()
    return socks


def test_normal_clients_are_served_while_32_slow_clients_are_connected(front):
    stop = threading.Event()
    socks = _slow_clients(front.port, 32, stop)
    try:
        time.sleep(1.0)  # every slow client is connected and has started sending

        def normal(_n: int) -> int:
            return requests.post(front.url + "/v1/attributions", json={"text": TEXT}, timeout=10).status_code

        with ThreadPoolExecutor(4) as pool:
            statuses = list(pool.map(normal, range(40)))
        assert statuses == [200] * 40
    finally:
        stop.set()
        for sock in socks:
            sock.close()


def test_a_stalled_client_is_disconnected(front):
    sock = _connect(front.port)
    sock.sendall(
        b"POST /v1/attributions HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nab"
    )
    started = time.monotonic()
    sock.settimeout(CLIENT_TIMEOUT_S + 10)
    try:
        while sock.recv(4096):  # a 408 answer, then the close; or the close alone
            pass
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    assert time.monotonic() - started < CLIENT_TIMEOUT_S + 5


@pytest.mark.parametrize(
    "path, headers, status",
    [
        ("/" + "a" * 9000, {}, 414),
        ("/healthz", {"X-Big": "b" * 9000}, 400),
    ],
)
def test_front_errors_are_problems(front, path, headers, status):
    response = requests.get(front.url + path, headers=headers, timeout=10)
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["request_id"] == response.headers["X-Request-ID"]


def test_chunked_body_over_the_limit_is_413_problem(front):
    chunks = (b"a" * 65_536 for _ in range(16))  # 1,048,576 bytes, no Content-Length
    response = requests.post(
        front.url + "/v1/attributions", data=chunks, headers={"Content-Type": "text/plain"}, timeout=30
    )
    assert response.status_code == 413
    assert response.headers["Content-Type"].startswith("application/problem+json")


def test_answers_and_logs_carry_the_client(front):
    response = requests.post(
        front.url + "/v1/attributions", json={"text": TEXT}, headers={"X-Request-ID": "front-1"}, timeout=10
    )
    assert response.status_code == 200 and response.headers["X-Request-ID"] == "front-1"
    deadline = time.monotonic() + 5
    while '"front-1"' not in front.log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    line = next(line for line in front.log.read_text().splitlines() if '"front-1"' in line)
    assert '"remote": "127.0.0.1"' in line


def test_stalled_clients_are_visible_in_metrics(front):
    stalled = []
    try:
        for _ in range(3):
            client = socket.create_connection(("127.0.0.1", front.port), timeout=10)
            client.sendall(b"POST /v1/attributions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n")
            stalled.append(client)
        time.sleep(0.5)
        text = requests.get(front.url + "/metrics", timeout=10).text
        reading = [
            line
            for line in text.splitlines()
            if line.startswith('citations_front_connections{state="reading"}')
        ]
        assert reading and float(reading[0].split()[-1]) >= 3, text[-2000:]
        assert "citations_front_connections_accepted_total" in text
    finally:
        for client in stalled:
            client.close()
