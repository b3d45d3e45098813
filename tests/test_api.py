"""The HTTP contract through the Flask test client (fake analyzer: HTTP-layer behaviour only)."""

from __future__ import annotations

import json

import pytest

from service import create_app
from service.config import Settings
from service.schemas import AttributionResponseSchema, BatchResponseSchema, ProblemSchema
from tests.fakes import BOOM, FakeAnalyzer

PROBLEM = "application/problem+json"
TEXT = "Sam Altman a déclaré : «Je pense que c'est formidable». Puis «encore»."


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM
    body = response.get_json(force=True)
    assert ProblemSchema().validate(body) == {}
    assert body["status"] == status
    assert body["title"] and body["type"] and body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_ready(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json()["model"] == {"parser": "fake", "version": "fake000"}


def test_readyz_not_ready_then_attribution_503():
    app = create_app(Settings(load_model=False), analyzer=FakeAnalyzer(ready=False))
    client = app.test_client()
    body = assert_problem(client.get("/readyz"), 503)
    assert "not loaded" in body["detail"]
    assert_problem(client.post("/v1/attributions", json={"text": TEXT}), 503)
    assert_problem(client.post("/v1/attributions/batch", json={"documents": [{"text": TEXT}]}), 503)
    assert client.get("/healthz").status_code == 200
    assert client.get("/v1/info").get_json()["model"]["ready"] is False


def test_attribution_json(client):
    response = client.post("/v1/attributions", json={"text": TEXT, "id": "a1"})
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert AttributionResponseSchema().validate(body) == {}
    assert body["id"] == "a1"
    assert body["model"] == {"parser": "fake", "version": "fake000"}
    assert [q["text"] for q in body["quotes"]] == ["Je pense que c'est formidable", "encore"]
    for quote in body["quotes"]:
        assert TEXT[quote["start"] : quote["end"]] == quote["text"]
        assert quote["rule"] == "fake"
        assert TEXT[quote["cue"]["start"] : quote["cue"]["end"]] == quote["cue"]["text"]
    assert body["speakers"][0]["quote_ids"] == ["q1", "q2"]
    assert list(body) == ["id", "quotes", "speakers", "model"]


def test_attribution_text_plain(client, fake):
    response = client.post(
        "/v1/attributions?id=p1&include_indirect=false&offsets=utf16",
        data=TEXT.encode(),
        content_type="text/plain; charset=utf-8",
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["id"] == "p1"
    assert len(body["quotes"]) == 2
    assert fake.calls[-1] == [TEXT]


def test_id_is_null_when_absent(client):
    assert client.post("/v1/attributions", json={"text": TEXT}).get_json()["id"] is None


def test_empty_and_blank_text_need_no_parse(client, fake):
    for text in ["", "   \n\t"]:
        body = client.post("/v1/attributions", json={"text": text}).get_json()
        assert body["quotes"] == [] and body["speakers"] == []
    assert fake.calls == []


def test_utf16_offsets_with_emoji_and_non_bmp(client):
    text = "😀🇫🇷 𝕏 Altman a dit «Bonjour 🌍 le 𠜎 monde» et «fin»."
    codepoint = client.post("/v1/attributions", json={"text": text}).get_json()
    utf16 = client.post("/v1/attributions", json={"text": text, "options": {"offsets": "utf16"}}).get_json()
    units = text.encode("utf-16-le")
    for cp_quote, u_quote in zip(codepoint["quotes"], utf16["quotes"], strict=True):
        assert text[cp_quote["start"] : cp_quote["end"]] == cp_quote["text"]
        assert units[2 * u_quote["start"] : 2 * u_quote["end"]].decode("utf-16-le") == u_quote["text"]
        mention = u_quote["speaker"]["mention"]
        assert units[2 * mention["start"] : 2 * mention["end"]].decode("utf-16-le") == mention["text"]
        cue = u_quote["cue"]
        assert units[2 * cue["start"] : 2 * cue["end"]].decode("utf-16-le") == cue["text"]
    assert utf16["quotes"][0]["start"] > codepoint["quotes"][0]["start"]
    for mention in utf16["speakers"][0]["mentions"]:
        assert units[2 * mention["start"] : 2 * mention["end"]].decode("utf-16-le") == mention["text"]


def test_control_characters_reach_parser_as_spaces_but_offsets_are_exact(client, fake):
    text = "A\x00b\r\nAltman a dit «x\x01y\u200bz» \x7f."
    body = client.post("/v1/attributions", json={"text": text}).get_json()
    assert "\x00" not in fake.calls[-1][0] and len(fake.calls[-1][0]) == len(text)
    quote = body["quotes"][0]
    assert quote["text"] == text[quote["start"] : quote["end"]] == "x\x01y\u200bz"


def test_batch_order_and_one_pass(client, fake):
    docs = [{"id": f"d{i}", "text": f"Musk a dit «phrase {i}»."} for i in range(5)]
    docs.insert(2, {"id": "blank", "text": "  "})
    response = client.post("/v1/attributions/batch", json={"documents": docs})
    assert response.status_code == 200
    body = response.get_json()
    assert BatchResponseSchema().validate(body) == {}
    assert [r["id"] for r in body["results"]] == [d["id"] for d in docs]
    for doc, result in zip(docs, body["results"], strict=True):
        assert [q["text"] for q in result["quotes"]] == ([doc["text"][12:-2]] if doc["id"] != "blank" else [])
    assert len(fake.calls) == 1 and len(fake.calls[0]) == 5


def test_batch_utf16(client):
    text = "🙂 Musk a dit «ok»."
    body = client.post(
        "/v1/attributions/batch", json={"documents": [{"text": text}], "options": {"offsets": "utf16"}}
    ).get_json()
    quote = body["results"][0]["quotes"][0]
    assert (quote["start"], quote["end"]) == (15, 17)


def test_info(client):
    body = client.get("/v1/info").get_json()
    assert body["service"] == "citations"
    assert body["limits"]["max_text_chars"] == 200_000
    assert body["limits"]["max_body_bytes"] == 1_000_000
    assert body["model"]["ready"] is True


def test_model_scores_from_model_card(tmp_path):
    from service.api.routes import model_scores

    card = tmp_path / "MODEL.md"
    card.write_text('x\n```json\n{"las": 0.1}\n```\ny\n```json\n{"las": 0.9, "uas": 0.95}\n```\n')
    assert model_scores(str(card)) == {"las": 0.9, "uas": 0.95}
    (tmp_path / "none.md").write_text("no block")
    assert model_scores(str(tmp_path / "none.md")) is None
    assert model_scores(str(tmp_path / "absent.md")) is None


# ------------------------------------------------------------------ errors


def test_400_malformed_json(client):
    body = assert_problem(
        client.post("/v1/attributions", data='{"text": ', content_type="application/json"), 400
    )
    assert "Malformed JSON" in body["detail"]
    assert_problem(client.post("/v1/attributions", data="[" * 100_000, content_type="application/json"), 400)
    assert_problem(
        client.post("/v1/attributions", data='{"text": NaN}', content_type="application/json"), 400
    )


def test_400_invalid_utf8_and_charset(client):
    assert_problem(client.post("/v1/attributions", data=b"\xff\xfe caf\xe9", content_type="text/plain"), 400)
    assert_problem(
        client.post("/v1/attributions", data=b'{"text": "caf\xe9"}', content_type="application/json"), 400
    )
    body = assert_problem(
        client.post(
            "/v1/attributions", data="café".encode("latin-1"), content_type="text/plain; charset=iso-8859-1"
        ),
        400,
    )
    assert "charset" in body["detail"]


@pytest.mark.parametrize(
    "content_type", ["application/xml", "multipart/form-data; boundary=x", "", "text/html"]
)
def test_415(client, content_type):
    kwargs = {"content_type": content_type} if content_type else {}
    assert_problem(client.post("/v1/attributions", data="<a>b</a>", **kwargs), 415)


def test_415_batch_text_plain(client):
    assert_problem(client.post("/v1/attributions/batch", data="x", content_type="text/plain"), 415)


def test_413_body_and_text(client):
    assert_problem(client.post("/v1/attributions", data="a" * 1_000_001, content_type="text/plain"), 413)
    body = assert_problem(client.post("/v1/attributions", json={"text": "é" * 200_001}), 413)
    assert "200000" in body["detail"]
    assert_problem(
        client.post("/v1/attributions/batch", json={"documents": [{"text": "a"}, {"text": "a" * 200_001}]}),
        413,
    )
    at_the_limit = ("Il a dit « oui ». " * 12_000)[:200_000]
    assert client.post("/v1/attributions", json={"text": at_the_limit}).status_code == 200


def test_413_configurable():
    app = create_app(
        Settings(load_model=False, max_body_bytes=100, max_text_chars=10), analyzer=FakeAnalyzer()
    )
    client = app.test_client()
    assert_problem(client.post("/v1/attributions", json={"text": "x" * 200}), 413)
    assert_problem(client.post("/v1/attributions", json={"text": "x" * 11}), 413)
    assert client.post("/v1/attributions", json={"text": "x" * 10}).status_code == 200


@pytest.mark.parametrize(
    "payload, field",
    [
        ({}, "text"),
        ({"text": 3}, "text"),
        ({"text": "a", "options": {"offsets": "bytes"}}, "options"),
        ({"text": "a", "options": {"include_indirect": "maybe"}}, "options"),
        ({"text": "a", "extra": 1}, "extra"),
        ({"text": "a\ud800b"}, "text"),
        ({"text": "a", "id": "x" * 300}, "id"),
    ],
)
def test_422_fields(client, payload, field):
    body = assert_problem(
        client.post("/v1/attributions", data=json.dumps(payload), content_type="application/json"), 422
    )
    assert field in body["errors"]


def test_422_not_an_object(client):
    assert_problem(client.post("/v1/attributions", json=["text"]), 422)


def test_422_query_for_text_plain(client):
    body = assert_problem(
        client.post("/v1/attributions?offsets=bytes", data="x", content_type="text/plain"), 422
    )
    assert "offsets" in body["errors"]


def test_422_batch(client):
    assert_problem(client.post("/v1/attributions/batch", json={"documents": []}), 422)
    assert_problem(client.post("/v1/attributions/batch", json={"documents": [{"text": "a"}] * 65}), 422)
    body = assert_problem(client.post("/v1/attributions/batch", json={"documents": [{"id": "x"}]}), 422)
    assert body["errors"] == {"documents": {"0": {"text": ["Missing data for required field."]}}}
    app = create_app(Settings(load_model=False, max_batch_documents=2), analyzer=FakeAnalyzer())
    assert_problem(
        app.test_client().post("/v1/attributions/batch", json={"documents": [{"text": "a"}] * 3}), 422
    )


def test_batch_limit_comes_from_the_setting(monkeypatch):
    monkeypatch.setenv("MAX_BATCH_DOCUMENTS", "100")
    fake = FakeAnalyzer()
    client = create_app(Settings(load_model=False), analyzer=fake).test_client()
    docs = [{"id": str(i), "text": f"Musk a dit «{i}»."} for i in range(101)]
    response = client.post("/v1/attributions/batch", json={"documents": docs[:80]})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert [r["id"] for r in response.get_json()["results"]] == [str(i) for i in range(80)]
    body = assert_problem(client.post("/v1/attributions/batch", json={"documents": docs}), 422)
    assert "100" in body["detail"] and "documents" in body["errors"]
    assert client.get("/v1/info").get_json()["limits"]["max_batch_documents"] == 100
    assert len(fake.calls) == 1  # the rejected batch was not analysed


def test_404_405(client):
    assert_problem(client.get("/nope"), 404)
    body = assert_problem(client.get("/v1/attributions"), 405)
    assert body["status"] == 405
    assert "POST" in client.get("/v1/attributions").headers["Allow"]
    assert_problem(client.delete("/healthz"), 405)


def test_500_hides_internals_and_app_keeps_serving(client, caplog):
    response = client.post("/v1/attributions", json={"text": f"x {BOOM}"})
    body = assert_problem(response, 500)
    text = response.get_data(as_text=True)
    assert "secret" not in text and "RuntimeError" not in text and "passwd" not in text
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert client.post("/v1/attributions", json={"text": TEXT}).status_code == 200
    assert any("unhandled RuntimeError" in r.getMessage() for r in caplog.records)


def test_504_timeout_then_serving(fake):
    from tests.fakes import SLOW

    app = create_app(Settings(load_model=False, request_timeout_s=0.3), analyzer=fake)
    client = app.test_client()
    body = assert_problem(client.post("/v1/attributions", json={"text": f"a {SLOW}"}), 504)
    assert "0.3" in body["detail"]
    assert client.post("/v1/attributions", json={"text": TEXT}).status_code == 200


def test_request_id_echo_and_generation(client):
    response = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert response.headers["X-Request-ID"] == "abc-123"
    generated = client.get("/healthz", headers={"X-Request-ID": "bad id <script>"}).headers["X-Request-ID"]
    assert len(generated) == 32


def test_access_log_line_has_no_text(client, caplog):
    caplog.set_level("INFO", logger="citations.access")
    secret = "Ceci est un texte confidentiel «qu'il ne faut pas journaliser»"
    client.post("/v1/attributions", json={"text": secret}, headers={"X-Request-ID": "rid-1"})
    records = [r for r in caplog.records if r.name == "citations.access"]
    assert records
    record = records[-1]
    assert record.request_id == "rid-1" and record.status == 200 and record.route == "/v1/attributions"
    assert record.text_chars == len(secret) and record.duration_ms >= 0
    assert all(
        "confidentiel" not in r.getMessage() and "confidentiel" not in str(vars(r)) for r in caplog.records
    )


def test_request_during_model_load_waits_for_it():
    import time

    class SlowLoading(FakeAnalyzer):
        def load(self):
            time.sleep(0.5)
            self.ready = True

    app = create_app(Settings(load_model=True), analyzer=SlowLoading(ready=False))
    client = app.test_client()
    assert client.get("/readyz").status_code == 503
    started = time.monotonic()
    assert client.post("/v1/attributions", json={"text": TEXT}).status_code == 200
    assert time.monotonic() - started < 5
    assert client.get("/readyz").status_code == 200


def test_info_gives_the_model_cards_scores(client):
    from service.nlp.stanza_parser import DEFAULT_MODEL_DIR

    scores = client.get("/v1/info").get_json()["model"]["scores"]
    card = (DEFAULT_MODEL_DIR / "MODEL.md").read_text(encoding="utf-8")
    las = scores["gsd_test"]["LAS"]
    assert 0 < las <= 100 and f'"LAS": {las}' in card
