"""Where one worker's time goes, module by module, parsing the dev gold documents one at a time.

    .venv/bin/python bench/component_times.py [--model-dir DIR] [--repeat 2]

Times every Stanza processor's `process` and the forward pass of each processor model's direct
sub-modules (forward hooks), as the service runs them (selective parse, dictionary lemmas and
multi-word tokens, one torch thread). What a leaner model could save is read here: a parser without
its character model saves the `depparse.charmodel` line, one BiLSTM layer fewer a share of
`depparse.parserlstm`.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", default=None)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    os.environ["CACHE_SIZE"] = "0"
    if args.model_dir:
        os.environ["MODEL_DIR"] = args.model_dir
    os.environ.setdefault("TORCH_THREADS", "1")
    from service.config import Settings
    from service.engine_runtime import Analyzer

    docs = [json.loads(line)["text"] for line in (ROOT / "tests/data/dev_gold.jsonl").open(encoding="utf-8")]
    analyzer = Analyzer(Settings())
    analyzer.load()
    pipeline = analyzer.parser._pipeline
    modules: collections.Counter[str] = collections.Counter()
    processors: collections.Counter[str] = collections.Counter()

    def hook(name: str, module) -> None:
        def before(m, _inputs):
            m._bench_started = time.perf_counter()

        def after(m, _inputs, _output):
            modules[name] += time.perf_counter() - m._bench_started

        module.register_forward_pre_hook(before)
        module.register_forward_hook(after)

    for name, processor in pipeline.processors.items():
        model = processor.trainer.model
        for child_name, child in model.named_children():
            hook(f"{name}.{child_name}", child)
        process = processor.process

        def timed(document, process=process, name=name):
            started = time.perf_counter()
            result = process(document)
            processors[name] += time.perf_counter() - started
            return result

        processor.process = timed
    for text in docs[:3]:
        analyzer.analyze(text)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        modules.clear()
        processors.clear()
        started = time.perf_counter()
        for text in docs:
            analyzer.analyze(text)
        total = time.perf_counter() - started
        if not best or total < best["total"]:
            best = {"total": total, **{f"processor {k}": v for k, v in processors.items()}}
            best.update({f"module {k}": v for k, v in modules.items() if v >= 0.02})
    print(f"{len(docs)} documents one at a time, model {analyzer.parser.model_dir}, best of {args.repeat}")
    for key, seconds in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {key:40s} {seconds:7.3f} s  {100 * seconds / best['total']:5.1f} %")


if __name__ == "__main__":
    main()
