"""Signatures: the name after a quotation (a dash, a byline, the clause after a colon)."""

from __future__ import annotations

from service.attribution import linking
from service.attribution.candidates import Candidate, with_cue
from service.attribution.context import Context
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan
from service.attribution.sieves.common import DASHES, phrase_head, subject_of, tokens_after
from service.attribution.sieves.registry import QUOTE, confidence, sieve
from service.nlp.document import Sentence, Word


@sieve("dash_after", QUOTE, 0.9, "« L'imagination est plus importante que le savoir. » – Albert Einstein")
def dash_after(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    text = context.document.text
    # the signature may stand on the line below: « … »⏎— Claire Dumas, porte-parole
    position = _past_spaces(text, quote.outer_end, newlines=1)
    if position >= len(text) or text[position] not in DASHES:
        return None
    found = context.entity_at(position + 1, min(len(text), position + 40))
    if found and found[1].start <= position + 3:
        candidate = Candidate(found[0], found[1], "dash_after", confidence("dash_after"))
        return with_cue(candidate, position, position + 1, text[position])
    return None


# A signature line is short and says only who signs: « Le comité de défense de l'hôpital ».
MAX_SIGNATURE_WORDS = 15


@sieve(
    "signature_line",
    QUOTE,
    0.8,
    "« Nos urgences ne sont pas à vendre. »⏎Le comité de défense de l'hôpital (a quotation alone on its "
    "line, signed on the line below by a name or a group, with no dash)",
)
def signature_line(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    text = context.document.text
    line_start = text.rfind("\n", 0, quote.open_at) + 1
    position = _past_spaces(text, quote.outer_end)
    if text[line_start : quote.open_at].strip() or position >= len(text) or text[position] != "\n":
        return None  # the quotation fills its line
    start = position + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or line[-1] in ".!?:;»" or len(line.split()) > MAX_SIGNATURE_WORDS:
        return None  # a paragraph break or a sentence: the text goes on, nobody signs
    sentence = context.sentence_at(start)
    words = [w for w in sentence.tokens if start <= w.start < end]
    if not words or any(w.upos in {"VERB", "AUX"} and w.feat("VerbForm") == "Fin" for w in words):
        return None
    found = context.entity_at(words[0].start, words[min(2, len(words) - 1)].end)
    if found is not None:
        candidate = Candidate(found[0], found[1], "signature_line", confidence("signature_line"))
    else:
        first = next((w for w in words if w.upos in {"NOUN", "PROPN"}), None)
        if first is None:
            return None
        head = phrase_head(sentence, first)
        candidate = linking.speaker_from_word(
            context, sentence, head, "signature_line", confidence("signature_line")
        )
    if candidate is None or candidate.entity.kind == "unknown":
        return None
    return candidate


@sieve(
    "byline",
    QUOTE,
    0.85,
    "Bleus : « Il fallait gagner ce match » Didier Rossi (a headline quotation signed by the name that "
    "closes its line)",
)
def byline(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    text = context.document.text
    line_end = text.find("\n", quote.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[quote.outer_end : line_end]
    if not rest.strip() or len(rest) > 60:
        return None
    start = quote.outer_end + len(rest) - len(rest.lstrip(" \u00a0\u202f"))
    found = context.entity_at(start, start + 1)
    if found is None or found[0].kind != "person" or found[1].start != start:
        return None
    if text[found[1].end : line_end].strip(" .\u00a0"):
        return None  # the name must close the line
    return Candidate(found[0], found[1], "byline", confidence("byline"))


@sieve(
    "colon_after",
    QUOTE,
    0.75,
    "« Nous avons gagné ! » : la maire Claire Dumas a salué la décision. (a headline quotation whose "
    "speaker is the named subject of the clause after the colon)",
)
def colon_after(context: Context, quote: QuoteSpan) -> Candidate | None:
    if not quote.closed:
        return None
    text = context.document.text
    before = text[: quote.open_at].rstrip(" \u00a0\u202f")
    if before and before[-1] not in "\n.!?:-–—":
        return None  # « Le maire se dit « serein » : « … » » : a fragment inside a sentence (a dateline dash opens one)
    position = _past_spaces(text, quote.outer_end)
    if position >= len(text) or text[position] != ":":
        return None
    sentence, tokens = tokens_after(context, position + 1)
    subject = next((w for w in tokens if w.base_deprel == "nsubj"), None)
    predicate = sentence.head_of(subject) if sentence is not None and subject is not None else None
    if predicate is None or predicate.start < position or predicate.upos not in {"VERB", "AUX"}:
        return None
    candidate = subject_of(context, sentence, predicate, "colon_after", confidence("colon_after"))
    if candidate is None or not candidate.entity.tokens or candidate.entity.kind != "person":
        return None
    return candidate


def _past_spaces(text: str, position: int, newlines: int = 0) -> int:
    """The first offset from `position` that is not a space, crossing at most `newlines` line breaks."""
    while position < len(text) and text[position] in " \u00a0\u202f\n":
        if text[position] == "\n":
            if newlines == 0:
                break
            newlines -= 1
        position += 1
    return position


# A headline is one short line at the top of the article, with no closing full stop.
MAX_HEADLINE_WORDS = 25


@sieve(
    "headline_subject",
    QUOTE,
    0.75,
    "Gironde : « Chaque euro compte », le président du département serre la vis (a headline's "
    "quotation, then the clause whose subject said it)",
)
def headline_subject(context: Context, quote: QuoteSpan) -> Candidate | None:
    opening = context.document.text[: quote.open_at].strip()
    if opening and not opening.endswith(":"):
        return None  # the quotation opens the headline, or follows its rubric
    found = _rest_of_headline(context, quote)
    if found is None or len(found[1]) < 3 or found[1][0].text != ",":
        return None
    sentence, words = found
    clause = words[1:]
    verb = next((w for w in clause if w.upos == "VERB" and w.feat("VerbForm") == "Fin"), None)
    if verb is None:
        return None
    subject = next(
        (
            c
            for c in sentence.children(verb)
            if c.base_deprel == "nsubj" and clause[0].start <= c.start < verb.start
        ),
        None,
    )
    if subject is None or subject.upos not in {"NOUN", "PROPN"}:
        return None
    candidate = linking.speaker_from_word(
        context, sentence, subject, "headline_subject", confidence("headline_subject")
    )
    if candidate is None or candidate.entity.kind == "unknown":
        return None  # « « … », la tension monte » : a thing does not speak
    return candidate


def _rest_of_headline(context: Context, quote: QuoteSpan) -> tuple[Sentence, list[Word]] | None:
    """The words after a closed quotation of the headline, up to the headline's end."""
    if not quote.closed or not _in_headline(context, quote.open_at):
        return None
    sentence, tokens = tokens_after(context, quote.outer_end)
    if sentence is None:
        return None
    line_end = context.document.text.find("\n", quote.outer_end)
    return sentence, [w for w in tokens if line_end < 0 or w.start < line_end]


def _in_headline(context: Context, position: int) -> bool:
    """The position lies on the article's first line, a short one with no closing full stop."""
    text = context.document.text
    line_end = text.find("\n")
    line = text if line_end < 0 else text[:line_end]
    return (
        position < len(line)
        and bool(line.strip())
        and line.rstrip()[-1] not in ".!?"
        and len(line.split()) <= MAX_HEADLINE_WORDS
    )


@sieve(
    "headline_for",
    QUOTE,
    0.75,
    "Handball : les Bleues qualifiées, « une délivrance » pour Estelle Nakamba (a headline's quotation, "
    "then « pour » and the one who said it, closing the line)",
)
def headline_for(context: Context, quote: QuoteSpan) -> Candidate | None:
    rest = _rest_of_headline(context, quote)
    if rest is None or len(rest[1]) < 2 or normalize(rest[1][0].text) != "pour":
        return None
    words = rest[1]
    text = context.document.text
    line_end = words[-1].end
    found = context.entity_at(words[1].start, line_end)
    if found is None or found[0].kind == "unknown" or text[found[1].end : line_end].strip(" .!?"):
        return None  # « … » pour la région : a beneficiary, not a speaker
    return with_cue(
        Candidate(found[0], found[1], "headline_for", confidence("headline_for")),
        words[0].start,
        words[0].end,
        "pour",
    )
