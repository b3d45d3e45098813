"""The engine's findings as result objects: quotes with their speaker and cue, and the speakers."""

from __future__ import annotations

from service.attribution.candidates import Found
from service.attribution.context import Context
from service.attribution.entities import Entity
from service.attribution.results import AttributionResult, Cue, Quote, Span, Speaker, SpeakerRef

# The confidence of a quotation nobody could be found for.
UNATTRIBUTED_CONFIDENCE = 0.5
# The highest confidence of a speaker known only by a description in an article that names people.
DESCRIBED_CONFIDENCE = 0.75


def build_result(context: Context, kept: list[Found]) -> AttributionResult:
    text = context.document.text
    speaker_ids: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    quote_ids: dict[str, list[str]] = {}
    quotes: list[Quote] = []
    names_people = any(e.tokens and e.kind == "person" for e in context.entities)
    for number, found in enumerate(kept, start=1):
        quote_id = f"q{number}"
        candidate = found.candidate
        speaker = cue = None
        if candidate is not None:
            entity = candidate.entity
            public_id = speaker_ids.setdefault(entity.id, f"s{len(speaker_ids) + 1}")
            entities[public_id] = entity
            quote_ids.setdefault(public_id, []).append(quote_id)
            mention = candidate.mention
            speaker = SpeakerRef(
                public_id, entity.name, Span(text[mention.start : mention.end], mention.start, mention.end)
            )
            if candidate.cue is not None:
                start, end, lemma = candidate.cue
                cue = Cue(text[start:end], lemma, start, end)
        span = found.span
        quotes.append(
            Quote(
                id=quote_id,
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                type=found.kind,
                speaker=speaker,
                cue=cue,
                confidence=round(_confidence(candidate, names_people), 3),
                rule=candidate.rule if candidate else None,
                via=candidate.via if candidate else (),
            )
        )
    speakers = [
        Speaker(public_id, entity.name, entity.kind, _mentions(text, entity), tuple(quote_ids[public_id]))
        for public_id, entity in entities.items()
    ]
    return AttributionResult(tuple(quotes), tuple(speakers))


def _confidence(candidate, names_people: bool) -> float:
    """The rule's confidence, capped when the speaker is only described (« le ministre ») although the
    article names people: the description may be one of them under another name."""
    if candidate is None:
        return UNATTRIBUTED_CONFIDENCE
    if not candidate.entity.tokens and names_people:
        return min(candidate.confidence, DESCRIBED_CONFIDENCE)
    return candidate.confidence


def _mentions(text: str, entity: Entity) -> tuple[Span, ...]:
    unique = sorted({(m.start, m.end) for m in entity.mentions if m.kind != "pronoun"})
    return tuple(Span(text[a:b], a, b) for a, b in unique)
