"""Every attribution rule, declared once: its name (the `rule` a quote carries), stage, confidence,
family and a French example; and `ORDER`, the one list that says which rules run and in what order.

A rule's module declares it with @sieve; `grep -rn '"postposed_cue"' service/attribution` leads from
a response's `rule` to its code.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cache
from typing import Any

# Stages, in the order the engine runs them.
QUOTE = "quote"  # a speaker for one quotation, from the cue around it
CONTINUATION = "continuation"  # a quotation with no cue of its own takes a neighbour's speaker
INDIRECT_VERB = "indirect_verb"  # reported speech governed by one verb of a sentence
INDIRECT_SENTENCE = "indirect_sentence"  # reported speech framed by the whole sentence
UNMARKED = "unmarked"  # speech without quotation marks set apart by the layout (a transcript)
STAGES = (QUOTE, CONTINUATION, INDIRECT_VERB, INDIRECT_SENTENCE, UNMARKED)


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    confidence: float  # the highest confidence the rule gives; resolution steps lower it
    family: str  # the module that holds it
    example: str  # what it reads, in French
    function: Callable[..., Any]
    # the rule reads the speaker in a surface slot where nothing but a speaker can stand, so any noun
    # there may speak (« …, indique un communiqué »)
    speaker_slot: bool = False
    # the rule may find its speaker inside the quotation's own marks (an incise)
    speaker_inside: bool = False


RULES: dict[str, Rule] = {}

# The modules that declare rules, one family each.
FAMILIES = (
    "incise",
    "dialogue",
    "signature",
    "colon",
    "governing",
    "according_to",
    "continuation",
    "indirect",
    "interview",
    "unmarked",
)

# Within a stage the first rule that answers wins. Leave a name out to switch its rule off.
ORDER = (
    # QUOTE: the most precise cues first
    "incise_inside",
    "qualifying_verb",
    "postposed_cue",
    "dialogue_incise",
    "dash_after",
    "signature_line",
    "byline",
    "colon_after",
    "colon_cue",
    "colon_bare",
    "colon_label",
    "colon_subject",
    "headline_subject",
    "headline_for",
    "according_to_after",
    "governing_verb",
    "que_before",
    "sentence_incise",
    "postposed_inversion",
    "cleft_after",
    "words_of_after",
    "according_to",
    "clause_subject",
    "quoted_verb",
    # CONTINUATION: quotations with no cue of their own
    "continued_paragraph",
    "runs_on_paragraph",
    "repeated_quote",
    "dialogue_turn",
    "interview_dash_answer",
    "introduced_after",
    "after_reported_speech",
    "preceding_subject",
    "adjacent_quote",
    "previous_paragraph",
    "following_subject",
    # INDIRECT_VERB, then INDIRECT_SENTENCE: reported speech without quotation marks
    "indirect_coordinated",
    "indirect_que",
    "indirect_infinitive",
    "indirect_intention",
    "indirect_counts",
    "indirect_according_to",
    "indirect_postposed",
    "indirect_cleft",
    # UNMARKED: answers of a question/answer transcript
    "interview_answer",
    "signed_paragraph",
    "first_person_paragraph",
)


def sieve(
    name: str,
    stage: str,
    confidence: float,
    example: str,
    speaker_slot: bool = False,
    speaker_inside: bool = False,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare the decorated function as the rule `name`."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        if name in RULES:
            raise ValueError(f"rule {name!r} declared twice")
        family = function.__module__.rsplit(".", 1)[-1]
        RULES[name] = Rule(name, stage, confidence, family, example, function, speaker_slot, speaker_inside)
        return function

    return register


def in_speaker_slot(name: str) -> bool:
    rule = RULES.get(name)
    return rule is not None and rule.speaker_slot


def confidence(name: str) -> float:
    return RULES[name].confidence


@cache
def load() -> dict[str, Rule]:
    """Import every family (which declares its rules) and check ORDER against the declarations."""
    for family in FAMILIES:
        importlib.import_module(f"{__package__}.{family}")
    unknown = set(ORDER) - set(RULES)
    if unknown:
        raise LookupError(f"ORDER names undeclared rules: {sorted(unknown)}")
    return RULES


def rules_for(stage: str, enabled: Collection[str] | None = None) -> tuple[Rule, ...]:
    """The rules of a stage in ORDER, only those in `enabled` when it is given."""
    load()
    return tuple(
        RULES[name] for name in ORDER if RULES[name].stage == stage and (enabled is None or name in enabled)
    )


def rule_table() -> str:
    """The rules as the Markdown table docs/ENGINE.md carries (a test keeps the two equal)."""
    load()
    lines = ["| rule | stage | family | confidence | what it reads |", "|---|---|---|---|---|"]
    for name in ORDER:
        rule = RULES[name]
        example = rule.example.replace("|", "\\|")
        lines.append(f"| `{name}` | {rule.stage} | {rule.family} | {rule.confidence:g} | {example} |")
    return "\n".join(lines)
