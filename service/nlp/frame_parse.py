"""Parse the frame, not the quotation: words inside long quotations stand in as one placeholder.

The words of a long direct quotation say nothing about who speaks: the speaker, the cue and the
governing verb are around it (« … », a déclaré la ministre) or in an incise inside it, which the
caller keeps visible. Tagging, lemmatising and parsing are per word (the parser per pair of words),
so each run of such words is replaced, for pos/lemma/depparse only, by the single word PLACEHOLDER;
the tokens themselves (text, offsets) are never touched, so every offset stays exact.

Back in the original sentence, the first word of a run takes the placeholder's head and relation,
the others hang on it with `dep`; all get UPOS `X`, their own form as lemma and no features, like
the words of a sentence that is not parsed at all. Heads of visible words that pointed at the
placeholder point at that first word.

Which characters may be hidden is the caller's decision (`HideSpans`: text -> character intervals);
here a word is hidden only when its token lies wholly inside one interval, and only runs of at least
MIN_RUN words are replaced (a shorter run costs about what the placeholder does).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

HideSpans = Callable[[str], list[tuple[int, int]]]
# A pronoun the tagger and the parser know well, that can stand for a clause or a noun phrase.
PLACEHOLDER = "cela"
MIN_RUN = 3


@dataclass
class FrameSentence:
    """A sentence with its hidden runs: `proxy_words` are the texts handed to pos/lemma/depparse;
    `sources[j]` is the original word index (0-based) behind proxy word j, `runs[j]` the hidden
    original indices when proxy word j is the placeholder."""

    sentence: object  # stanza Sentence (the original, tokenized one)
    proxy_words: list[str]
    sources: list[int]
    runs: dict[int, list[int]]


def hidden_runs(sentence, offset: int, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Runs of consecutive word indices (0-based) whose tokens lie wholly inside one of `spans`
    (sorted, disjoint character intervals of the whole text); `offset` is the sentence's paragraph
    start. Only runs of at least MIN_RUN words."""
    if not spans:
        return []
    starts = [start for start, _ in spans]
    runs: list[list[int]] = []
    current: list[int] = []
    current_span = -1
    index = 0
    for token in sentence.tokens:
        start, end = offset + token.start_char, offset + token.end_char
        k = bisect_right(starts, start) - 1
        inside = k >= 0 and end <= spans[k][1]
        for _ in token.words:
            if inside and (k == current_span or not current):
                current.append(index)
                current_span = k
            else:
                if len(current) >= MIN_RUN:
                    runs.append(current)
                current = [index] if inside else []
                current_span = k if inside else -1
            index += 1
    if len(current) >= MIN_RUN:
        runs.append(current)
    return runs


def frame_of(sentence, runs: list[list[int]]) -> FrameSentence:
    words = sentence.words
    first_of_run = {run[0]: run for run in runs}
    hidden = {i for run in runs for i in run}
    proxy_words: list[str] = []
    sources: list[int] = []
    proxy_runs: dict[int, list[int]] = {}
    for i, word in enumerate(words):
        if i in first_of_run:
            proxy_runs[len(proxy_words)] = first_of_run[i]
            proxy_words.append(PLACEHOLDER)
            sources.append(i)
        elif i not in hidden:
            proxy_words.append(word.text)
            sources.append(i)
    return FrameSentence(sentence, proxy_words, sources, proxy_runs)


def proxy_document(frames: list[FrameSentence]):
    """One pretokenized Stanza document holding every frame's proxy sentence, in order."""
    from stanza.models.common.doc import Document as StanzaDocument  # deferred: stanza imports torch

    return StanzaDocument(
        [[{"id": j + 1, "text": text} for j, text in enumerate(frame.proxy_words)] for frame in frames]
    )


def copy_back(frames: list[FrameSentence], parsed) -> None:
    """Write the proxy sentences' analyses onto the original sentences' words."""
    for frame, proxy in zip(frames, parsed.sentences, strict=True):
        words = frame.sentence.words
        for j, proxy_word in enumerate(proxy.words):
            word = words[frame.sources[j]]
            head = proxy_word.head or 0
            word.head = frame.sources[head - 1] + 1 if head else 0
            word.deprel = proxy_word.deprel
            run = frame.runs.get(j)
            if run is None:
                word.upos, word.xpos, word.feats = proxy_word.upos, proxy_word.xpos, proxy_word.feats
                word.lemma = proxy_word.lemma
                continue
            for i in run:
                hidden = words[i]
                hidden.upos, hidden.xpos, hidden.feats, hidden.lemma = "X", None, None, hidden.text
                if i != run[0]:
                    hidden.head, hidden.deprel = run[0] + 1, "dep"
