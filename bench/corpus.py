"""The fixed benchmark corpus: the dev gold texts and the seed article, and articles of a
given size built from them. Deterministic, so every run measures the same text."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "dev_gold.jsonl"
SEED = ROOT / "seeds" / "altman-trump-fr.txt"


def gold_docs(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def corpus(path: Path = GOLD) -> list[tuple[str, str]]:
    """(id, text) pairs: every dev gold document, then the seed article as a file."""
    docs = [(doc["id"], doc["text"]) for doc in gold_docs(path)]
    docs.append(("seed-file", SEED.read_text(encoding="utf-8")))
    return docs


def _paragraphs() -> list[str]:
    paragraphs = []
    for _, text in corpus():
        paragraphs.extend(p.strip() for p in text.split("\n") if p.strip())
    return paragraphs


def articles(size: int, count: int) -> list[str]:
    """`count` distinct articles of about `size` characters: consecutive corpus paragraphs joined by
    blank lines, each article starting further along the corpus (wrapping around)."""
    paragraphs = _paragraphs()
    out: list[str] = []
    start = 0
    step = max(1, len(paragraphs) // max(1, count))
    for _ in range(count):
        parts: list[str] = []
        length = 0
        i = start
        while length < size:
            paragraph = paragraphs[i % len(paragraphs)]
            if length + len(paragraph) > size * 1.1 and parts:
                paragraph = paragraph[: max(0, size - length)].rsplit(" ", 1)[0] + "."
            parts.append(paragraph)
            length += len(paragraph) + 2
            i += 1
        out.append("\n\n".join(parts))
        start += step
    return out
