"""attribute(document) -> AttributionResult: scan quotes, run the registered sieves, commit the winners.

The rules live in sieves/ (one module per family); sieves/registry.py declares them and the order
they run in. Sieves only propose; this module decides and is the only one that records a choice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from service.attribution.build import build_result
from service.attribution.candidates import Candidate, Found
from service.attribution.classify import (
    in_navigation_line,
    is_not_speech,
    names_a_thing,
    quote_kind,
    worth_returning,
)
from service.attribution.context import Context
from service.attribution.gender import assign_genders
from service.attribution.quotes import QuoteSpan, scan_quotes
from service.attribution.results import AttributionResult
from service.attribution.selection import relevant_view, sentences_to_parse
from service.attribution.sieves.common import inside
from service.attribution.sieves.continuation import repeated_in_answers
from service.attribution.sieves.dialogue import dialogue_content_end
from service.attribution.sieves.interview import interviewer_question
from service.attribution.sieves.registry import (
    CONTINUATION,
    INDIRECT_SENTENCE,
    INDIRECT_VERB,
    QUOTE,
    UNMARKED,
    Rule,
    rules_for,
)
from service.nlp.document import Document

__all__ = ["attribute", "relevant_view", "sentences_to_parse"]


def attribute(
    document: Document, include_indirect: bool = True, rules: Collection[str] | None = None
) -> AttributionResult:
    """Quotations and speakers of a parsed document. `rules` switches on only the named rules."""
    document = relevant_view(document)
    spans = scan_quotes(document.text)
    context = Context.build(document, spans)
    # a dialogue line's incise (« répond Josée Lavoie ») is narration, not part of the quote
    spans = [_without_incise(context, span) for span in spans]
    context.with_quotes(spans)
    quote_rules = rules_for(QUOTE, rules)
    speech = [span for span in spans if not is_not_speech(context, span)]
    context.titles = [(s.open_at, s.outer_end) for s in spans if s not in speech]
    found: list[Found] = []
    for span in speech:
        candidate = _first_candidate(context, span, quote_rules)
        found.append(Found(span, quote_kind(context, span, found), candidate))
        if candidate is not None:
            context.speakers_so_far.append((span.start, candidate.entity))
    # reported speech first: a quotation with no cue of its own may continue it
    # « où stationne le « Belle-Île », un chalutier », « ces intermédiaires qu'on surnomme les
    # « chennaqa » » : a name or a term in marks belongs to the clause around it
    quoted = [
        f.span
        for f in found
        if not (f.kind == "partial" and (names_a_thing(context, f.span) or not worth_returning(context, f)))
    ]
    context.reported = _indirect_quotes(context, quoted, rules)
    found = _continue_speakers(context, found, rules_for(CONTINUATION, rules))
    kept = [
        f
        for i, f in enumerate(found)
        if worth_returning(context, f) and not interviewer_question(context, found, i)
    ]
    unmarked = _unmarked_quotes(context, speech, rules)
    # nested quotations: only the outer one (an answer quoting someone)
    kept = [
        f
        for f in kept
        if not any(u.span.start <= f.span.open_at and f.span.outer_end <= u.span.end for u in unmarked)
    ]
    kept = [_repeated_in(context, f, unmarked) for f in kept]
    kept.extend(unmarked)
    # an unmarked answer is direct speech as a whole, reported clauses inside it included
    context.reported = [f for f in context.reported if not any(_overlap(f.span, u.span) for u in unmarked)]
    if include_indirect:
        kept.extend(context.reported)
    kept.sort(key=lambda f: f.span.start)
    kept = context.same_sources(context.name_descriptions(kept))
    return assign_genders(document, build_result(context, kept))


def _without_incise(context: Context, span: QuoteSpan) -> QuoteSpan:
    if span.mark != "—":
        return span
    end = dialogue_content_end(context, span)
    return dataclasses.replace(span, end=end) if end else span


def _first_candidate(context: Context, span: QuoteSpan, quote_rules: tuple[Rule, ...]) -> Candidate | None:
    """The first rule's answer, committed; a speaker found inside the quotation is a parse error,
    unless the rule reads an incise there."""
    for rule in quote_rules:
        candidate = rule.function(context, span)
        if candidate is None:
            continue
        if rule.speaker_inside or not inside(candidate.mention, span):
            context.commit(candidate)
            return candidate
    return None


def _continue_speakers(context: Context, found: list[Found], continuation: tuple[Rule, ...]) -> list[Found]:
    """A quotation with no cue of its own takes the speaker the surrounding text makes obvious;
    later quotations see the speakers given to earlier ones."""
    found = list(found)
    for i, current in enumerate(found):
        if current.candidate is not None:
            continue
        for rule in continuation:
            candidate = rule.function(context, found, i)
            if candidate is not None:
                context.commit(candidate)
                found[i] = dataclasses.replace(current, candidate=candidate)
                break
    return found


def _indirect_quotes(context: Context, spans: list[QuoteSpan], rules: Collection[str] | None) -> list[Found]:
    """Reported speech: per verb, then per sentence; spans never overlap a quotation or each other."""
    verb_rules = rules_for(INDIRECT_VERB, rules)
    sentence_rules = rules_for(INDIRECT_SENTENCE, rules)
    results: list[Found] = []
    taken = [(s.open_at, s.outer_end) for s in spans]
    for sentence in context.document.sentences:
        if not sentence.parsed or in_navigation_line(context.document.text, sentence.start):
            continue
        found_here: list[Found | None] = []
        for verb in sentence.words:
            earlier = next((f for f in reversed(found_here) if f is not None), None)
            found_here.append(
                _first_found(rule.function(context, sentence, verb, taken, earlier) for rule in verb_rules)
            )
        # a sentence rule may report several spans (« 12 000 selon la police, 30 000 selon les syndicats »)
        found_here.extend(_first_reports(rule.function(context, sentence, taken) for rule in sentence_rules))
        for found in found_here:
            # the speaker cannot be part of what is reported (a parse error)
            if found is None or inside(found.candidate.mention, found.span):
                continue
            if any(a < found.span.end and found.span.start < b for a, b in taken):
                continue
            context.commit(found.candidate)
            results.append(found)
            taken.append((found.span.start, found.span.end))
    return results


def _repeated_in(context: Context, found: Found, answers: list[Found]) -> Found:
    """A quotation with no speaker whose words an unmarked answer says takes that answer's speaker."""
    candidate = repeated_in_answers(context, found, answers)
    if candidate is None:
        return found
    context.commit(candidate)
    return dataclasses.replace(found, candidate=candidate)


def _overlap(a: QuoteSpan, b: QuoteSpan) -> bool:
    return a.start < b.end and b.start < a.end


def _unmarked_quotes(context: Context, spans: list[QuoteSpan], rules: Collection[str] | None) -> list[Found]:
    """Speech without marks that the layout sets apart; never over a quotation."""
    taken = [(s.open_at, s.outer_end) for s in spans]
    results: list[Found] = []
    for rule in rules_for(UNMARKED, rules):
        for found in rule.function(context, taken):
            context.commit(found.candidate)
            results.append(found)
            taken.append((found.span.start, found.span.end))
    return results


def _first_reports(answers) -> list[Found]:
    answer = _first_found(answers)
    return [] if answer is None else list(answer) if isinstance(answer, list) else [answer]


def _first_found(answers) -> Found | None:
    return next((answer for answer in answers if answer is not None), None)
