"""The API with the REAL analyzer: the shipped model (marked `model`), and a missing or corrupt model."""

from __future__ import annotations

import logging
import time

import pytest

from service import create_app
from service.config import Settings
from service.schemas import AttributionResponseSchema


def _settle(app, timeout: float = 120) -> None:
    state = app.extensions["citations"]
    deadline = time.monotonic() + timeout
    while (state.loading or (not state.ready and state.error is None)) and time.monotonic() < deadline:
        time.sleep(0.1)


@pytest.mark.parametrize("kind", ["missing", "corrupt"])
def test_bad_model_dir_gives_503_and_a_clear_log_line(tmp_path, caplog, kind):
    caplog.set_level(logging.ERROR, logger="citations.model")
    model_dir = tmp_path / "model"
    if kind == "corrupt":
        model_dir.mkdir()
        (model_dir / "resources.json").write_text("{}")  # as in models/fr: only the .pt files are bad
        for name in ["tokenize.pt", "mwt.pt", "pos.pt", "lemma.pt", "depparse.pt", "pretrain.pt"]:
            (model_dir / name).write_bytes(b"not a torch file")
    app = create_app(Settings(model_dir=str(model_dir), load_model=True))
    _settle(app)
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.mimetype == "application/problem+json"
    assert "model not found or corrupt" in ready.get_json()["detail"]
    response = client.post("/v1/attributions", json={"text": "« Bonjour », dit-il."})
    assert response.status_code == 503 and response.mimetype == "application/problem+json"
    messages = [r.getMessage() for r in caplog.records if r.name == "citations.model"]
    assert any(
        "MODEL NOT LOADED" in m and "ModelNotFoundError" in m and str(model_dir) in m for m in messages
    )


@pytest.mark.model
def test_seed_article_validates_against_response_schema(real_client, seed_text):
    response = real_client.post("/v1/attributions", json={"text": seed_text, "id": "seed"})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert AttributionResponseSchema().validate(body) == {}
    assert body["id"] == "seed" and body["quotes"]
    for quote in body["quotes"]:
        assert seed_text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["type"] in {"direct", "partial", "indirect"}
        assert quote["rule"]
    quote_ids = {quote["id"] for quote in body["quotes"]}
    for speaker in body["speakers"]:
        assert set(speaker["quote_ids"]) <= quote_ids
        for mention in speaker["mentions"]:
            assert seed_text[mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.model
def test_real_utf16_and_indirect_toggle(real_client):
    text = "😀 « Nous allons gagner 🚀 », a déclaré Marie Dupont. Le maire a affirmé que la route rouvrira."
    cp = real_client.post("/v1/attributions", json={"text": text}).get_json()
    u16 = real_client.post(
        "/v1/attributions", json={"text": text, "options": {"offsets": "utf16"}}
    ).get_json()
    units = text.encode("utf-16-le")
    assert len(cp["quotes"]) == len(u16["quotes"]) >= 1
    for quote in u16["quotes"]:
        assert units[2 * quote["start"] : 2 * quote["end"]].decode("utf-16-le") == quote["text"]
    direct_only = real_client.post(
        "/v1/attributions", json={"text": text, "options": {"include_indirect": False}}
    ).get_json()
    assert all(quote["type"] != "indirect" for quote in direct_only["quotes"])
