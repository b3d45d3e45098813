"""examples/cms-editor in headless Chromium: a page on another origin calls the API through CORS with
UTF-16 offsets and highlights the quotes in its text area (injected analyzer: a UI test)."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from service import create_app
from service.config import Settings
from tests.browser import browser_page, require_chromium, screenshot, serve, wait_until
from tests.conftest import ROOT
from tests.ui_fake import UI_TEXT, UiFakeAnalyzer

pytestmark = pytest.mark.slow


@pytest.fixture
def example_url():
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(ROOT / "examples" / "cms-editor"))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_cms_editor_example(example_url, tmp_path):
    require_chromium()
    app = create_app(Settings(load_model=False, cors_origins=(example_url,)), analyzer=UiFakeAnalyzer())
    with serve(app) as api, browser_page(tmp_path / "profile") as page:
        answer = requests.post(
            api + "/v1/attributions",
            timeout=30,
            json={"text": UI_TEXT, "options": {"offsets": "utf16", "include_indirect": False}},
        ).json()
        page.goto(f"{example_url}/index.html?api={api}")
        page.fill("#corps", UI_TEXT)
        page.click("#reperer")
        wait_until(page, "document.querySelectorAll('#liste button').length > 0")
        marks = page.evaluate("[...document.querySelectorAll('#fond mark')].map((m) => m.textContent)")
        assert marks == [quote["text"] for quote in answer["quotes"]]
        second = answer["quotes"][1]  # after two emoji: UTF-16 offsets select it exactly
        page.click(f"#liste button[data-quote='{second['id']}']")
        selected = page.evaluate(
            "(() => { const e = document.querySelector('#corps');"
            " return [e.selectionStart, e.selectionEnd, e.value.slice(e.selectionStart, e.selectionEnd)]; })()"
        )
        assert selected == [second["start"], second["end"], second["text"]]
        screenshot(page, "cms-editor.png")
        page.keyboard.press("End")
        page.keyboard.type(" !")
        assert page.text_content("#etat") == "Texte modifié : relancez l'analyse."
        assert page.evaluate("document.querySelectorAll('#fond mark').length") == 0
        assert page.errors == []
