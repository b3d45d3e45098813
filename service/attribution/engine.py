"""attribute(document) -> AttributionResult: scan quotes, find cues, pick speakers, build entities."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from service.attribution import lexicon
from service.attribution.context import Candidate, Context, speech_lemma
from service.attribution.entities import Entity, normalize, unique_tokens
from service.attribution.gender import assign_genders
from service.attribution.quotes import INNER_SPACES, QuoteSpan, paragraphs, scan_quotes
from service.attribution.results import AttributionResult, Cue, Quote, Span, Speaker, SpeakerRef
from service.attribution.sieves import (
    SIEVES,
    SUBJECT_DEPRELS,
    _has_subject_before,
    according_to_in,
    dialogue_content_end,
    read_incise,
    speaker_of_incise,
    subject_of,
)
from service.nlp.document import Document, Sentence

FIRST_SECOND_PERSON = frozenset(
    "je j' j’ me m' m’ moi nous vous mon ma mes notre nos votre vos tu te t' t’ toi ton ta tes".split()
)
DIRECT_OPENERS = frozenset(":.!?…—–")
QUE_FORMS = frozenset({"que", "qu'", "qu’", "qu"})
_WORD = re.compile(r"[\w’'-]+")
_MARKS = re.compile(r"[«»“”„‹›\"—–:]")
# A quote shorter than this, with no speaker, is a term or a title more often than speech.
MIN_UNATTRIBUTED_WORDS = 4
MIN_PARTIAL_WORDS = 2
# Longer "sentences" (lists, run-on pastes) are not parsed: dependency parsing is quadratic in length.
MAX_PARSED_WORDS = 250
# Words that introduce a noun phrase: a short verbless quotation after them is a term, not speech.
TERM_LEADERS = frozenset(
    """le la les l un une des du de d au aux sa son ses leur leurs notre votre ce cet cette ces en sur
    pour par dans vers comme contre entre""".split()
)


@dataclass
class Found:
    span: QuoteSpan
    kind: str
    candidate: Candidate | None


def attribute(document: Document, include_indirect: bool = True) -> AttributionResult:
    document = relevant_view(document)
    spans = scan_quotes(document.text)
    context = Context.build(document, spans)
    # a dialogue line's incise (« répond Josée Lavoie ») is narration, not part of the quote
    spans = [_without_incise(context, span) for span in spans]
    context.quotes = spans
    found: list[Found] = []
    for span in spans:
        if _is_not_speech(context, span):
            continue
        candidate = _first_candidate(context, span)
        found.append(Found(span, _quote_kind(context, span, found), candidate))
        if candidate is not None:
            context.speakers_so_far.append((span.start, candidate.entity))
    _continue_speakers(context, found)
    kept = [f for f in found if _worth_returning(context, f)]
    if include_indirect:
        kept.extend(_indirect_quotes(context, spans))
    kept.sort(key=lambda f: f.span.start)
    return assign_genders(document, _build_result(context, kept))


def _without_incise(context: Context, span: QuoteSpan) -> QuoteSpan:
    if span.mark != "—":
        return span
    end = dialogue_content_end(context, span)
    return dataclasses.replace(span, end=end) if end else span


def _first_candidate(context: Context, span: QuoteSpan) -> Candidate | None:
    for sieve in SIEVES:
        candidate = sieve(context, span)
        # a speaker named inside the quotation itself is a parse error, never an attribution
        if candidate is None:
            continue
        # a speaker named inside the quotation is a parse error, unless an incise names it there
        if not _inside(candidate.mention, span) or candidate.rule.startswith(("incise_inside", "dialogue")):
            return candidate
    return None


def _inside(mention, span: QuoteSpan) -> bool:
    return span.open_at <= mention.start and mention.end <= max(span.outer_end, span.end)


# -- what is not speech ---------------------------------------------------------------------------


def _is_not_speech(context: Context, span: QuoteSpan) -> bool:
    text = context.document.text
    content = text[span.start : span.end]
    if not _WORD.search(content):
        return True
    if _title_before(text, span.open_at, content):
        return True
    # A stray « opening a paragraph of narration: never closed, and nobody speaks in it.
    return (
        span.paragraph_initial
        and not span.closed
        and not _has_first_or_second_person(content)
        and span.mark != "—"
    )


def _has_first_or_second_person(content: str) -> bool:
    words = {normalize(w) for w in _WORD.findall(content)}
    words |= {w.split("'")[0] + "'" for w in words if "'" in w}
    return bool(words & FIRST_SECOND_PERSON)


def _title_before(text: str, open_at: int, content: str) -> bool:
    """« le livre « Les Misérables » », « l'opération « Barkhane » », « le mot « trahison » ».

    Titles and names are capitalised; only words that introduce a term (« le mot ») also take
    lowercase content: « un plan « improvisé » » is a judgement someone made, not a title.
    """
    if not content[:1].isupper() and not _term_word_before(text, open_at):
        return False
    before = re.split(r"[.!?;:»”]", text[max(0, open_at - 60) : open_at])[-1]  # this sentence only
    words = [normalize(w) for w in _WORD.findall(before)][-3:]
    words = [w.split("'")[-1] for w in words]
    for word in reversed(words):
        if word in lexicon.title_cues():
            return True
        if word not in {"de", "du", "des", "le", "la", "les", "l", "d", "nom", "sous", "un", "une"}:
            return False
    return False


TERM_WORDS = frozenset(
    "mot terme expression formule slogan devise hashtag mot-dièse nom surnom étiquette qualificatif".split()
)


def _term_word_before(text: str, open_at: int) -> bool:
    words = [normalize(w).split("'")[-1] for w in _WORD.findall(text[max(0, open_at - 40) : open_at])][-3:]
    return any(w in TERM_WORDS for w in words)


def _quote_kind(context: Context, span: QuoteSpan, earlier: list[Found]) -> str:
    """direct when the quotation stands as its own utterance, partial when woven into a sentence."""
    if span.mark == "—":
        return "direct"
    text = context.document.text
    position = span.open_at - 1
    while position >= 0 and text[position] in INNER_SPACES:
        position -= 1
    if position < 0 or text[position] in "\n\r" or text[position] in DIRECT_OPENERS:
        return "direct"
    before = _WORD.findall(text[max(0, position - 12) : position + 1])
    if before and normalize(before[-1]) in {"et", "ou", "puis"} and earlier:
        previous = earlier[-1]
        if 0 <= span.open_at - previous.span.outer_end <= 12:
            return previous.kind
    if text[position] in "»”" and earlier:
        return earlier[-1].kind
    return "partial"


def _worth_returning(context: Context, found: Found) -> bool:
    words = len(_WORD.findall(context.document.text[found.span.start : found.span.end]))
    if found.kind == "partial":
        if found.candidate is None:
            return False
        # a short verbless fragment is a term, unless a speech verb takes it as its very object:
        # « a dénoncé une campagne de « désinformation » »
        if _looks_like_name(context, found.span, words):
            return False
        governed = found.candidate.rule.startswith("governing_verb") and found.candidate.depth <= 2
        return governed or (words >= MIN_PARTIAL_WORDS and not _looks_like_term(context, found.span, words))
    return found.candidate is not None or words >= MIN_UNATTRIBUTED_WORDS


def _looks_like_name(context: Context, span: QuoteSpan, words: int) -> bool:
    """A short capitalised verbless fragment inside a sentence: au « Dauphiné libéré », « Ecology Letters »."""
    content = context.document.text[span.start : span.end]
    if words > 5 or not content[:1].isupper():
        return False
    # a participle may stand in a name (« Le Dauphiné libéré »), a conjugated verb may not
    return not any(
        w.upos == "AUX" or (w.upos == "VERB" and w.feat("VerbForm") != "Part")
        for _, w in context.words_between(span.start, span.end)
    )


def _looks_like_term(context: Context, span: QuoteSpan, words: int) -> bool:
    """A short verbless noun phrase after a determiner: les « traits de vie », une « trahison »."""
    if words > 4:
        return False
    inside = [w for _, w in context.words_between(span.start, span.end)]
    if any(w.upos in {"VERB", "AUX"} for w in inside):
        return False
    before = _WORD.findall(context.document.text[max(0, span.open_at - 30) : span.open_at])
    if not before:
        return False
    last = normalize(before[-1]).split("'")[-1]
    return last in TERM_LEADERS


# -- quotes with no cue of their own -----------------------------------------------------------


def _continue_speakers(context: Context, found: list[Found]) -> None:
    """A quotation with no cue of its own: the speaker the surrounding text makes obvious.

    In order: the quotation reopens the previous paragraph's; the sentence right before it has a
    person as subject (« Le maire ne décolère pas. « C'est un scandale. » »); the adjacent
    attributed quotation in the same paragraph; the previous paragraph's last quotation.
    """
    for i, current in enumerate(found):
        if current.candidate is not None:
            continue
        previous = found[i - 1] if i > 0 else None
        inherited = previous.candidate if previous is not None else None
        if inherited is not None and current.span.continues:
            current.candidate = _inherit(inherited, "continued_paragraph", 0.8)
            continue
        turn = _dialogue_turn(found, i)
        if turn is not None:
            current.candidate = turn
            continue
        after = previous.span.outer_end if previous is not None else 0
        subject = _preceding_subject(context, current.span, after)
        if subject is not None:
            current.candidate = subject
            continue
        if inherited is None:
            continue
        if previous.span.paragraph == current.span.paragraph:
            current.candidate = _inherit(inherited, "adjacent_quote", 0.7)
        elif (
            previous.span.paragraph + 1 == current.span.paragraph
            and current.span.paragraph_initial
            and current.kind == "direct"
            and not current.span.mark == previous.span.mark == "—"  # dialogue lines change speaker
        ):
            current.candidate = _inherit(inherited, "previous_paragraph", 0.6)


def _dialogue_turn(found: list[Found], i: int) -> Candidate | None:
    """Dialogue lines alternate: a line with no incise answers the line before it."""
    if i < 2 or found[i].span.mark != "—":
        return None
    before, last = found[i - 2], found[i - 1]
    if before.span.mark != "—" or last.span.mark != "—" or not (before.candidate and last.candidate):
        return None
    if last.span.paragraph != found[i].span.paragraph - 1 or before.candidate.entity is last.candidate.entity:
        return None
    return _inherit(before.candidate, "dialogue_turn", 0.6)


def _inherit(candidate: Candidate, rule: str, confidence: float) -> Candidate:
    return Candidate(candidate.entity, candidate.mention, rule, min(confidence, candidate.confidence))


def _preceding_subject(context: Context, span: QuoteSpan, after: int) -> Candidate | None:
    """The person subject of the narration sentence just before a quotation that opens a sentence."""
    if not context.document.sentences or span.mark == "—":
        return None
    index = context.sentence_index(span.open_at)
    sentence = context.sentence(index)
    if span.open_at - sentence.start > 2 or index == 0:
        return None  # the quotation is inside a sentence: the cue rules had their chance
    before = context.sentence(index - 1)
    text = context.document.text
    root = before.root()
    # « Aïcha Mansouri raconte la nuit du drame. » then a paragraph opening with her words
    announces = span.paragraph_initial and root is not None and speech_lemma(root) is not None
    if before.start < after or ("\n" in text[before.end : span.open_at] and not announces):
        return None  # only narration of the same paragraph, after the previous quotation
    for word in before.words:
        if word.base_deprel == "nsubj" and before.head_of(word) is before.root():
            candidate = context.speaker_from_word(before, word, "preceding_subject", 0.6)
            if candidate is not None and (
                candidate.entity.kind != "unknown" or candidate.mention.kind == "name"
            ):
                return candidate
    if announces:  # the parser lost the subject (« …, Aïcha Mansouri, 67 ans, raconte … »): one person named
        people = context.people_between(before.start, root.start)
        if people and all(entity is people[0][1] for _, entity in people):
            return Candidate(people[-1][1], people[-1][0], "preceding_subject", 0.55)
    return None


# -- reported speech without quotation marks ---------------------------------------------------


def _indirect_quotes(context: Context, spans: list[QuoteSpan]) -> list[Found]:
    results: list[Found] = []
    taken = [(s.open_at, s.outer_end) for s in spans]
    for sentence in context.document.sentences:
        if not sentence.parsed:
            continue
        found_here: list[Found | None] = []
        for verb in sentence.words:
            earlier = next((f for f in reversed(found_here) if f is not None), None)
            found_here.append(_que_clause(context, sentence, verb, taken, earlier))
        found_here.append(
            _according_to_clause(context, sentence, taken) or _postposed_clause(context, sentence, taken)
        )
        for found in found_here:
            # the speaker cannot be part of what is reported (a parse error); spans never overlap
            if found is None or _inside(found.candidate.mention, found.span):
                continue
            if any(a < found.span.end and found.span.start < b for a, b in taken):
                continue
            results.append(found)
            taken.append((found.span.start, found.span.end))
    return results


def _que_clause(
    context: Context, sentence: Sentence, verb, taken, earlier: Found | None = None
) -> Found | None:
    """X a affirmé que … : the content of the que-clause of a speech verb."""
    phrase = _two_word_cue(sentence, verb)
    lemma = phrase or speech_lemma(verb) or _verb_before_que(sentence, verb)
    if not lemma or not (phrase or lexicon.speech_verbs().get(lemma, False)):
        return None
    bounds = _que_content_by_surface(sentence, verb)
    if bounds is None:
        return None
    start, end = bounds
    parsed = _que_content_by_parse(sentence, verb)
    text = context.document.text
    if (
        parsed is not None
        and parsed[0] == start
        and parsed[1] < end
        and text[parsed[1] : parsed[1] + 1] in {",", ";"}
    ):
        end = parsed[1]  # the parse knows where a clause stops at a comma; the surface caps errors
    if any(a < end and start < b for a, b in taken):
        return None
    candidate = _coordinated_speaker(context, sentence, verb, earlier)
    if candidate is None:
        candidate = subject_of(context, sentence, verb, "indirect_que", 0.8)
    if candidate is None:
        candidate = _speaker_before_verb(context, sentence, verb)
    if candidate is None:
        return None
    cue_start = sentence.word(verb.index - 1).start if phrase else verb.start
    candidate.cue = (cue_start, verb.end, lemma)
    return Found(_plain_span(context, start, end), "indirect", candidate)


def _coordinated_speaker(
    context: Context, sentence: Sentence, verb, earlier: Found | None
) -> Candidate | None:
    """« Il a précisé que X et souligné que Y » : a speech verb right after the previous que-clause,
    joined by et/mais with no subject of its own, shares that clause's speaker (whatever the parser
    attached the second verb to)."""
    if earlier is None:
        return None
    before = sentence.tokens_before(verb.start, 3)
    while before and before[-1].upos == "AUX":
        before = before[:-1]
    if not before or normalize(before[-1].text) not in {"et", "mais"}:
        return None
    gap = context.document.text[earlier.span.end : before[-1].start]
    if gap.strip(" ,\u00a0") or any(c.base_deprel in SUBJECT_DEPRELS for c in sentence.children(verb)):
        return None
    return _inherit(earlier.candidate, "indirect_que+coordinated", 0.75)


def _two_word_cue(sentence: Sentence, verb) -> str | None:
    """« a fait savoir que », « a laissé entendre que » : a verb and its infinitive as one cue."""
    previous = sentence.word(verb.index - 1)
    # an infinitive is its own lemma (feats may be missing, as in hand-written parses)
    if previous is None or verb.upos != "VERB" or verb.text.lower() != verb.lemma.lower():
        return None
    phrase = f"{previous.lemma.lower()} {verb.lemma.lower()}"
    return phrase if phrase in lexicon.speech_phrases() else None


def _verb_before_que(sentence: Sentence, word) -> str | None:
    """A cue the tagger took for a noun (« …, glisse que … », « X juge pour sa part que … »): before
    « que » or a short insert and « que », not after a determiner."""
    previous = sentence.word(word.index - 1)
    insert = 0
    following = sentence.word(word.index + 1)
    while following is not None and normalize(following.text) not in QUE_FORMS and insert < 3:
        if following.upos not in {"ADV", "ADP", "DET", "NOUN", "PRON"}:
            return None
        insert += 1
        following = sentence.word(word.index + 1 + insert)
    if following is None or normalize(following.text) not in QUE_FORMS:
        return None
    if previous is not None and previous.upos == "DET":
        return None
    return speech_lemma(word, relaxed=True)


def _que_content_by_surface(sentence: Sentence, verb) -> tuple[int, int] | None:
    """« a estimé (lui aussi) que CONTENT » up to the sentence end, a semicolon or a new predicate."""
    tokens = unique_tokens(sentence)
    position = next((i for i, w in enumerate(tokens) if w.start == verb.start), None)
    if position is None:
        return None
    i = position + 1
    # « a signifié le mois dernier que », « a estimé, lui aussi, que » : a short insert is allowed
    allowed = {"ADV", "PRON", "ADP", "DET", "NOUN", "ADJ", "NUM", "PUNCT", "PROPN"}
    while i < len(tokens) and i <= position + 5 and normalize(tokens[i].text) not in QUE_FORMS:
        if tokens[i].upos not in allowed or tokens[i].text in {".", ";", ":", "«", "»"}:
            return None
        i += 1
    if i >= len(tokens) or normalize(tokens[i].text) not in QUE_FORMS:
        return None
    content = []
    for j in range(i + 1, len(tokens)):
        word = tokens[j]
        following = tokens[j + 1] if j + 1 < len(tokens) else None
        if word.text in {"«", "»", "“", "”", '"'}:
            return None  # the clause holds a quotation: the partial quote speaks for it
        if word.text in {";", ":"} or (word.text == "." and following is None):
            break
        # « … et souligné que … », « … mais a martelé que … » : the next cue starts a new quote
        if (
            normalize(word.text) in {"et", "mais"}
            and following is not None
            and (speech_lemma(following) or following.upos == "AUX")
        ):
            break
        content.append(word)
    while content and content[-1].upos == "PUNCT" and content[-1].text not in {"»", ")"}:
        content.pop()
    if len(content) < 2:
        return None
    return content[0].start, content[-1].end


def _que_content_by_parse(sentence: Sentence, verb) -> tuple[int, int] | None:
    for child in sentence.children(verb):
        if child.base_deprel not in {"ccomp", "obj"}:
            continue
        members = sentence.subtree(child)
        marks = [w for w in members if w.deprel == "mark" and normalize(w.text) in QUE_FORMS]
        if not marks or marks[0].index != members[0].index:
            continue
        content = [w for w in members if w.index > marks[0].index]
        while content and content[-1].upos == "PUNCT":
            content.pop()
        if content:
            return content[0].start, content[-1].end
    return None


def _speaker_before_verb(context: Context, sentence: Sentence, verb) -> Candidate | None:
    """When the parse lost the subject: the name or pronoun just before the verb (« L'ONU estime »)."""
    tokens = sentence.tokens_before(verb.start, 8)
    for word in reversed(tokens):
        if word.text in {",", ".", ";", "»", ":"} or word.upos == "VERB":
            return None
        if word.upos in {"PROPN", "NOUN", "PRON"} or word.text[:1].isupper():
            # « Le Premier ministre a pour sa part assuré » : past the inserted phrase to the subject
            candidate = context.speaker_from_word(
                sentence, _head_of_last_noun(sentence, word), "indirect_que", 0.7
            )
            if candidate is not None:
                return candidate
    return None


def _head_of_last_noun(sentence: Sentence, word):
    """« le Conseil du patronat du Québec » : from its last noun up to the noun the phrase is about."""
    for _ in range(4):
        head = sentence.head_of(word)
        if head is None or word.base_deprel not in {"nmod", "flat", "appos"} or head.index > word.index:
            break
        word = head
    return word


def _according_to_clause(context: Context, sentence: Sentence, taken) -> Found | None:
    """Selon X, … / …, selon X. : the rest of the sentence is what X says."""
    text = context.document.text
    candidate = according_to_in(context, sentence, exclude=(0, 0))
    if candidate is None or candidate.cue is None:
        return None
    cue_start = candidate.cue[0]
    body = text[sentence.start : sentence.end]
    comma_after = body.find(",", cue_start - sentence.start)
    comma_before = body.rfind(",", 0, cue_start - sentence.start)
    if cue_start == sentence.start and comma_after > 0:  # Selon X, content.
        start, end = sentence.start + comma_after + 1, sentence.end
    elif comma_before > 0 and comma_after < 0:  # content, selon X.
        start, end = sentence.start, sentence.start + comma_before
    else:
        return None
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in '»)"':
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    if end - start < 10:
        return None
    # a quotation in the content speaks for itself (a title in guillemets after « selon X » does not)
    if any(a < end and start < b for a, b in taken):
        return None
    candidate.rule = "indirect_" + candidate.rule
    candidate.confidence = min(candidate.confidence, 0.75)
    return Found(_plain_span(context, start, end), "indirect", candidate)


def _postposed_clause(context: Context, sentence: Sentence, taken) -> Found | None:
    """Unmarked speech closed by an incise: « C'est un désastre, a déclaré Mailis. »"""
    tokens = unique_tokens(sentence)
    commas = [i for i, w in enumerate(tokens) if w.text == ","]
    for comma in reversed(commas):
        incise = read_incise(tokens[comma + 1 :], relaxed=False)
        if incise is None:
            continue
        content = tokens[:comma]
        if len(content) < 4 or not incise.after:
            return None
        # a quotation in the content speaks for itself (one after the incise does not matter)
        if any(a < content[-1].end and content[0].start < b for a, b in taken):
            return None
        # « La ministre, Mme X, a défendu … » : the comma closed an apposition, not speech
        if _has_subject_before(sentence, incise.verb) and not _holds_main_clause(sentence, content):
            return None
        if _ends_with_apposed_name(content):
            return None
        candidate = speaker_of_incise(context, sentence, incise, "indirect_postposed", 0.75)
        if candidate is None:
            return None
        candidate.cue = (incise.verb.start, incise.verb.end, incise.lemma)
        return Found(_plain_span(context, content[0].start, content[-1].end), "indirect", candidate)
    return None


def _holds_main_clause(sentence: Sentence, content) -> bool:
    """« Un accident a fait deux blessés, a indiqué la police. » : the sentence's main predicate lies
    before the incise, so a subject the parser also gave the cue verb is that clause's own."""
    root = sentence.root()
    if root is None or not content[0].start <= root.start < content[-1].end:
        return False
    return root.upos in {"VERB", "AUX"} or any(c.base_deprel == "cop" for c in sentence.children(root))


def _ends_with_apposed_name(tokens) -> bool:
    """« Son entraîneur, Felice Mazzeo, tempère … » : a name between commas is the subject."""
    i = len(tokens) - 1
    names = 0
    while i >= 0 and (tokens[i].upos == "PROPN" or tokens[i].text[:1].isupper()):
        i -= 1
        names += 1
    return names > 0 and i >= 0 and tokens[i].text == ","


def _plain_span(context: Context, start: int, end: int) -> QuoteSpan:
    paragraph = bisect.bisect_right(_paragraph_ends(context.document.text), start)  # as scan_quotes counts
    return QuoteSpan(start, None, start, end, "", paragraph, False)


@lru_cache(maxsize=8)
def _paragraph_ends(text: str) -> list[int]:
    return [p.end for p in paragraphs(text)]


# -- results -------------------------------------------------------------------------------------


def _build_result(context: Context, kept: list[Found]) -> AttributionResult:
    text = context.document.text
    speaker_ids: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    quote_ids: dict[str, list[str]] = {}
    quotes: list[Quote] = []
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
                public_id,
                _display_name(entity),
                Span(text[mention.start : mention.end], mention.start, mention.end),
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
                confidence=round(candidate.confidence if candidate else 0.5, 3),
                rule=candidate.rule if candidate else "none",
            )
        )
    speakers = [
        Speaker(
            public_id,
            _display_name(entity),
            entity.kind,
            _mentions(text, entity),
            tuple(quote_ids[public_id]),
        )
        for public_id, entity in entities.items()
    ]
    return AttributionResult(tuple(quotes), tuple(speakers))


def _display_name(entity: Entity) -> str:
    return entity.name


def _mentions(text: str, entity: Entity) -> tuple[Span, ...]:
    unique = sorted({(m.start, m.end) for m in entity.mentions if m.kind != "pronoun"})
    return tuple(Span(text[a:b], a, b) for a, b in unique)


# -- selective parsing -------------------------------------------------------------------------


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


# « selon X », « après X », « pour X, » and the infinitives of two-word cues (« fait savoir que »)
_OTHER_TRIGGERS = frozenset({"selon", "après", "pour"}) | {
    phrase.split()[1] for phrase in lexicon.speech_phrases()
}


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
        if _MARKS.search(sentence) or words & forms.keys() or words & _OTHER_TRIGGERS:
            wanted.update({i - 1, i, i + 1})
    return {i for i in wanted if 0 <= i < len(sentence_texts)} - too_long
