"""Run every benchmark on this machine and write docs/BENCHMARKS.md (and the raw figures
to docs/benchmarks.json).

    make bench                      # = .venv/bin/python bench/report.py
    .venv/bin/python bench/report.py [--model-dir DIR] [--quick] [--skip-http] [--skip-spacy]
                                     [--out docs/BENCHMARKS.md] [--engine-args "..."] [--http-args "..."]

Runs, one after the other (never concurrently): bench/engine_bench.py (Stanza + engine, full vs
selective parse, evaluation scores of both), bench/spacy_speed.py in .venv-bench (spaCy
fr_core_news_md reference, skipped with a note if that environment is missing) and
bench/http_bench.py (gunicorn on 127.0.0.1). The hand-written part of BENCHMARKS.md, below the line
`<!-- notes: kept by bench/report.py -->`, is kept when the file is regenerated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NOTES_MARK = "<!-- notes: kept by bench/report.py -->"
BENCH_PY = ROOT / ".venv-bench" / "bin" / "python"

TARGETS = {
    "p50_4000_ms": 250,
    "p95_4000_ms": 400,
    "batch_speedup": 2.0,
    "cold_start_s": 3.0,
    "rss_mb": 600,
    # characters/s of the service's parse + engine, per document, over spaCy fr_core_news_md's
    "spacy_ratio": 0.6,
    # attribution F1 and named attribution F1 of the service's parse within this many points of the
    # full parse's, on each evaluation set
    "f1_points": 0.5,
}
MODE_LABELS = {
    "full": "Stanza full (every sentence, Stanza's lemmatizer)",
    "selective_plain": "Stanza selective (sentence filter only)",
    "selective": "Stanza as served",
}


def _served(eng: dict) -> str:
    """The service's parse settings in this run, e.g. "selective parse + dictionary lemmas"."""
    settings = eng.get(
        "served_settings", {"selective_parse": True, "frame_parse": True, "dictionary_lemmas": True}
    )
    names = {
        "selective_parse": "selective parse",
        "frame_parse": "frame parse",
        "dictionary_lemmas": "dictionary lemmas",
        "dictionary_mwt": "dictionary MWT",
    }
    return " + ".join(label for key, label in names.items() if settings.get(key)) or "full parse"


def machine() -> dict:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kb / 2**20, 1),
        "python": platform.python_version(),
        "kernel": platform.release(),
        # what each gunicorn worker of the HTTP runs uses (service.nlp.stanza_parser.default_threads)
        "torch_threads_per_worker": int(os.environ.get("TORCH_THREADS") or 1),
    }


def training_processes() -> list[str]:
    """Model-training processes running now (they make every figure meaningless if present)."""
    try:
        out = subprocess.run(
            ["pgrep", "-af", "stanza.utils.training|stanza.models"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    except OSError:
        return []
    return [
        line[:160]
        for line in out.splitlines()
        if line.strip() and "pgrep" not in line and not _stopped(line.split()[0])
    ]


def _stopped(pid: str) -> bool:
    """A process paused with SIGSTOP (state T) uses no CPU: a training paused for the benchmark."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] in {"T", "t"}


def run_json(cmd: list[str], env: dict | None = None, timeout: float = 3600) -> dict:
    """Run a bench script and parse the JSON object on its last output line."""
    print("$", shlex.join(cmd), flush=True)
    proc = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[1]} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def git_commit() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return out.stdout.strip()


def versions() -> dict:
    import stanza
    import torch

    return {"stanza": stanza.__version__, "torch": torch.__version__}


def _ok(flag: bool | None) -> str:
    return "n/a" if flag is None else ("**met**" if flag else "**missed**")


def render(data: dict) -> str:
    from service.evaluate import format_table

    m, eng, sp, http = data["machine"], data["engine"], data.get("spacy"), data.get("http")
    lines = [
        "# Benchmarks",
        "",
        "Generated by `bench/report.py` (`make bench`); raw figures in `docs/benchmarks.json`. "
        "Do not edit above the notes line: rerun the command instead.",
        "",
        f"- date: {data['date']} (UTC); commit `{data['commit']}`",
        f"- command: `{data['command']}`",
        f"- machine: {m['nproc']} cores (`nproc`), {m['cpu']}, {m['ram_gib']} GiB RAM; Python {m['python']}, "
        f"stanza {data['versions']['stanza']}, torch {data['versions']['torch']}",
        f"- model: `{eng['model_dir']}` version `{eng['model_version']}`; torch threads {eng['torch_threads']}; "
        f"pos/lemma/depparse batch size {eng['batch_size']}; OMP_WAIT_POLICY={data.get('omp_wait_policy')}",
        f"- load average at start: {data['loadavg_start']}, at end: {data['loadavg_end']}",
    ]
    if data["training_running"]:
        lines += [
            "",
            "**WARNING: model training was running on this machine during this run; the "
            "figures are slowed down by it and are not representative:**",
            "",
        ]
        lines += [f"    {p}" for p in data["training_running"]]
    if data.get("quick"):
        lines += ["", "**QUICK RUN (--quick): tiny inputs, to test the scripts; the figures mean nothing.**"]

    c = eng["corpus"]
    lines += [
        "",
        "## 1. Engine only (parse + attribution, one process)",
        "",
        f"Corpus: {c['documents']} documents, {c['chars']:,} characters, {eng['full']['words']:,} Stanza "
        "words (tests/data/dev_gold.jsonl and seeds/altman-trump-fr.txt). Best of "
        f"{len(eng['full']['all_batch_s'])} passes after a warm-up. *Batch*: the whole corpus in one parser "
        "pass (batch endpoint, CLI); *per document*: one call per document (single requests). "
        "Throughput includes the attribution engine.",
        "",
        "| mode | parse, batch (s) | chars/s batch | words/s batch | parse, per doc (s) | chars/s per doc "
        "| words/s per doc | engine (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key in [k for k in MODE_LABELS if k in eng]:
        r = eng[key]
        lines.append(
            f"| {MODE_LABELS[key]}{f' ({_served(eng)})' if key == 'selective' else ''} | {r['parse_batch_s']} | {r['batch_chars_per_s']:,} | "
            f"{r['batch_words_per_s']:,} | {r['parse_single_s']} | {r['single_chars_per_s']:,} | "
            f"{r['single_words_per_s']:,} | {r['engine_s']} |"
        )
    lines.append(
        f"| Stanza tokenize+mwt only | {eng['tokenize_only_s']} | "
        f"{round(c['chars'] / eng['tokenize_only_s']):,} | {eng['tokenize_only_words_per_s']:,} | | | | |"
    )
    if sp:
        lines.append(
            f"| spaCy {sp['model']} {sp['model_version']} (full pipeline: {', '.join(sp['pipeline'])}) "
            f"| {sp['pipe_s']} | {sp['pipe_chars_per_s']:,} | {sp['pipe_words_per_s']:,} | "
            f"{sp['single_s']} | {sp['single_chars_per_s']:,} | {sp['single_words_per_s']:,} | |"
        )
    sel = eng["selective"]
    lines += [
        "",
        f"Selective parsing sent {sel['sentences_parsed']} of {sel['sentences']} sentences "
        f"({eng['fraction_sentences_parsed']:.0%}) and {sel['words_parsed']:,} of {sel['words']:,} words "
        f"({eng['fraction_words_parsed']:.0%}) through pos/lemma/depparse; batch parse speed-up over the "
        f"full parse: ×{eng['speedup_batch']}"
        + (
            f"; over the sentence filter alone: ×{eng['speedup_batch_levers']}."
            if "speedup_batch_levers" in eng
            else "."
        ),
    ]
    if sp:
        ratio_batch = sel["batch_chars_per_s"] / sp["pipe_chars_per_s"]
        ratio_single = sel["single_chars_per_s"] / sp["single_chars_per_s"]
        lines.append(
            f"Reference ratio, Stanza as served ÷ spaCy md full pipeline (characters/s, same corpus, same run): "
            f"per document ×{ratio_single:.2f}, batch ×{ratio_batch:.2f}. spaCy counts "
            f"{sp['words']:,} words on this corpus (its own tokenization)."
        )
    else:
        lines.append(f"spaCy reference: not run ({data.get('spacy_skipped', 'skipped')}).")
    prof = eng["full"]["processor_s_batch"]
    parts = ", ".join(f"{k} {v} s" for k, v in prof.items() if k != "total")
    lines.append(
        f"\nWhere the time goes (full parse, whole corpus in one pass, seconds per Stanza processor): "
        f"{parts} (total {prof['total']} s)."
    )
    sel_stats = eng.get("selection", {})
    for name, label in (
        ("corpus", "this corpus"),
        ("ud_gsd_test", "UD French-GSD test text (ordinary prose, gold sentences, 20 per pseudo-document)"),
    ):
        st = sel_stats.get(name)
        if st:
            lines.append(
                f"Sentence selection on {label}: {st['triggered_fraction']:.0%} of {st['sentences']} "
                f"sentences hold a quotation mark, a cue word or selon/après/pour; with their "
                f"neighbours {st['kept_fraction']:.0%} are kept ({st['neighbour_only']} only as "
                f"neighbours)."
            )
    if "threads_sweep_selective_batch_s" in eng:
        sweep = ", ".join(f"{k} thread(s): {v} s" for k, v in eng["threads_sweep_selective_batch_s"].items())
        lines.append(f"\nTorch threads (selective, whole corpus in one pass): {sweep}.")
    if "batch_size_sweep_selective_batch_s" in eng:
        sweep = ", ".join(f"{k}: {v} s" for k, v in eng["batch_size_sweep_selective_batch_s"].items())
        lines.append(
            f"\nBatch-size sweep (selective, whole corpus in one pass; pos/lemma/depparse batch_size): {sweep}."
        )

    lines += ["", "### Evaluation on the dev gold set: as served vs full parse", ""]
    lines += [
        f"Metrics equal: **{eng['metrics_equal']}**; predictions identical: **{eng['predictions_equal']}**.",
        "",
        "Full parse:",
        "",
        "```",
        format_table(eng["metrics_full"]),
        json.dumps(eng["metrics_full"], ensure_ascii=False, sort_keys=True),
        "```",
        "",
        f"As served ({_served(eng)}):",
        "",
        "```",
        format_table(eng["metrics_selective"]),
        json.dumps(eng["metrics_selective"], ensure_ascii=False, sort_keys=True),
        "```",
    ]
    qf = eng.get("quotes_fr_dev")
    if qf:
        lines += [
            "",
            f"### Evaluation on `{qf['path']}` ({qf['documents']} documents): as served vs full parse",
        ]
        for name, label in (("full", "Full parse"), ("selective", "As served")):
            lines += ["", f"{label}:", "", "```", format_table(qf[name]), "```"]
    lines += ["", "| set | attribution F1 full / as served | named attribution F1 full / as served |"]
    lines += ["|---|---|---|"]
    for label, full_m, served_m in _f1_pairs(eng):
        lines.append(
            f"| {label} | {_f1(full_m, 'attribution')} / {_f1(served_m, 'attribution')} | "
            f"{_f1(full_m, 'named_attribution')} / {_f1(served_m, 'named_attribution')} |"
        )
    if eng["differences"]:
        lines += ["", "Documents whose predictions differ:", ""]
        for d in eng["differences"]:
            lines.append(
                f"- `{d['id']}`: only with the full parse: "
                f"{[(q['text'][:60], (q.get('speaker') or {}).get('name')) for q in d['only_full']]}; "
                f"only with the selective parse: "
                f"{[(q['text'][:60], (q.get('speaker') or {}).get('name')) for q in d['only_selective']]}"
            )

    if http:
        one, two = http["workers_1"], http["workers_2"]
        lines += [
            "",
            "## 2. HTTP under gunicorn (127.0.0.1, CACHE_SIZE=0: every request parses)",
            "",
            f"One worker ({m.get('torch_threads_per_worker') or m['nproc']} torch thread(s)), one client, "
            "sequential requests, distinct articles built from the corpus paragraphs (`bench/corpus.py`):",
            "",
            "| article | requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for size, r in sorted(one["latency"].items(), key=lambda item: int(item[0])):
            lines.append(
                f"| ~{int(size):,} chars (mean {r['chars_mean']:,}) | {r['n']} | {r['p50_ms']} | "
                f"{r['p95_ms']} | {r['p99_ms']} | {r['max_ms']} |"
            )
        b = one["batch_vs_single"]
        lines += [
            "",
            f"Batch: {b['documents']} documents ({b['chars']:,} characters, the dev gold texts "
            f"and the seed) in one `/v1/attributions/batch` request: {b['batch_s']} s; the same "
            f"{b['documents']} sent one by one: {b['sequential_singles_s']} s; speed-up "
            f"**×{b['speedup']}** (median of {len(b['all_batch_s'])}).",
            "",
            "Throughput on ~4,000-character articles (each client sends the next article as soon as it "
            "has an answer):",
            "",
            "| workers (torch threads each) | clients | requests | wall (s) | requests/s | chars/s | p50 (ms) | p95 (ms) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        per_worker = m.get("torch_threads_per_worker")  # absent: an older run, cores ÷ workers
        for label, block, threads in (
            ("1", one, per_worker or m["nproc"]),
            ("2", two, per_worker or max(1, m["nproc"] // 2)),
        ):
            for clients, r in block["throughput"].items():
                lat = r["latency"]
                lines.append(
                    f"| {label} ({threads}) | {clients} | {r['requests']} | {r['wall_s']} | "
                    f"{r['requests_per_s']} | {r['chars_per_s']:,} | {lat.get('p50_ms')} | {lat.get('p95_ms')} |"
                )
        ch = http["cache_256"]["hit"]
        lines += [
            "",
            f"Response cache (CACHE_SIZE=256, 1 worker): a {ch['chars']:,}-character article took "
            f"{ch['first_ms']} ms the first time; the same text again: p50 {ch['repeat']['p50_ms']} ms, "
            f"p95 {ch['repeat']['p95_ms']} ms ({ch['repeat']['n']} requests).",
        ]

        lines += [
            "",
            "## 3. Cold start and memory",
            "",
            "| workers | process start → first /readyz 200 (s) | → every worker's model loaded (s) | "
            "model load in worker (s) | RSS per worker idle (MB) | RSS per worker after the run (MB) |",
            "|---|---:|---:|---|---|---|",
        ]
        for label, block in (("1", one), ("2", two)):
            cs = block["cold_start"]
            idle = ", ".join(str(v["rss_mb"]) for v in block["rss_idle"].values())
            after = ", ".join(str(v["rss_mb"]) for v in block["rss_after"].values())
            lines.append(
                f"| {label} | {cs['readyz_200_s']} | {cs['all_workers_ready_s']} | "
                f"{', '.join(map(str, cs['worker_model_load_s']))} | {idle} | {after} |"
            )
        lines.append(
            "\nRSS is each gunicorn worker's resident set (psutil); USS (memory unique to the "
            "worker) is in benchmarks.json."
        )

    lines += ["", "## Targets", "", "| target | measured | status |", "|---|---|---|"]
    t = data["targets"]
    if http:
        r4 = one["latency"].get("4000", {})
        rss = max(v["rss_mb"] for b in (one, two) for v in b["rss_after"].values())
        lines += [
            f"| 1 worker, 1 client, 4,000 chars: p50 ≤ {TARGETS['p50_4000_ms']} ms | {r4.get('p50_ms')} ms "
            f"| {_ok(t.get('p50'))} |",
            f"| … p95 ≤ {TARGETS['p95_4000_ms']} ms | {r4.get('p95_ms')} ms | {_ok(t.get('p95'))} |",
        ]
    if sp:
        lines.append(
            f"| engine as served ≥ {TARGETS['spacy_ratio']} × spaCy md full pipeline (chars/s per document) | "
            f"{sel['single_chars_per_s']:,} vs {sp['single_chars_per_s']:,} "
            f"(×{sel['single_chars_per_s'] / sp['single_chars_per_s']:.2f}) | {_ok(t.get('engine_vs_spacy'))} |"
        )
    if http:
        lines += [
            f"| batch of 64 ≥ 2× faster than 64 singles | ×{one['batch_vs_single']['speedup']} | {_ok(t.get('batch'))} |",
            f"| cold start ≤ {TARGETS['cold_start_s']} s, 1 worker (process start → model loaded) | "
            f"{one['cold_start']['all_workers_ready_s']} s | {_ok(t.get('cold_1'))} |",
            f"| cold start ≤ {TARGETS['cold_start_s']} s, 2 workers (→ both loaded) | "
            f"{two['cold_start']['all_workers_ready_s']} s | {_ok(t.get('cold_2'))} |",
            f"| RSS ≤ {TARGETS['rss_mb']} MB per worker (largest seen) | {rss} MB | {_ok(t.get('rss'))} |",
        ]
    lines.append(
        f"| attribution F1 and named attribution F1 as served within {TARGETS['f1_points']} of the full "
        f"parse (every set above) | see the table in section 1 | {_ok(t.get('quality'))} |"
    )
    return "\n".join(lines) + "\n"


def _f1_pairs(eng: dict) -> list[tuple[str, dict, dict]]:
    pairs = [("tests/data/dev_gold.jsonl", eng["metrics_full"], eng["metrics_selective"])]
    qf = eng.get("quotes_fr_dev")
    if qf:
        pairs.append(("quotes-fr dev", qf["full"], qf["selective"]))
    return pairs


def _f1(metrics: dict, key: str) -> str:
    block = metrics.get(key)
    return f"{block['f1'] * 100:.2f}" if block else "n/a"


def evaluate_targets(data: dict) -> dict:
    t: dict = {}
    sp, sel = data.get("spacy"), data["engine"]["selective"]
    if sp:  # like for like: one call per document, as the GenderGapTracker parses
        t["engine_vs_spacy"] = sel["single_chars_per_s"] >= TARGETS["spacy_ratio"] * sp["single_chars_per_s"]
    t["quality"] = all(
        full_m[key]["f1"] - served_m[key]["f1"] <= TARGETS["f1_points"] / 100
        for _, full_m, served_m in _f1_pairs(data["engine"])
        for key in ("attribution", "named_attribution")
        if key in full_m and key in served_m
    )
    http = data.get("http")
    if http:
        one, two = http["workers_1"], http["workers_2"]
        r4 = one["latency"].get("4000")
        if r4 and r4.get("n"):
            t["p50"] = r4["p50_ms"] <= TARGETS["p50_4000_ms"]
            t["p95"] = r4["p95_ms"] <= TARGETS["p95_4000_ms"]
        t["batch"] = one["batch_vs_single"]["speedup"] >= TARGETS["batch_speedup"]
        t["cold_1"] = one["cold_start"]["all_workers_ready_s"] <= TARGETS["cold_start_s"]
        t["cold_2"] = two["cold_start"]["all_workers_ready_s"] <= TARGETS["cold_start_s"]
        t["rss"] = max(v["rss_mb"] for b in (one, two) for v in b["rss_after"].values()) <= TARGETS["rss_mb"]
    return t


def _write(out: Path, text: str, data: dict) -> None:
    """Write the report, keeping the hand-written notes below NOTES_MARK, and the raw figures."""
    notes = f"\n{NOTES_MARK}\n"
    if out.exists() and NOTES_MARK in out.read_text(encoding="utf-8"):
        notes = "\n" + NOTES_MARK + out.read_text(encoding="utf-8").split(NOTES_MARK, 1)[1]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + notes, encoding="utf-8")
    (out.parent / "benchmarks.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", default=os.environ.get("MODEL_DIR") or None)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--skip-http", action="store_true")
    ap.add_argument("--skip-spacy", action="store_true")
    ap.add_argument(
        "--engine-args",
        default="--repeat 3 --threads 1 --threads-sweep 1,2 --batch-sizes 250,500,1000,3000",
        help="arguments for bench/engine_bench.py (default: one torch thread, as spaCy and as each of the "
        "default WEB_CONCURRENCY=cores workers; 2 threads in the sweep)",
    )
    ap.add_argument("--http-args", default="", help="extra arguments for bench/http_bench.py")
    ap.add_argument("--out", default=str(ROOT / "docs" / "BENCHMARKS.md"))
    ap.add_argument("--render-only", action="store_true", help="rewrite the report from benchmarks.json")
    args = ap.parse_args(argv)
    out = Path(args.out)
    if args.render_only:
        data = json.loads((out.parent / "benchmarks.json").read_text(encoding="utf-8"))
        data["targets"] = evaluate_targets(data)
        _write(out, render(data), data)
        return 0

    command = (
        "make bench"
        if os.environ.get("MAKELEVEL")
        else shlex.join(
            [".venv/bin/python", "bench/report.py", *(argv if argv is not None else sys.argv[1:])]
        )
    )
    py = sys.executable
    common = ["--model-dir", args.model_dir] if args.model_dir else []
    quick = ["--quick"] if args.quick else []
    data: dict = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"),
        "commit": git_commit(),
        "command": command,
        "machine": machine(),
        "versions": versions(),
        "loadavg_start": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
        "training_running": training_processes(),
        "quick": args.quick,
    }
    data["omp_wait_policy"] = os.environ.get("OMP_WAIT_POLICY", "PASSIVE")
    # As gunicorn.conf.py does for the service: idle OpenMP threads sleep instead of spinning.
    env = {"OMP_WAIT_POLICY": "PASSIVE", **os.environ, "PYTHONPATH": str(ROOT)}
    data["engine"] = run_json(
        [py, "bench/engine_bench.py", "--json", *common, *quick, *shlex.split(args.engine_args)], env
    )
    if args.skip_spacy:
        data["spacy_skipped"] = "--skip-spacy"
    elif not BENCH_PY.exists():
        data["spacy_skipped"] = ".venv-bench is missing (make .venv-bench/bin/python)"
    else:
        data["spacy"] = run_json([str(BENCH_PY), "bench/spacy_speed.py", *quick], env)
    if not args.skip_http:
        data["http"] = run_json(
            [py, "bench/http_bench.py", "--json", *common, *quick, *shlex.split(args.http_args)], env
        )
    data["loadavg_end"] = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    data["training_running"] = sorted(set(data["training_running"]) | set(training_processes()))
    data["targets"] = evaluate_targets(data)
    text = render(data)

    _write(Path(args.out), text, data)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
