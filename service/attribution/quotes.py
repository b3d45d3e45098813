"""Quotation-mark scanning on raw text: linear time, paragraph-bounded, nesting-aware."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the closing marks that end it.
OPENERS: dict[str, frozenset[str]] = {
    "«": frozenset("»"),
    "“": frozenset("”“"),  # some texts close “ with “ again
    "„": frozenset("“”"),
    "‹": frozenset("›"),
}
CLOSERS = frozenset("»”›")
STRAIGHT = '"'
DIALOGUE_DASHES = frozenset("—–")
# Spaces that may stand just inside a quotation mark (French typography uses non-breaking ones).
INNER_SPACES = " \t\u00a0\u202f\u2009\u2007\u200b"
# An unclosed quote never runs past this many characters without a sentence end stopping it.
UNCLOSED_SOFT_LIMIT = 600
# Any quotation mark, and a word, for the layout rules that read paragraphs without a parse.
ANY_QUOTE_MARK = re.compile(r"[«»“”„\"]")
WORD = re.compile(r"[\w’'-]+")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[«\"“A-ZÀ-ÖØ-Þ])")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One top-level quotation: its marks and its content (marks and inner spaces excluded)."""

    open_at: int  # offset of the opening mark (or dialogue dash)
    close_at: int | None  # offset of the closing mark; None when unclosed
    start: int
    end: int
    mark: str
    paragraph: int
    paragraph_initial: bool  # the opening mark is the first thing in its paragraph
    continues: bool = False  # reopens the previous paragraph's unclosed quote

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the content end when unclosed)."""
        return self.close_at + 1 if self.close_at is not None else self.end


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines are paragraphs (news copy puts one paragraph a line)."""
    result: list[Paragraph] = []
    for match in re.finditer(r"[^\r\n]+", text):
        if match.group().strip(INNER_SPACES):
            result.append(Paragraph(len(result), match.start(), match.end()))
    return result


def scan_quotes(text: str) -> list[QuoteSpan]:
    """All top-level quotations in the text, in order."""
    spans: list[QuoteSpan] = []
    previous_unclosed = False
    for paragraph in paragraphs(text):
        found = _scan_paragraph(text, paragraph)
        if found and previous_unclosed and found[0].paragraph_initial and found[0].mark in '«»“"':
            first = found[0]
            found[0] = QuoteSpan(
                first.open_at,
                first.close_at,
                first.start,
                first.end,
                first.mark,
                first.paragraph,
                True,
                continues=True,
            )
        previous_unclosed = (
            bool(found)
            and not found[-1].closed
            and found[-1].end >= _trim_end(text, paragraph.start, paragraph.end)
        )
        spans.extend(found)
    return spans


def _scan_paragraph(text: str, paragraph: Paragraph) -> list[QuoteSpan]:
    start, end = paragraph.start, paragraph.end
    first = _skip_spaces(text, start, end)
    spans: list[QuoteSpan] = []
    if first < end and text[first] in DIALOGUE_DASHES:
        content = _skip_spaces(text, first + 1, end)
        if content < end:
            spans.append(_make(text, first, None, content, end, "—", paragraph, True))
        return spans
    stack: list[tuple[str, int]] = []
    open_counts: dict[str, int] = {}
    for i in range(first, end):
        ch = text[i]
        if ch == STRAIGHT:
            if open_counts.get(STRAIGHT):
                _pop_to(stack, open_counts, STRAIGHT, i, text, spans, paragraph, first)
            else:
                _push(stack, open_counts, ch, i)
        elif ch == "«" and open_counts.get("«") and _typed_for_closer(text, i, end):
            _pop_to(stack, open_counts, "«", i, text, spans, paragraph, first)
        elif ch in OPENERS and not (ch == "“" and stack and stack[-1][0] in "“„" and _closes_here(text, i)):
            _push(stack, open_counts, ch, i)
        elif ch in CLOSERS or ch == "“":
            opener = _matching_opener(ch, open_counts)
            if opener is not None:
                _pop_to(stack, open_counts, opener, i, text, spans, paragraph, first)
    if stack:
        mark, at = stack[0]
        content_end = _unclosed_end(text, at, end)
        spans.append(_make(text, at, None, at + 1, content_end, mark, paragraph, at == first))
    return spans


def _typed_for_closer(text: str, i: int, end: int) -> bool:
    """« … « , a-t-il dit » / « … ? « at a paragraph's end : an opening guillemet typed where the
    closing one belongs (an opener is followed by words, not by punctuation or the end of the line)."""
    following = _skip_spaces(text, i + 1, end)
    return following >= end or text[following] in ",.;:!?"


def _closes_here(text: str, i: int) -> bool:
    """A “ that follows a word and precedes a space or punctuation closes (English-style typos)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _push(stack: list[tuple[str, int]], counts: dict[str, int], mark: str, at: int) -> None:
    stack.append((mark, at))
    counts[mark] = counts.get(mark, 0) + 1


def _matching_opener(closer: str, counts: dict[str, int]) -> str | None:
    for opener, closers in OPENERS.items():
        if closer in closers and counts.get(opener):
            return opener
    return None


def _pop_to(stack, counts, opener, close_at, text, spans, paragraph, first) -> None:
    """Close the innermost open `opener`; inner unclosed marks are dropped (amortised O(1))."""
    while stack:
        mark, at = stack.pop()
        counts[mark] -= 1
        if mark == opener:
            if not stack:
                spans.append(_make(text, at, close_at, at + 1, close_at, mark, paragraph, at == first))
            return


def _make(text, open_at, close_at, start, end, mark, paragraph, initial) -> QuoteSpan:
    start = _skip_spaces(text, start, end)
    end = _trim_end(text, start, end)
    return QuoteSpan(open_at, close_at, start, max(start, end), mark, paragraph.index, initial)


def _unclosed_end(text: str, open_at: int, paragraph_end: int) -> int:
    """An unclosed quote runs to the paragraph end, or to a sentence end when that is very far."""
    if paragraph_end - open_at <= UNCLOSED_SOFT_LIMIT:
        return paragraph_end
    match = _SENTENCE_END.search(text, open_at + 1, paragraph_end)
    return match.end() if match else paragraph_end


def _skip_spaces(text: str, start: int, end: int) -> int:
    while start < end and text[start] in INNER_SPACES:
        start += 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in INNER_SPACES:
        end -= 1
    return end


def unmarked_span(text: str, start: int, stop: int, paragraph: int) -> QuoteSpan:
    """A quotation without marks over [start, stop), its surrounding spaces left out."""
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return QuoteSpan(start, None, start, stop, "", paragraph, True)
