"""Selective parsing: which sentences the parser needs to analyse for the rules to see all they read."""

from __future__ import annotations

import dataclasses
import re

from service.attribution import lexicon
from service.attribution.entities import normalize
from service.nlp.document import Document, Sentence

_WORD = re.compile(r"[\w’'-]+")
_MARKS = re.compile(r"[«»“”„‹›\"—–:]")
# Longer "sentences" (lists, run-on pastes) are not parsed: dependency parsing is quadratic in length.
MAX_PARSED_WORDS = 250


def relevant_view(document: Document) -> Document:
    """The document with parses kept only on the sentences `sentences_to_parse` selects.

    The engine then reads the same analyses whether the parser ran on every sentence or only on the
    selected ones, so selective parsing cannot change a result.
    """
    texts = [document.text[s.start : s.end] for s in document.sentences]
    wanted = sentences_to_parse(texts)
    if len(wanted) == len(texts):
        return document
    sentences = tuple(
        sentence if i in wanted else _unparsed(sentence) for i, sentence in enumerate(document.sentences)
    )
    return dataclasses.replace(document, sentences=sentences)


def _unparsed(sentence: Sentence) -> Sentence:
    words = tuple(
        dataclasses.replace(w, lemma=w.text, upos="X", feats="", head=0, deprel="dep") for w in sentence.words
    )
    return Sentence(words, sentence.start, sentence.end, parsed=False)


# « selon X », « après X », « pour X, », « aux dires de X » …, « a-t-on appris de X », and the
# infinitives of two-word cues (« fait savoir que »), nouns of a stated intention (« a émis l'idée de »),
# the forms of the verbs reporting an infinitive (« s'est engagée à »)
_OTHER_TRIGGERS = (
    frozenset({"selon", "après", "pour", "a-t-on", "apprend-on"})
    # « … C'est le constat dressé par X » : a finding that resumes the sentence before it
    | frozenset({"constat", "conclusion", "diagnostic", "avertissement", "verdict"})
    | lexicon.SOURCE_FRAME_WORDS
    | {phrase.split()[1] for phrase in lexicon.speech_phrases()}
    | lexicon.intention_nouns()
    | lexicon.infinitive_cue_forms()
)


def sentences_to_parse(sentence_texts: list[str]) -> set[int]:
    """Sentences that can hold a quotation, a cue or a speaker, plus their neighbours."""
    forms = lexicon.speech_forms()
    wanted: set[int] = set()
    too_long: set[int] = set()
    for i, sentence in enumerate(sentence_texts):
        found = _WORD.findall(sentence)
        if len(found) > MAX_PARSED_WORDS:
            too_long.add(i)  # a parse costs the square of a sentence's length: surface rules only
            continue
        words = {normalize(w) for w in found}
        words |= {w.split("-", 1)[0] for w in words if "-" in w}  # « indique-t-on », « assure-t-il »
        elided = {w.rsplit("'", 1)[-1] for w in words if "'" in w}  # « de l'aveu de », « D'après X »
        if (
            _MARKS.search(sentence)
            or (words | elided) & forms.keys()  # « s'insurge », « n'exclut pas », « qu'affirme »
            or words & _OTHER_TRIGGERS
            or elided & (lexicon.SOURCE_FRAME_WORDS | _OTHER_TRIGGERS)
        ):
            wanted.update({i - 1, i, i + 1})
    return {i for i in wanted if 0 <= i < len(sentence_texts)} - too_long
