"""Bounded load and soak test against a real server on 127.0.0.1: no single request or slow client
may take the service down.

    .venv/bin/python bench/load.py [--app service.wsgi:app] [--front] [--workers 2] [--clients 16]
                                   [--requests 400] [--max-growth-pct 5] [--json]

Starts gunicorn with gunicorn.conf.py (or, with --front, the shipped entrypoint `python -m
service.front`: nginx in front of gunicorn) on a free loopback port, or uses --url; waits for /readyz,
then `--clients` threads send `--requests` requests in total: 65 % valid articles (the seed, unique
short texts, batches) and 35 % hostile: malformed JSON, bad UTF-8, wrong content type, schema errors,
oversize bodies and texts, a 200,000-character word, an article with a 4,000-character URL, an
unpaired surrogate in `id`, a chunked body over MAX_BODY_BYTES and, with --front, headers over 8 KiB
and slow clients that stall in the middle of their body (the server must close them). It reports the
statuses, every unexpected answer, the latency of valid requests, worker kills (gunicorn's
`citations_worker_exits_total`) and the workers' resident memory at the start, after a first half that
warms them up, and at the end. Exit status 1 on any unexpected answer, a worker exit, or memory growth
over the second half above --max-growth-pct. Traffic goes only to 127.0.0.1; the run stops by itself
after --requests requests or --max-seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
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


JSON = {"Content-Type": "application/json"}
PLAIN = {"Content-Type": "text/plain"}


def _chunked_over_limit():
    """1,048,576 bytes sent chunked (no Content-Length): over the default MAX_BODY_BYTES."""
    for _ in range(16):
        yield b"a" * 65_536


def make_request(rng: random.Random, n: int, front: bool = False) -> tuple[str, dict, set]:
    """(kind, requests kwargs, expected statuses) for the n-th request; kind "slow" is a raw socket
    client whose expected outcome is "closed" (by the server)."""
    roll = rng.random()
    url = "/v1/attributions"
    if roll < 0.10:
        return "seed", {"url": url, "data": SEED.encode(), "headers": PLAIN}, {200}
    if roll < 0.55:
        return "short", {"url": url, "json": {"text": _valid_text(rng, n), "id": str(n)}}, {200}
    if roll < 0.65:
        docs = [{"id": str(i), "text": _valid_text(rng, n * 10 + i)} for i in range(rng.randint(2, 8))]
        return "batch", {"url": url + "/batch", "json": {"documents": docs}}, {200}
    if roll < 0.70:
        return "malformed", {"url": url, "data": b'{"text": "abc', "headers": JSON}, {400}
    if roll < 0.74:
        return "bad-utf8", {"url": url, "data": b"\xff\xfe\xfa", "headers": PLAIN}, {400}
    if roll < 0.78:
        return "415", {"url": url, "data": b"<p>x</p>", "headers": {"Content-Type": "text/html"}}, {415}
    if roll < 0.82:
        return "422", {"url": url, "json": {"text": 12, "options": {"offsets": "bytes"}}}, {422}
    if roll < 0.86:
        return "413", {"url": url, "json": {"text": "a" * 200_001}}, {413}
    if roll < 0.89:  # one word of 200,000 characters: too long a "sentence", before the tokenizer
        return "long-word", {"url": url, "json": {"text": "a" * 200_000}}, {422}
    if roll < 0.92:  # a long URL in an article: cut into pieces for the tokenizer, answered
        path = "/".join("".join(rng.choices("abcdef0123456789", k=99)) for _ in range(40))
        link = f"https://exemple.fr/{path}"
        return "long-url", {"url": url, "json": {"text": f"{_valid_text(rng, n)} Source : {link}"}}, {200}
    if roll < 0.95:
        body = b'{"text": "abc", "id": "\\ud800"}'
        return "surrogate-id", {"url": url, "data": body, "headers": JSON}, {422}
    if roll < 0.97:
        return "chunked-over", {"url": url, "data": "chunked", "headers": PLAIN}, {413}
    if front and roll < 0.985:
        return "big-header", {"url": "/healthz", "method": "get", "headers": {"X-Big": "b" * 9_000}}, {400}
    if front:
        return "slow", {"url": url}, {"closed"}
    return "short", {"url": url, "json": {"text": _valid_text(rng, n), "id": str(n)}}, {200}


def slow_client(url: str, limit_s: float = 60) -> str:
    """Headers and half a body, then silence: "closed" once the server hangs up, "held" if it has
    not after limit_s seconds."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=limit_s) as sock:
        sock.sendall(
            b"POST /v1/attributions HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            b"Content-Length: 1000\r\n\r\n" + b"a" * 500
        )
        try:
            while sock.recv(4096):
                pass
        except TimeoutError:
            return "held"
        except OSError:
            pass
    return "closed"


def worker_rss_mb(root_pid: int) -> dict[int, float]:
    """RSS of each gunicorn worker under root_pid (the gunicorn master, or the front that started it):
    the gunicorn processes whose parent is a gunicorn process too."""
    import psutil

    def is_gunicorn(process) -> bool:
        return "gunicorn" in " ".join(process.cmdline())

    try:
        root = psutil.Process(root_pid)
        processes = [root, *root.children(recursive=True)]
        workers = [p for p in processes if p.pid != root_pid and is_gunicorn(p) and is_gunicorn(p.parent())]
        return {worker.pid: worker.memory_info().rss / 2**20 for worker in workers}
    except psutil.NoSuchProcess:
        return {}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(app: str, workers: int, log_dir: Path, front: bool = False) -> tuple[subprocess.Popen, str]:
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
            [sys.executable, "-m", "service.front", app]
            if front
            else [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), app],
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


def send(session: requests.Session, url: str, kind: str, kwargs: dict) -> tuple[object, bool]:
    """(status or outcome, whether an error answer was problem+json) for one request."""
    if kind == "slow":
        return slow_client(url), True
    kwargs = dict(kwargs)
    target = url + kwargs.pop("url")
    method = kwargs.pop("method", "post")
    if kwargs.get("data") == "chunked":
        kwargs["data"] = _chunked_over_limit()
    try:
        response = session.request(method, target, timeout=120, **kwargs)
    except requests.RequestException as error:
        return f"error:{type(error).__name__}", False
    problem_ok = response.status_code < 400 or response.headers.get("Content-Type", "").startswith(
        "application/problem+json"
    )
    return response.status_code, problem_ok


def run_load(
    url: str, clients: int, total: int, seed: int = 7, max_seconds: float = 600, front: bool = False
) -> dict:
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
            kind, kwargs, expected = make_request(rng, n, front)
            started = time.perf_counter()
            status, problem_ok = send(session, url, kind, kwargs)
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


def worker_exits(url: str) -> dict[str, float]:
    """gunicorn worker exits so far, by reason, from /metrics (`citations_worker_exits_total`)."""
    exits: dict[str, float] = {}
    text = requests.get(url + "/metrics", timeout=30).text
    for match in re.finditer(r'^citations_worker_exits_total\{reason="(\w+)"\} (\S+)$', text, re.MULTILINE):
        exits[match.group(1)] = float(match.group(2))
    return exits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default="service.wsgi:app")
    parser.add_argument("--url", help="use a running server instead of starting one")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument(
        "--front", action="store_true", help="start `python -m service.front` (nginx + gunicorn)"
    )
    parser.add_argument("--max-growth-mb", type=float, default=150)
    parser.add_argument("--max-growth-pct", type=float, default=5.0)
    parser.add_argument("--ready-timeout", type=float, default=300)
    parser.add_argument("--log-dir", default=str(ROOT / "test-artifacts"))
    parser.add_argument("--json", action="store_true", help="print only the JSON report")
    args = parser.parse_args(argv)

    process = None
    url = args.url
    if url is None:
        process, url = start_server(args.app, args.workers, Path(args.log_dir), front=args.front)
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
        first = run_load(
            url, args.clients, args.requests // 2, seed=7, max_seconds=args.max_seconds, front=args.front
        )
        before = worker_rss_mb(process.pid) if process else {}
        report = run_load(
            url,
            args.clients,
            args.requests - args.requests // 2,
            seed=8,
            max_seconds=args.max_seconds,
            front=args.front,
        )
        after = worker_rss_mb(process.pid) if process else {}
        report = merge(first, report)
        report["workers_rss_mb_start"] = {str(k): round(v, 1) for k, v in start_rss.items()}
        report["workers_rss_mb_before"] = {str(k): round(v, 1) for k, v in before.items()}
        report["workers_rss_mb_after"] = {str(k): round(v, 1) for k, v in after.items()}
        same = set(before) & set(after)
        growth = max((after[pid] - before[pid] for pid in same), default=0.0)
        report["max_worker_growth_mb"] = round(growth, 1)
        percent = max(((after[pid] - before[pid]) / before[pid] * 100 for pid in same), default=0.0)
        report["max_worker_growth_pct"] = round(percent, 2)
        report["worker_exits"] = worker_exits(url)
        report["workers_replaced"] = sorted(set(start_rss) ^ set(after)) != []
        report["app"] = args.app if process else url
    finally:
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)
    report.pop("_raw", None)
    failed = (
        report["unexpected_count"] > 0
        or report["max_worker_growth_mb"] > args.max_growth_mb
        or report["max_worker_growth_pct"] > args.max_growth_pct
        or report["workers_replaced"]
        or sum(report["worker_exits"].values()) > 0
    )
    report["ok"] = not failed
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
