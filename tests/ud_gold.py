"""Gold UD sentences from ../shared/ud-french, looked up by sent_id, as Documents."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from service.nlp.conllu import document_from_conllu, read_blocks
from service.nlp.document import Document

UD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "ud-french"


@cache
def _blocks(name: str) -> dict[str, list[str]]:
    path = UD_DIR / f"{name}.conllu"
    if not path.is_file():
        pytest.skip(f"{path} not found (the UD treebanks live in ../shared/ud-french)")
    blocks = {}
    with path.open(encoding="utf-8") as handle:
        for block in read_blocks(handle):
            for line in block:
                if line.startswith("# sent_id ="):
                    blocks[line.split("=", 1)[1].strip()] = block
    return blocks


def sentence_texts(treebank: str, count: int) -> list[str]:
    """The `# text` of the first `count` sentences (skips the test when the treebank is missing)."""
    texts = []
    for block in list(_blocks(treebank).values())[:count]:
        texts += [line.split("=", 1)[1].strip() for line in block if line.startswith("# text =")]
    return texts


def gold_document(treebank: str, *sent_ids: str) -> Document:
    """The sentences, in order, as one Document (sentences joined by a space)."""
    blocks = _blocks(treebank)
    return document_from_conllu("\n\n".join("\n".join(blocks[s]) for s in sent_ids) + "\n")
