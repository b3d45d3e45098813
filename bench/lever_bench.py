"""Speed of each parse lever on one corpus, the variants interleaved so that a change in the
machine's load touches them alike (the best pass of each is kept).

    .venv/bin/python bench/lever_bench.py [--corpus dev_gold|quotes-fr] [--repeat 3] [--model-dir DIR]
                                          [--per-document] [--json]

Variants: `base` (selective parse, as shipped before the levers), `lemmas` (dictionary-first
lemmas), `frame` (long quotations parsed as one placeholder), `both`. Each variant is a parser of
its own in this process (same model files); the engine's sentence filter and the runtime's
quotation filter are the ones the service uses. Prints, per variant, the seconds for the corpus in
one pass (or one document at a time with --per-document), the words handed to pos/lemma/depparse,
and the seconds spent in each Stanza processor; the last line is a JSON object.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import corpus  # noqa: E402

QUOTES_FR_DEV = ROOT.parent / "shared" / "quotes-fr" / "dev.jsonl"


def _texts(name: str) -> list[str]:
    if name == "quotes-fr":
        with QUOTES_FR_DEV.open(encoding="utf-8") as lines:
            return [json.loads(line)["text"] for line in lines if line.strip()]
    return [text for _, text in corpus()]


def _timed_processors(parser, seconds: dict[str, float], words: dict[str, int]) -> None:
    """Add each processor's time (and the words pos sees) to the given counters."""
    for name, processor in parser._pipeline.processors.items():
        original = processor.process

        def timed(document, _name=name, _original=original):
            started = time.perf_counter()
            result = _original(document)
            seconds[_name] += time.perf_counter() - started
            if _name == "pos":
                words["tagged"] += sum(len(s.words) for s in result.sentences)
            return result

        processor.process = timed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", default=os.environ.get("MODEL_DIR") or None)
    ap.add_argument("--corpus", choices=["dev_gold", "quotes-fr"], default="dev_gold")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--per-document", action="store_true")
    ap.add_argument("--variants", default="base,lemmas,frame,both")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from service.attribution.engine import sentences_to_parse
    from service.engine_runtime import quotation_interiors
    from service.nlp.stanza_parser import StanzaParser

    settings = {
        "base": (False, None),
        "lemmas": (True, None),
        "frame": (False, quotation_interiors),
        "both": (True, quotation_interiors),
    }
    names = args.variants.split(",")
    texts = _texts(args.corpus)
    parsers, seconds, words, passes = {}, {}, {}, {}
    for name in names:
        lemmas, _ = settings[name]
        parser = StanzaParser(args.model_dir, threads=1, batch_size=500, dictionary_lemmas=lemmas)
        parser.load()
        parsers[name] = parser
        seconds[name] = collections.defaultdict(float)
        words[name] = collections.Counter()
        _timed_processors(parser, seconds[name], words[name])
        parser.parse_many(texts[:3], sentences_to_parse, settings[name][1])  # warm-up
        passes[name] = []
    for _ in range(args.repeat):
        for name in names:
            hide = settings[name][1]
            seconds[name].clear()
            words[name].clear()
            started = time.perf_counter()
            if args.per_document:
                for text in texts:
                    parsers[name].parse(text, sentences_to_parse, hide)
            else:
                parsers[name].parse_many(texts, sentences_to_parse, hide)
            passes[name].append((time.perf_counter() - started, dict(seconds[name]), dict(words[name])))
    report = {"corpus": args.corpus, "documents": len(texts), "characters": sum(map(len, texts))}
    for name in names:
        best = min(passes[name], key=lambda p: p[0])
        report[name] = {
            "seconds": round(best[0], 3),
            "chars_per_s": round(report["characters"] / best[0]),
            "words_tagged": best[2].get("tagged", 0),
            "processors_s": {k: round(v, 3) for k, v in best[1].items()},
            "all_passes_s": [round(p[0], 3) for p in passes[name]],
        }
        if not args.json:
            print(name, json.dumps(report[name]))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
