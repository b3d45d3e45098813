"""API keys, CORS, request ids and metrics, through the Flask test client."""

from __future__ import annotations

import pytest

from service import create_app
from service.config import Settings
from tests.fakes import FakeAnalyzer

TEXT = "Altman a dit «bonjour»."


@pytest.fixture
def keyed():
    app = create_app(Settings(load_model=False, api_keys=("k-one", "k-two")), analyzer=FakeAnalyzer())
    return app.test_client()


def test_api_key_required_on_api_routes(keyed):
    response = keyed.post("/v1/attributions", json={"text": TEXT})
    assert response.status_code == 401 and response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert keyed.get("/v1/info").status_code == 401
    assert keyed.get("/metrics").status_code == 401
    assert (
        keyed.post("/v1/attributions", json={"text": TEXT}, headers={"X-API-Key": "wrong"}).status_code == 401
    )
    assert (
        keyed.post(
            "/v1/attributions", json={"text": TEXT}, headers={"Authorization": "Bearer k-on"}
        ).status_code
        == 401
    )
    assert (
        keyed.post(
            "/v1/attributions", json={"text": TEXT}, headers={"Authorization": "Basic k-one"}
        ).status_code
        == 401
    )


def test_api_key_accepted_both_headers(keyed):
    assert (
        keyed.post(
            "/v1/attributions", json={"text": TEXT}, headers={"Authorization": "Bearer k-one"}
        ).status_code
        == 200
    )
    assert (
        keyed.post("/v1/attributions", json={"text": TEXT}, headers={"X-API-Key": "k-two"}).status_code == 200
    )
    assert keyed.get("/v1/info", headers={"X-API-Key": "k-one"}).status_code == 200


def test_health_docs_stay_open_with_keys(keyed):
    for path in ["/healthz", "/readyz", "/openapi.yaml", "/docs"]:
        assert keyed.get(path).status_code == 200, path
    assert keyed.get("/nowhere").status_code == 404  # unknown routes: 404, not 401


def test_no_keys_means_open(client):
    assert client.post("/v1/attributions", json={"text": TEXT}).status_code == 200


def test_cors_off_by_default(client):
    response = client.post("/v1/attributions", json={"text": TEXT}, headers={"Origin": "https://cms.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_allow_list():
    app = create_app(
        Settings(load_model=False, cors_origins=("https://cms.example",), api_keys=("k",)),
        analyzer=FakeAnalyzer(),
    )
    client = app.test_client()
    preflight = client.options(
        "/v1/attributions",
        headers={
            "Origin": "https://cms.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type, Authorization",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    allowed = client.post(
        "/v1/attributions", json={"text": TEXT}, headers={"Origin": "https://cms.example", "X-API-Key": "k"}
    )
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://cms.example"
    assert "X-Request-ID" in allowed.headers["Access-Control-Expose-Headers"]
    other = client.post(
        "/v1/attributions", json={"text": TEXT}, headers={"Origin": "https://evil.example", "X-API-Key": "k"}
    )
    assert "Access-Control-Allow-Origin" not in other.headers


def test_metrics_exposition(client):
    client.post("/v1/attributions", json={"text": TEXT})
    client.get("/nope")
    body = client.get("/metrics").get_data(as_text=True)
    assert 'citations_http_requests_total{method="POST",route="/v1/attributions",status="200"}' in body
    assert 'route="<unmatched>",status="404"' in body
    assert "citations_http_request_duration_seconds_bucket" in body
    assert "citations_http_requests_in_flight" in body
    assert "citations_model_load_seconds" in body


def test_cors_answers_vary_on_origin():
    app = create_app(
        Settings(load_model=False, cors_origins=("https://cms.example",)), analyzer=FakeAnalyzer()
    )
    client = app.test_client()
    for origin in [None, "https://cms.example", "https://evil.example"]:
        headers = {"Origin": origin} if origin else {}
        response = client.post("/v1/attributions", json={"text": TEXT}, headers=headers)
        assert "Origin" in response.headers.get("Vary", ""), origin


@pytest.mark.parametrize("path", ["/static//app.js", "/v1//info", "/healthz//"])
def test_no_redirect_built_from_the_host_header(client, path):
    response = client.get(path, headers={"Host": "evil.example"})
    assert "Location" not in response.headers
    assert "evil.example" not in response.get_data(as_text=True)
