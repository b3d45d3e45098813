"""Engine-only benchmark: Stanza parse + attribution engine on the fixed corpus
(tests/data/dev_gold.jsonl + seeds/altman-trump-fr.txt), full parse vs selective parse in one run,
and the evaluation scores of both modes on the dev gold set.

    .venv/bin/python bench/engine_bench.py [--model-dir models/fr] [--repeat 2] [--threads N]
                                           [--batch-sizes 3000,1000] [--quick] [--json]

Per mode it times (after one warm-up pass): the whole corpus in one parser pass (what the batch
endpoint and the CLI do) and document by document (what single requests do). It prints a JSON
report as the last line. Bounded: --repeat passes of a ~36,000-character corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import corpus, gold_docs  # noqa: E402


def _timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def _count(documents) -> dict:
    sentences = sum(len(d.sentences) for d in documents)
    parsed = [s for d in documents for s in d.sentences if s.parsed]
    tokens = sum(len(s.words) for d in documents for s in d.sentences)
    return {
        "sentences": sentences,
        "sentences_parsed": len(parsed),
        "words": tokens,
        "words_parsed": sum(len(s.words) for s in parsed),
    }


def run_modes(parser, texts: list[str], modes: dict, repeat: int) -> dict[str, dict]:
    """Time each mode (name -> Mode): the corpus in one pass, and one document at a time. Passes are
    interleaved across modes (round after round) so that a change in the machine's load affects every
    mode alike; the best pass of each is kept. Then the engine alone, and a profile."""
    from service.attribution.engine import attribute

    chars = sum(len(t) for t in texts)
    for mode in modes.values():
        mode.parse(parser, texts[:3])  # warm-up (first calls allocate)
    batch_times: dict[str, list[float]] = {name: [] for name in modes}
    single_times: dict[str, list[float]] = {name: [] for name in modes}
    documents: dict[str, list] = {}
    for _ in range(repeat):
        for name, mode in modes.items():
            documents[name], seconds = _timed(lambda mode=mode: mode.parse(parser, texts))
            batch_times[name].append(seconds)
        for name, mode in modes.items():
            _, seconds = _timed(lambda mode=mode: [mode.parse(parser, [t]) for t in texts])
            single_times[name].append(seconds)
    out = {}
    for name, mode in modes.items():
        results, engine_seconds = _timed(lambda name=name: [attribute(d) for d in documents[name]])
        counts = _count(documents[name])
        mode.apply(parser)  # before _profile wraps the processors
        profile = _profile(parser, lambda mode=mode: parser.parse_many(texts, mode.keep, mode.hide))
        batch_s, single_s = min(batch_times[name]), min(single_times[name])
        out[name] = {
            **counts,
            "chars": chars,
            "parse_batch_s": round(batch_s, 3),
            "parse_single_s": round(single_s, 3),
            "engine_s": round(engine_seconds, 3),
            # end-to-end = parse + attribution, the figure to compare with spaCy's full pipeline
            "batch_chars_per_s": round(chars / (batch_s + engine_seconds)),
            "batch_words_per_s": round(counts["words"] / (batch_s + engine_seconds)),
            "single_chars_per_s": round(chars / (single_s + engine_seconds)),
            "single_words_per_s": round(counts["words"] / (single_s + engine_seconds)),
            "processor_s_batch": profile,
            "all_batch_s": [round(x, 3) for x in batch_times[name]],
            "all_single_s": [round(x, 3) for x in single_times[name]],
            "_results": results,
            "_documents": documents[name],
        }
    return out


@dataclass(frozen=True)
class Mode:
    """How the parser is called: `keep` the sentence filter, `hide` the frame-parse filter, and
    whether the lemma and MWT processors take the dictionary-first paths (service/nlp/fast_lemmas.py,
    fast_mwt.py)."""

    keep: object = None
    hide: object = None
    dictionary_lemmas: bool = False
    dictionary_mwt: bool = False

    def apply(self, parser) -> None:
        """Put the parser's lemma and MWT processors on this mode's path."""
        from service.nlp import fast_lemmas, fast_mwt

        lemma = parser._pipeline.processors["lemma"]
        mwt = parser._pipeline.processors["mwt"]
        lemma.__dict__.pop("process", None)  # back to Stanza's own methods
        mwt.__dict__.pop("process", None)
        if self.dictionary_lemmas:
            fast_lemmas.install(lemma)
        if self.dictionary_mwt:
            fast_mwt.install(mwt)

    def parse(self, parser, texts: list[str]) -> list:
        self.apply(parser)
        return parser.parse_many(texts, self.keep, self.hide)


def _sweep(parser, texts: list[str], keep, settings: list, apply, repeat: int) -> dict[str, float]:
    """Best time of a whole-corpus pass under each setting, settings interleaved round after round."""
    times: dict[str, list[float]] = {str(value): [] for value in settings}
    for _ in range(repeat):
        for value in settings:
            apply(value)
            _, seconds = _timed(lambda: parser.parse_many(texts, keep))
            times[str(value)].append(seconds)
    return {key: round(min(values), 3) for key, values in times.items()}


def _predictions(ids: list[str], results) -> dict[str, list[dict]]:
    from service.schemas import AttributionResultSchema

    schema = AttributionResultSchema()
    return {doc_id: schema.dump(result)["quotes"] for doc_id, result in zip(ids, results, strict=True)}


def _differences(docs: list[dict], full: dict, selective: dict, full_docs, sel_docs) -> list[dict]:
    """Documents whose predictions differ, with the quotes that differ and the sentences around them
    that selective parsing left unparsed (the usual reason)."""
    out = []
    for doc, _fdoc, sdoc in zip(docs, full_docs, sel_docs, strict=True):
        f, s = full[doc["id"]], selective[doc["id"]]
        if f == s:
            continue
        fset = {json.dumps(q, sort_keys=True, ensure_ascii=False) for q in f}
        sset = {json.dumps(q, sort_keys=True, ensure_ascii=False) for q in s}
        skipped = [
            {"start": sent.start, "end": sent.end, "text": doc["text"][sent.start : sent.end][:160]}
            for sent in sdoc.sentences
            if not sent.parsed
        ]
        out.append(
            {
                "id": doc["id"],
                "only_full": [json.loads(x) for x in sorted(fset - sset)],
                "only_selective": [json.loads(x) for x in sorted(sset - fset)],
                "unparsed_sentences_in_selective": skipped,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", default=os.environ.get("MODEL_DIR") or None)
    ap.add_argument("--repeat", type=int, default=2, help="timed passes per mode (best is kept)")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (default: all cores)")
    ap.add_argument(
        "--batch-sizes",
        default="",
        help="also time selective batch pass at these pos/depparse "
        "batch sizes (comma-separated), e.g. 500,1000,3000,5000",
    )
    ap.add_argument(
        "--threads-sweep",
        default="",
        help="also time the selective batch pass with these torch thread counts (comma-separated), e.g. 1,2",
    )
    ap.add_argument("--quick", action="store_true", help="5 short documents only (to test the script)")
    ap.add_argument("--json", action="store_true", help="print only the JSON report")
    args = ap.parse_args(argv)

    from service.attribution.engine import sentences_to_parse
    from service.attribution.evaluate import score
    from service.config import Settings
    from service.engine_runtime import model_version, quotation_interiors
    from service.nlp.stanza_parser import StanzaParser, default_threads

    threads = args.threads or default_threads()
    parser = StanzaParser(args.model_dir, threads=threads, batch_size=Settings().parse_batch_size)
    _, load_s = _timed(parser.load)
    import torch

    docs = gold_docs()
    texts_gold = [d["text"] for d in docs]
    pairs = corpus()
    if args.quick:
        docs, texts_gold, pairs = docs[:5], texts_gold[:5], pairs[:5]
    texts = [t for _, t in pairs]

    report: dict = {
        "model_dir": str(parser.model_dir),
        "model_version": model_version(parser.model_dir),
        "torch_threads": torch.get_num_threads(),
        "batch_size": parser.batch_size,
        "load_s": round(load_s, 2),
        "corpus": {"documents": len(texts), "chars": sum(map(len, texts))},
    }
    # full: every sentence, Stanza's own lemmatizer (the reference for quality); selective_plain: the
    # sentence filter alone (the service before the frame and lemma levers); selective: the service's
    # defaults (Settings: selective parse, frame parse, dictionary-first lemmas).
    service = Settings()
    modes = {
        "full": Mode(),
        "selective_plain": Mode(sentences_to_parse),
        "selective": Mode(
            sentences_to_parse if service.selective_parse else None,
            quotation_interiors if service.frame_parse else None,
            service.dictionary_lemmas,
            dictionary_mwt=True,  # the Analyzer always expands from the dictionary first (exact)
        ),
    }
    report["served_settings"] = {
        "selective_parse": service.selective_parse,
        "frame_parse": service.frame_parse,
        "dictionary_lemmas": service.dictionary_lemmas,
        "dictionary_mwt": True,
    }
    measured = run_modes(parser, texts, modes, args.repeat)
    full, selective = measured["full"], measured["selective"]

    # Evaluation: the gold documents are the first len(docs) corpus texts, in order.
    n = len(docs)
    ids = [d["id"] for d in docs]
    pred_full = _predictions(ids, full["_results"][:n])
    pred_sel = _predictions(ids, selective["_results"][:n])
    metrics_full = score(docs, pred_full)
    metrics_sel = score(docs, pred_sel)
    metrics_full.pop("errors")
    metrics_sel.pop("errors")
    diffs = _differences(docs, pred_full, pred_sel, full["_documents"][:n], selective["_documents"][:n])

    report["full"] = full
    report["selective"] = selective
    report["selective_plain"] = measured["selective_plain"]
    report["speedup_batch_levers"] = round(
        measured["selective_plain"]["parse_batch_s"] / selective["parse_batch_s"], 2
    )
    report["quotes_fr_dev"] = _quotes_fr_dev(parser, modes, score, args.quick)
    report["speedup_batch"] = round(full["parse_batch_s"] / selective["parse_batch_s"], 2)
    report["fraction_sentences_parsed"] = round(selective["sentences_parsed"] / selective["sentences"], 3)
    report["fraction_words_parsed"] = round(selective["words_parsed"] / selective["words"], 3)
    report["tokenize_only_s"] = _tokenize_only(parser, texts, args.repeat)
    report["tokenize_only_words_per_s"] = round(full["words"] / report["tokenize_only_s"])
    report["metrics_full"] = metrics_full
    report["metrics_selective"] = metrics_sel
    report["metrics_equal"] = metrics_full == metrics_sel
    report["predictions_equal"] = pred_full == pred_sel
    report["differences"] = diffs

    report["selection"] = {
        "corpus": _selection_stats(
            [
                [t[s.start : s.end] for s in d.sentences]
                for t, d in zip(texts, selective["_documents"], strict=True)
            ]
        )
    }
    gsd = Path(os.environ.get("UD_DIR", ROOT.parent / "shared" / "ud-french")) / "fr_gsd-ud-test.conllu"
    if gsd.is_file():  # ordinary French text (news, blogs, wiki), 20 gold sentences a pseudo-document
        lines = gsd.read_text(encoding="utf-8").splitlines()
        sents = [line[len("# text = ") :] for line in lines if line.startswith("# text = ")]
        report["selection"]["ud_gsd_test"] = _selection_stats(
            [sents[i : i + 20] for i in range(0, len(sents), 20)]
        )

    if args.batch_sizes:
        sizes = [int(x) for x in args.batch_sizes.split(",") if x.strip()]
        report["batch_size_sweep_selective_batch_s"] = _sweep(
            parser, texts, sentences_to_parse, sizes, lambda size: _set_batch_size(parser, size), args.repeat
        )
        _set_batch_size(parser, parser.batch_size)

    if args.threads_sweep:
        counts = [int(x) for x in args.threads_sweep.split(",") if x.strip()]
        report["threads_sweep_selective_batch_s"] = _sweep(
            parser, texts, sentences_to_parse, counts, torch.set_num_threads, args.repeat
        )
        torch.set_num_threads(threads)
    for mode in measured.values():
        mode.pop("_results")
        mode.pop("_documents")

    if not args.json:
        for key in ("full", "selective"):
            m = report[key]
            print(
                f"{key:10} batch {m['batch_chars_per_s']:>7} chars/s {m['batch_words_per_s']:>6} words/s   "
                f"single {m['single_chars_per_s']:>7} chars/s {m['single_words_per_s']:>6} words/s"
            )
        print("metrics equal:", report["metrics_equal"], " predictions equal:", report["predictions_equal"])
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))
    return 0


def _quotes_fr_dev(parser, modes: dict, score, quick: bool) -> dict | None:
    """Attribution scores on ../shared/quotes-fr/dev.jsonl (real news), full parse vs the service's
    modes; None when the file is absent."""
    from service.attribution.engine import attribute

    path = Path(os.environ.get("QUOTES_FR_DEV", ROOT.parent / "shared" / "quotes-fr" / "dev.jsonl"))
    if not path.is_file():
        return None
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if quick:
        docs = docs[:3]
    out = {"path": str(path), "documents": len(docs)}
    for name in ("full", "selective"):
        documents = modes[name].parse(parser, [d["text"] for d in docs])
        predictions = _predictions([d["id"] for d in docs], [attribute(d) for d in documents])
        metrics = score(docs, predictions)
        metrics.pop("errors")
        out[name] = metrics
    return out


def _tokenize_only(parser, texts: list[str], repeat: int) -> float:
    """Seconds for tokenize+mwt alone on the corpus (the floor of any selective parse)."""
    times = []
    for _ in range(repeat):
        _, seconds = _timed(lambda: parser.parse_many(texts, lambda sentences: set()))
        times.append(seconds)
    return round(min(times), 3)


def _profile(parser, run) -> dict[str, float]:
    """Seconds spent in each Stanza processor during one run (their process() methods, wrapped)."""
    spent: dict[str, float] = {}
    originals = {}
    for name, processor in parser._pipeline.processors.items():
        originals[name] = processor.process

        def timed(doc, _name=name, _process=processor.process):
            started = time.perf_counter()
            try:
                return _process(doc)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.perf_counter() - started

        processor.process = timed
    try:
        _, total = _timed(run)
    finally:
        for name, processor in parser._pipeline.processors.items():
            processor.process = originals[name]
    out = {name: round(seconds, 3) for name, seconds in spent.items()}
    out["total"] = round(total, 3)
    return out


def _selection_stats(documents: list[list[str]]) -> dict:
    """How many sentences sentences_to_parse keeps, and how many of those only as neighbours."""
    from service.attribution.engine import sentences_to_parse

    total = kept = direct = 0
    for sentences in documents:
        chosen = sentences_to_parse(sentences)
        own = {i for i, sentence in enumerate(sentences) if sentences_to_parse([sentence])}
        total += len(sentences)
        kept += len(chosen)
        direct += len(own & chosen)
    return {
        "documents": len(documents),
        "sentences": total,
        "kept": kept,
        "kept_fraction": round(kept / total, 3) if total else None,
        "triggered_fraction": round(direct / total, 3) if total else None,
        "neighbour_only": kept - direct,
    }


def _set_batch_size(parser, size: int) -> None:
    """Change the pos/lemma/depparse batch sizes of the loaded pipeline in place."""
    for name in ("pos", "lemma", "depparse"):
        processor = parser._pipeline.processors.get(name)
        if processor is not None:
            processor.config["batch_size"] = size
            if hasattr(processor, "_batch_size"):
                processor._batch_size = size


if __name__ == "__main__":
    sys.exit(main())
