"""A deterministic stand-in analyzer for the highlighter page's UI tests only.

It exercises the page's rendering (UTF-16 offsets past emoji, one colour per speaker, a quote with no
speaker, click-to-jump); it says nothing about the attribution engine, which the model-marked browser
test covers on the seed article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace

from service.attribution.results import AttributionResult, Cue, Quote, Span, Speaker, SpeakerRef

# Astral characters (two UTF-16 units each) before, inside and between the quotes.
UI_TEXT = (
    "🎉 Réunion à Paris 𝔄.\n\n"
    "« Le futur 😀 est déjà là », a déclaré Sam Altman devant la presse.\n"
    "Elon Musk a répliqué : « Non 🚀, pas encore ».\n"
    "« Nous verrons bien », a ajouté Altman.\n"
    "« Personne ne sait 🤷 », lit-on sur une pancarte.\n"
    "Selon Elon Musk, la fusée « partira 🚀 bientôt » de Floride."
)

_SPEAKERS = {"Sam Altman": "s1", "Altman": "s1", "Elon Musk": "s2"}
_NAMES = {"s1": "Sam Altman", "s2": "Elon Musk"}
_CUES = {
    "a déclaré": "déclarer",
    "a répliqué": "répliquer",
    "a ajouté": "ajouter",
    "lit-on": "lire",
    "Selon": "selon",
}
# Reported speech around a partial quote: the two quotes nest.
_INDIRECT = re.compile(r"Selon (Elon Musk), (.+?)\.$", re.MULTILINE)


class UiFakeAnalyzer:
    """Quotes are the « … » contents; the speaker is a known name in the same line, if any."""

    ready = True
    version = "uifake0"
    parser = SimpleNamespace(name="ui-fake", load_seconds=0.0)

    def load(self) -> None:
        pass

    def analyze(self, text: str, include_indirect: bool = True) -> AttributionResult:
        return self.analyze_many([text], include_indirect)[0]

    def analyze_many(self, texts, include_indirect: bool = True) -> list[AttributionResult]:
        return [_analyze(text, include_indirect) for text in texts]


def _in_line(pattern: str, text: str, line: tuple[int, int]) -> Span | None:
    match = re.compile(pattern).search(text, *line)
    return Span(match.group(0), *match.span()) if match else None


def _analyze(text: str, include_indirect: bool) -> AttributionResult:
    quotes: list[Quote] = []
    mentions: dict[str, list[Span]] = {"s1": [], "s2": []}
    for match in re.finditer(r"« ([^«»]*?) »", text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = (line_start, len(text) if line_end < 0 else line_end)
        mention = _in_line("|".join(sorted(_SPEAKERS, key=len, reverse=True)), text, line)
        cue_span = _in_line("|".join(_CUES), text, line)
        speaker = None
        if mention:
            speaker_id = _SPEAKERS[mention.text]
            mentions[speaker_id].append(mention)
            speaker = SpeakerRef(speaker_id, _NAMES[speaker_id], mention)
        cue = Cue(cue_span.text, _CUES[cue_span.text], cue_span.start, cue_span.end) if cue_span else None
        start, end = match.span(1)
        quotes.append(
            Quote(
                "",
                text[start:end],
                start,
                end,
                "direct",
                speaker,
                cue,
                0.9 if speaker else 0.3,
                "ui-fake" if speaker else "none",
            )
        )
    for match in _INDIRECT.finditer(text) if include_indirect else ():
        mention = Span(match.group(1), *match.span(1))
        if mention not in mentions["s2"]:
            mentions["s2"].append(mention)
        start, end = match.span(2)
        quotes.append(
            Quote(
                "",
                text[start:end],
                start,
                end,
                "indirect",
                SpeakerRef("s2", _NAMES["s2"], mention),
                Cue("Selon", "selon", match.start(), match.start() + 5),
                0.8,
                "ui-fake",
            )
        )
    quotes = sorted(quotes, key=lambda q: q.start)
    inside = {
        q
        for q in quotes
        for outer in quotes
        if outer is not q and outer.start <= q.start and q.end <= outer.end
    }
    quotes = [
        replace(q, id=f"q{n}", type="partial" if q in inside else q.type) for n, q in enumerate(quotes, 1)
    ]
    speakers = tuple(
        Speaker(
            sid,
            _NAMES[sid],
            "person",
            tuple(found),
            tuple(q.id for q in quotes if q.speaker and q.speaker.id == sid),
        )
        for sid, found in mentions.items()
        if found
    )
    return AttributionResult(tuple(quotes), speakers)
