"""The command line's machinery, runnable without the model: attribute's output (byte-identical to the
API for the same analyzer), batch's resume, bad lines, summary, progress, workers, and serve.

The analyzer is injected (tests.fakes / tests.cli_fake): these tests say nothing about attribution
quality; tests/test_cli_model.py runs the same commands with the shipped model."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from service import cli, create_app
from service.config import Settings
from service.schemas import AttributionResponseSchema
from tests.cli_fake import CRASH
from tests.conftest import ROOT, free_port
from tests.fakes import BOOM, FakeAnalyzer

TEXTS = [
    "« Je reste », a déclaré Sam Altman.",
    "Selon le maire, la route sera rouverte lundi.",
    "🎉 Musk a écrit : « Non 🚀, pas encore ». Puis « c'est fini », a dit Altman.",
    "Aucune citation ici.",
    "   ",
]
FAILING = {10, 20, 30, 40, 50, 60, 70, 80, 90}  # line indexes (0-based) that must fail, see make_jsonl


def make_jsonl(path: Path, count: int = 1000) -> dict[str, str]:
    """COUNT non-blank lines (and one blank): malformed lines, repeated ids and a document that makes
    the analyzer raise among valid documents. Returns the valid documents, id -> text."""
    valid: dict[str, str] = {}
    lines: list[bytes] = []
    for i in range(count):
        doc_id, text = f"d{i}", TEXTS[i % len(TEXTS)] + f" ({i})"
        special = {
            10: b"{not json",
            20: b'{"id": "x20"}',
            30: b'{"id": true, "text": "a"}',
            40: b'{"id": "bad-utf8", "text": "caf\xe9"}',
            50: b'["a list"]',
        }
        if i in special:
            lines.append(special[i])
            continue
        if i in (60, 70, 80):
            doc_id = f"d{i - 1}"  # a repeated id: the first one counts
        elif i == 90:
            text = f"« {BOOM} »"
        else:
            valid[doc_id] = text
        lines.append(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False).encode())
        if i == 500:
            lines.append(b"")
    path.write_bytes(b"\n".join(lines) + b"\n")
    return valid


def api_bytes(text: str, doc_id: str | None = None, offsets: str = "codepoint") -> str:
    client = create_app(Settings(load_model=False), analyzer=FakeAnalyzer()).test_client()
    body = {"text": text, "options": {"offsets": offsets}}
    if doc_id is not None:
        body["id"] = doc_id
    response = client.post("/v1/attributions", json=body)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# ---------------------------------------------------------------- attribute


@pytest.mark.parametrize("offsets", ["codepoint", "utf16"])
def test_attribute_json_is_the_api_response_byte_for_byte(tmp_path, capsys, offsets):
    text = "🎉 Sam Altman a déclaré : « Le futur 😀\x07 est là ».\n« Encore », a dit Musk."
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    assert cli.main(["attribute", "--json", "--offsets", offsets, str(article)], factory=FakeAnalyzer) == 0
    assert capsys.readouterr().out == api_bytes(text, offsets=offsets)
    assert cli.main(["attribute", "--json", "--id", "a1", str(article)], factory=FakeAnalyzer) == 0
    assert capsys.readouterr().out == api_bytes(text, doc_id="a1")


def test_attribute_table_from_stdin(monkeypatch, capsys):
    text = "Sam Altman a déclaré : « Le futur est déjà là »."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert cli.main(["attribute", "-"], factory=FakeAnalyzer) == 0
    out = capsys.readouterr().out
    header, rule, row = out.splitlines()[:3]
    assert header.split() == ["#", "type", "speaker", "cue", "conf.", "quote"]
    assert set(rule) == {"-"}
    assert row.split()[:2] == ["1", "direct"] and "Sam Altman" in row and "déclaré" in row
    assert "0.90" in row and "« Le futur est déjà là »" in row
    assert "1 quotation(s); speakers: Sam Altman (1)" in out


def test_attribute_errors(tmp_path, capsys):
    assert cli.main(["attribute", str(tmp_path / "absent.txt")], factory=FakeAnalyzer) == 2
    assert "cannot read" in capsys.readouterr().err
    article = tmp_path / "a.txt"
    article.write_text("« Oui », dit-il.", encoding="utf-8")
    assert cli.main(["attribute", str(article), "--analyzer", "tests.cli_fake:missing_model"]) == 3
    assert "the model could not be loaded: ModelNotFoundError" in capsys.readouterr().err


# ---------------------------------------------------------------- batch


def test_batch_of_1000_lines_with_bad_lines(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    valid = make_jsonl(source)
    progress = io.StringIO()
    summary = cli.run_batch(source, out, factory=FakeAnalyzer, batch_size=7, progress=progress)
    assert "1000/1000" in progress.getvalue()
    assert (summary.lines, summary.written, summary.skipped) == (1000, len(valid), 0) == (1000, 991, 0)
    results = read_jsonl(out)
    assert sorted(r["id"] for r in results) == sorted(valid)
    for result in results[:50]:
        assert AttributionResponseSchema().validate(result) == {}
        line = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
        assert line + "\n" == api_bytes(valid[result["id"]], doc_id=result["id"])
    assert summary.quotes == sum(len(r["quotes"]) for r in results)
    assert summary.names == {"Sam Altman"}
    reasons = {f.line: f.reason for f in summary.failures}
    assert set(reasons) == {i + 1 + (i > 500) for i in FAILING}  # 1-based, the blank line after 500
    assert reasons[11].startswith("malformed JSON")
    assert reasons[21] == '"text" must be a string'
    assert reasons[31].startswith('"id" must be')
    assert reasons[41].startswith("not valid UTF-8")
    assert reasons[51] == "not a JSON object"
    assert reasons[61] == "duplicate id (first at line 60)"
    assert reasons[91].startswith("RuntimeError")  # the analyzer failed on that document alone
    errors = read_jsonl(tmp_path / "out.errors.jsonl")
    assert [(e["line"], e["error"]) for e in errors] == [(f.line, f.reason) for f in summary.failures]
    report = summary.report(out, tmp_path / "out.errors.jsonl")
    assert "1000 input lines, 991 written" in report and "9 failed" in report
    assert "line 61 (id 'd59'): duplicate id (first at line 60)" in report


def test_batch_resumes(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    make_jsonl(source, 200)
    first = cli.run_batch(source, out, factory=FakeAnalyzer, progress=False)
    complete = out.read_bytes()
    again = cli.run_batch(source, out, factory=FakeAnalyzer, progress=False)
    assert (again.written, again.skipped) == (0, first.written)
    assert out.read_bytes() == complete
    # A run killed while writing: 100 whole lines and half of the next one.
    kept = complete.splitlines(keepends=True)[:100]
    out.write_bytes(b"".join(kept) + complete.splitlines(keepends=True)[100][:20])
    resumed = cli.run_batch(source, out, factory=FakeAnalyzer, progress=False)
    assert (resumed.skipped, resumed.written) == (100, first.written - 100)
    ids = [r["id"] for r in read_jsonl(out)]
    assert len(ids) == len(set(ids)) == first.written


def test_batch_model_missing(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    make_jsonl(source, 20)
    args = ["batch", str(source), str(tmp_path / "out.jsonl"), "--analyzer", "tests.cli_fake:missing_model"]
    assert cli.main(args) == 3
    assert "the model could not be loaded" in capsys.readouterr().err


def test_batch_refuses_to_write_into_its_input(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    make_jsonl(source, 5)
    before = source.read_bytes()
    assert cli.main(["batch", str(source), str(source)], factory=FakeAnalyzer) == 2
    assert "OUT must not be IN" in capsys.readouterr().err
    assert source.read_bytes() == before


def run_cli(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


@pytest.mark.slow
def test_batch_command_with_two_workers(tmp_path):
    source, out, log = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "loads.log"
    valid = make_jsonl(source)
    done = run_cli(
        "batch",
        str(source),
        str(out),
        "--workers",
        "2",
        "--batch-size",
        "8",
        "--analyzer",
        "tests.cli_fake:fake_analyzer",
        env={"CLI_FAKE_LOG": str(log)},
    )
    assert done.returncode == 1, done.stderr  # 1: some lines failed, all the others are written
    assert "1000/1000" in done.stderr
    assert "documents: 1000 input lines, 991 written" in done.stderr and "9 failed" in done.stderr
    results = read_jsonl(out)
    assert sorted(r["id"] for r in results) == sorted(valid)
    loads = log.read_text().split()
    assert len(loads) == len(set(loads)) == 2, "each worker process loads the model once"
    assert {r["model"]["version"] for r in results} <= {f"fake-{pid}" for pid in loads}
    again = run_cli(
        "batch",
        str(source),
        str(out),
        "--workers",
        "2",
        "--analyzer",
        "tests.cli_fake:fake_analyzer",
        env={"CLI_FAKE_LOG": str(log)},
    )
    assert "0 written" in again.stderr and "991 skipped" in again.stderr
    assert len(read_jsonl(out)) == 991


@pytest.mark.slow
def test_batch_workers_without_a_model(tmp_path):
    source = tmp_path / "in.jsonl"
    make_jsonl(source, 50)
    done = run_cli(
        "batch",
        str(source),
        str(tmp_path / "out.jsonl"),
        "--workers",
        "2",
        "--analyzer",
        "tests.cli_fake:missing_model",
    )
    assert done.returncode == 3
    assert "the model could not be loaded: ModelNotFoundError" in done.stderr


@pytest.mark.slow
def test_real_analyzer_with_an_empty_model_dir(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("« Oui », dit-il.", encoding="utf-8")
    done = run_cli("attribute", str(article), env={"MODEL_DIR": str(tmp_path)})
    assert done.returncode == 3
    assert "the model could not be loaded: ModelNotFoundError" in done.stderr and "MODEL_DIR" in done.stderr


@pytest.mark.slow
def test_batch_survives_a_worker_crash(tmp_path):
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    docs = [{"id": f"d{i}", "text": f"« Phrase {i} », a dit Musk."} for i in range(60)]
    docs[17]["text"] = f"« {CRASH} », a dit Musk."
    source.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    summary = cli.run_batch(
        source,
        out,
        factory=__import__("tests.cli_fake").cli_fake.crashing_analyzer,
        workers=2,
        batch_size=4,
        progress=False,
    )
    assert [(f.id, f.reason) for f in summary.failures] == [
        ("d17", "the worker process died on this document (crashed or killed)")
    ]
    assert sorted(r["id"] for r in read_jsonl(out)) == sorted(d["id"] for d in docs if d["id"] != "d17")


# ---------------------------------------------------------------- serve


def test_serve_execs_the_services_entrypoint(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "execv", lambda path, argv: calls.append((path, argv)))
    monkeypatch.setenv("PORT", "8000")
    assert cli.main(["serve", "--port", "8123"]) == 0
    assert calls == [
        (
            sys.executable,
            [sys.executable, "-m", "service.front", "service.wsgi:app"],
        )
    ]
    assert os.environ["PORT"] == "8123"


@pytest.mark.slow
def test_serve_answers_and_serves_the_page(tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MODEL_DIR": str(tmp_path), "BIND_HOST": "127.0.0.1"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "service", "serve", "--port", str(port), "--workers", "1"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline and process.poll() is None, process.stderr.read().decode()
            time.sleep(0.2)
        page = requests.get(url + "/", timeout=5)
        assert page.status_code == 200 and '<html lang="fr">' in page.text
        assert requests.get(url + "/readyz", timeout=5).status_code == 503  # no model in MODEL_DIR
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
