"""The parsed document: plain frozen dataclasses, the seam between the parser and the engine."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word; the parts of a multi-word token (« du » = de + le) share its characters."""

    index: int  # 1-based position in the sentence, as in CoNLL-U
    text: str
    lemma: str
    upos: str
    feats: str  # CoNLL-U FEATS string, "" when none
    head: int  # index of the head word, 0 for the root
    deprel: str
    start: int  # character offsets into Document.text (code points)
    end: int

    def feat(self, name: str) -> str | None:
        """The value of one morphological feature, e.g. feat("Gender") -> "Fem"."""
        for pair in self.feats.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None

    @property
    def base_deprel(self) -> str:
        """The relation without its subtype: "nsubj:pass" -> "nsubj"."""
        return self.deprel.split(":", 1)[0]


@dataclass(frozen=True)
class Sentence:
    words: tuple[Word, ...]
    start: int
    end: int
    parsed: bool = True  # False when only tokenized (selective parsing skipped it)

    def word(self, index: int) -> Word | None:
        """The word with this 1-based index, None for 0 (root) or out of range."""
        if 1 <= index <= len(self.words):
            return self.words[index - 1]
        return None

    @cached_property
    def _children(self) -> dict[int, list[Word]]:
        children: dict[int, list[Word]] = {}
        for word in self.words:
            children.setdefault(word.head, []).append(word)
        return children

    @cached_property
    def tokens(self) -> tuple[Word, ...]:
        """Words with their own characters: a multi-word token (du = de + le) counts once."""
        seen: set[tuple[int, int]] = set()
        result = []
        for word in self.words:
            if (word.start, word.end) not in seen:
                seen.add((word.start, word.end))
                result.append(word)
        return tuple(result)

    @cached_property
    def token_starts(self) -> list[int]:
        return [w.start for w in self.tokens]

    def tokens_between(self, start: int, end: int) -> tuple[Word, ...]:
        """Tokens lying entirely within [start, end), found by bisection."""
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return tuple(w for w in self.tokens[first:last] if w.end <= end)

    def tokens_after(self, offset: int, limit: int) -> tuple[Word, ...]:
        """At most `limit` tokens starting at or after `offset` (bounded work on huge sentences)."""
        first = bisect.bisect_left(self.token_starts, offset)
        return self.tokens[first : first + limit]

    def tokens_before(self, offset: int, limit: int) -> tuple[Word, ...]:
        """At most `limit` tokens ending at or before `offset`, in order."""
        last = bisect.bisect_left(self.token_starts, offset)
        window = self.tokens[max(0, last - limit) : last]
        return tuple(w for w in window if w.end <= offset)

    def children(self, head: Word) -> list[Word]:
        return list(self._children.get(head.index, ()))

    def head_of(self, word: Word) -> Word | None:
        return self.word(word.head)

    def root(self) -> Word | None:
        return next((w for w in self.words if w.head == 0), None)

    def ancestors(self, word: Word) -> list[Word]:
        """Heads from the word up to the root (cycle-safe)."""
        chain: list[Word] = []
        seen = {word.index}
        current = self.head_of(word)
        while current is not None and current.index not in seen:
            chain.append(current)
            seen.add(current.index)
            current = self.head_of(current)
        return chain

    def subtree(self, word: Word) -> list[Word]:
        """The word and all its descendants, in sentence order."""
        members = {word.index}
        frontier = [word.index]
        while frontier:
            for child in self._children.get(frontier.pop(), ()):
                if child.index not in members:
                    members.add(child.index)
                    frontier.append(child.index)
        return [w for w in self.words if w.index in members]


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence whose span contains this character offset."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def words(self):
        for sentence in self.sentences:
            yield from ((sentence, w) for w in sentence.words)
