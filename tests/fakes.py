"""A stand-in analyzer for HTTP-layer tests only (statuses, content types, offsets): it finds « … »
spans with a regex. The product always uses service.engine_runtime.Analyzer."""

from __future__ import annotations

import re
import time
from types import SimpleNamespace

from service.attribution.results import AttributionResult, Cue, Quote, Span, Speaker, SpeakerRef

BOOM = "\u2620BOOM\u2620"  # text containing this makes the fake raise (a 500 test)
SLOW = "\u231bSLOW\u231b"  # text containing this makes the fake sleep 3 s (a timeout test)


class FakeAnalyzer:
    def __init__(self, ready: bool = True) -> None:
        self.ready = ready
        self.version = "fake000"
        self.parser = SimpleNamespace(name="fake", load_seconds=0.0)
        self.calls: list[list[str]] = []

    def load(self) -> None:
        self.ready = True

    def analyze(self, text: str, include_indirect: bool = True) -> AttributionResult:
        return self.analyze_many([text], include_indirect)[0]

    def analyze_many(self, texts, include_indirect: bool = True) -> list[AttributionResult]:
        self.calls.append(list(texts))
        return [self._one(text) for text in texts]

    def _one(self, text: str) -> AttributionResult:
        if BOOM in text:
            raise RuntimeError("internal secret /etc/passwd")
        if SLOW in text:
            time.sleep(3)
        quotes, mentions = [], []
        speaker_match = re.search(r"\b(Sam Altman|Altman|Musk)\b", text)
        for number, match in enumerate(re.finditer(r"«([^«»]*)»", text), 1):
            start, end = match.span(1)
            speaker = cue = None
            if speaker_match:
                mention = Span(speaker_match.group(0), *speaker_match.span())
                mentions.append(mention)
                speaker = SpeakerRef("s1", "Sam Altman", mention)
            verb = re.search(r"\b(déclaré|écrit|dit)\b", text)
            if verb:
                cue = Cue(verb.group(0), "dire", *verb.span())
            quotes.append(
                Quote(
                    f"q{number}",
                    text[start:end],
                    start,
                    end,
                    "direct",
                    speaker,
                    cue,
                    0.9,
                    "fake" if speaker else "none",
                )
            )
        speakers = ()
        if mentions:
            speakers = (
                Speaker("s1", "Sam Altman", "person", tuple(mentions[:1]), tuple(q.id for q in quotes)),
            )
        return AttributionResult(tuple(quotes), speakers)
