"""The command line with the shipped model: `attribute` and `batch` on the seed article and on a
1,000-line JSONL file, through `python -m service` as a user runs it."""

from __future__ import annotations

import json

import pytest

from service.schemas import AttributionResponseSchema
from tests.conftest import SEED
from tests.test_cli import FAILING, make_jsonl, read_jsonl, run_cli

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_attribute_seed_json_is_the_api_response(real_client, seed_text):
    done = run_cli("attribute", "--json", "--offsets", "utf16", str(SEED))
    assert done.returncode == 0, done.stderr
    api = real_client.post("/v1/attributions", json={"text": seed_text, "options": {"offsets": "utf16"}})
    assert done.stdout == api.get_data(as_text=True)
    assert json.loads(done.stdout)["quotes"], "the seed article has quotations"


def test_attribute_seed_table(real_client, seed_text):
    done = run_cli("attribute", str(SEED), env={"COLUMNS": "140"})
    assert done.returncode == 0, done.stderr
    answer = real_client.post("/v1/attributions", json={"text": seed_text}).get_json()
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["#", "type", "speaker", "cue", "conf.", "quote"]
    rows = lines[2 : lines.index("")]  # the table, then a blank line and the speakers
    assert [row.split()[0] for row in rows] == [str(n) for n in range(1, len(answer["quotes"]) + 1)]
    for speaker in answer["speakers"]:
        if speaker["quote_ids"]:
            assert f"{speaker['name']} ({len(speaker['quote_ids'])})" in done.stdout


def test_batch_seed_is_the_api_response(real_client, seed_text, tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(
        json.dumps({"id": "seed", "text": seed_text}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    done = run_cli("batch", str(source), str(out))
    assert done.returncode == 0, done.stderr
    api = real_client.post("/v1/attributions", json={"id": "seed", "text": seed_text})
    assert out.read_text(encoding="utf-8") == api.get_data(as_text=True)
    assert "1 written" in done.stderr and "0 failed" in done.stderr


def test_batch_1000_lines_two_workers_and_resume(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    valid = make_jsonl(source)
    expected = set(valid) | {"d90"}  # the real analyzer has no trouble with the fake's failure marker
    done = run_cli("batch", str(source), str(out), "--workers", "2", "--batch-size", "16", timeout=1500)
    assert done.returncode == 1, done.stderr  # the malformed lines and repeated ids
    assert "1000/1000" in done.stderr
    assert f"documents: 1000 input lines, {len(expected)} written" in done.stderr
    assert f"{len(FAILING) - 1} failed" in done.stderr
    results = read_jsonl(out)
    assert sorted(r["id"] for r in results) == sorted(expected)
    assert all(AttributionResponseSchema().validate(r) == {} for r in results)
    assert any(r["quotes"] and r["quotes"][0]["speaker"] for r in results)
    again = run_cli("batch", str(source), str(out), "--workers", "2")
    assert f"0 written to {out}, {len(expected)} skipped" in again.stderr
    assert len(read_jsonl(out)) == len(expected)
