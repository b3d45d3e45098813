"""Bounded load test against a real gunicorn on 127.0.0.1 (issue 6).

    .venv/bin/python bench/load.py [--app service.wsgi:app] [--workers 2] [--clients 16]
                                   [--requests 400] [--max-growth-mb 150] [--json]

Starts gunicorn with gunicorn.conf.py on a free loopback port (or uses --url), waits for /readyz, then
`--clients` threads send `--requests` requests in total: valid articles (the seed, unique short texts,
batches) mixed with invalid bodies (malformed JSON, wrong content type, schema errors, oversize). It
reports the statuses, any unexpected answer (a 5xx, or a status other than the one expected for that
body), the latency distribution of valid requests, and the workers' resident memory before and after.
Exit status 1 on any unexpected answer or memory growth above --max-growth-mb. Traffic goes only to
127.0.0.1, and the run stops by itself after --requests requests or --max-seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "altman-trump-fr.txt").read_text(encoding="utf-8")
NAMES = ["Marie Dupont", "le ministre", "Jean Martin", "la présidente", "Sam Altman", "le maire de Lyon"]
VERBS = ["a déclaré", "a affirmé", "a expliqué", "a estimé", "a ajouté", "a répondu"]


def _valid_text(rng: random.Random, n: int) -> str:
    name, verb = rng.choice(NAMES), rng.choice(VERBS)
    return (
        f"« Nous allons continuer le projet numéro {n} », {verb} {name} jeudi. "
        f"Selon {rng.choice(NAMES)}, le budget atteindra {rng.randint(1, 999)} millions."
    )


def make_request(rng: random.Random, n: int) -> tuple[str, dict, set[int]]:
    """(kind, requests kwargs, expected statuses) for the n-th request."""
    roll = rng.random()
    url = "/v1/attributions"
    if roll < 0.10:
        return "seed", {"url": url, "data": SEED.encode(), "headers": {"Content-Type": "text/plain"}}, {200}
    if roll < 0.55:
        return "short", {"url": url, "json": {"text": _valid_text(rng, n), "id": str(n)}}, {200}
    if roll < 0.65:
        docs = [{"id": str(i), "text": _valid_text(rng, n * 10 + i)} for i in range(rng.randint(2, 8))]
        return "batch", {"url": url + "/batch", "json": {"documents": docs}}, {200}
    if roll < 0.73:
        return (
            "malformed",
            {"url": url, "data": b'{"text": "abc', "headers": {"Content-Type": "application/json"}},
            {400},
        )
    if roll < 0.80:
        return (
            "bad-utf8",
            {"url": url, "data": b"\xff\xfe\xfa", "headers": {"Content-Type": "text/plain"}},
            {400},
        )
    if roll < 0.87:
        return "415", {"url": url, "data": b"<p>x</p>", "headers": {"Content-Type": "text/html"}}, {415}
    if roll < 0.94:
        return "422", {"url": url, "json": {"text": 12, "options": {"offsets": "bytes"}}}, {422}
    return "413", {"url": url, "json": {"text": "a" * 200_001}}, {413}


def worker_rss_mb(master_pid: int) -> dict[int, float]:
    import psutil

    try:
        children = psutil.Process(master_pid).children()
    except psutil.NoSuchProcess:
        return {}
    return {child.pid: child.memory_info().rss / 2**20 for child in children}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(app: str, workers: int, log_dir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "BIND_HOST": "127.0.0.1",
        "WEB_CONCURRENCY": str(workers),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(log_dir / "load-gunicorn.out", "wb") as out, open(log_dir / "load-gunicorn.err", "wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), app],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
    return process, f"http://127.0.0.1:{port}"


def wait_ready(url: str, timeout: float, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            if requests.get(url + "/readyz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{url}/readyz not ready after {timeout}s")


def run_load(url: str, clients: int, total: int, seed: int = 7, max_seconds: float = 600) -> dict:
    lock = threading.Lock()
    counter = iter(range(total))
    statuses: Counter[str] = Counter()
    unexpected: list[dict] = []
    latencies: dict[str, list[float]] = {}
    deadline = time.monotonic() + max_seconds

    def client(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        session = requests.Session()
        while time.monotonic() < deadline:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            kind, kwargs, expected = make_request(rng, n)
            kwargs = dict(kwargs)
            target = url + kwargs.pop("url")
            started = time.perf_counter()
            try:
                response = session.post(target, timeout=120, **kwargs)
                status = response.status_code
                problem_ok = status < 400 or response.headers.get("Content-Type", "").startswith(
                    "application/problem+json"
                )
            except requests.RequestException as error:
                status, problem_ok = f"error:{type(error).__name__}", False
            elapsed = time.perf_counter() - started
            with lock:
                statuses[f"{kind}:{status}"] += 1
                if status not in expected or not problem_ok:
                    unexpected.append({"kind": kind, "status": status})
                if status == 200:
                    latencies.setdefault(kind, []).append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return summarize(statuses, unexpected, latencies, clients, wall)


def dist(values: list[float]) -> dict:
    if not values:
        return {}
    values = sorted(values)
    q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else [values[0]] * 99
    return {
        "n": len(values),
        "p50_ms": round(q[49] * 1000, 1),
        "p90_ms": round(q[89] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "max_ms": round(values[-1] * 1000, 1),
    }


def summarize(statuses: Counter, unexpected: list, latencies: dict, clients: int, wall: float) -> dict:
    all_ok = sorted(x for values in latencies.values() for x in values)
    return {
        "requests": sum(statuses.values()),
        "clients": clients,
        "wall_s": round(wall, 2),
        "throughput_rps": round(sum(statuses.values()) / wall, 2) if wall else None,
        "statuses": dict(sorted(statuses.items())),
        "unexpected": unexpected[:20],
        "unexpected_count": len(unexpected),
        "latency_valid": dist(all_ok),
        "latency_by_kind": {kind: dist(values) for kind, values in sorted(latencies.items())},
        "_raw": {"statuses": statuses, "unexpected": unexpected, "latencies": latencies},
    }


def merge(first: dict, second: dict) -> dict:
    statuses = first["_raw"]["statuses"] + second["_raw"]["statuses"]
    latencies: dict[str, list[float]] = {}
    for part in (first, second):
        for kind, values in part["_raw"]["latencies"].items():
            latencies.setdefault(kind, []).extend(values)
    unexpected = first["_raw"]["unexpected"] + second["_raw"]["unexpected"]
    return summarize(statuses, unexpected, latencies, first["clients"], first["wall_s"] + second["wall_s"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="service.wsgi:app")
    parser.add_argument("--url", help="use a running server instead of starting one")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument("--max-growth-mb", type=float, default=150)
    parser.add_argument("--ready-timeout", type=float, default=300)
    parser.add_argument("--log-dir", default=str(ROOT / "test-artifacts"))
    parser.add_argument("--json", action="store_true", help="print only the JSON report")
    args = parser.parse_args(argv)

    process = None
    url = args.url
    if url is None:
        process, url = start_server(args.app, args.workers, Path(args.log_dir))
    try:
        wait_ready(url, args.ready_timeout, process)
        # Warm-up: one of each valid kind, so "before" memory includes loaded model and caches' shape.
        rng = random.Random(0)
        for n in range(4):
            requests.post(url + "/v1/attributions", json={"text": _valid_text(rng, -n)}, timeout=120)
        requests.post(
            url + "/v1/attributions", data=SEED.encode(), headers={"Content-Type": "text/plain"}, timeout=120
        )
        # Two halves: the first warms every worker up (torch allocator, result cache, lazy imports);
        # growth is judged on the second, steady-state half.
        start_rss = worker_rss_mb(process.pid) if process else {}
        first = run_load(url, args.clients, args.requests // 2, seed=7, max_seconds=args.max_seconds)
        before = worker_rss_mb(process.pid) if process else {}
        report = run_load(
            url, args.clients, args.requests - args.requests // 2, seed=8, max_seconds=args.max_seconds
        )
        after = worker_rss_mb(process.pid) if process else {}
        report = merge(first, report)
        report["workers_rss_mb_start"] = {str(k): round(v, 1) for k, v in start_rss.items()}
        report["workers_rss_mb_before"] = {str(k): round(v, 1) for k, v in before.items()}
        report["workers_rss_mb_after"] = {str(k): round(v, 1) for k, v in after.items()}
        same = set(before) & set(after)
        growth = max((after[pid] - before[pid] for pid in same), default=0.0)
        report["max_worker_growth_mb"] = round(growth, 1)
        report["workers_replaced"] = sorted(set(start_rss) ^ set(after)) != []
        report["app"] = args.app if process else url
    finally:
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)
    report.pop("_raw", None)
    failed = report["unexpected_count"] > 0 or report["max_worker_growth_mb"] > args.max_growth_mb
    report["ok"] = not failed
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
