"""Result objects produced by the engine; the API schemas serialise these."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    lemma: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GenderEvidence:
    """The words that decide a speaker's grammatical gender: « elle », « interrogée », « la ministre »."""

    kind: str  # "pronoun" | "agreement" | "role" | "honorific" | "first_name"
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """The speaker of one quote: its entity id, canonical name and the mention that names it here."""

    id: str
    name: str
    mention: Span
    gender: str | None = None  # the speaker's gender, repeated here for quote-level consumers


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    type: str  # "direct" | "partial" | "indirect"
    speaker: SpeakerRef | None
    cue: Cue | None
    confidence: float
    rule: str | None  # the registered sieve that chose the speaker (None without one), for tracing
    via: tuple[str, ...] = ()  # how that sieve reached the speaker: pronoun, description, passive, control


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    kind: str  # "person" | "organization" | "unknown"
    mentions: tuple[Span, ...]
    quote_ids: tuple[str, ...]
    # "female" | "male" | "unknown" from the article's own words; None for non-persons
    gender: str | None = None
    gender_evidence: GenderEvidence | None = None


@dataclass(frozen=True, slots=True)
class AttributionResult:
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)
