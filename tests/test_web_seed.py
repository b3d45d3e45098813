"""The highlighter page on the seed article in headless Chromium, against the real service (gunicorn,
service.wsgi:app, the shipped model): what the page draws is the API's answer for the same text."""

from __future__ import annotations

import json

import pytest
import requests

from tests.browser import READ_PAGE, browser_page, check_page_matches, require_chromium, screenshot
from tests.conftest import SEED

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_seed_article_in_chromium(live_real, seed_text, tmp_path):
    require_chromium()
    answer = requests.post(
        live_real.url + "/v1/attributions",
        timeout=300,
        json={"text": seed_text, "options": {"offsets": "utf16"}},
    ).json()
    assert answer["quotes"], "the seed article has quotations"
    with browser_page(tmp_path / "profile") as page:
        page.set_default_timeout(300_000)  # a cold parse on a busy CPU
        page.goto(live_real.url + "/")
        page.set_input_files("#fichier", str(SEED))
        page.locator("#etat").filter(has_text="altman-trump-fr.txt").wait_for()
        assert page.input_value("#texte") == seed_text
        page.click("#analyser")
        page.wait_for_selector("#resultat:not([hidden])")
        drawn = page.evaluate(READ_PAGE)
        check_page_matches(drawn, answer)
        assert json.loads(drawn["json"]) == answer
        first = answer["quotes"][0]
        page.click(f"#citations button[data-quote='{first['id']}']")
        assert page.evaluate("document.activeElement.id") == f"citation-{first['id']}"
        screenshot(page, "page-seed.png")
        assert page.errors == []
