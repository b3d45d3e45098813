"""The page at / and its assets, through the Flask test client (no browser)."""

from __future__ import annotations

import re

from service import create_app
from service.config import Settings
from tests.fakes import FakeAnalyzer


def test_page_and_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert '<html lang="fr">' in html
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    for asset, mimetype in (("static/app.js", "text/javascript"), ("static/app.css", "text/css")):
        assert asset in html
        response = client.get("/" + asset)
        assert response.status_code == 200 and response.mimetype == mimetype
        # Works offline: nothing is loaded from another origin.
        assert not re.search(r"https?://", response.get_data(as_text=True))
    assert not re.search(r"(src|href)=\"https?://", html)
    assert 'offsets: "utf16"' in client.get("/static/app.js").get_data(as_text=True)


def test_page_is_public_when_api_keys_are_set():
    client = create_app(Settings(load_model=False, api_keys=("k",)), analyzer=FakeAnalyzer()).test_client()
    assert client.get("/").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    assert client.post("/v1/attributions", json={"text": "x"}).status_code == 401


def test_missing_asset_is_a_problem(client):
    response = client.get("/static/absent.js")
    assert response.status_code == 404 and response.mimetype == "application/problem+json"
