"""HTTP benchmark under gunicorn, on 127.0.0.1 only, bounded in requests
and time.

    .venv/bin/python bench/http_bench.py [--model-dir models/fr] [--quick] [--json]
        [--sizes 1000,4000,20000] [--latency-requests 30,30,10] [--clients 4]
        [--throughput-requests 24] [--max-seconds-per-phase 180]

Each scenario starts `gunicorn -c gunicorn.conf.py service.wsgi:app` on a free loopback port with
BIND_HOST=127.0.0.1, WEB_CONCURRENCY=n and CACHE_SIZE=0 (every request parses) unless stated:

  1 worker:  cold start (process start -> /readyz 200, and the worker's "model ready" log line),
             RSS per worker idle and after the run, single-client latency p50/p95/p99 for articles
             of each size, one batch of 64 documents vs the same 64 sent one by one, throughput
             with 1 and --clients concurrent clients on ~4,000-character articles;
  2 workers: the same cold start and RSS, throughput with 1 and --clients clients;
  1 worker, CACHE_SIZE=256: latency of a repeated request (served from the response cache).

Prints a JSON report as the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import articles, corpus  # noqa: E402

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Server:
    """A gunicorn process group on 127.0.0.1, with its logs in a temporary directory."""

    def __init__(self, workers: int, cache_size: int, model_dir: str | None, threads: int | None = None):
        self.workers = workers
        port = free_port()
        self.url = f"http://{HOST}:{port}"
        self.log_dir = Path(tempfile.mkdtemp(prefix="citations-bench-"))
        env = {
            **os.environ,
            "PORT": str(port),
            "BIND_HOST": HOST,
            "WEB_CONCURRENCY": str(workers),
            "CACHE_SIZE": str(cache_size),
            "PYTHONPATH": str(ROOT),
            "LOG_LEVEL": "info",
        }
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        env.pop("TORCH_THREADS", None)
        if threads:
            env["TORCH_THREADS"] = str(threads)
        if model_dir:
            env["MODEL_DIR"] = model_dir
        self.err_path = self.log_dir / "gunicorn.err"
        self.started = time.perf_counter()
        with open(self.log_dir / "gunicorn.out", "wb") as out, open(self.err_path, "wb") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "service.wsgi:app"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )

    def wait_ready(self, timeout: float) -> dict:
        """Seconds from process start to the first /readyz 200 and to every worker's "model ready"."""
        deadline = time.monotonic() + timeout
        first = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited during start-up; see {self.err_path}")
            if first is None:
                try:
                    if requests.get(self.url + "/readyz", timeout=2).status_code == 200:
                        first = time.perf_counter() - self.started
                except requests.RequestException:
                    pass
            if first is not None and self._ready_lines() >= self.workers:
                return {
                    "readyz_200_s": round(first, 2),
                    "all_workers_ready_s": round(time.perf_counter() - self.started, 2),
                    "worker_model_load_s": self._load_seconds(),
                }
            time.sleep(0.05)
        raise RuntimeError(f"{self.url} not ready after {timeout}s; see {self.err_path}")

    def _lines(self) -> list[dict]:
        out = []
        for line in self.err_path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out

    def _ready_lines(self) -> int:
        return sum(1 for r in self._lines() if str(r.get("msg", "")).startswith("model ready in"))

    def _load_seconds(self) -> list[float]:
        values = []
        for r in self._lines():
            msg = str(r.get("msg", ""))
            if msg.startswith("model ready in"):
                values.append(float(msg.split()[-1].rstrip("s")))
        return values

    def rss_mb(self) -> dict:
        import psutil

        out = {}
        for child in psutil.Process(self.process.pid).children():
            try:
                info = child.memory_full_info()
                out[str(child.pid)] = {
                    "rss_mb": round(info.rss / 2**20, 1),
                    "uss_mb": round(info.uss / 2**20, 1),
                }
            except psutil.Error:
                continue
        return out

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def dist(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    values = sorted(values)
    q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else [values[0]] * 99
    return {
        "n": len(values),
        "p50_ms": round(q[49] * 1000, 1),
        "p95_ms": round(q[94] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "max_ms": round(values[-1] * 1000, 1),
        "mean_ms": round(statistics.fmean(values) * 1000, 1),
    }


def post_text(session: requests.Session, url: str, text: str) -> float:
    started = time.perf_counter()
    response = session.post(url + "/v1/attributions", json={"text": text}, timeout=180)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"status {response.status_code}: {response.text[:200]}")
    return elapsed


def latency(url: str, texts: list[str], max_seconds: float) -> dict:
    session = requests.Session()
    times = []
    deadline = time.monotonic() + max_seconds
    for text in texts:
        if time.monotonic() > deadline:
            break
        times.append(post_text(session, url, text))
    return {**dist(times), "chars_mean": round(statistics.fmean(len(t) for t in texts))}


def throughput(url: str, texts: list[str], clients: int, max_seconds: float) -> dict:
    """`clients` threads share the list of texts (each sent once); requests/s and chars/s."""
    lock = threading.Lock()
    queue = iter(texts)
    times: list[float] = []
    chars = [0]
    errors: list[str] = []
    deadline = time.monotonic() + max_seconds

    def client() -> None:
        session = requests.Session()
        while time.monotonic() < deadline:
            with lock:
                text = next(queue, None)
            if text is None:
                return
            try:
                elapsed = post_text(session, url, text)
            except (RuntimeError, requests.RequestException) as error:
                with lock:
                    errors.append(str(error)[:120])
                continue
            with lock:
                times.append(elapsed)
                chars[0] += len(text)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {
        "clients": clients,
        "requests": len(times),
        "errors": errors[:5],
        "wall_s": round(wall, 2),
        "requests_per_s": round(len(times) / wall, 2),
        "chars_per_s": round(chars[0] / wall),
        "latency": dist(times),
    }


def batch_vs_single(url: str, texts: list[str], repeat: int) -> dict:
    session = requests.Session()
    documents = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    batch_times, single_times = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        response = session.post(url + "/v1/attributions/batch", json={"documents": documents}, timeout=600)
        batch_times.append(time.perf_counter() - started)
        if response.status_code != 200 or len(response.json()["results"]) != len(texts):
            raise RuntimeError(f"batch: status {response.status_code}: {response.text[:200]}")
        started = time.perf_counter()
        for text in texts:
            post_text(session, url, text)
        single_times.append(time.perf_counter() - started)
    b, s = statistics.median(batch_times), statistics.median(single_times)
    return {
        "documents": len(texts),
        "chars": sum(map(len, texts)),
        "batch_s": round(b, 3),
        "sequential_singles_s": round(s, 3),
        "speedup": round(s / b, 2),
        "all_batch_s": [round(x, 3) for x in batch_times],
        "all_singles_s": [round(x, 3) for x in single_times],
    }


def cache_hit(url: str, text: str, repeat: int) -> dict:
    session = requests.Session()
    first = post_text(session, url, text)
    hits = [post_text(session, url, text) for _ in range(repeat)]
    return {"chars": len(text), "first_ms": round(first * 1000, 1), "repeat": dist(hits)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", default=os.environ.get("MODEL_DIR") or None)
    ap.add_argument("--sizes", default="1000,4000,20000")
    ap.add_argument("--latency-requests", default="30,30,10", help="requests per size, single client")
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients for the throughput runs")
    ap.add_argument("--throughput-requests", type=int, default=24, help="~4,000-char requests per run")
    ap.add_argument("--batch-repeat", type=int, default=2)
    ap.add_argument("--max-seconds-per-phase", type=float, default=180)
    ap.add_argument("--ready-timeout", type=float, default=180)
    ap.add_argument("--quick", action="store_true", help="a few short requests only (to test the script)")
    ap.add_argument("--json", action="store_true", help="print only the JSON report")
    args = ap.parse_args(argv)

    sizes = [int(x) for x in args.sizes.split(",")]
    counts = [int(x) for x in args.latency_requests.split(",")]
    n_batch = 64
    n_throughput = args.throughput_requests
    if args.quick:
        sizes, counts, n_batch, n_throughput = [300, 1000], [3, 2], 4, 4
    batch_texts = [t for _, t in corpus()][:n_batch]
    batch_texts += articles(600, n_batch - len(batch_texts)) if len(batch_texts) < n_batch else []
    tp_texts = articles(4000 if not args.quick else 800, n_throughput)
    limit = args.max_seconds_per_phase
    report: dict = {"cache_size": 0, "host": HOST}

    def say(*parts) -> None:
        if not args.json:
            print(*parts, flush=True)

    # ---- 1 worker, no cache
    server = Server(1, 0, args.model_dir)
    try:
        one = {"cold_start": server.wait_ready(args.ready_timeout), "rss_idle": server.rss_mb()}
        say("1 worker ready", one["cold_start"])
        warm = articles(1000, 2)
        latency(server.url, warm, limit)  # warm-up
        one["latency"] = {}
        for size, count in zip(sizes, counts, strict=True):
            one["latency"][str(size)] = latency(server.url, articles(size, count), limit)
            say("latency", size, one["latency"][str(size)])
        one["batch_vs_single"] = batch_vs_single(server.url, batch_texts, args.batch_repeat)
        say("batch", one["batch_vs_single"])
        one["throughput"] = {str(c): throughput(server.url, tp_texts, c, limit) for c in (1, args.clients)}
        say("throughput", one["throughput"])
        one["rss_after"] = server.rss_mb()
        report["workers_1"] = one
    finally:
        server.stop()

    # ---- 2 workers, no cache
    server = Server(2, 0, args.model_dir)
    try:
        two = {"cold_start": server.wait_ready(args.ready_timeout), "rss_idle": server.rss_mb()}
        say("2 workers ready", two["cold_start"])
        throughput(server.url, articles(1000, 4), 2, limit)  # warm-up, both workers
        two["throughput"] = {str(c): throughput(server.url, tp_texts, c, limit) for c in (1, args.clients)}
        say("throughput", two["throughput"])
        two["rss_after"] = server.rss_mb()
        report["workers_2"] = two
    finally:
        server.stop()

    # ---- 1 worker, response cache on
    server = Server(1, 256, args.model_dir)
    try:
        cached = {"cold_start": server.wait_ready(args.ready_timeout)}
        cached["hit"] = cache_hit(server.url, articles(4000, 1)[0], 5 if args.quick else 30)
        say("cache", cached["hit"])
        report["cache_256"] = cached
    finally:
        server.stop()

    print(json.dumps(report, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
