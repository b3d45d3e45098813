"""Archive batches on Apache Spark: `citations spark-batch IN OUT` (or `python -m service.spark IN OUT`,
or `spark-submit service/spark.py IN OUT` on a cluster). Needs `pip install -e .[spark]` and Java.

IN is JSONL (`{"id", "text"}` lines, as `citations batch` reads) or Parquet with `id` and `text` columns:
one file, a directory or a glob. Each record is validated exactly as `citations batch` validates a line;
the documents are spread over the executors and attributed partition by partition, through the
analysis path of the API and the CLI (service.analysis), by one analyzer per executor Python process
(loaded on its first document, kept while Spark reuses the process). OUT is a directory:

    OUT/results.parquet/   one row per document: `id`, and `result`, the API's response as JSON,
                           byte for byte the line `citations batch` writes for that document; with
                           --format jsonl, OUT/results.jsonl/ holds those lines. Appended to by each run.
    OUT/errors.parquet/    (or errors.jsonl/) one row per failed record: `file`, `line`, `id`, `error`,
                           with the same reasons as `citations batch`. Rewritten by each run.

A rerun skips the ids already in OUT's results (in either format) and retries the failed ones. A failed
record never stops the job. Exit status as `citations batch`: 0 all written, 1 some records failed,
2 usage error (no Java, no PySpark, unreadable input), 3 the model could not be loaded on an executor.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from service.analysis import analyze_texts, api_json, model_info, to_api
from service.cli import batched, import_factory, parse_line
from service.config import Settings

DEFAULT_ANALYZER = "service.cli:load_analyzer"
FORMATS = ("parquet", "jsonl")
# Reason given to every document of an executor whose analyzer could not be built.
MODEL_UNAVAILABLE = "the model could not be loaded: "

# What became of one input record: (kind, file, line, id, detail). detail is the text for DOC (a
# document to do), the API's JSON for RESULT, the reason for FAILED, and null for SKIPPED (an id
# already in OUT).
DOC, RESULT, FAILED, SKIPPED = "doc", "result", "failed", "skipped"
OUTCOME_SCHEMA = "kind string, file string, line long, id string, detail string"


@dataclass(frozen=True)
class JobOptions:
    """Everything an executor needs to attribute a document: small, picklable, compared by value."""

    include_indirect: bool = True
    offsets: str = "codepoint"
    batch_size: int = 16
    analyzer: str = DEFAULT_ANALYZER  # MODULE:FUNCTION, imported on the executors
    max_chars: int = field(default_factory=lambda: Settings().max_text_chars)  # MAX_TEXT_CHARS


@dataclass
class JobSummary:
    records: int = 0  # non-blank input records
    written: int = 0
    skipped: int = 0
    failed: int = 0
    model_loads: int = 0  # analyzers built on the executors during this run
    model_unavailable: bool = False

    def report(self, out: str) -> str:
        return (
            f"documents: {self.records} input records, {self.written} written to {out}, "
            f"{self.skipped} skipped (already in OUT), {self.failed} failed "
            f"(see {out}/errors.*); analyzers loaded: {self.model_loads}"
        )


# ---------------------------------------------------------------- on the executors

# This executor process's analyzer, built on its first document and kept for the next tasks (Spark
# reuses Python workers), so the model is loaded once per process rather than once per partition.
_EXECUTOR: dict[str, Any] = {}


def _executor_analyzer(options: JobOptions, loads) -> tuple[Any, dict] | str:
    """(analyzer, model info), or the reason it could not be built."""
    if _EXECUTOR.get("analyzer_path") != options.analyzer:
        _EXECUTOR.clear()
        _EXECUTOR["analyzer_path"] = options.analyzer
        # Idle OpenMP threads sleep instead of spinning on cores shared with the other tasks (as in
        # gunicorn.conf.py); read when torch is first imported, below.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        try:
            analyzer = import_factory(options.analyzer)()
            _EXECUTOR["loaded"] = (analyzer, model_info(analyzer))
            loads.add(1)
        except Exception as error:  # a missing model directory, an engine that does not import
            _EXECUTOR["error"] = f"{type(error).__name__}: {error}"
    return _EXECUTOR.get("loaded") or _EXECUTOR["error"]


def _attribute_batch(analyzer, model: dict, docs: list[tuple[str, int, str, str]], options: JobOptions):
    """One parser pass for the batch; when it fails, each document alone, so that only the document
    that breaks the analyzer fails, with its reason (as `citations batch` does)."""
    try:
        results = analyze_texts(analyzer, [text for *_, text in docs], options.include_indirect)
        return [
            (RESULT, file, line, doc_id, api_json(to_api(result, text, doc_id, options.offsets, model)))
            for (file, line, doc_id, text), result in zip(docs, results, strict=True)
        ]
    except Exception as error:
        if len(docs) == 1:
            file, line, doc_id, _ = docs[0]
            return [(FAILED, file, line, doc_id, f"{type(error).__name__}: {error}")]
        return [outcome for doc in docs for outcome in _attribute_batch(analyzer, model, [doc], options)]


def attribute_partition(options: JobOptions, loads, docs: Iterable[tuple[str, int, str, str]]):
    """(file, line, id, text) -> outcomes, batch by batch; the analyzer is built only when needed."""
    for batch in batched(docs, options.batch_size):
        loaded = _executor_analyzer(options, loads)
        if isinstance(loaded, str):
            yield from ((FAILED, f, n, i, MODEL_UNAVAILABLE + loaded) for f, n, i, _ in batch)
        else:
            yield from _attribute_batch(*loaded, batch, options)


def _validated(rows: Iterable[tuple[str, int, bytes]], max_chars: int) -> Iterator[tuple]:
    """Records as (kind, file, line, id, detail): "doc" with the text, or FAILED with `citations
    batch`'s reason; blank lines are left out, as there."""
    for file, line, raw in rows:
        if not raw.strip():
            continue
        try:
            doc_id, text = parse_line(raw, max_chars)
        except ValueError as error:
            yield (FAILED, file, line, _readable_id(raw), str(error))
            continue
        yield (DOC, file, line, doc_id, text)


def _readable_id(raw: bytes) -> str | None:
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    doc_id = record.get("id") if isinstance(record, dict) else None
    return str(doc_id) if isinstance(doc_id, str | int) and not isinstance(doc_id, bool) else None


def _number(rows: Iterable, first_line: dict) -> Iterator[tuple[str, int, bytes]]:
    """Rows of a file split come in order and together: each gets its split's first line number plus
    its rank in the split."""
    seen: dict[tuple[str, int], int] = {}
    for raw, file, start in rows:
        rank = seen.get((file, start), 0)
        seen[(file, start)] = rank + 1
        yield file, first_line[(file, start)] + rank, bytes(raw)


# ---------------------------------------------------------------- on the driver
# Python runs in two places only, each the single Python stage of its tasks (so that an executor's
# Python workers are not multiplied by nested stages): validating the input and attributing. Grouping
# by id, resuming and writing are DataFrame operations in the JVM.


def read_records(spark, source: str, fmt: str, max_chars: int):
    """DataFrame (kind, file, line, id, detail) of the non-blank input records, validated.

    JSONL lines are read as bytes (the text column cast to binary keeps the file's bytes), so invalid
    UTF-8 is reported as `citations batch` reports it; only '\\n' ends a line, as there. Line numbers
    come from the number of lines in each file split, counted first (as zipWithIndex does)."""
    from pyspark.sql import functions as F

    if fmt == "jsonl":
        frame = spark.read.option("lineSep", "\n").text(source)
        raw = F.col("value").cast("binary")
    else:
        frame = spark.read.parquet(source)
        columns = [name for name in ("id", "text") if name in frame.columns]
        raw = F.to_json(F.struct(*columns)).cast("binary")
    rows = frame.select(
        raw.alias("raw"),
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.file_block_start").alias("start"),
    )
    counts = {(row.file, row.start): row["count"] for row in rows.groupBy("file", "start").count().collect()}
    first_line = {}
    for file, start in counts:
        earlier = sum(
            n for (other, other_start), n in counts.items() if other == file and other_start < start
        )
        first_line[(file, start)] = earlier + 1
    records = rows.rdd.mapPartitions(lambda part: _validated(_number(part, first_line), max_chars))
    return spark.createDataFrame(records, OUTCOME_SCHEMA)


def done_ids(spark, out: str):
    """DataFrame (id) of the results already in OUT, in either format; None when there are none."""
    from pyspark.sql import functions as F

    readers = {
        "parquet": lambda path: spark.read.parquet(path).select("id"),
        "jsonl": lambda path: spark.read.text(path).select(F.get_json_object("value", "$.id").alias("id")),
    }
    found = [
        read(path)
        for fmt, read in readers.items()
        if _hadoop_path(spark, path := f"{out}/results.{fmt}").exists()
    ]
    if not found:
        return None
    ids = found[0]
    for more in found[1:]:
        ids = ids.unionByName(more)
    return ids.distinct()


def run_spark_batch(
    spark,
    source: str,
    out: str,
    options: JobOptions | None = None,
    *,
    input_format: str = "jsonl",
    output_format: str = "parquet",
    partitions: int | None = None,
) -> JobSummary:
    """Attribute every record of SOURCE into OUT; see the module's docstring."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    options = options or JobOptions()
    out = out.rstrip("/")
    partitions = partitions or 4 * spark.sparkContext.defaultParallelism
    loads = spark.sparkContext.accumulator(0)

    records = read_records(spark, source, input_format, options.max_chars)
    by_id = Window.partitionBy("id").orderBy("file", "line")
    docs = (
        records.where(F.col("kind") == DOC)
        .withColumn("rank", F.row_number().over(by_id))
        .withColumn("first_file", F.first("file").over(by_id))
        .withColumn("first_line", F.first("line").over(by_id))
    )
    # A repeated id fails (the first record with that id counts), as in `citations batch`.
    elsewhere = F.when(F.col("file") != F.col("first_file"), F.concat(F.lit(" of "), "first_file"))
    repeats = docs.where(F.col("rank") > 1).select(
        F.lit(FAILED).alias("kind"),
        "file",
        "line",
        "id",
        F.concat(
            F.lit("duplicate id (first at line "),
            F.col("first_line").cast("string"),
            F.coalesce(elsewhere, F.lit("")),
            F.lit(")"),
        ),
    )
    firsts = docs.where(F.col("rank") == 1).select("kind", "file", "line", "id", "detail")
    done = done_ids(spark, out)
    if done is None:
        done = spark.createDataFrame([], "id string")
    skipped = firsts.join(done, "id", "left_semi").select(
        F.lit(SKIPPED).alias("kind"), "file", "line", "id", F.lit(None).cast("string")
    )
    todo = firsts.join(done, "id", "left_anti").select("file", "line", "id", "detail").repartition(partitions)
    attributed = spark.createDataFrame(
        todo.rdd.mapPartitions(lambda part: attribute_partition(options, loads, part)), OUTCOME_SCHEMA
    )
    failed = records.where(F.col("kind") == FAILED)
    # Staged before anything is written to OUT: the plan reads OUT's results (to skip them), so Spark
    # would recompute it, attribution included, after the results are appended. Staging also keeps
    # the attributed results safe on disk while both outputs are written from them.
    staging = f"{out}/_outcomes"
    failed.union(repeats).union(skipped).union(attributed).write.mode("overwrite").parquet(staging)
    outcomes = spark.read.parquet(staging)
    _write_results(outcomes, f"{out}/results.{output_format}", output_format)
    _write_errors(spark, outcomes, out, output_format)
    unavailable = (F.col("kind") == FAILED) & F.col("detail").startswith(MODEL_UNAVAILABLE)
    kinds = outcomes.select(F.when(unavailable, F.lit(MODEL_UNAVAILABLE)).otherwise(F.col("kind")).alias("k"))
    counts = {row.k: row["count"] for row in kinds.groupBy("k").count().collect()}
    _hadoop_path(spark, staging).delete()
    return JobSummary(
        records=sum(counts.values()),
        written=counts.get(RESULT, 0),
        skipped=counts.get(SKIPPED, 0),
        failed=counts.get(FAILED, 0) + counts.get(MODEL_UNAVAILABLE, 0),
        model_loads=loads.value,
        model_unavailable=MODEL_UNAVAILABLE in counts,
    )


def _write_results(outcomes, path: str, fmt: str) -> None:
    from pyspark.sql import functions as F

    results = outcomes.where(F.col("kind") == RESULT)
    if fmt == "jsonl":
        results.select(F.col("detail").alias("value")).write.mode("append").text(path)
    else:
        results.select("id", F.col("detail").alias("result")).write.mode("append").parquet(path)


def _write_errors(spark, outcomes, out: str, fmt: str) -> None:
    """Rewrites OUT/errors.FORMAT, sorted by file and line, and removes the other format's, now stale."""
    from pyspark.sql import functions as F

    errors = (
        outcomes.where(F.col("kind") == FAILED)
        .select("file", "line", "id", F.col("detail").alias("error"))
        .orderBy("file", "line")
    )
    path = f"{out}/errors.{fmt}"
    if fmt == "jsonl":
        as_json = F.to_json(F.struct("file", "line", "id", "error"), {"ignoreNullFields": "false"})
        errors.select(as_json.alias("value")).write.mode("overwrite").text(path)
    else:
        errors.write.mode("overwrite").parquet(path)
    other = next(name for name in FORMATS if name != fmt)
    _hadoop_path(spark, f"{out}/errors.{other}").delete()


class _HadoopPath:
    """A path on whatever file system OUT is on (local, HDFS, S3...), through Spark's Hadoop client."""

    def __init__(self, spark, path: str) -> None:
        context = spark.sparkContext
        self.path = context._jvm.org.apache.hadoop.fs.Path(path)
        self.fs = self.path.getFileSystem(context._jsc.hadoopConfiguration())

    def exists(self) -> bool:
        return bool(self.fs.exists(self.path))

    def delete(self) -> None:
        self.fs.delete(self.path, True)


def _hadoop_path(spark, path: str) -> _HadoopPath:
    return _HadoopPath(spark, path)


# ---------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input", metavar="IN", help="JSONL or Parquet {id, text}: a file, a directory or a glob"
    )
    parser.add_argument("output", metavar="OUT", help="output directory (results.*, errors.*)")
    parser.add_argument("--input-format", choices=FORMATS, default=None, help="default: from IN's suffix")
    parser.add_argument("--format", choices=FORMATS, default="parquet", help="results and errors format")
    parser.add_argument("--master", help="Spark master, e.g. local[4] (default: spark-submit's, or local[*])")
    parser.add_argument("--partitions", type=int, help="attribution tasks (default: 4 x the cores)")
    parser.add_argument("--batch-size", type=int, default=16, help="documents per parser pass")
    parser.add_argument("--no-indirect", action="store_true", help="leave out indirect (reported) speech")
    parser.add_argument("--offsets", choices=["codepoint", "utf16"], default="codepoint")
    parser.add_argument(
        "--analyzer", metavar="MODULE:FUNCTION", help="analyzer factory, imported on the executors (tests)"
    )


def spark_session(master: str | None, conf: dict[str, str] | None = None):
    """A session named for the job; in local mode the executors run this Python (the venv's)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("citations-spark-batch")
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    if (master or "local").startswith("local"):
        # Read by PySpark when the context starts (the default, `python3` on PATH, may lack the model's
        # dependencies).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def missing_requirement() -> str | None:
    """Why the job cannot start on this machine (no PySpark, no Java), or None."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "PySpark is not installed: pip install -e '.[spark]' (or make setup-dev)"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "Java is missing: install a JRE 17 or later (make java-deps), or set JAVA_HOME"
    return None


def cmd_spark_batch(args, _factory=None) -> int:
    problem = missing_requirement()
    if problem:
        print(f"citations spark-batch: {problem}", file=sys.stderr)
        return 2
    from pyspark.errors import AnalysisException

    input_format = args.input_format or (
        "parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl"
    )
    options = JobOptions(
        include_indirect=not args.no_indirect,
        offsets=args.offsets,
        batch_size=args.batch_size,
        analyzer=args.analyzer or DEFAULT_ANALYZER,
    )
    spark = spark_session(args.master)
    try:
        summary = run_spark_batch(
            spark,
            args.input,
            args.output,
            options,
            input_format=input_format,
            output_format=args.format,
            partitions=args.partitions,
        )
    except AnalysisException as error:
        print(f"citations spark-batch: cannot read {args.input}: {error}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    print(summary.report(args.output.rstrip("/")), file=sys.stderr)
    if summary.model_unavailable:
        print(
            "citations spark-batch: the model could not be loaded on an executor (set MODEL_DIR)",
            file=sys.stderr,
        )
        return 3
    return 1 if summary.failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.spark", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    return cmd_spark_batch(parser.parse_args(argv))


if __name__ == "__main__":
    # Run through the importable module, so that executors import these functions by name and keep
    # their analyzer between tasks (functions of __main__ would be shipped by value, with an empty cache).
    from service import spark as job

    sys.exit(job.main())
