"""UI tests of the highlighter page in headless Chromium, with a deterministic injected analyzer.

These check the page's own logic (UTF-16 offsets past emoji, a colour per speaker, unknown speakers,
click and keyboard jumps, the JSON, the API key field), not the engine: tests/test_web_seed.py runs
the same page on the seed article with the shipped model."""

from __future__ import annotations

import json

import pytest
import requests

from service import create_app
from service.config import Settings
from tests.browser import (
    READ_PAGE,
    browser_page,
    check_page_matches,
    require_chromium,
    screenshot,
    serve,
    wait_until,
)
from tests.fakes import FakeAnalyzer
from tests.ui_fake import UI_TEXT, UiFakeAnalyzer

pytestmark = pytest.mark.slow
FOCUSED = "document.activeElement && document.activeElement.id"


@pytest.fixture(scope="module")
def ui_url():
    require_chromium()
    with serve(create_app(Settings(load_model=False), analyzer=UiFakeAnalyzer())) as url:
        yield url


def analyse(page, text: str) -> dict:
    page.fill("#texte", text)
    page.click("#analyser")
    page.wait_for_selector("#resultat:not([hidden])")
    return page.evaluate(READ_PAGE)


def test_highlights_match_the_api_with_astral_characters(ui_url, tmp_path):
    answer = requests.post(
        ui_url + "/v1/attributions", timeout=30, json={"text": UI_TEXT, "options": {"offsets": "utf16"}}
    ).json()
    # The fixture puts emoji before the quotes: UTF-16 offsets differ from code points there.
    assert answer["quotes"][0]["start"] != UI_TEXT.index("Le futur")
    with browser_page(tmp_path / "profile", permissions=["clipboard-read", "clipboard-write"]) as page:
        page.goto(ui_url + "/")
        drawn = analyse(page, UI_TEXT)
        check_page_matches(drawn, answer)
        assert [(s["name"], s["count"]) for s in drawn["speakers"]] == [
            ("Sam Altman", 2),
            ("Elon Musk", 3),
            ("Locuteur inconnu", 1),
        ]
        assert drawn["status"] == "6 citations, 2 locuteurs identifiés."
        # A partial quote inside reported speech: its pieces belong to both, innermost first.
        nested = [m for m in drawn["marks"] if len(m["quotes"]) > 1]
        assert {m["text"] for m in nested} == {"partira 🚀 bientôt"} and nested[0]["quotes"] == ["q6", "q5"]
        assert json.loads(drawn["json"]) == answer
        page.click("#json-bloc summary")
        page.click("#copier")
        wait_until(page, "document.querySelector('#etat').textContent.includes('JSON')")
        assert json.loads(page.evaluate("navigator.clipboard.readText()")) == answer
        screenshot(page, "page-ui.png")
        assert page.errors == []


def test_click_and_keyboard_jump_to_quotes(ui_url, tmp_path):
    with browser_page(tmp_path / "profile") as page:
        page.goto(ui_url + "/")
        analyse(page, UI_TEXT)
        altman = page.locator("#locuteurs button[data-speaker='s1']")
        altman.click()
        assert page.evaluate(FOCUSED) == "citation-q1"
        altman.click()  # the next quote of the same speaker
        assert page.evaluate(FOCUSED) == "citation-q3"
        assert "Sam Altman : citation 2 sur 2" in page.text_content("#etat")
        musk = page.locator("#locuteurs button[data-speaker='s2']")
        for expected in ("citation-q2", "citation-q5", "citation-q6"):  # the nested quotes too
            musk.click()
            assert page.evaluate(FOCUSED) == expected
        page.click("#locuteurs button[data-speaker='']")
        assert page.evaluate(FOCUSED) == "citation-q4"
        # Keyboard only: focus a quote in the side list and press Enter.
        page.focus("#citations button[data-quote='q2']")
        page.keyboard.press("Enter")
        assert page.evaluate(FOCUSED) == "citation-q2"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", "the focused quote must show a focus ring"
        assert page.text_content("#citation-q2").startswith("Non 🚀")
        assert page.errors == []


def test_keyboard_submit_labels_and_live_status(ui_url, tmp_path):
    with browser_page(tmp_path / "profile") as page:
        page.goto(ui_url + "/")
        assert page.get_attribute("html", "lang") == "fr"
        unlabelled = page.evaluate("""[...document.querySelectorAll('input, textarea, select')]
            .filter((c) => !c.labels || c.labels.length === 0).map((c) => c.id)""")
        assert unlabelled == []
        assert page.get_attribute("#etat", "aria-live") == "polite"
        # Empty text: an error in the live region, focus back on the text area.
        page.click("#analyser")
        assert "Collez un article" in page.text_content("#etat")
        assert page.evaluate(FOCUSED) == "texte"
        page.keyboard.type("« Bonjour 👋 », a déclaré Sam Altman.")
        for _ in range(12):  # Tab through the form up to the button, then Enter
            page.keyboard.press("Tab")
            if page.evaluate(FOCUSED) == "analyser":
                break
        assert page.evaluate(FOCUSED) == "analyser"
        page.keyboard.press("Enter")
        page.wait_for_selector("#resultat:not([hidden])")
        assert page.text_content("#etat") == "1 citation, 1 locuteur identifié."
        assert page.text_content("#citation-q1") == "Bonjour 👋"
        assert page.errors == []


def test_text_file_upload(ui_url, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(UI_TEXT, encoding="utf-8")
    with browser_page(tmp_path / "profile") as page:
        page.goto(ui_url + "/")
        page.set_input_files("#fichier", str(article))
        wait_until(page, "document.querySelector('#texte').value.length > 0")
        assert page.input_value("#texte") == UI_TEXT
        assert "article.txt" in page.text_content("#etat")


def test_api_key_field(tmp_path):
    require_chromium()
    app = create_app(Settings(load_model=False, api_keys=("s3cret",)), analyzer=UiFakeAnalyzer())
    with serve(app) as url, browser_page(tmp_path / "profile") as page:
        page.goto(url + "/")  # the page itself is public
        wait_until(page, "document.querySelector('#etat').textContent.includes('clé')")
        assert page.evaluate("document.querySelector('#cle-bloc').open")
        page.fill("#texte", UI_TEXT)
        page.fill("#cle", "wrong")
        page.click("#analyser")
        wait_until(page, "document.querySelector('#etat').classList.contains('erreur')")
        assert "clé d'API" in page.text_content("#etat")
        page.fill("#cle", "s3cret")
        page.click("#analyser")
        page.wait_for_selector("#resultat:not([hidden])")
        assert page.text_content("#etat").startswith("6 citations")
        page.reload()  # kept for the tab (sessionStorage), not in localStorage
        assert page.input_value("#cle") == "s3cret"
        assert page.evaluate("localStorage.length") == 0


def test_model_not_ready_and_text_too_long(tmp_path):
    require_chromium()
    loading = create_app(Settings(load_model=False), analyzer=FakeAnalyzer(ready=False))
    small = create_app(Settings(load_model=False, max_text_chars=50), analyzer=UiFakeAnalyzer())
    with serve(loading) as loading_url, serve(small) as small_url, browser_page(tmp_path / "profile") as page:
        page.goto(loading_url + "/")
        wait_until(page, "document.querySelector('#etat').textContent.includes('chargement')")
        page.fill("#texte", UI_TEXT)
        page.click("#analyser")
        wait_until(page, "document.querySelector('#etat').classList.contains('erreur')")
        assert "pas encore prêt" in page.text_content("#etat")
        page.goto(small_url + "/")
        page.fill("#texte", UI_TEXT)
        page.click("#analyser")
        wait_until(page, "document.querySelector('#etat').classList.contains('erreur')")
        assert page.text_content("#etat").startswith("Le texte est trop long")
        assert page.is_enabled("#analyser")
        assert page.errors == []
