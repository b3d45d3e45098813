"""Mend the boundaries Stanza's tokenizer puts inside a sentence or a word, before tagging and parsing.

The tokenizer learnt from treebanks where a capitalised word after a common noun mostly opens a
sentence; French news names organisations and works with capitalised common words right after
their type (« l'association de locataires Toits solidaires dénonce … », « la compagnie Les Fils
tendus »), and the split leaves two halves that no parse can read (a subject without its verb).
A sentence that stops on a word or a closing parenthesis, with no full stop, goes on into the next one
of its paragraph.
Letters it has rarely seen can also cut a word (« Valančiūt | ė »): letters touching letters are one word.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any


def join_broken_sentences(doc: Any) -> None:
    """Merge, in place, each sentence of a tokenized Stanza document into the one before it when the
    one before ends on a letter and this one opens on a capital (one paragraph per document)."""
    if len(doc.sentences) < 2:
        return
    from stanza.models.common.doc import Sentence

    joined = [doc.sentences[0]]
    for sentence in doc.sentences[1:]:
        previous = joined[-1]
        if _breaks_mid_sentence(previous, sentence):
            joined[-1] = Sentence(_renumbered_from_one(previous.to_dict() + sentence.to_dict()), doc)
        else:
            joined.append(sentence)
    if len(joined) != len(doc.sentences):
        doc.sentences = joined
        for index, sentence in enumerate(joined):
            sentence.index = index
        doc.num_tokens = sum(len(s.tokens) for s in joined)
        doc.num_words = sum(len(s.words) for s in joined)


def _breaks_mid_sentence(previous: Any, sentence: Any) -> bool:
    last = previous.tokens[-1].text
    first = sentence.tokens[0].text
    # « l'agence régionale de santé (ARS) | Grand Est assure … » : an acronym in parentheses ends no sentence
    return (last[-1:].isalpha() or last == ")") and first[:1].isupper()


def join_split_words(doc: Any) -> None:
    """Merge, in place, tokens made of letters that touch the letters of the token before them."""
    from stanza.models.common.doc import Sentence

    changed = False
    for index, sentence in enumerate(doc.sentences):
        if not _touching_letters(sentence.tokens):
            continue  # the common case: no token to rebuild
        entries = sentence.to_dict()
        merged = _merged_words(entries)
        if len(merged) != len(entries):
            doc.sentences[index] = Sentence(merged, doc)
            doc.sentences[index].index = index
            changed = True
    if changed:
        doc.num_tokens = sum(len(s.tokens) for s in doc.sentences)
        doc.num_words = sum(len(s.words) for s in doc.sentences)


def _touching_letters(tokens: list) -> bool:
    return any(
        a.end_char == b.start_char and a.text[-1:].isalpha() and b.text.isalpha() for a, b in pairwise(tokens)
    )


def _merged_words(entries: list[dict]) -> list[dict]:
    merged: list[dict] = []
    for entry in entries:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and isinstance(entry["id"], int)
            and isinstance(previous["id"], int)
            and "start_char" in entry
            and previous.get("end_char") == entry["start_char"]
            and previous["text"][-1:].isalpha()
            and entry["text"].isalpha()
        ):
            joined = {**previous, "text": previous["text"] + entry["text"], "end_char": entry["end_char"]}
            joined.pop("misc", None)
            if "misc" in entry:
                joined["misc"] = entry["misc"]
            merged[-1] = joined
            continue
        merged.append(entry)
    return _renumbered_from_one(merged) if len(merged) != len(entries) else entries


def _renumbered_from_one(entries: list[dict]) -> list[dict]:
    """Word ids 1..n again after merges; a multi-word token spans the ids of the words after it."""
    renumbered, next_id = [], 1
    for entry in entries:
        ids = entry["id"]
        if isinstance(ids, tuple):
            renumbered.append({**entry, "id": (next_id, next_id + ids[-1] - ids[0])})
        else:
            renumbered.append({**entry, "id": next_id})
            next_id += 1
    return renumbered
