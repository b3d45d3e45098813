"""openapi.yaml is generated from the schemas (`make openapi`) and must match the code."""

from __future__ import annotations

from pathlib import Path

import yaml

from service.openapi import generate

ROOT = Path(__file__).resolve().parents[1]


def test_committed_openapi_matches_code():
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert committed == generate(), "openapi.yaml is stale: run `make openapi` and commit it"


def test_spec_is_valid_openapi_and_covers_endpoints():
    spec = yaml.safe_load(generate())
    assert spec["openapi"] == "3.0.3"
    assert set(spec["paths"]) == {
        "/v1/attributions",
        "/v1/attributions/batch",
        "/v1/info",
        "/healthz",
        "/readyz",
    }
    quote = spec["components"]["schemas"]["Quote"]["properties"]
    assert {"id", "text", "start", "end", "type", "speaker", "cue", "confidence", "rule"} <= set(quote)
    body = spec["paths"]["/v1/attributions"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "text/plain"}


def test_served_spec_and_docs_page(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.get_data(as_text=True) == generate()
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert "/v1/attributions/batch" in html and "AttributionResponse" in html
    assert "http://" not in html and "https://" not in html and "<script" not in html  # no CDN, no network
