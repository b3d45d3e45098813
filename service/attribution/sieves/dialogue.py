"""Dialogue lines opened by a dash: the incise that closes a line, and turns that alternate."""

from __future__ import annotations

from service.attribution.candidates import Candidate, Found, inherit
from service.attribution.context import Context
from service.attribution.cues import Incise, read_incise
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.common import WINDOW, incise_candidate
from service.attribution.sieves.registry import CONTINUATION, QUOTE, confidence, sieve
from service.nlp.document import Sentence


@sieve(
    "dialogue_incise",
    QUOTE,
    0.9,
    "— Tu viens ? demanda-t-il. (the incise is cut from the quote)",
    speaker_slot=True,
    speaker_inside=True,
)
def dialogue_incise(context: Context, quote: QuoteSpan) -> Candidate | None:
    if quote.mark != "—":
        return None
    found = _dialogue_incise_at(context, quote)
    if found is None:
        return None
    sentence, incise, _ = found
    return incise_candidate(context, sentence, incise, "dialogue_incise")


def dialogue_content_end(context: Context, quote: QuoteSpan) -> int | None:
    """Where a dialogue line's speech stops: before an incise that closes it (« ? demanda-t-il » is
    not speech); none when the speech goes on after the incise (« — Expliquez-moi, lui dit-il,
    comment … » is one quotation, like « … » around an incise)."""
    found = _dialogue_incise_at(context, quote)
    if found is None or _speech_resumes(found[1]):
        return None
    return found[2]


def _speech_resumes(incise: Incise) -> bool:
    """A comma after the incise's subject, then more words on the line that are not an apposition to
    the subject (« , répond Josée Lavoie, l'intervenante de garde »)."""
    for i, word in enumerate(incise.after[:8]):
        if word.text == ",":
            rest = [w for w in incise.after[i + 1 :] if any(c.isalnum() for c in w.text)]
            return len(rest) >= 2 and rest[0].upos not in {"DET", "PROPN", "NOUN", "ADJ", "NUM"}
        if word.text in {".", "!", "?", "…"}:
            return False
    return False


def _dialogue_incise_at(context: Context, quote: QuoteSpan) -> tuple[Sentence, Incise, int] | None:
    line_end = context.document.text.find("\n", quote.start)
    pairs = context.words_between(quote.start, line_end if line_end >= 0 else len(context.document.text))
    words = [w for _, w in pairs]
    for i in range(1, len(words)):
        if words[i - 1].text not in {",", "?", "!", "…"}:
            continue
        incise = read_incise(words[i : i + WINDOW])
        if incise is None:
            continue
        keep = words[i - 1] if words[i - 1].text != "," else words[i - 2]
        return pairs[i][0], incise, keep.end
    return None


@sieve(
    "dialogue_turn",
    CONTINUATION,
    0.6,
    "— Vous partez ? demande-t-il. / — Demain. / — Et après ? / — Je verrai, répond-elle. (dash lines with "
    "no incise alternate between the two people the incises of the exchange name)",
)
def dialogue_turn(context: Context, found: list[Found], i: int) -> Candidate | None:
    if found[i].span.mark != "—":
        return None
    block = _exchange(found, i)
    # the lines whose speaker an incise named, by turn: two people, one on even turns, one on odd ones
    turns: dict[int, list[Found]] = {0: [], 1: []}
    for position, line in enumerate(block):
        if line.candidate is not None and line is not found[i]:
            turns[position % 2].append(line)
    speakers = {parity: {id(f.candidate.entity) for f in lines} for parity, lines in turns.items()}
    if any(len(ids) != 1 for ids in speakers.values()) or speakers[0] == speakers[1]:
        return None
    mine = turns[block.index(found[i]) % 2][0]
    return inherit(mine.candidate, "dialogue_turn", confidence("dialogue_turn"))


def _exchange(found: list[Found], i: int) -> list[Found]:
    """The dash lines of consecutive paragraphs around found[i], in order."""
    start = i
    while (
        start > 0
        and found[start - 1].span.mark == "—"
        and found[start - 1].span.paragraph == found[start].span.paragraph - 1
    ):
        start -= 1
    end = i
    while (
        end + 1 < len(found)
        and found[end + 1].span.mark == "—"
        and found[end + 1].span.paragraph == found[end].span.paragraph + 1
    ):
        end += 1
    return found[start : end + 1]
