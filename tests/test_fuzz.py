"""Hypothesis fuzz of the quote scanner and the engine on French-like text with random marks.

No model: documents come from a crude tokenizer with either no parse or a random (but well-formed)
dependency tree, so the sieves see arbitrary structures. Properties: no exception, offsets inside the
text with text == input[start:end], ids consistent, and the result dumps through the API schema."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.attribution.engine import attribute
from service.attribution.quotes import scan_quotes
from service.nlp.document import Document, Sentence, Word
from service.schemas import AttributionResultSchema

WORDS = [
    "le",
    "la",
    "les",
    "un",
    "une",
    "de",
    "du",
    "que",
    "qu'",
    "qu’",
    "il",
    "elle",
    "a",
    "dit",
    "déclaré",
    "affirmé",
    "selon",
    "ministre",
    "Macron",
    "Sam",
    "Altman",
    "Trump",
    "Musk",
    "président",
    "je",
    "nous",
    "pense",
    "est",
    "terrible",
    "n'",
    "pas",
    "l’",
    "OpenAI",
    "écrit",
    "a-t-il",
    "estime",
    "ajouté",
    "maire",
]
MARKS = [
    "«",
    "»",
    "« ",
    " »",
    "“",
    "”",
    '"',
    "‹",
    "›",
    "—",
    "–",
    ":",
    ".",
    ",",
    "!",
    "?",
    "…",
    "\n",
    "\r\n",
    "\u00a0",
    "\u202f",
    "\u200b",
    "😀",
    "𝔄",
    "\x00",
    "&amp;",
    "<b>",
    "'",
    "’",
    "(",
    ")",
]
UPOS = ["NOUN", "PROPN", "VERB", "AUX", "PRON", "DET", "ADP", "SCONJ", "PUNCT", "ADJ", "ADV", "X"]
DEPRELS = [
    "nsubj",
    "obj",
    "ccomp",
    "root",
    "punct",
    "det",
    "obl",
    "nmod",
    "mark",
    "parataxis",
    "flat:name",
    "nsubj:pass",
    "conj",
    "advmod",
    "appos",
    "xcomp",
]

piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.text(max_size=3))
french_like = st.lists(piece, max_size=80).map(lambda parts: " ".join(parts))
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def crude_document(text: str, draw_int, parsed: bool) -> Document:
    sentences = []
    tokens = list(_TOKEN.finditer(text))
    chunk: list[re.Match] = []
    for index, token in enumerate(tokens):
        chunk.append(token)
        if token.group() in {".", "!", "?", "…"} or index == len(tokens) - 1:
            words = []
            for i, match in enumerate(chunk, 1):
                head = 0 if i == 1 else (draw_int(0, i - 1) if parsed else 0)
                words.append(
                    Word(
                        index=i,
                        text=match.group(),
                        lemma=match.group().lower(),
                        upos=UPOS[draw_int(0, len(UPOS) - 1)] if parsed else "X",
                        feats="",
                        head=head,
                        deprel=(DEPRELS[draw_int(0, len(DEPRELS) - 1)] if head else "root"),
                        start=match.start(),
                        end=match.end(),
                    )
                )
            sentences.append(Sentence(tuple(words), words[0].start, words[-1].end, parsed))
            chunk = []
    return Document(text, tuple(sentences))


def check_result(text: str, result) -> None:
    ids = [quote.id for quote in result.quotes]
    assert len(ids) == len(set(ids))
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.type in {"direct", "partial", "indirect"}
        assert 0.0 <= quote.confidence <= 1.0
        if quote.speaker is not None:
            mention = quote.speaker.mention
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
        if quote.cue is not None:
            assert 0 <= quote.cue.start <= quote.cue.end <= len(text)
    for speaker in result.speakers:
        assert set(speaker.quote_ids) <= set(ids)
        assert speaker.kind in {"person", "organization", "unknown"}
        for mention in speaker.mentions:
            assert text[mention.start : mention.end] == mention.text
    dumped = AttributionResultSchema().dump(result)
    assert AttributionResultSchema().validate(dumped) == {}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(french_like)
def test_scanner_spans_are_inside_the_text(text):
    for span in scan_quotes(text):
        assert 0 <= span.open_at <= span.start <= span.end <= len(text)
        if span.close_at is not None:
            assert span.end <= span.close_at < len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(french_like, st.booleans(), st.booleans(), st.data())
def test_engine_never_crashes_and_offsets_are_exact(text, parsed, include_indirect, data):
    def draw_int(low, high):
        return data.draw(st.integers(low, high))

    document = crude_document(text, draw_int, parsed)
    check_result(text, attribute(document, include_indirect=include_indirect))
