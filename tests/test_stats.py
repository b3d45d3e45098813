"""`citations stats`: aggregates of a batch output, as a table and as JSON.

Most tests write result lines by hand in the API's shape (they are the command's input, not a stand-in
for the engine); the last runs `citations batch` with the shipped model and then `stats` on its output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from service import cli
from service.stats import read_results, summarize
from tests.conftest import ROOT


def speaker(sid: str, name: str, kind: str, gender: str | None, quote_ids: list[str]) -> dict:
    evidence = None
    if gender in ("female", "male"):
        evidence = {"kind": "honorific", "text": "Mme" if gender == "female" else "M.", "start": 0, "end": 2}
    return {
        "id": sid,
        "name": name,
        "kind": kind,
        "mentions": [],
        "quote_ids": quote_ids,
        "gender": gender,
        "gender_evidence": evidence,
    }


def quote(qid: str, sid: str | None) -> dict:
    ref = {"id": sid, "name": "", "mention": {"text": "", "start": 0, "end": 0}} if sid else None
    return {"id": qid, "text": "…", "start": 0, "end": 1, "type": "direct", "speaker": ref, "cue": None}


RESULTS = [
    {
        "id": "a",
        "quotes": [quote("q1", "s1"), quote("q2", "s1"), quote("q3", "s2"), quote("q4", None)],
        "speakers": [
            speaker("s1", "Léa Morin", "person", "female", ["q1", "q2"]),
            speaker("s2", "Paul Roy", "person", "male", ["q3"]),
        ],
    },
    {
        "id": "b",
        "quotes": [quote("q1", "s1"), quote("q2", "s2"), quote("q3", "s3")],
        "speakers": [
            speaker("s1", "Léa Morin", "person", "unknown", ["q1"]),  # this article says nothing
            speaker("s2", "la préfecture", "organization", None, ["q2"]),
            speaker("s3", "Sam Ott", "person", "unknown", ["q3"]),
        ],
    },
]


@pytest.fixture
def results_file(tmp_path):
    path = tmp_path / "results.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in RESULTS]
    path.write_text("\n".join([lines[0], "{not json", "", lines[1], '{"id": "x"}']) + "\n", encoding="utf-8")
    return path


def test_counts_shares_and_most_quoted(results_file):
    summary = summarize(read_results(results_file))
    assert (summary["documents"], summary["quotes"], summary["quotes_without_speaker"]) == (2, 7, 1)
    assert summary["speakers"] == 4  # Léa Morin in both articles is one speaker
    by_gender = summary["quotes_by_gender"]
    assert by_gender["female"]["count"] == 2 and by_gender["male"]["count"] == 1
    assert by_gender["unknown"]["count"] == 2 and by_gender["not a person"]["count"] == 1
    assert by_gender["female"]["share"] == pytest.approx(2 / 6)
    assert summary["women_share_of_gendered_quotes"] == pytest.approx(2 / 3)
    # Léa Morin is female where an article tells, even if another says nothing
    assert summary["speakers_by_gender"]["female"]["count"] == 1
    assert summary["speakers_by_gender"]["unknown"]["count"] == 1
    assert summary["speakers_by_kind"]["organization"]["count"] == 1
    assert summary["quotes_by_kind"]["person"]["count"] == 5
    top = summary["most_quoted"][0]
    assert top == {"name": "Léa Morin", "kind": "person", "gender": "female", "quotes": 3, "documents": 2}
    assert [(s["file"], s["line"]) for s in summary["skipped_lines"]] == [
        ("results.jsonl", 2),
        ("results.jsonl", 5),
    ]


def test_a_spark_jsonl_output_directory(tmp_path):
    """The Spark job writes part files (and _SUCCESS, .crc files) in a directory; exported rows may hold
    the result as a JSON string."""
    out = tmp_path / "results.jsonl"
    out.mkdir()
    (out / "part-00000.txt").write_text(json.dumps(RESULTS[0]) + "\n", encoding="utf-8")
    row = {"id": "b", "result": json.dumps(RESULTS[1])}
    (out / "part-00001.txt").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (out / "_SUCCESS").write_text("", encoding="utf-8")
    (out / ".part-00000.txt.crc").write_bytes(b"\x00\x01")
    summary = summarize(read_results(out))
    assert summary["documents"] == 2 and summary["quotes"] == 7 and summary["skipped_lines"] == []
    assert summary["most_quoted"][0]["documents"] == 2


def test_conflicting_articles_make_a_speaker_unknown(tmp_path):
    lines = [
        {
            "id": "a",
            "quotes": [quote("q1", "s1")],
            "speakers": [speaker("s1", "Alix Bret", "person", "female", ["q1"])],
        },
        {
            "id": "b",
            "quotes": [quote("q1", "s1")],
            "speakers": [speaker("s1", "Alix Bret", "person", "male", ["q1"])],
        },
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    summary = summarize(read_results(path))
    assert summary["most_quoted"][0]["gender"] == "unknown"
    assert summary["women_share_of_gendered_speakers"] is None


def test_command_line_table_and_json(results_file, capsys):
    assert cli.main(["stats", str(results_file)]) == 0
    table = capsys.readouterr().out
    assert "documents 2" in table and "Léa Morin" in table and "skipped lines: 2" in table
    assert "not an identity claim" in table
    assert cli.main(["stats", "--json", "--top", "1", str(results_file)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["quotes"] == 7 and len(payload["most_quoted"]) == 1
    assert cli.main(["stats", str(results_file.with_name("missing.jsonl"))]) == 2


@pytest.mark.model
@pytest.mark.slow
def test_stats_on_a_real_batch_output(tmp_path):
    articles = tmp_path / "articles.jsonl"
    texts = [
        "« Nous tiendrons les délais », a assuré Mme Varenne. « Le budget suivra », a-t-elle ajouté.",
        "« La digue a cédé », a expliqué le maire, Gérald Fourcade. « Nous rebâtirons », a promis la mairie.",
    ]
    articles.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "results.jsonl"
    run = [sys.executable, "-m", "service"]
    subprocess.run([*run, "batch", str(articles), str(out), "--no-progress"], cwd=ROOT, check=True)
    stats = subprocess.run([*run, "stats", "--json", str(out)], cwd=ROOT, check=True, capture_output=True)
    summary = json.loads(stats.stdout)
    assert summary["documents"] == 2 and summary["quotes"] == 4
    assert summary["quotes_by_gender"]["female"]["count"] == 2
    assert summary["quotes_by_gender"]["male"]["count"] == 1
    assert summary["women_share_of_gendered_quotes"] == pytest.approx(2 / 3)
