"""Throughput of the batch paths, for docs/SCALING.md: `citations batch --workers N` and the Spark job
(`python -m service.spark --master local[N]`) on the same JSONL of ~4,000-character articles.

    .venv/bin/python bench/scaling.py --articles 200 --workers 1,2 --spark 1,2 --out /tmp/scaling.json

Each run is a fresh process tree, timed from start to exit (model loads and Spark's start included).
Besides wall time, the CPU time of every process of the tree is sampled (psutil), so that a figure per
CPU-second is available when the machine is shared: on a loaded machine wall time measures the other
work as much as ours. Peak RSS is reported per process kind (batch workers, Spark Python workers, JVM).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.corpus import articles  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_EVERY_S = 0.25


@dataclass
class Run:
    mode: str
    cores: int
    articles: int
    chars: int
    wall_s: float = 0.0
    cpu_s: float = 0.0
    exit_code: int = 0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    load_before: list[float] = field(default_factory=list)
    load_after: list[float] = field(default_factory=list)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall_s

    @property
    def articles_per_cpu_s(self) -> float:
        return self.articles / self.cpu_s


def write_input(path: Path, count: int, size: int) -> int:
    texts = articles(size, count)
    with path.open("w", encoding="utf-8") as handle:
        for number, text in enumerate(texts):
            handle.write(json.dumps({"id": f"a{number}", "text": text}, ensure_ascii=False) + "\n")
    return sum(len(text) for text in texts)


def process_kind(process: psutil.Process) -> str:
    try:
        command = " ".join(process.cmdline())
    except psutil.Error:
        return "other"
    if "java" in process.name():
        return "jvm"
    if "pyspark.daemon" in command or "pyspark/daemon" in command or "pyspark.worker" in command:
        return "spark python worker"
    if "multiprocessing" in command or "spawn_main" in command:
        return "batch worker"
    return "driver"


def measure(command: list[str], run: Run) -> Run:
    """Runs COMMAND, sampling the CPU time and RSS of every process of its tree until it exits."""
    run.load_before = list(os.getloadavg())
    cpu_by_pid: dict[int, float] = {}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            tree = []
        for member in tree:
            try:
                times = member.cpu_times()
                rss = member.memory_info().rss / 1e6
                kind = process_kind(member)
            except psutil.Error:
                continue
            cpu_by_pid[member.pid] = times.user + times.system
            run.peak_rss_mb[kind] = max(run.peak_rss_mb.get(kind, 0.0), round(rss, 1))
        time.sleep(SAMPLE_EVERY_S)
    run.wall_s = round(time.perf_counter() - started, 2)
    run.cpu_s = round(sum(cpu_by_pid.values()), 2)
    run.exit_code = process.returncode
    run.load_after = list(os.getloadavg())
    if process.returncode not in (0, 1):
        print(process.stderr.read().decode()[-3000:], file=sys.stderr)
    return run


def batch_run(source: Path, work: Path, workers: int, count: int, chars: int) -> Run:
    out = work / f"batch-{workers}.jsonl"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "service", "batch", str(source), str(out), "--workers", str(workers)]
    return measure(
        [*command, "--no-progress"], Run(f"citations batch --workers {workers}", workers, count, chars)
    )


def spark_run(source: Path, work: Path, cores: int, count: int, chars: int) -> Run:
    out = work / f"spark-{cores}"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "service.spark", str(source), str(out), "--master", f"local[{cores}]"]
    return measure(command, Run(f"spark-batch local[{cores}]", cores, count, chars))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--size", type=int, default=4000, help="characters per article (about)")
    parser.add_argument("--workers", default="1,2", help="citations batch --workers values")
    parser.add_argument("--spark", default="1,2", help="local[N] values for the Spark job")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="scaling-") as tmp:
        work = Path(tmp)
        source = work / "articles.jsonl"
        chars = write_input(source, args.articles, args.size)
        for workers in filter(None, args.workers.split(",")):
            runs.append(batch_run(source, work, int(workers), args.articles, chars))
            print(json.dumps(asdict(runs[-1])), flush=True)
        for cores in filter(None, args.spark.split(",")):
            runs.append(spark_run(source, work, int(cores), args.articles, chars))
            print(json.dumps(asdict(runs[-1])), flush=True)
    print(
        "\n| mode | articles | wall (s) | articles/s | chars/s | CPU (s) | articles per CPU-s | chars per CPU-s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for run in runs:
        print(
            f"| {run.mode} | {run.articles} | {run.wall_s} | {run.articles_per_s:.2f} | "
            f"{run.chars / run.wall_s:,.0f} | {run.cpu_s} | {run.articles_per_cpu_s:.2f} | "
            f"{run.chars / run.cpu_s:,.0f} |"
        )
    if args.out:
        report = {
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "command": " ".join(sys.argv),
            "machine": f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
            f"{psutil.virtual_memory().total / 2**30:.1f} GiB",
            "runs": [asdict(run) for run in runs],
        }
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
