"""First-person paragraphs without quotation marks: a quotation whose block layout the text lost."""

from __future__ import annotations

import re

from service.attribution.candidates import Candidate, Found
from service.attribution.context import Context
from service.attribution.quotes import ANY_QUOTE_MARK, WORD, Paragraph, paragraphs, unmarked_span
from service.attribution.sieves.registry import UNMARKED, confidence, sieve

# « je », « j' », « nous » as the words of someone speaking: a news report never says them itself.
FIRST_PERSON = re.compile(r"(?:^|[\s(,;:])(?:je(?=\s)|j['’]|nous(?=\s))", re.IGNORECASE)
# A quotation paragraph is a few sentences; a signature line is a name and a role.
MIN_PARAGRAPH_WORDS = 12
MAX_SIGNATURE_WORDS = 12
# More first-person paragraphs than this and the text is a column or a letter, written by its author.
MAX_FIRST_PERSON_PARAGRAPHS = 2


@sieve(
    "signed_paragraph",
    UNMARKED,
    0.75,
    "Nos commerces ferment les uns après les autres et personne ne réagit. / Paul Ravel, maire de Lunel "
    "(a first-person paragraph without marks, signed on the next line)",
)
def signed_paragraph(context: Context, taken: list[tuple[int, int]]) -> list[Found]:
    text = context.document.text
    blocks = paragraphs(text)
    found = []
    for paragraph in _first_person_paragraphs(text, blocks, taken):
        if paragraph.index + 1 >= len(blocks):
            continue
        signer = _signer(context, blocks[paragraph.index + 1])
        if signer is not None:
            candidate = Candidate(signer[0], signer[1], "signed_paragraph", confidence("signed_paragraph"))
            found.append(
                Found(
                    unmarked_span(text, paragraph.start, paragraph.end, paragraph.index), "direct", candidate
                )
            )
    return found


@sieve(
    "first_person_paragraph",
    UNMARKED,
    0.5,
    "La chanteuse Maëlle X a remercié son public. / Je dois tout à ceux qui m'ont appris la musique. (a "
    "lone first-person paragraph without marks, after a paragraph whose subject is a named person)",
)
def first_person_paragraph(context: Context, taken: list[tuple[int, int]]) -> list[Found]:
    text = context.document.text
    blocks = paragraphs(text)
    found = []
    for paragraph in _first_person_paragraphs(text, blocks, taken):
        if paragraph.index == 0:
            continue
        before = blocks[paragraph.index - 1]
        subjects = [(m, e) for m, e in context.people_between(before.start, before.end) if m.subject]
        if not subjects:
            continue
        mention, entity = subjects[-1]
        candidate = Candidate(entity, mention, "first_person_paragraph", confidence("first_person_paragraph"))
        found.append(
            Found(unmarked_span(text, paragraph.start, paragraph.end, paragraph.index), "direct", candidate)
        )
    return found


def _first_person_paragraphs(
    text: str, blocks: list[Paragraph], taken: list[tuple[int, int]]
) -> list[Paragraph]:
    """Unmarked paragraphs in the first person, none when the whole text speaks in it."""
    found = []
    for paragraph in blocks:
        body = text[paragraph.start : paragraph.end]
        if ANY_QUOTE_MARK.search(body) or body.lstrip()[:1] in "-–—" or body.rstrip().endswith("?"):
            continue
        if len(WORD.findall(body)) < MIN_PARAGRAPH_WORDS or not FIRST_PERSON.search(" " + body):
            continue
        if any(a < paragraph.end and paragraph.start < b for a, b in taken):
            continue
        found.append(paragraph)
    return found if len(found) <= MAX_FIRST_PERSON_PARAGRAPHS else []


def _signer(context: Context, line: Paragraph):
    """« Paul Ravel, maire de Lunel » : a short line that opens with a person's name."""
    body = context.document.text[line.start : line.end].strip()
    if len(WORD.findall(body)) > MAX_SIGNATURE_WORDS or body.endswith((".", "?", "!")) and "," not in body:
        return None
    start = line.start + (
        len(context.document.text[line.start : line.end])
        - len(context.document.text[line.start : line.end].lstrip())
    )
    named = context.names_between(start, line.end)
    if not named or named[0][0].start != start or named[0][1].kind != "person":
        return None
    return named[0][1], named[0][0]
