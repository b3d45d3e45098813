"""The Spark job for archives (service/spark.py) on a local[2] Spark: with the shipped model its results
are `citations batch`'s on the same input, bad records land in the errors output with batch's reasons,
and a rerun skips the ids already done. Needs PySpark (make setup-dev) and Java (make java-deps): skips
without them, except in CI where it fails."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from service import cli
from service import spark as job
from tests.conftest import ROOT, SEED
from tests.fakes import BOOM
from tests.test_cli import run_cli

pytestmark = [pytest.mark.slow]

SPEAKERS = ["la ministre", "Emmanuel Macron", "le maire de Lyon", "Aya Nakamura", "un syndicaliste"]
VERBS = ["a déclaré", "a affirmé", "a expliqué", "a ajouté", "a lancé"]
CLAIMS = ["nous ne reculerons pas", "la réforme est nécessaire", "le budget sera tenu", "rien n'est joué"]
# Lines that `citations batch` refuses, each with the start of its reason.
BAD_LINES = {
    b"{not json": "malformed JSON",
    b'{"id": "no-text"}': '"text" must be a string',
    b'{"id": true, "text": "a"}': '"id" must be',
    b'{"id": "latin-1", "text": "caf\xe9"}': "not valid UTF-8",
    b'["a list"]': "not a JSON object",
    b'{"id": "d7", "text": "un doublon"}': "duplicate id",
}


def article(number: int) -> str:
    """A short generated article (cheap to parse): a direct quote, an incise and an indirect quote."""
    speaker, verb = SPEAKERS[number % len(SPEAKERS)], VERBS[number % len(VERBS)]
    claim = CLAIMS[number % len(CLAIMS)]
    other = SPEAKERS[(number + 2) % len(SPEAKERS)]
    return (
        f"« {claim.capitalize()} », {verb} {speaker} lundi (dépêche {number}).\n"
        f"Selon {other}, le dossier {number} sera examiné mardi."
    )


def write_archive(path: Path, count: int) -> dict[str, str]:
    """COUNT generated documents, the seed article, the bad lines and two blank lines; id -> text."""
    docs = {f"d{number}": article(number) for number in range(count)}
    docs["seed"] = SEED.read_text(encoding="utf-8")
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False).encode() for i, t in docs.items()]
    for offset, bad in enumerate(BAD_LINES):
        lines.insert(5 + 40 * offset, bad)
    lines.insert(3, b"")
    lines.insert(len(lines) // 2, b"   ")
    path.write_bytes(b"\n".join(lines) + b"\n")
    return docs


def require_spark() -> None:
    problem = job.missing_requirement()
    if problem and os.environ.get("CI"):
        pytest.fail(problem)
    if problem:
        pytest.skip(problem)


@pytest.fixture(scope="module")
def fake_loads_log(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("spark") / "fake-loads.log"


@pytest.fixture(scope="module")
def spark(fake_loads_log):
    require_spark()
    # The executors' environment is the one Spark starts with: they import the test analyzers
    # (tests.*), and tests.cli_fake's analyzer logs each load to CLI_FAKE_LOG.
    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "CLI_FAKE_LOG")}
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), saved["PYTHONPATH"]]))
    os.environ["CLI_FAKE_LOG"] = str(fake_loads_log)
    session = job.spark_session("local[2]", {"spark.ui.enabled": "false", "spark.driver.host": "127.0.0.1"})
    yield session
    session.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def batch_reference(source: Path, out: Path) -> tuple[dict[str, str], list[tuple[int, str | None, str]]]:
    """`citations batch` with the shipped model: id -> result line, and (line, id, error) failures."""
    summary = cli.run_batch(source, out, progress=False)
    lines = out.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["id"]: line for line in lines}, [
        (f.line, f.id, f.reason) for f in summary.failures
    ]


def jsonl_rows(directory: Path) -> list[str]:
    return [
        line for part in sorted(directory.glob("part-*")) for line in part.read_text("utf-8").splitlines()
    ]


def spark_errors(directory: Path) -> list[tuple[int, str | None, str]]:
    rows = [json.loads(line) for line in jsonl_rows(directory)]
    return sorted((row["line"], row["id"], row["error"]) for row in rows)


@pytest.mark.model
def test_results_equal_citations_batch_and_a_rerun_skips_finished_ids(spark, tmp_path):
    source, first_part = tmp_path / "archive.jsonl", tmp_path / "first-part.jsonl"
    docs = write_archive(source, 300)
    expected, expected_errors = batch_reference(source, tmp_path / "batch.jsonl")
    assert len(expected) == len(docs) and len(expected_errors) == len(BAD_LINES)
    out = tmp_path / "out"
    options = job.JobOptions()

    # An interrupted archive: a first run saw only the first 120 lines.
    first_lines = source.read_bytes().splitlines(keepends=True)[:120]
    first_part.write_bytes(b"".join(first_lines))
    first = job.run_spark_batch(
        spark, str(first_part), str(out), options, output_format="jsonl", partitions=8
    )
    first_ids = {json.loads(line)["id"] for line in jsonl_rows(out / "results.jsonl")}
    assert first.written == len(first_ids) > 100
    assert 1 <= first.model_loads <= 2, "one analyzer per executor process, not one per partition"

    second = job.run_spark_batch(spark, str(source), str(out), options, output_format="jsonl", partitions=8)
    assert (second.skipped, second.written) == (len(first_ids), len(docs) - len(first_ids))
    results = jsonl_rows(out / "results.jsonl")
    assert sorted(results) == sorted(expected.values()), "each result is batch's line for that document"
    assert spark_errors(out / "errors.jsonl") == sorted(expected_errors)
    assert second.failed == len(BAD_LINES) and second.records == len(docs) + len(BAD_LINES)

    third = job.run_spark_batch(spark, str(source), str(out), options, output_format="jsonl")
    assert (third.written, third.skipped, third.model_loads) == (0, len(docs), 0)
    assert sorted(jsonl_rows(out / "results.jsonl")) == sorted(results)


@pytest.mark.model
def test_parquet_in_and_out(spark, tmp_path):
    source = tmp_path / "archive.jsonl"
    docs = write_archive(source, 30)
    expected, _ = batch_reference(source, tmp_path / "batch.jsonl")
    records = [(doc_id, text) for doc_id, text in docs.items()] + [("no-text", None)]
    archive = str(tmp_path / "archive.parquet")
    spark.createDataFrame(records, "id string, text string").coalesce(1).write.parquet(archive)
    out = tmp_path / "out"

    summary = job.run_spark_batch(spark, archive, str(out), input_format="parquet", output_format="parquet")
    assert (summary.written, summary.failed) == (len(docs), 1)
    rows = spark.read.parquet(str(out / "results.parquet")).collect()
    assert {row.id: row.result for row in rows} == expected
    (error,) = spark.read.parquet(str(out / "errors.parquet")).collect()
    assert (error.id, error.error) == ("no-text", '"text" must be a string')
    assert error.line == len(docs) + 1 and error.file.endswith(".parquet")


def test_one_analyzer_per_executor_process_and_failing_documents_alone(spark, fake_loads_log, tmp_path):
    source = tmp_path / "in.jsonl"
    texts = [f"« Phrase {n} », a dit Musk." for n in range(200)]
    texts[17] = f"« {BOOM} », a dit Musk."
    source.write_text("".join(json.dumps({"id": f"d{n}", "text": t}) + "\n" for n, t in enumerate(texts)))
    logged_before = fake_loads_log.read_text().split() if fake_loads_log.exists() else []
    options = job.JobOptions(analyzer="tests.cli_fake:fake_analyzer", batch_size=8)
    summary = job.run_spark_batch(spark, str(source), str(tmp_path / "out"), options, partitions=40)
    assert (summary.written, summary.failed) == (199, 1)
    errors = spark.read.parquet(str(tmp_path / "out" / "errors.parquet")).collect()
    assert [(e.line, e.id, e.error) for e in errors] == [
        (18, "d17", "RuntimeError: internal secret /etc/passwd")
    ]
    loads = fake_loads_log.read_text().split()[len(logged_before) :]  # one process id per load
    assert 1 <= len(loads) == len(set(loads)) == summary.model_loads, "each process loads it at most once"
    assert summary.model_loads < 40, "once per Python worker process, not once per partition"


def test_an_executor_without_a_model_fails_its_documents_and_the_job_says_so(spark, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": f"d{n}", "text": "« Oui », dit-il."}) + "\n" for n in range(5))
    )
    options = job.JobOptions(analyzer="tests.cli_fake:missing_model")
    out = tmp_path / "out"
    summary = job.run_spark_batch(spark, str(source), str(out), options, output_format="jsonl")
    assert summary.model_unavailable and (summary.written, summary.failed) == (0, 5)
    reasons = {error for _, _, error in spark_errors(out / "errors.jsonl")}
    assert reasons == {
        "the model could not be loaded: ModelNotFoundError: model directory /nowhere lacks depparse.pt"
    }
    assert not jsonl_rows(out / "results.jsonl")


def test_spark_batch_command(tmp_path):
    require_spark()
    source, out = tmp_path / "in.jsonl", tmp_path / "out"
    source.write_bytes(b'{"id": "a", "text": "\xc2\xab Oui \xc2\xbb, a dit Musk."}\n{oops\n')
    done = run_cli(
        *("spark-batch", str(source), str(out), "--master", "local[1]", "--format", "jsonl"),
        *("--analyzer", "tests.cli_fake:fake_analyzer"),
    )
    assert done.returncode == 1, done.stderr  # 1: a record failed, the other is written
    assert "2 input records, 1 written" in done.stderr and "1 failed" in done.stderr
    (result,) = jsonl_rows(out / "results.jsonl")
    assert json.loads(result)["quotes"][0]["text"] == " Oui "


def test_spark_batch_without_java_says_what_to_install(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    if job.missing_requirement() is None:
        pytest.fail("missing_requirement() did not notice that java is missing")
    assert cli.main(["spark-batch", str(tmp_path / "in.jsonl"), str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert "make java-deps" in error or "pip install" in error
