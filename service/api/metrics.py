"""Prometheus metrics. With several gunicorn workers, gunicorn.conf.py sets PROMETHEUS_MULTIPROC_DIR
(before any worker imports prometheus_client) and /metrics aggregates every worker's files."""

from __future__ import annotations

import os
import re
import socket

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REQUESTS = Counter("citations_http_requests_total", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram(
    "citations_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
IN_FLIGHT = Gauge(
    "citations_http_requests_in_flight", "Requests being processed", multiprocess_mode="livesum"
)
TEXT_CHARS = Histogram(
    "citations_text_chars",
    "Length of submitted texts in characters",
    buckets=(100, 1_000, 5_000, 10_000, 50_000, 100_000, 200_000),
)
TIMEOUTS = Counter(
    "citations_request_timeouts_total",
    "Requests answered 504 after REQUEST_TIMEOUT_S (their analysis is stopped)",
)
CANCELLED = Counter(
    "citations_analyses_cancelled_total", "Analyses stopped because their request had already answered 504"
)
# Counted by the gunicorn arbiter (gunicorn.conf.py): reason="timeout" when it killed a silent worker
# (GUNICORN_TIMEOUT), "other" for any other exit (recycling, a crash, SIGKILL from outside).
WORKER_EXITS = Counter("citations_worker_exits_total", "gunicorn workers that exited", ["reason"])
MODEL_LOAD_SECONDS = Gauge(
    "citations_model_load_seconds", "Time the worker took to load the parser model", multiprocess_mode="max"
)


# Where the nginx front (service/front.py) answers its connection counts, when it runs.
FRONT_STATUS_ENV = "CITATIONS_FRONT_STATUS_SOCKET"
_STUB_STATUS = re.compile(
    r"Active connections:\s*(\d+).*?(\d+)\s+(\d+)\s+(\d+)\s*Reading:\s*(\d+)\s*Writing:\s*(\d+)\s*Waiting:\s*(\d+)",
    re.S,
)


def exposition() -> tuple[bytes, str]:
    """The metrics text of all workers (multiprocess mode) or of this process, and the front's."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry) + front_connections(), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY) + front_connections(), CONTENT_TYPE_LATEST


def front_connections() -> bytes:
    """The nginx front's connections by state (slow or stalled clients are « reading ») and its
    accepted and handled totals, in the Prometheus text format; nothing without a front."""
    path = os.environ.get(FRONT_STATUS_ENV)
    if not path:
        return b""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(1)
            connection.connect(path)
            connection.sendall(b"GET /status HTTP/1.0\r\nHost: front\r\n\r\n")
            answer = b""
            while chunk := connection.recv(4096):
                answer += chunk
    except OSError:
        return b""
    match = _STUB_STATUS.search(answer.decode("ascii", "replace"))
    if match is None:
        return b""
    active, accepted, handled, _, reading, writing, waiting = (int(v) for v in match.groups())
    lines = [
        "# HELP citations_front_connections Client connections open at the nginx front, by state",
        "# TYPE citations_front_connections gauge",
        f'citations_front_connections{{state="active"}} {active}',
        f'citations_front_connections{{state="reading"}} {reading}',
        f'citations_front_connections{{state="writing"}} {writing}',
        f'citations_front_connections{{state="waiting"}} {waiting}',
        "# HELP citations_front_connections_accepted_total Client connections the nginx front accepted",
        "# TYPE citations_front_connections_accepted_total counter",
        f"citations_front_connections_accepted_total {accepted}",
        "# HELP citations_front_connections_handled_total Client connections the nginx front handled",
        "# TYPE citations_front_connections_handled_total counter",
        f"citations_front_connections_handled_total {handled}",
    ]
    return ("\n".join(lines) + "\n").encode()
