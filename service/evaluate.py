"""Evaluate the engine on a gold JSONL file.

    python -m service.evaluate tests/data/dev_gold.jsonl [--json] [--errors]
        [--predictions PRED.json] [--save-predictions PRED.json]

Runs the real parser and engine through service.engine_runtime.predict_texts (imported lazily, so
this module and the scoring core load without Stanza), prints a table and, as the last line, the
metrics as one JSON object. --predictions scores saved predictions ({doc id: [quote, ...]}) instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from service.attribution.evaluate import score
from service.attribution.evaluate_gender import format_gender, gender_scores


def load_gold(path: str | Path) -> list[dict]:
    """Gold documents, one JSON object a line (blank lines skipped)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run_engine(docs: list[dict], parse_cache: str | None = None) -> dict[str, list[dict]]:
    """Predictions for every document, through the real parser and engine."""
    texts = [doc["text"] for doc in docs]
    if parse_cache:
        outputs = _predict_from_cached_parses(texts, Path(parse_cache))
    else:
        from service.engine_runtime import predict_texts  # lazy: pulls in Stanza and the model

        outputs = predict_texts(texts)
    if len(outputs) != len(docs):
        raise RuntimeError(f"predict_texts returned {len(outputs)} results for {len(docs)} texts")
    return {doc["id"]: list(quotes) for doc, quotes in zip(docs, outputs, strict=True)}


def _predict_from_cached_parses(texts: list[str], cache_dir: Path) -> list[list[dict]]:
    """Full parses are kept per model version and text, so that rule work re-runs only the engine.

    The engine masks the sentences the service would not parse (relevant_view), so the predictions
    equal the service's.
    """
    import hashlib
    import pickle

    from service.attribution.engine import attribute
    from service.config import Settings
    from service.engine_runtime import model_version
    from service.nlp.stanza_parser import PARSE_REVISION, StanzaParser, default_threads
    from service.schemas import AttributionResultSchema

    settings = Settings()
    parser = StanzaParser(settings.model_dir, threads=settings.torch_threads or default_threads())
    version = f"{model_version(parser.model_dir)}-{PARSE_REVISION}"
    paths = [cache_dir / f"{version}-{hashlib.sha256(t.encode()).hexdigest()[:20]}.pickle" for t in texts]
    missing = [i for i, path in enumerate(paths) if not path.exists()]
    if missing:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for i, document in zip(missing, parser.parse_many([texts[i] for i in missing]), strict=True):
            paths[i].write_bytes(pickle.dumps(document))
    schema = AttributionResultSchema()
    documents = [pickle.loads(path.read_bytes()) for path in paths]
    return [schema.dump(attribute(document))["quotes"] for document in documents]


def format_table(metrics: dict[str, Any]) -> str:
    """A readable summary of the metrics."""
    lines = [
        f"documents {metrics['documents']}  gold quotes {metrics['gold_quotes']}  "
        f"predicted {metrics['predicted_quotes']}",
        f"{'':24}{'P':>8}{'R':>8}{'F1':>8}{'correct':>9}",
    ]
    # figures saved by older versions lack the newer rows
    for key in [k for k in ("quotes@0.3", "quotes@0.8", "attribution", "named_attribution") if k in metrics]:
        m = metrics[key]
        lines.append(f"{key:24}{m['precision']:8.3f}{m['recall']:8.3f}{m['f1']:8.3f}{m['correct']:9d}")
    lines.append(f"{'speaker accuracy':24}{metrics['speaker_accuracy']:8.3f}  (on quotes matched at 30%)")
    lines.append(f"{'recall by type':24}{'gold':>8}{'@0.3':>8}{'@0.8':>8}")
    for kind, row in metrics["recall_by_type"].items():
        lines.append(f"  {kind:22}{row['gold']:8d}{row['recall@0.3']:8.3f}{row['recall@0.8']:8.3f}")
    if "confidence" in metrics:
        lines.append(f"{'confidence':24}{'quotes':>8}{'named right':>13}")
        for band, row in metrics["confidence"].items():
            label = f">={row['threshold']:g} (all)" if band == "high" else band
            lines.append(f"  {label:22}{row['predicted']:8d}{row['named_right']:13.3f}")
    nq = metrics["non_quotes"]
    lines.append(
        f"non-quotes {nq['total']}: {nq['predicted']} predicted as quotes, "
        f"{nq['with_speaker']} given a speaker"
    )
    return "\n".join(lines)


ERROR_CLASSES = {
    "missed": "missed quotes (by type)",
    "false_positives": "predicted quotes with no gold quote",
    "no_speaker": "found, no speaker",
    "unnamed": "right speaker, reported under a description or pronoun",
    "wrong_speaker": "wrong speaker",
    "spurious_speaker": "a speaker for a quote whose gold has none",
}


def format_error_summary(errors: list[dict]) -> str:
    """Error counts by class (missed by type, speaker errors by kind), then the per-document list."""
    counts: dict[str, int] = dict.fromkeys(ERROR_CLASSES, 0)
    missed_by_type: dict[str, int] = {}
    for doc in errors:
        counts["missed"] += len(doc["missed"])
        counts["false_positives"] += len(doc["false_positives"])
        for item in doc["missed"]:
            missed_by_type[item["type"]] = missed_by_type.get(item["type"], 0) + 1
        for item in doc["wrong_speaker"]:
            counts[item["class"]] += 1
    lines = ["errors by class"]
    for key, label in ERROR_CLASSES.items():
        extra = ""
        if key == "missed":
            extra = "  " + ", ".join(f"{k} {v}" for k, v in sorted(missed_by_type.items()))
        lines.append(f"  {label:58}{counts[key]:5d}{extra}")
    return "\n".join(lines)


def format_errors(errors: list[dict]) -> str:
    """Per-document errors, documents without any left out."""
    lines = []
    for doc in errors:
        kinds = ("missed", "false_positives", "wrong_speaker", "bad_offsets")
        if not any(doc[k] for k in kinds):
            continue
        lines.append(f"== {doc['id']}")
        for item in doc["missed"]:
            lines.append(f"  MISSED   [{item['type']}] {_clip(item['text'])!r}  gold: {item['speaker']}")
        for item in doc["false_positives"]:
            lines.append(f"  FALSE+   [{item['type']}] {_clip(item['text'])!r}  pred: {item['speaker']}")
        for item in doc["wrong_speaker"]:
            lines.append(
                f"  {item['class'].upper():9}{_clip(item['text'])!r}  pred: {item['predicted']}"
                f"  gold: {item['gold']}  rule: {item.get('rule')}"
            )
        for item in doc["bad_offsets"]:
            lines.append(f"  OFFSETS  text does not equal the slice [{item['start']}:{item['end']}]")
    return "\n".join(lines)


def _clip(text: str | None, width: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="gold JSONL file")
    parser.add_argument("--json", action="store_true", help="print only the JSON metrics line")
    parser.add_argument("--errors", action="store_true", help="list errors per document")
    parser.add_argument("--predictions", help="score saved predictions instead of running the engine")
    parser.add_argument("--save-predictions", help="write the engine's predictions to this JSON file")
    parser.add_argument(
        "--parse-cache", metavar="DIR", help="keep full parses in DIR and reuse them (engine work only)"
    )
    args = parser.parse_args(argv)

    docs = load_gold(args.gold)
    if args.predictions:
        predictions = json.loads(Path(args.predictions).read_text(encoding="utf-8"))
    else:
        predictions = run_engine(docs, args.parse_cache)
    if args.save_predictions:
        Path(args.save_predictions).write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")

    metrics = score(docs, predictions)
    metrics["gender"] = gender_scores(docs, predictions)
    errors = metrics.pop("errors")
    if args.errors:
        print(format_errors(errors))
        print(format_error_summary(errors))
    if not args.json:
        print(format_table(metrics))
        print(format_gender(metrics["gender"]))
    print(json.dumps(metrics, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
