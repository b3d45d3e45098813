"""Interviews set as a question/answer transcript: each answer, unmarked, is the interviewee's."""

from __future__ import annotations

import re
from collections import Counter

from service.attribution import lexicon
from service.attribution.candidates import Candidate, Found
from service.attribution.context import Context
from service.attribution.entities import Entity, normalize
from service.attribution.quotes import ANY_QUOTE_MARK, WORD, Paragraph, QuoteSpan, paragraphs, unmarked_span
from service.attribution.sieves.registry import CONTINUATION, UNMARKED, confidence, sieve
from service.attribution.sieves.unmarked import FIRST_PERSON

# « Q : », « Question : », « R : », « Réponse : » : the labels some transcripts put before each turn.
TURN_LABEL = re.compile(r"^\s*(?:Q|R|Question|Réponse)\s*[:.–—-]\s*", re.IGNORECASE)
ANSWER_LABEL = re.compile(r"\s*(?:R|Réponse)\s*[:.–—-]\s*", re.IGNORECASE)
# Words that announce a transcript (« Trois questions à X », « Entretien », « Propos recueillis par »).
INTERVIEW_MARKER = re.compile(
    r"\b(?:questions? à|entretien|interview|propos recueillis|répondu à nos questions|répond à nos questions)\b",
    re.IGNORECASE,
)
# « Claire Dumas : » or « C. Dumas : » opening a turn.
NAME_LABEL = re.compile(r"\s*((?:[A-ZÉÈÀÂÎÔÛÇ][\w’'.-]*\s?){1,4})\s*:\s+")
# A transcript has at least this many questions.
MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 60


@sieve(
    "interview_answer",
    UNMARKED,
    0.7,
    "Vous attendiez-vous à ce succès ? / Pas du tout, je pensais jouer devant vingt personnes. (an "
    "answer of a question/answer transcript, given to the person interviewed)",
)
def interview_answer(context: Context, taken: list[tuple[int, int]]) -> list[Found]:
    text = context.document.text
    blocks = paragraphs(text)
    questions = _with_interviewer_turns(
        text, blocks, [i for i, p in enumerate(blocks) if _is_question(text, p)]
    )
    if len(questions) < MIN_QUESTIONS:
        return []
    # « Votre père travaillait lui-même à l'usine… » : in a transcript, a prompt left hanging is a question
    questions = sorted(set(questions) | {i for i, p in enumerate(blocks) if _is_prompt(text, p)})
    interviewee = _labelled_interviewee(context, blocks, questions) or _interviewee(
        context, blocks[questions[0]].start
    )
    if interviewee is None:
        return []
    entity, mention = interviewee
    # once half the answers speak in the first person (or carry an « R : » label), the transcript is
    # established and an answer in the third person (« Des prix planchers, tout simplement. ») counts too
    established = sum(
        _answers(text, blocks, questions, number, strict=True) != [] for number in range(len(questions))
    )
    strict = (
        established < max(1, len(questions) / 2)
        and not INTERVIEW_MARKER.search(text)
        and not _put_to_someone(text, blocks, questions)
    )
    found = []
    for number in range(len(questions)):
        answer = _answers(text, blocks, questions, number, strict)
        if not answer:
            continue
        label = ANSWER_LABEL.match(text, answer[0].start) or _name_label(text, answer[0].start, entity)
        span = unmarked_span(text, label.end() if label else answer[0].start, answer[-1].end, answer[0].index)
        # a quotation inside the answer (« Mon patron m'a dit : « Tu tiendras six mois. » ») is part of it
        if any(
            a < span.end and span.start < b and not (span.start + 1 < a and b <= span.end) for a, b in taken
        ):
            continue  # a line that opens with its mark (a dash line) is a quotation of its own
        candidate = Candidate(entity, mention, "interview_answer", confidence("interview_answer"))
        found.append(Found(span, "direct", candidate))
    return found


# A transcript of this many questions, some of them put to « vous », needs no other sign.
ADDRESSED_TRANSCRIPT = 4
ADDRESSED_QUESTIONS = 2


def _put_to_someone(text: str, blocks: list[Paragraph], questions: list[int]) -> bool:
    """« Qu'avez-vous constaté cet été ? … Comment vivez-vous ce travail ? » : several questions put to
    the person interviewed make the paragraphs after them answers, in whatever person they speak."""
    # « Qu'avez-vous … ? » : the pronoun glued to its verb counts
    addressed = sum(
        bool(
            {"vous", "votre", "vos"}
            & set(re.findall(r"\w+", normalize(text[blocks[q].start : blocks[q].end])))
        )
        for q in questions
    )
    return len(questions) >= ADDRESSED_TRANSCRIPT and addressed >= ADDRESSED_QUESTIONS


def _answers(
    text: str, blocks: list[Paragraph], questions: list[int], number: int, strict: bool
) -> list[Paragraph]:
    """The answer paragraphs after a question, up to the next question; none unless the first one
    follows the question directly."""
    q = questions[number]
    end = questions[number + 1] if number + 1 < len(questions) else len(blocks)
    answer = [p for p in blocks[q + 1 : end] if _is_answer(text, p, strict)]
    if not answer or answer[0].index != q + 1:
        return []
    # after the last question the transcript may give way to the article again: a later paragraph
    # holding a quotation, or after the last question one that never speaks in the first person
    # (« Les pourparlers reprennent lundi. Le SPLM-IO a fait savoir … »), is narration
    last = number == len(questions) - 1
    for k, paragraph in enumerate(answer[1:], start=1):
        body = text[paragraph.start : paragraph.end]
        if ANY_QUOTE_MARK.search(body) or (last and not FIRST_PERSON.search(" " + body)):
            return answer[:k]
    return answer


def _with_interviewer_turns(text: str, blocks: list[Paragraph], questions: list[int]) -> list[int]:
    """« Le Quotidien : Le LSAP parle d'un « plan de papier »… » : a turn under the label the
    questions carry is the interviewer's, a question or not."""
    labels = Counter(label.group(1) for i in questions if (label := NAME_LABEL.match(text, blocks[i].start)))
    interviewer = {label for label, count in labels.items() if count >= MIN_QUESTIONS}
    if not interviewer:
        return questions
    turns = {
        i
        for i, p in enumerate(blocks)
        if (label := NAME_LABEL.match(text, p.start)) and label.group(1) in interviewer
    }
    return sorted(set(questions) | turns)


def _name_label(text: str, start: int, interviewee: Entity) -> re.Match | None:
    """« Claire Dumas : Pas en soi. » : the interviewee's name labels the turn; it is not speech."""
    label = NAME_LABEL.match(text, start)
    if label is None:
        return None
    words = label.group(1).split()
    initials = [w[0] for w in words if len(w) == 2 and w.endswith(".")]
    # « L. F. : » : the interviewee's initials after the first answer gave the full name
    if set(words) & set(interviewee.tokens) or (initials and initials == [t[0] for t in interviewee.tokens]):
        return label
    return None


def _is_question(text: str, paragraph: Paragraph) -> bool:
    body = text[paragraph.start : paragraph.end].strip()
    words = WORD.findall(body)
    return body.endswith("?") and _short_unmarked(body, words)


def _is_prompt(text: str, paragraph: Paragraph) -> bool:
    """A short unmarked paragraph trailing off (« … ») and addressed to the interviewee (vous, votre)."""
    body = text[paragraph.start : paragraph.end].strip()
    words = [normalize(w) for w in WORD.findall(body)]
    return (
        body.endswith(("…", "..."))
        and _short_unmarked(body, words)
        and bool({"vous", "votre", "vos"} & set(words))
    )


def _short_unmarked(body: str, words: list[str]) -> bool:
    """An interviewer's turn: a question's length, not itself a quotation; it may quote a few words
    (« On vous présente comme un entraîneur « à l'ancienne ». Vous l'acceptez ? »)."""
    if not 2 <= len(words) <= MAX_QUESTION_WORDS or ANY_QUOTE_MARK.match(body):
        return False
    quoted = sum(len(WORD.findall(m.group())) for m in QUOTED_WORDS.finditer(body))
    return not ANY_QUOTE_MARK.search(body) or 0 < quoted <= len(words) / 2


# A pair of marks and the words between them (« … », “ … ”).
QUOTED_WORDS = re.compile(r"«[^«»]*»|“[^“”]*”")


def _is_answer(text: str, paragraph: Paragraph, strict: bool = True) -> bool:
    """An unmarked paragraph labelled as an answer or in the first or second person (the interviewee
    speaking); any unmarked statement once the transcript is established."""
    raw = text[paragraph.start : paragraph.end]
    body = TURN_LABEL.sub("", raw).strip()
    if not body or body.endswith("?") or ANY_QUOTE_MARK.match(body):
        return False
    if ANSWER_LABEL.match(raw) or not strict:
        return True
    words = {normalize(w) for w in WORD.findall(body)}
    words |= {w.split("'")[0] + "'" for w in words if "'" in w}
    return bool(words & (lexicon.FIRST_SECOND_PERSON | {"on"}))


def _labelled_interviewee(context: Context, blocks: list[Paragraph], questions: list[int]):
    """« Lucie Ferrandi : Elles le sont … » : the person whose name labels the turns after the
    questions is the one interviewed."""
    text = context.document.text
    named = []
    for q in questions:
        if q + 1 < len(blocks) and (label := NAME_LABEL.match(text, blocks[q + 1].start)):
            named += [
                (m, e)
                for m, e in context.names_between(label.start(1), label.end(1))
                if e.kind == "person" and len(e.tokens) > 1
            ]
    return _named_most(named)


def _interviewee(context: Context, first_question: int):
    """The person the introduction names most (the one the questions are put to); when two are named
    alike, the only one of them named in full (« Théo, étudiant, … La rectrice, Anne-Catherine L., a
    répondu à nos questions »)."""
    named = [(m, e) for m, e in context.names_between(0, first_question) if e.kind == "person"]
    found = _named_most(named)
    if found is not None or not named:
        return found
    return _named_most([(m, e) for m, e in named if len(e.tokens) > 1])


def _named_most(named: list) -> tuple[Entity, object] | None:
    """The entity named most often with its first mention; none when two are named alike (whose
    answers these are is then not clear)."""
    counts = Counter(id(entity) for _, entity in named)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return next((e, m) for m, e in named if id(e) == ranked[0][0])


@sieve(
    "interview_dash_answer",
    CONTINUATION,
    0.7,
    "Entretien avec X. — Le maintien est-il possible ? — Oui, j'y crois. (in a transcript set as dash "
    "lines, the line that answers a question line is the interviewee's)",
)
def interview_dash_answer(context: Context, found: list[Found], i: int) -> Candidate | None:
    if i < 1 or found[i].span.mark != "—" or _asks(context, found[i].span):
        return None
    question = found[i - 1]
    if question.span.mark != "—" or not _asks(context, question.span) or question.candidate is not None:
        return None
    lines = [f for f in found if f.span.mark == "—"]
    if sum(_asks(context, f.span) for f in lines) < MIN_QUESTIONS:
        return None
    interviewee = _interviewee(context, lines[0].span.open_at)
    if interviewee is None:
        return None
    entity, mention = interviewee
    return Candidate(entity, mention, "interview_dash_answer", confidence("interview_dash_answer"))


def interviewer_question(context: Context, found: list[Found], i: int) -> bool:
    """A dash line that asks, with no speaker, right before a line given to the interviewee: the
    interviewer's question, which is no quotation of anyone named."""
    current = found[i]
    if current.candidate is not None or current.span.mark != "—" or not _asks(context, current.span):
        return False
    following = found[i + 1] if i + 1 < len(found) else None
    return (
        following is not None
        and following.candidate is not None
        and following.candidate.rule == "interview_dash_answer"
    )


def _asks(context: Context, span: QuoteSpan) -> bool:
    return context.document.text[span.start : span.end].rstrip().endswith("?")
