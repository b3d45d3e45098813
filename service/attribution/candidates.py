"""What a sieve proposes: a speaker and the mentions the engine would record if it wins.

Candidates are immutable, and proposing one changes nothing: a description found on the way
(« la ministre ») is carried as an Attachment and recorded only when the engine keeps the candidate.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from service.attribution.entities import Entity, Mention
from service.attribution.quotes import QuoteSpan

Cue = tuple[int, int, str]  # start, end, lemma


@dataclass(frozen=True)
class Attachment:
    """A description mention to add to an entity (a new one when the description names nobody known)."""

    entity: Entity
    mention: Mention
    gender: str | None = None  # agreement the description shows, for later pronouns


@dataclass(frozen=True)
class Candidate:
    """A speaker chosen by a rule: the entity and the mention that names it near the quote."""

    entity: Entity
    mention: Mention
    rule: str  # a registered sieve name
    confidence: float
    cue: Cue | None = None
    depth: int = 0  # tree distance from the governing speech verb to the quotation
    via: tuple[str, ...] = ()  # how the speaker was reached: pronoun, description, passive, control
    attachments: tuple[Attachment, ...] = ()

    def but(self, **changes) -> Candidate:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)


def with_cue(candidate: Candidate | None, start: int, end: int, lemma: str) -> Candidate | None:
    return candidate.but(cue=(start, end, lemma)) if candidate is not None else None


def reached_via(candidate: Candidate | None, step: str) -> Candidate | None:
    """Record that the speaker was reached through `step` before the steps already recorded."""
    return candidate.but(via=(step, *candidate.via)) if candidate is not None else None


def inherit(candidate: Candidate, rule: str, confidence: float) -> Candidate:
    """Another quote's speaker, under this rule (no cue of its own, nothing new to attach)."""
    return Candidate(candidate.entity, candidate.mention, rule, min(confidence, candidate.confidence))


@dataclass(frozen=True)
class Found:
    """A quotation (or reported clause) the engine keeps, its type and its speaker if any."""

    span: QuoteSpan
    kind: str  # "direct" | "partial" | "indirect"
    candidate: Candidate | None
