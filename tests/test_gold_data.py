"""The gold sets (dev_gold.jsonl, news_gold.jsonl) are well-formed and match their annotated sources."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GOLD = DATA / "dev_gold.jsonl"
NEWS = DATA / "news_gold.jsonl"
QUOTE_TYPES = {"direct", "partial", "indirect"}
NON_QUOTE_KINDS = {"title", "name", "term", "scare", "stray"}
SEED = Path(__file__).parent.parent / "seeds" / "altman-trump-fr.txt"


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


DEV_DOCS = load(GOLD)
DOCS = DEV_DOCS + load(NEWS)


def test_documents_have_the_expected_fields():
    for doc in DOCS:
        assert set(doc) == {"id", "text", "quotes", "non_quotes"}
        assert isinstance(doc["text"], str) and doc["text"]
        for quote in doc["quotes"]:
            assert set(quote) == {"start", "end", "text", "type", "speaker", "speaker_mentions", "cue"}
        for non_quote in doc["non_quotes"]:
            assert set(non_quote) == {"start", "end", "text", "why"}


def test_ids_are_unique():
    ids = [doc["id"] for doc in DOCS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_spans_are_slices_and_do_not_overlap(doc):
    spans = sorted(doc["quotes"] + doc["non_quotes"], key=lambda s: s["start"])
    for span in spans:
        assert 0 <= span["start"] < span["end"] <= len(doc["text"])
        assert doc["text"][span["start"] : span["end"]] == span["text"]
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (a["text"], b["text"])


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_quotes_exclude_marks_and_inner_spaces(doc):
    for quote in doc["quotes"]:
        text = quote["text"]
        assert text == text.strip(), text  # str.strip also removes U+00A0 and U+202F
        assert text[0] not in '«“"‹', text
        # a quotation may end on the closing mark of one nested in it (« … elle répondait : “…” »)
        assert text[-1] not in NESTED_OPENER or _closes_nested(text), text


NESTED_OPENER = {"»": "«", "”": "“", "›": "‹", '"': '"'}


def _closes_nested(text: str) -> bool:
    opener, inner = NESTED_OPENER[text[-1]], text[:-1]
    if opener == text[-1]:
        return inner.count(opener) % 2 == 1
    return inner.count(opener) > inner.count(text[-1])


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_labels_are_valid_and_surfaces_occur(doc):
    lowered = doc["text"].casefold()
    for quote in doc["quotes"]:
        assert quote["type"] in QUOTE_TYPES
        if quote["speaker"] is None:
            assert quote["speaker_mentions"] == []
        else:
            assert quote["speaker_mentions"], quote["text"]
        for surface in quote["speaker_mentions"] + [quote["cue"] or ""]:
            assert surface.casefold() in lowered, surface
    for non_quote in doc["non_quotes"]:
        assert non_quote["why"] in NON_QUOTE_KINDS


def test_seed_text_is_kept_byte_for_byte():
    seed = [doc for doc in DOCS if doc["id"] == "seed-altman-trump"]
    assert len(seed) == 1
    assert seed[0]["text"].encode("utf-8") == SEED.read_bytes()


def test_coverage():
    assert len([doc for doc in DEV_DOCS if not doc["id"].startswith("seed-")]) >= 40
    assert len(DOCS) - len(DEV_DOCS) >= 20
    types = Counter(q["type"] for doc in DOCS for q in doc["quotes"])
    assert set(types) == QUOTE_TYPES
    kinds = Counter(n["why"] for doc in DEV_DOCS for n in doc["non_quotes"])
    assert set(kinds) == NON_QUOTE_KINDS
    assert any(q["speaker"] is None for doc in DOCS for q in doc["quotes"])
    assert any("\u00a0" in doc["text"] for doc in DOCS)
    assert any("\u202f" in doc["text"] for doc in DOCS)


def test_jsonl_is_built_from_the_sources():
    result = subprocess.run(
        [sys.executable, str(DATA / "build_gold.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
