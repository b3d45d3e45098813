"""The page's « Qui est cité ? » summary in headless Chromium: quotes and speakers by gender, as a table
and an inline SVG bar chart, and each speaker's gender in the speaker list.

The first test injects a small analyzer whose answer is written out below (the page's own logic: counts,
bar lengths, wording); the second runs the real engine with the shipped model and checks that the page
draws the API's genders."""

from __future__ import annotations

import re

import pytest
import requests

from service import create_app
from service.attribution.results import (
    AttributionResult,
    Cue,
    GenderEvidence,
    Quote,
    Span,
    Speaker,
    SpeakerRef,
)
from service.config import Settings
from tests.browser import browser_page, require_chromium, screenshot, serve

pytestmark = pytest.mark.slow

TEXT = (
    "« Le budget tiendra », a assuré Mme Léa Morin.\n"
    "« Nous verrons », a répondu M. Paul Roy.\n"
    "« Rien n'est joué », a ajouté Mme Morin.\n"
    "« Nous refusons », a indiqué la préfecture.\n"
    "« Le pont restera fermé », a précisé Mme Morin.\n"
    "« On attend », lit-on sur une pancarte."
)
# quote number -> (speaker id, mention) ; the last quote has no speaker
ANSWER = {
    1: ("s1", "Mme Léa Morin"),
    2: ("s2", "M. Paul Roy"),
    3: ("s1", "Mme Morin"),
    4: ("s3", "la préfecture"),
}
ANSWER[5] = ("s1", "Mme Morin")
SPEAKERS = {
    "s1": ("Léa Morin", "person", "female", "Mme"),
    "s2": ("Paul Roy", "person", "male", "M."),
    "s3": ("la préfecture", "organization", None, None),
}


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(words, start, start + len(words))


class GenderPageAnalyzer:
    """Answers ANSWER for TEXT, whatever it is sent (the page's logic is under test, not the engine's)."""

    ready = True
    version = "genderpage0"
    parser = type("Parser", (), {"name": "gender-page", "load_seconds": 0.0})()

    def load(self) -> None:
        pass

    def analyze(self, text: str, include_indirect: bool = True) -> AttributionResult:
        return self.analyze_many([text], include_indirect)[0]

    def analyze_many(self, texts, include_indirect: bool = True) -> list[AttributionResult]:
        return [_answer(text) for text in texts]


def _answer(text: str) -> AttributionResult:
    quotes, mentions = [], {sid: [] for sid in SPEAKERS}
    for number, match in enumerate(re.finditer(r"« ([^«»]+) »", text), 1):
        line_end = text.find("\n", match.end())
        ref = None
        if number in ANSWER:
            sid, words = ANSWER[number]
            mention = _span(text, words, match.end())
            mentions[sid].append(mention)
            ref = SpeakerRef(sid, SPEAKERS[sid][0], mention, SPEAKERS[sid][2])
        verb = re.search(r"a \w+", text[match.end() : line_end if line_end > 0 else len(text)])
        cue = None
        if verb:
            cue = Cue(verb.group(0), "dire", match.end() + verb.start(), match.end() + verb.end())
        start, end = match.span(1)
        quotes.append(Quote(f"q{number}", match.group(1), start, end, "direct", ref, cue, 0.9, "page-test"))
    speakers = []
    for sid, (name, kind, gender, honorific) in SPEAKERS.items():
        evidence = None
        if honorific:
            first = mentions[sid][0]
            evidence = GenderEvidence("honorific", honorific, first.start, first.start + len(honorific))
        ids = tuple(q.id for q in quotes if q.speaker and q.speaker.id == sid)
        speakers.append(Speaker(sid, name, kind, tuple(mentions[sid]), ids, gender, evidence))
    return AttributionResult(tuple(quotes), tuple(speakers))


READ_GENDERS = """() => ({
  bars: [...document.querySelectorAll('#graphe-genres rect')].map((r) => ({
    genre: r.dataset.genre, mesure: r.dataset.mesure, valeur: Number(r.dataset.valeur),
    width: r.getBBox().width })),
  rows: [...document.querySelectorAll('#table-genres tbody tr')].map((tr) => ({
    genre: tr.dataset.genre, cells: [...tr.children].map((c) => c.textContent) })),
  summary: document.querySelector('#resume-genres').textContent,
  labels: [...document.querySelectorAll('#locuteurs button')].map((b) => {
    const label = b.querySelector('.genre');
    return [b.querySelector('.nom').textContent, label ? label.textContent : null, label ? label.title : null];
  }),
  visible: document.querySelector('#graphe-genres').getBoundingClientRect().width > 100,
  chartName: document.querySelector('#graphe-genres').getAttribute('aria-labelledby'),
})"""


def analyse(page, text: str) -> dict:
    page.fill("#texte", text)
    page.click("#analyser")
    page.wait_for_selector("#resultat:not([hidden])")
    return page.evaluate(READ_GENDERS)


def test_gender_summary_table_and_chart(tmp_path):
    require_chromium()
    app = create_app(Settings(load_model=False), analyzer=GenderPageAnalyzer())
    with serve(app) as url, browser_page(tmp_path / "profile") as page:
        page.goto(url + "/")
        drawn = analyse(page, TEXT)
        rows = {row["genre"]: row["cells"] for row in drawn["rows"]}
        assert rows == {
            "female": ["Femmes", "3", "1"],
            "male": ["Hommes", "1", "1"],
            "unknown": ["Genre inconnu", "0", "0"],
            "other": ["Organisations", "1", "1"],
        }
        bars = {(b["genre"], b["mesure"]): b for b in drawn["bars"]}
        assert bars[("female", "citations")]["valeur"] == 3 and bars[("male", "citations")]["valeur"] == 1
        # one scale for every bar: 3 quotes draw three times as long as 1
        assert bars[("female", "citations")]["width"] == pytest.approx(
            3 * bars[("male", "citations")]["width"], abs=1
        )
        assert bars[("unknown", "citations")]["width"] == 0
        assert bars[("female", "locuteurs")]["width"] == pytest.approx(
            bars[("male", "citations")]["width"], abs=1
        )
        assert drawn["summary"] == (
            "Femmes : 75 % des citations dont le genre du locuteur est connu (3 sur 4). "
            "1 citation sans locuteur identifié."
        )
        assert drawn["labels"] == [
            ["Léa Morin", "femme", "d'après « Mme »"],
            ["Paul Roy", "homme", "d'après « M. »"],
            ["la préfecture", None, None],
            ["Locuteur inconnu", None, None],
        ]
        assert drawn["visible"] and drawn["chartName"] == "titre-genres resume-genres"
        screenshot(page, "page-genders.png")
        assert page.errors == []


@pytest.mark.model
def test_gender_summary_with_the_real_engine(real_app, tmp_path):
    require_chromium()
    with serve(real_app) as url, browser_page(tmp_path / "profile") as page:
        page.set_default_timeout(300_000)
        answer = requests.post(url + "/v1/attributions", json={"text": TEXT}, timeout=300).json()
        by_id = {s["id"]: s for s in answer["speakers"]}
        expected = {"female": 0, "male": 0}
        for quote in answer["quotes"]:
            speaker = by_id.get((quote["speaker"] or {}).get("id"))
            if speaker and speaker["gender"] in expected:
                expected[speaker["gender"]] += 1
        assert expected["female"] >= 2 and expected["male"] >= 1  # Mme Morin and M. Roy, by their honorifics
        page.goto(url + "/")
        drawn = analyse(page, TEXT)
        rows = {row["genre"]: row["cells"] for row in drawn["rows"]}
        assert int(rows["female"][1]) == expected["female"] and int(rows["male"][1]) == expected["male"]
        assert page.errors == []
