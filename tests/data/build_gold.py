"""Build the gold sets tests/data/dev_gold.jsonl and news_gold.jsonl from tests/data/gold_src/.

    python tests/data/build_gold.py          # rewrite both
    python tests/data/build_gold.py --check  # fail if either is out of date

Sources:
- seed_*.yaml: an original text kept byte for byte (`source`), spans located by anchor strings.
- passages*.txt: written passages with inline markup, see the header of passages_01.txt.
- news_*.txt (news_gold.jsonl): passages in the same markup, written apart from the engine's rules
  in the genres of the shared test set, to measure how the rules generalise.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "gold_src"
OUT = HERE / "dev_gold.jsonl"
NEWS_OUT = HERE / "news_gold.jsonl"
# Each set's sources in gold_src/: the anchored seed annotations (if any), then the written passages.
SOURCES = {OUT: ("seed_*.yaml", "passages*.txt"), NEWS_OUT: (None, "news_*.txt")}
ROOT = HERE.parent.parent

QUOTE_TYPES = {"direct", "partial", "indirect"}
NON_QUOTE_KINDS = {"title", "name", "term", "scare", "stray"}
# Readable stand-ins for the invisible spaces French typography puts inside guillemets.
SPACE_TOKENS = {"<nbsp>": "\u00a0", "<nnbsp>": "\u202f"}
SPAN = re.compile(r"⟦([qn]\d+):(.*?)⟧", re.S)


class GoldError(ValueError):
    pass


# ---------------------------------------------------------------- seed documents (anchored)


def _locate(text: str, item: dict) -> int:
    """Offset of item["text"], searched inside the unique item["in"] context when given."""
    context = item.get("in", item["text"])
    if text.count(context) != 1:
        raise GoldError(f"anchor {context!r} occurs {text.count(context)} times")
    base = text.index(context)
    inner = context.find(item["text"])
    if inner < 0:
        raise GoldError(f"{item['text']!r} not inside its anchor {context!r}")
    return base + inner


def build_seed(path: Path) -> dict:
    """One gold document from an anchored YAML annotation of an untouched source text."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = (ROOT / spec["source"]).read_bytes().decode("utf-8")
    speakers = spec.get("speakers", {})
    quotes = []
    for item in spec["quotes"]:
        start = _locate(text, item)
        speaker = speakers[item["speaker"]] if item["speaker"] else None
        quotes.append(_quote(text, start, start + len(item["text"]), item["type"], speaker, item.get("cue")))
    non_quotes = []
    for item in spec.get("non_quotes", []):
        start = _locate(text, item)
        non_quotes.append(_non_quote(text, start, start + len(item["text"]), item["why"]))
    return {"id": spec["id"], "text": text, "quotes": quotes, "non_quotes": non_quotes}


# ---------------------------------------------------------------- written passages (inline markup)


def _strip_markup(body: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Plain text and the offsets of every ⟦key:…⟧ span."""
    for token, char in SPACE_TOKENS.items():
        body = body.replace(token, char)
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    length = 0
    for m in SPAN.finditer(body):
        out.append(body[pos : m.start()])
        length += m.start() - pos
        key, inner = m.group(1), m.group(2)
        if "⟦" in inner:
            raise GoldError(f"nested span in {key}")
        if key in spans:
            raise GoldError(f"span key {key} used twice")
        spans[key] = (length, length + len(inner))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise GoldError(f"unbalanced span markup near {text[text.find('⟦') - 30 :][:80]!r}")
    return text, spans


def _parse_speakers(lines: list[str]) -> dict[str, dict]:
    speakers = {}
    for line in lines:
        if line.startswith("@S"):
            key, _, rest = line[1:].partition(" ")
            name, _, mentions = rest.partition("|")
            mention_list = [m.strip() for m in mentions.split(";") if m.strip()]
            speakers[key] = {"name": name.strip(), "mentions": mention_list}
    return speakers


def build_passage(doc_id: str, lines: list[str]) -> dict:
    """One gold document from a passage block: text lines then @-annotation lines."""
    body_lines = [ln for ln in lines if not ln.startswith("@")]
    notes = [ln for ln in lines if ln.startswith("@")]
    text, spans = _strip_markup("\n".join(body_lines).strip("\n"))
    speakers = _parse_speakers(notes)
    quotes, non_quotes = [], []
    seen = set()
    for line in notes:
        key, _, rest = line[1:].partition(" ")
        if key.startswith("S"):
            continue
        if key not in spans:
            raise GoldError(f"{doc_id}: annotation {key} has no span")
        seen.add(key)
        start, end = spans[key]
        fields = [f.strip() for f in rest.split("|")]
        if key.startswith("n"):
            non_quotes.append(_non_quote(text, start, end, fields[0]))
            continue
        if len(fields) != 3:
            raise GoldError(f"{doc_id}: {key} needs 'type | speaker key or - | cue or -'")
        kind, who, cue = fields
        speaker = None if who == "-" else speakers[who]
        quotes.append(_quote(text, start, end, kind, speaker, None if cue == "-" else cue))
    if set(spans) - seen:
        raise GoldError(f"{doc_id}: spans without annotation: {sorted(set(spans) - seen)}")
    quotes.sort(key=lambda q: q["start"])
    non_quotes.sort(key=lambda q: q["start"])
    return {"id": doc_id, "text": text, "quotes": quotes, "non_quotes": non_quotes}


def read_passages(path: Path) -> list[dict]:
    """Every passage block (`### id` header) of a source file; `%` lines are comments."""
    docs = []
    current: list[str] | None = None
    doc_id = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("%"):
            continue
        if raw.startswith("### "):
            if current is not None:
                docs.append(build_passage(doc_id, current))
            doc_id, current = raw[4:].strip(), []
        elif current is not None:
            current.append(raw.rstrip())
    if current is not None:
        docs.append(build_passage(doc_id, current))
    return docs


# ---------------------------------------------------------------- records and checks


def _quote(text: str, start: int, end: int, kind: str, speaker: dict | None, cue: str | None) -> dict:
    if kind not in QUOTE_TYPES:
        raise GoldError(f"bad quote type {kind!r}")
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "type": kind,
        "speaker": speaker["name"] if speaker else None,
        "speaker_mentions": list(speaker["mentions"]) if speaker else [],
        "cue": cue,
    }


def _non_quote(text: str, start: int, end: int, why: str) -> dict:
    if why not in NON_QUOTE_KINDS:
        raise GoldError(f"bad non-quote kind {why!r}")
    return {"start": start, "end": end, "text": text[start:end], "why": why}


def check(doc: dict) -> None:
    """The invariants tests/test_gold_data.py also asserts, checked at build time."""
    text = doc["text"]
    spans = doc["quotes"] + doc["non_quotes"]
    for span in spans:
        where = f"{doc['id']} {span['text'][:40]!r}"
        if text[span["start"] : span["end"]] != span["text"] or not span["text"]:
            raise GoldError(f"{where}: text is not the document slice")
        if span["text"] != span["text"].strip() and span.get("why") != "stray":
            raise GoldError(f"{where}: span starts or ends with a space")
    for quote in doc["quotes"]:
        for surface in [*quote["speaker_mentions"], quote["cue"] or ""]:
            if surface.casefold() not in text.casefold():
                raise GoldError(f"{doc['id']}: {surface!r} does not occur in the text")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b["start"] < a["end"]:
            raise GoldError(f"{doc['id']}: {a['text'][:30]!r} overlaps {b['text'][:30]!r}")


def build(out: Path = OUT) -> list[dict]:
    """The documents of one gold set: dev_gold.jsonl (seeds and passages) or news_gold.jsonl."""
    seeds, passages = SOURCES[out]
    docs = [build_seed(p) for p in sorted(SRC.glob(seeds))] if seeds else []
    for path in sorted(SRC.glob(passages)):
        docs.extend(read_passages(path))
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise GoldError(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    for doc in docs:
        check(doc)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)


def main(argv: list[str]) -> int:
    stale = 0
    for out in (OUT, NEWS_OUT):
        content = render(build(out))
        if "--check" in argv:
            current = out.read_text(encoding="utf-8") if out.exists() else ""
            if current != content:
                print(f"{out} is out of date: run python {Path(__file__).relative_to(ROOT)}", file=sys.stderr)
                stale = 1
            continue
        out.write_text(content, encoding="utf-8")
        docs = [json.loads(line) for line in content.splitlines()]
        n_quotes = sum(len(d["quotes"]) for d in docs)
        print(f"wrote {out.relative_to(ROOT)}: {len(docs)} documents, {n_quotes} quotes")
    return stale


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
