"""Quotations with no cue of their own take the speaker the surrounding text makes obvious."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from service.attribution import lexicon, linking
from service.attribution.candidates import Candidate, Found, inherit
from service.attribution.context import Context
from service.attribution.cues import read_incise, speech_idiom, speech_lemma
from service.attribution.entities import normalize
from service.attribution.quotes import QuoteSpan, paragraphs
from service.attribution.sieves.common import tokens_after
from service.attribution.sieves.registry import CONTINUATION, confidence, sieve

WORD = re.compile(r"\w+")


def _previous(found: list[Found], i: int) -> Found | None:
    return found[i - 1] if i > 0 else None


@sieve("continued_paragraph", CONTINUATION, 0.8, "« … » then a new paragraph opening with « … that goes on")
def continued_paragraph(context: Context, found: list[Found], i: int) -> Candidate | None:
    previous = _previous(found, i)
    if previous is None or previous.candidate is None or not found[i].span.continues:
        return None
    return inherit(previous.candidate, "continued_paragraph", confidence("continued_paragraph"))


@sieve(
    "runs_on_paragraph",
    CONTINUATION,
    0.8,
    "« … (no closing mark) ⏎ « … », confie X : a quotation running over paragraphs is the speaker's whom "
    "its last paragraph names",
)
def runs_on_paragraph(context: Context, found: list[Found], i: int) -> Candidate | None:
    span = found[i].span
    following = found[i + 1] if i + 1 < len(found) else None
    if span.closed or following is None or following.candidate is None or not following.span.continues:
        return None
    if following.span.paragraph != span.paragraph + 1:
        return None
    return inherit(following.candidate, "runs_on_paragraph", confidence("runs_on_paragraph"))


# A repeated quotation must share at least this many words with the one it repeats.
MIN_REPEATED_WORDS = 3
# A headline or pull quote trims and retouches the words it repeats (« Nous ne fermerons aucune classe
# à la rentrée » for « nous ne fermerons aucune classe de l'école à la rentrée prochaine »): this share
# of a quotation this long, in order, in another one, makes it a repetition.
LOOSE_REPEATED_WORDS = 6
LOOSE_REPEATED_SHARE = 0.85


@sieve(
    "repeated_quote",
    CONTINUATION,
    0.75,
    "a headline, intertitle or pull quote « On n'en peut plus » that repeats words the article attributes "
    "elsewhere (« On n'en peut plus, on court sans arrêt », raconte X.)",
)
def repeated_quote(context: Context, found: list[Found], i: int) -> Candidate | None:
    words = _quote_words(context, found[i].span)
    if len(words) < MIN_REPEATED_WORDS:
        return None
    for j, other in enumerate(found):
        if j == i or other.candidate is None or other.candidate.rule == "repeated_quote":
            continue
        if _repeats(_quote_words(context, other.span), words):
            return inherit(other.candidate, "repeated_quote", confidence("repeated_quote"))
    return None


def repeated_in_answers(context: Context, current: Found, answers: list[Found]) -> Candidate | None:
    """« Maladie de Lyme : « On se fait piquer jusqu'en novembre » » over an interview whose answer
    says those words: the headline quotes the person interviewed (`repeated_quote` over the
    transcript's unmarked answers, which are found after the quotations)."""
    words = _quote_words(context, current.span)
    if current.candidate is not None or len(words) < MIN_REPEATED_WORDS:
        return None
    for answer in answers:
        if answer.candidate is not None and _repeats(_quote_words(context, answer.span), words):
            return inherit(answer.candidate, "repeated_quote", confidence("repeated_quote"))
    return None


def _quote_words(context: Context, span: QuoteSpan) -> tuple[str, ...]:
    return tuple(w.lower() for w in WORD.findall(context.document.text[span.start : span.end]))


def _repeats(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    if _contains(longer, shorter):
        return True
    if len(shorter) < LOOSE_REPEATED_WORDS or len(longer) < len(shorter):
        return False
    blocks = SequenceMatcher(None, shorter, longer, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) >= LOOSE_REPEATED_SHARE * len(shorter)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """The shorter sequence of words appears, in order and contiguous, in the longer one."""
    size = len(shorter)
    return any(longer[k : k + size] == shorter for k in range(len(longer) - size + 1))


@sieve(
    "after_reported_speech",
    CONTINUATION,
    0.65,
    "Les écoles resteront ouvertes, précise la rectrice. « Aucun enfant ne sera renvoyé. » (a quotation "
    "that goes on from the reported speech of the sentence before)",
)
def after_reported_speech(context: Context, found: list[Found], i: int) -> Candidate | None:
    span = found[i].span
    if span.mark == "—" or not context.document.sentences:
        return None
    index = context.sentence_index(span.open_at)
    if index == 0 or span.open_at - context.sentence(index).start > 2:
        return None  # only a quotation that opens its sentence
    before = context.sentence(index - 1)
    previous = _previous(found, i)
    if previous is not None and previous.span.outer_end > before.start:
        return None  # a quotation of its own stands between
    if "\n" in context.document.text[before.end : span.open_at] and not span.paragraph_initial:
        return None
    # a person's words go on in quotation marks; an institution's reported line seldom does
    reported = [
        f
        for f in context.reported
        if before.start <= f.span.start < before.end and f.candidate and f.candidate.entity.kind == "person"
    ]
    if not reported:
        return None
    return inherit(reported[-1].candidate, "after_reported_speech", confidence("after_reported_speech"))


@sieve(
    "preceding_subject",
    CONTINUATION,
    0.6,
    "Le maire ne décolère pas. « C'est un scandale. » (also a paragraph of testimony after « X raconte … »)",
)
def preceding_subject(context: Context, found: list[Found], i: int) -> Candidate | None:
    previous = _previous(found, i)
    return _preceding_subject(context, found[i].span, previous.span.outer_end if previous else 0)


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
    announces = (
        span.paragraph_initial
        and root is not None
        and (speech_lemma(root) is not None or speech_idiom(before, root) is not None)
    )
    new_paragraph = "\n" in text[before.end : span.open_at]
    # « … elle a travaillé quatre ans à l'hôpital. » then a paragraph that is her words alone: in a
    # portrait, the person the narration is about
    alone = new_paragraph and not announces and _stands_alone(context, span)
    if before.start < after or (new_paragraph and not announces and not alone):
        return None  # only narration of the same paragraph, after the previous quotation
    rule_confidence = confidence("preceding_subject") * (0.8 if alone else 1.0)
    for word in before.words:
        if word.base_deprel == "nsubj" and before.head_of(word) is before.root():
            candidate = linking.speaker_from_word(context, before, word, "preceding_subject", rule_confidence)
            if alone and (candidate is None or candidate.entity.kind != "person"):
                return None
            if candidate is not None and (
                candidate.entity.kind != "unknown" or candidate.mention.kind == "name"
            ):
                return candidate
    if announces:  # the parser lost the subject (« …, Aïcha Mansouri, 67 ans, raconte … »): one person named
        people = context.people_between(before.start, root.start)
        if people and all(entity is people[0][1] for _, entity in people):
            return Candidate(people[-1][1], people[-1][0], "preceding_subject", 0.55)
    return None


def _introduced_next(context: Context, found: list[Found], i: int) -> Candidate | None:
    """« « On savait que les commandes baissaient. » Régleuse sur presse, Nathalie G. ne retient pas ses
    larmes. » : a quotation opening its paragraph with no cue, then a sentence that introduces someone
    the article has not named before: the words are theirs."""
    span = found[i].span
    if not (span.closed and span.paragraph_initial):
        return None
    _, after = tokens_after(context, span.outer_end)
    if after and after[0].text == "," and read_incise(after[1:]) is not None:
        return None  # a cue of its own
    ahead = following_subject(context, found, i)
    if ahead is not None:
        # the next sentence's subject says it more surely, when it is someone new
        named = [m.start for m in ahead.entity.mentions if m.kind == "name"]
        return ahead if named and min(named) >= span.outer_end else None
    following = next((s for s in context.document.sentences if s.start >= span.outer_end), None)
    if following is None or "\n" in context.document.text[span.outer_end : following.start]:
        return None  # the next sentence must go on in the same paragraph
    for mention, entity in context.people_between(following.start, following.end):
        if context.inside_quote(mention.start, mention.end) or not entity.tokens:
            continue
        if min(m.start for m in entity.mentions) < span.outer_end:
            return None  # someone named before: not an introduction
        return Candidate(entity, mention, "introduced_after", confidence("introduced_after") * 0.9)
    return None


def _named_after_opening(context: Context, found: list[Found], i: int, blocks: list) -> Candidate | None:
    """« « Cette année, je n'ai rien récolté. » Le constat est amer pour Karim A., éleveur … » : the
    quotation that opens an article's first paragraph, narration after it, is the first person that
    narration names."""
    span = found[i].span
    if not (span.closed and span.paragraph_initial and span.paragraph < OPENING_PARAGRAPHS):
        return None
    if any(f.span.open_at < span.open_at for f in found) or span.paragraph >= len(blocks):
        return None  # not the article's first quotation
    if len(_quote_words(context, span)) < MIN_OPENING_WORDS:
        return None  # « « Les Terrils », le Charleroi de … » : a title
    _, after = tokens_after(context, span.outer_end)
    if after and after[0].text == "," and read_incise(after[1:]) is not None:
        return None  # « « … », a-t-il expliqué » : a cue of its own, whoever it names
    if following_subject(context, found, i) is not None:
        return None  # the next sentence's subject says it more surely
    paragraph = blocks[span.paragraph]
    for mention, entity in context.people_between(span.outer_end, paragraph.end):
        if entity.tokens and not context.inside_quote(mention.start, mention.end):
            return Candidate(entity, mention, "introduced_after", confidence("introduced_after") * 0.9)
    return None


def _stands_alone(context: Context, span: QuoteSpan) -> bool:
    """A closed quotation that is its whole paragraph."""
    text = context.document.text
    blocks = paragraphs(text)
    if not span.closed or not span.paragraph_initial or span.paragraph >= len(blocks):
        return False
    return not text[span.outer_end : blocks[span.paragraph].end].strip(" .!?…\u00a0\u202f")


@sieve(
    "adjacent_quote", CONTINUATION, 0.7, "« … », a-t-il dit. « … » (the next quotation of the same paragraph)"
)
def adjacent_quote(context: Context, found: list[Found], i: int) -> Candidate | None:
    previous = _previous(found, i)
    if previous is None or previous.candidate is None or previous.span.paragraph != found[i].span.paragraph:
        return None
    if _impersonal_cue(context, found[i].span):
        return None
    if found[i].kind == "partial" and _cue_with_a_noun_subject(context, found[i].span):
        return None  # « Le guide a salué une cuisine « … » » : the clause names its own speaker
    return inherit(previous.candidate, "adjacent_quote", confidence("adjacent_quote"))


def _cue_with_a_noun_subject(context: Context, span: QuoteSpan) -> bool:
    """A fragment whose clause has a speech verb with a subject that names no person (« le jury », « le
    guide », « la critique »): the previous quotation's speaker is not it."""
    pairs = context.words_between(span.start, span.end)
    if not pairs:
        return False
    sentence, word = pairs[0]
    for ancestor in sentence.ancestors(word)[:4]:
        if ancestor.upos == "VERB" and speech_lemma(ancestor):
            return any(
                c.base_deprel == "nsubj"
                and c.upos == "NOUN"
                and c.index < ancestor.index
                and normalize(c.lemma or c.text) not in lexicon.role_nouns() | lexicon.DOCUMENT_NOUNS
                for c in sentence.children(ancestor)
            )
    return False


def _impersonal_cue(context: Context, span: QuoteSpan) -> bool:
    """« « … », rappelle-t-on. » : the quotation has a cue of its own, which names nobody."""
    if not span.closed:
        return False
    _, tokens = tokens_after(context, span.outer_end)
    if not tokens or tokens[0].text != ",":
        return False
    incise = read_incise(tokens[1:])
    return incise is not None and incise.impersonal


@sieve(
    "previous_paragraph",
    CONTINUATION,
    0.6,
    "a paragraph that opens with a direct quotation, after the previous paragraph's attributed one",
)
def previous_paragraph(context: Context, found: list[Found], i: int) -> Candidate | None:
    previous, current = _previous(found, i), found[i]
    if previous is None or previous.candidate is None or _impersonal_cue(context, current.span):
        return None
    if (
        previous.span.paragraph + 1 == current.span.paragraph
        and (current.span.paragraph_initial or _after_question(context, current.span))
        and current.kind == "direct"
        and not current.span.mark == previous.span.mark == "—"  # dialogue lines change speaker
    ):
        # « « On nous condamne à mort. » Thierry B. ne décolère pas. » : a new person named as the
        # next sentence's subject is the one speaking
        ahead = following_subject(context, found, i)
        if (
            ahead is not None
            and ahead.mention.kind == "name"
            and ahead.entity is not previous.candidate.entity
        ):
            return None
        return inherit(previous.candidate, "previous_paragraph", confidence("previous_paragraph"))
    return None


def _after_question(context: Context, span: QuoteSpan) -> bool:
    """« Qu'en est-il des soirées privées ? « … » » : the interviewer's question, told in one sentence,
    opens the paragraph of the answer."""
    text = context.document.text
    start = text.rfind("\n", 0, span.open_at) + 1
    before = text[start : span.open_at].strip()
    if not before.endswith("?") or any(mark in before for mark in '«»"“”'):
        return False
    return context.sentence_index(start) == context.sentence_index(len(text[: span.open_at].rstrip()) - 1)


@sieve(
    "following_subject",
    CONTINUATION,
    0.6,
    "« Je ne lâcherai rien. » Dans son bureau, Claire X affiche sa détermination. (a paragraph that "
    "opens with a quotation without cue, then names its speaker as the subject of the next sentence)",
)
def following_subject(context: Context, found: list[Found], i: int) -> Candidate | None:
    span = found[i].span
    if not span.paragraph_initial or span.mark == "—" or not span.closed or not context.document.sentences:
        return None
    text = context.document.text
    index = context.sentence_index(span.outer_end)
    closing = context.sentence(context.sentence_index(span.outer_end - 1))
    if closing.start >= span.end and text[span.outer_end : closing.end].strip():
        # « « … . » Thierry B. ne décolère pas. » split after the full stop: the closing mark opens the
        # narration's sentence
        after = closing
    elif index + 1 >= len(context.document.sentences):
        return None
    else:
        after = context.sentence(index + 1)
    if (
        "\n" in text[span.outer_end : after.start]
        or text[span.outer_end : max(after.start, span.outer_end)].strip(" .!?…") != ""
    ):
        return None  # the quotation must end its sentence, and the next sentence its paragraph's narration
    quoting = [
        f
        for f in found
        if f.span is not span and f.span.open_at < after.end and after.start < f.span.outer_end
    ]
    root = after.root()
    for word in after.words:
        if word.base_deprel == "nsubj" and root is not None and after.head_of(word) is root:
            candidate = linking.speaker_from_word(
                context, after, word, "following_subject", confidence("following_subject")
            )
            if candidate is None or candidate.entity.kind != "person" or not candidate.entity.tokens:
                continue
            # the next sentence may quote its subject's own words (« X salue un avis « tardif » »),
            # not someone else's
            if all(f.candidate is not None and f.candidate.entity is candidate.entity for f in quoting):
                return candidate
    if quoting:
        return None  # the next sentence quotes someone itself
    if (
        root is not None
        and root.upos == "VERB"
        and not any(c.base_deprel == "nsubj" for c in after.children(root))
    ):
        # « Installée dans ses locaux, sur les quais, Claire M., 36 ans, mesure le chemin parcouru » :
        # the parser lost the subject; the one person named before the verb is it
        people = context.people_between(after.start, root.start)
        if people and all(entity is people[0][1] for _, entity in people) and people[0][1].tokens:
            return Candidate(
                people[0][1], people[0][0], "following_subject", confidence("following_subject") * 0.9
            )
    return None


# An article opens on a quotation in its first or second paragraph (after a headline) at most.
OPENING_PARAGRAPHS = 2
# The fewest words of a quotation that opens an article (fewer is a title).
MIN_OPENING_WORDS = 4


@sieve(
    "introduced_after",
    CONTINUATION,
    0.6,
    "« Ma mère notait tout dans un cahier. » / C'est de ce souvenir que Nadège X a tiré son application. "
    "(a quotation standing alone in its paragraph: the person the next paragraph introduces; at the "
    "article's opening, the first person named after it)",
)
def introduced_after(context: Context, found: list[Found], i: int) -> Candidate | None:
    span = found[i].span
    text = context.document.text
    blocks = paragraphs(text)
    if span.mark == "—":
        return None
    if not _stands_alone(context, span):
        return _named_after_opening(context, found, i, blocks) or _introduced_next(context, found, i)
    if span.paragraph + 1 >= len(blocks):
        return None
    if any(f.span.paragraph == span.paragraph and f is not found[i] for f in found):
        return None  # the quotation must stand alone in its paragraph
    opening = span.paragraph < OPENING_PARAGRAPHS
    if not opening and _preceding_subject(context, span, 0) is not None:
        return None  # the narration just before is about someone: preceding_subject gives them the words
    if opening and any(f.span.paragraph < span.paragraph and f.candidate is not None for f in found):
        return None  # not the article's opening: someone spoke before
    following = blocks[span.paragraph + 1]
    for mention, entity in context.people_between(following.start, following.end):
        if any(f.span.open_at < mention.start for f in found if following.start <= f.span.open_at):
            return None  # a quotation comes first in the next paragraph
        if not entity.tokens:
            continue
        # later in the article, only a person the next paragraph introduces (named there first)
        if opening or min(m.start for m in entity.mentions) >= following.start:
            return Candidate(entity, mention, "introduced_after", confidence("introduced_after"))
        return None
    return None
