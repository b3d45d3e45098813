"""Against a real gunicorn started with gunicorn.conf.py, over HTTP with requests.

`live_fake` serves the app with the HTTP-layer fake analyzer (error statuses, content types, workers
that keep serving); `live_real` serves service.wsgi:app with the shipped model (marked `model`)."""

from __future__ import annotations

import json

import pytest
import requests

from service.schemas import AttributionResponseSchema, BatchResponseSchema, ProblemSchema
from tests.fakes import BOOM, SLOW

pytestmark = pytest.mark.slow
PROBLEM = "application/problem+json"
TEXT = "Sam Altman a déclaré : «Je pense que c'est formidable»."


def check_problem(response: requests.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith(PROBLEM)
    body = response.json()
    assert ProblemSchema().validate(body) == {}
    assert body["status"] == status
    assert "Traceback" not in response.text
    return body


def still_serving(url: str) -> None:
    response = requests.post(url + "/v1/attributions", json={"text": TEXT}, timeout=30)
    assert response.status_code == 200, response.text


def test_endpoints(live_fake):
    url = live_fake.url
    assert requests.get(url + "/healthz", timeout=10).json() == {"status": "ok"}
    assert requests.get(url + "/readyz", timeout=10).status_code == 200
    assert requests.get(url + "/v1/info", timeout=10).json()["service"] == "citations"
    assert requests.get(url + "/openapi.yaml", timeout=10).text.startswith("openapi: 3.0.3")
    assert "<html" in requests.get(url + "/docs", timeout=10).text
    assert "citations_http_requests_total" in requests.get(url + "/metrics", timeout=10).text


def test_json_and_text_plain(live_fake, seed_text):
    url = live_fake.url
    as_json = requests.post(url + "/v1/attributions", json={"text": seed_text, "id": "seed"}, timeout=30)
    as_plain = requests.post(
        url + "/v1/attributions?id=seed",
        data=seed_text.encode(),
        headers={"Content-Type": "text/plain; charset=utf-8"},
        timeout=30,
    )
    assert as_json.status_code == as_plain.status_code == 200
    assert as_json.json() == as_plain.json()
    assert AttributionResponseSchema().validate(as_json.json()) == {}


def test_utf16_offsets(live_fake):
    text = "🎉 𝔄 Altman a dit «café 😀 crème» ok"
    body = requests.post(
        live_fake.url + "/v1/attributions", json={"text": text, "options": {"offsets": "utf16"}}, timeout=30
    ).json()
    units = text.encode("utf-16-le")
    quote = body["quotes"][0]
    assert (
        units[2 * quote["start"] : 2 * quote["end"]].decode("utf-16-le") == quote["text"] == "café 😀 crème"
    )


def test_batch_order(live_fake):
    docs = [{"id": str(i), "text": f"Musk a dit «{i}»."} for i in range(10)]
    body = requests.post(
        live_fake.url + "/v1/attributions/batch", json={"documents": docs}, timeout=30
    ).json()
    assert BatchResponseSchema().validate(body) == {}
    assert [r["id"] for r in body["results"]] == [d["id"] for d in docs]
    assert [r["quotes"][0]["text"] for r in body["results"]] == [d["id"] for d in docs]


@pytest.mark.parametrize(
    "method, path, kwargs, status",
    [
        (
            "post",
            "/v1/attributions",
            {"data": b'{"text": ', "headers": {"Content-Type": "application/json"}},
            400,
        ),
        ("post", "/v1/attributions", {"data": b"\xc3\x28", "headers": {"Content-Type": "text/plain"}}, 400),
        ("post", "/v1/attributions", {"data": b"x", "headers": {"Content-Type": "application/xml"}}, 415),
        (
            "post",
            "/v1/attributions",
            {"data": b"a" * 1_000_001, "headers": {"Content-Type": "text/plain"}},
            413,
        ),
        ("post", "/v1/attributions", {"json": {"text": "a" * 200_001}}, 413),
        ("post", "/v1/attributions", {"json": {"txt": "a"}}, 422),
        ("post", "/v1/attributions/batch", {"json": {"documents": []}}, 422),
        ("get", "/v1/nothing", {}, 404),
        ("get", "/v1/attributions", {}, 405),
        ("post", "/v1/attributions", {"json": {"text": f"a {BOOM}"}}, 500),
        ("post", "/v1/attributions", {"json": {"text": f"a {SLOW}"}}, 504),
    ],
)
def test_error_statuses_then_serving(live_fake, method, path, kwargs, status):
    response = getattr(requests, method)(live_fake.url + path, timeout=30, **kwargs)
    body = check_problem(response, status)
    if status == 500:
        assert "secret" not in response.text and "RuntimeError" not in response.text
    assert body.get("request_id") == response.headers["X-Request-ID"]
    still_serving(live_fake.url)


def test_chunked_body_over_the_limit_is_413(live_fake):
    def chunks(total: int):
        sent = 0
        while sent < total:
            piece = b"a" * min(65_536, total - sent)
            sent += len(piece)
            yield piece

    headers = {"Content-Type": "text/plain"}
    over = requests.post(
        live_fake.url + "/v1/attributions", data=chunks(1_000_001), headers=headers, timeout=30
    )
    check_problem(over, 413)
    text = "«Oui», a dit Musk."
    within = requests.post(
        live_fake.url + "/v1/attributions", data=iter([text.encode()]), headers=headers, timeout=30
    )
    assert within.status_code == 200 and within.json()["quotes"][0]["text"] == "Oui"
    still_serving(live_fake.url)


def test_logs_are_json_lines_without_text(live_fake):
    marker = "Texte-TRÈS-confidentiel-42"
    rid = "live-log-test-1"
    requests.post(
        live_fake.url + "/v1/attributions",
        json={"text": f"«{marker}»"},
        headers={"X-Request-ID": rid},
        timeout=30,
    )
    requests.get(live_fake.url + "/healthz", timeout=10)  # flush ordering
    stdout, stderr = live_fake.logs()
    assert marker not in stdout and marker not in stderr
    lines = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    mine = [line for line in lines if line.get("request_id") == rid]
    assert len(mine) == 1
    assert mine[0]["route"] == "/v1/attributions" and mine[0]["status"] == 200
    assert mine[0]["text_chars"] == len(marker) + 2 and mine[0]["duration_ms"] >= 0


# ------------------------------------------------------------------ the real model


@pytest.mark.model
def test_real_seed_article(live_real, seed_text):
    response = requests.post(
        live_real.url + "/v1/attributions",
        data=seed_text.encode(),
        headers={"Content-Type": "text/plain"},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert AttributionResponseSchema().validate(body) == {}
    assert body["model"]["parser"] == "shipped"
    assert body["quotes"], "the seed article has quotations"
    for quote in body["quotes"]:
        assert seed_text[quote["start"] : quote["end"]] == quote["text"]
    names = {speaker["name"] for speaker in body["speakers"]}
    assert any("Altman" in name for name in names), names


@pytest.mark.model
def test_real_readyz_info_batch(live_real, seed_text):
    ready = requests.get(live_real.url + "/readyz", timeout=10).json()
    assert ready["status"] == "ready"
    info = requests.get(live_real.url + "/v1/info", timeout=10).json()
    assert info["model"]["ready"] is True and info["model"]["version"] == ready["model"]["version"]
    docs = [
        {"id": "seed", "text": seed_text},
        {"id": "short", "text": "« Je reste », a déclaré la ministre."},
    ]
    body = requests.post(
        live_real.url + "/v1/attributions/batch", json={"documents": docs}, timeout=120
    ).json()
    assert BatchResponseSchema().validate(body) == {}
    assert [r["id"] for r in body["results"]] == ["seed", "short"]
