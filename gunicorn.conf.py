"""gunicorn settings: `gunicorn -c gunicorn.conf.py service.wsgi:app` (what `make run` and Docker run).

The model is loaded once per worker, after the fork, in a background thread started by create_app()
(no preload_app): torch's thread pools do not survive fork() reliably, each worker sets its own torch
thread count, and a worker answers /healthz (and 503 on /readyz) while it loads instead of blocking the
arbiter's heartbeat. A missing or corrupt model leaves /readyz at 503 with one clear log line instead of
a crash loop of workers failing to boot.
"""

from __future__ import annotations

import glob
import os
import tempfile

from service.logs import logconfig_dict as _logconfig

cores = os.cpu_count() or 1

bind = f"{os.environ.get('BIND_HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "") or cores)
# One torch thread per worker (service.nlp.stanza_parser.default_threads): the cores are used by the
# workers, not by threads inside one (measured in docs/BENCHMARKS.md).
os.environ["WEB_CONCURRENCY"] = str(workers)
# Idle OpenMP threads sleep instead of spinning (read by libgomp when a worker imports torch): with
# more than one torch thread per worker, spinning threads that share the cores with other work made
# parsing ~2.5x slower (docs/BENCHMARKS.md).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
# gthread: /healthz, /metrics and 503/504 answers stay responsive while one request is parsing
# (the parser itself is serialised per worker).
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Worker silent for this long is killed and replaced; above REQUEST_TIMEOUT_S (60 s) so the app's own
# 504 answers first.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycle workers now and then (bounded memory growth); jitter so they do not restart together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))
# Request-line and header limits (bodies are limited by the app: MAX_BODY_BYTES).
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
# No gunicornc control socket: nothing uses it, and several servers (tests) would share its path.
control_socket_disable = True

# Logs are JSON lines: the app writes one access line per request to stdout (logger
# citations.access: request id, route, status, duration, text length; never the text); gunicorn's own
# access log is off so there is exactly one line a request; errors go to stderr.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
logconfig_dict = _logconfig(loglevel.upper())

# Prometheus: several workers share metrics through files in PROMETHEUS_MULTIPROC_DIR, which must be
# set before any worker imports prometheus_client.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="citations-metrics-")
_metrics_dir = os.environ["PROMETHEUS_MULTIPROC_DIR"]


def on_starting(server):
    os.makedirs(_metrics_dir, exist_ok=True)
    for stale in glob.glob(os.path.join(_metrics_dir, "*.db")):  # from a previous run
        os.remove(stale)


def child_exit(server, worker):
    """In the arbiter, for every worker that exits: its live gauges are dropped, and the exit is counted
    (`citations_worker_exits_total`; reason "timeout" when the arbiter killed it for silence)."""
    from prometheus_client import multiprocess

    from service.api import metrics

    multiprocess.mark_process_dead(worker.pid)
    metrics.WORKER_EXITS.labels("timeout" if getattr(worker, "aborted", False) else "other").inc()
