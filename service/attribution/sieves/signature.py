"""Signatures: a dash and a name after the quotation."""

from __future__ import annotations

from service.attribution.candidates import Candidate, with_cue
from service.attribution.context import Context
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.common import DASHES
from service.attribution.sieves.registry import QUOTE, confidence, sieve


@sieve("dash_after", QUOTE, 0.9, "« L'imagination est plus importante que le savoir. » – Albert Einstein")
def dash_after(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    text = context.document.text
    position = quote.outer_end
    while position < len(text) and text[position] in " \u00a0\u202f":
        position += 1
    if position >= len(text) or text[position] not in DASHES:
        return None
    found = context.entity_at(position + 1, min(len(text), position + 40))
    if found and found[1].start <= position + 3:
        candidate = Candidate(found[0], found[1], "dash_after", confidence("dash_after"))
        return with_cue(candidate, position, position + 1, text[position])
    return None
