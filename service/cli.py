"""Command line: `python -m service COMMAND` (also installed as `citations`).

    attribute [--json] FILE|-        one article: a readable table, or exactly the API's JSON
    batch IN.jsonl OUT.jsonl         {"id", "text"} lines in, one API-shaped result line out per id
    serve                            the HTTP service: python -m service.front (nginx + gunicorn)
    stats [--json] RESULTS.jsonl     who gets quoted in a batch's results: by gender, kind, most quoted

Every command analyses through `service.analysis` (the API's own path: clean -> analyse -> dump ->
offsets), so its JSON is exactly the API's.

`batch` is resumable (ids already in OUT are skipped), runs several processes with --workers (each
loads the model once), and never lets one bad line stop the run: failures go to OUT's errors file
(OUT.errors.jsonl by default, rewritten on each run; failed ids are retried on the next run).
Exit status: 0 all done, 1 some lines failed (the others are written), 2 usage error, 3 no model.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import IO, Any

# The analysis path shared with the API (and any batch command): clean -> analyse -> dump -> offsets.
from service.analysis import analyze_texts, api_json, model_info, to_api

ROOT = Path(__file__).resolve().parents[1]
_SURROGATE = re.compile("[\ud800-\udfff]")

AnalyzerFactory = Callable[[], Any]  # returns an object with analyze_many(), .version and .parser.name


class ModelUnavailable(RuntimeError):
    """The analyzer could not be built or loaded: nothing can be processed."""


# ---------------------------------------------------------------- analysis, shaped like the API


def load_analyzer(threads: int | None = None):
    """The real analyzer with the shipped model (MODEL_DIR and the other settings from the environment)."""
    from service.config import Settings
    from service.engine_runtime import Analyzer

    settings = Settings()
    if threads:
        settings = replace(settings, torch_threads=threads)
    analyzer = Analyzer(settings)
    analyzer.load()
    return analyzer


def import_factory(path: str) -> AnalyzerFactory:
    """`package.module:function` -> that function (a picklable reference, for worker processes)."""
    module, _, name = path.partition(":")
    if not module or not name:
        raise ValueError(f"expected MODULE:FUNCTION, got {path!r}")
    return getattr(importlib.import_module(module), name)


# ---------------------------------------------------------------- attribute


def read_article(source: str) -> str:
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    return data.decode("utf-8")


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


def format_table(payload: dict, width: int) -> str:
    """Quote, type, speaker, cue and confidence, one row per quote, then the speakers and their counts."""
    quotes = payload["quotes"]
    if not quotes:
        return "No quotation found.\n"
    rows = [("#", "type", "speaker", "cue", "conf.")]
    for number, quote in enumerate(quotes, 1):
        rows.append(
            (
                str(number),
                quote["type"],
                _clip(quote["speaker"]["name"], 24) if quote["speaker"] else "—",
                _clip(quote["cue"]["text"], 20) if quote["cue"] else "—",
                f"{quote['confidence']:.2f}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    quote_width = max(30, width - sum(widths) - 2 * 5 - 4)  # the quote takes the rest of the line
    texts = ["quote"] + ["« " + _clip(quote["text"], quote_width) + " »" for quote in quotes]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + "  " + text
        for row, text in zip(rows, texts, strict=True)
    ]
    lines.insert(1, "-" * min(width, max(len(line) for line in lines)))
    counts = [(s["name"], len(s["quote_ids"])) for s in payload["speakers"] if s["quote_ids"]]
    unknown = sum(1 for quote in quotes if quote["speaker"] is None)
    summary = ", ".join(f"{name} ({count})" for name, count in counts) or "none"
    lines.append("")
    lines.append(
        f"{len(quotes)} quotation(s); speakers: {summary}"
        + (f"; unknown speaker: {unknown}" if unknown else "")
    )
    return "\n".join(lines) + "\n"


def cmd_attribute(args, factory: AnalyzerFactory) -> int:
    try:
        text = read_article(args.file)
    except (OSError, UnicodeDecodeError) as error:
        print(f"citations attribute: cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    analyzer = _build(factory)
    (result,) = analyze_texts(analyzer, [text], not args.no_indirect)
    payload = to_api(result, text, args.id, args.offsets, model_info(analyzer))
    if args.json:
        sys.stdout.write(api_json(payload) + "\n")
    else:
        sys.stdout.write(format_table(payload, shutil.get_terminal_size((120, 24)).columns))
    return 0


def _build(factory: AnalyzerFactory):
    try:
        return factory()
    except Exception as error:  # a missing model, an engine that does not import
        raise ModelUnavailable(f"{type(error).__name__}: {error}") from error


# ---------------------------------------------------------------- batch


@dataclass(frozen=True)
class Doc:
    line: int
    id: str
    text: str


@dataclass
class Failure:
    line: int
    id: str | None
    reason: str


@dataclass
class Summary:
    lines: int = 0  # non-blank input lines
    written: int = 0  # results written by this run
    skipped: int = 0  # ids already in OUT
    quotes: int = 0
    speakers: int = 0  # speakers with at least one quote, summed over documents
    names: set[str] = field(default_factory=set)
    failures: list[Failure] = field(default_factory=list)

    def report(self, out: Path, errors: Path, limit: int = 20) -> str:
        lines = [
            f"documents: {self.lines} input lines, {self.written} written to {out}, "
            f"{self.skipped} skipped (already in {out.name}), {len(self.failures)} failed",
            f"quotes: {self.quotes}; speakers: {self.speakers} ({len(self.names)} distinct names)",
        ]
        if self.failures:
            lines.append(f"failures (all in {errors}):")
            for failure in self.failures[:limit]:
                where = f"line {failure.line}" + (f" (id {failure.id!r})" if failure.id is not None else "")
                lines.append(f"  {where}: {failure.reason}")
            if len(self.failures) > limit:
                lines.append(f"  … and {len(self.failures) - limit} more")
        return "\n".join(lines)


# Outcome of one document: (line, id, API-shaped result) or (line, id, reason it failed).
Outcome = tuple[int, str, "dict | str"]
_WORKER: dict[str, Any] = {}


def _init_worker(factory: AnalyzerFactory, include_indirect: bool, offsets: str) -> None:
    """Once per process: load the model (a load error is reported with the first batch)."""
    _WORKER.clear()
    _WORKER.update(include_indirect=include_indirect, offsets=offsets)
    try:
        analyzer = factory()
        _WORKER.update(analyzer=analyzer, model=model_info(analyzer))
    except Exception as error:
        _WORKER["error"] = f"{type(error).__name__}: {error}"


def _process(docs: list[Doc]) -> list[Outcome]:
    """Results for a batch in one parser pass; when the pass fails, each document alone, so that one
    bad document fails by itself with its reason. Raises only ModelUnavailable."""
    if "error" in _WORKER:
        raise ModelUnavailable(_WORKER["error"])
    analyzer, offsets = _WORKER["analyzer"], _WORKER["offsets"]
    try:
        results = analyze_texts(analyzer, [doc.text for doc in docs], _WORKER["include_indirect"])
        return [
            (doc.line, doc.id, to_api(result, doc.text, doc.id, offsets, _WORKER["model"]))
            for doc, result in zip(docs, results, strict=True)
        ]
    except Exception as error:
        if len(docs) == 1:
            return [(docs[0].line, docs[0].id, f"{type(error).__name__}: {error}")]
        return [outcome for doc in docs for outcome in _process([doc])]


def done_ids(out: Path) -> set[str]:
    """Ids with a result in OUT. A last line cut short (a killed run) is removed; it will be redone."""
    ids: set[str] = set()
    if not out.exists():
        return ids
    with out.open("r+b") as handle:
        kept = 0
        for raw in handle:
            if not raw.endswith(b"\n"):
                handle.truncate(kept)
                break
            kept += len(raw)
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("id"), str) and "quotes" in record:
                ids.add(record["id"])
    return ids


def parse_line(raw: bytes, max_chars: int) -> tuple[str, str]:
    """(id, text) from one input line, or ValueError with the reason."""
    try:
        record = json.loads(raw.decode("utf-8").lstrip("\ufeff"))
    except UnicodeDecodeError as error:
        raise ValueError(f"not valid UTF-8 (byte {error.start})") from None
    except ValueError as error:
        raise ValueError(f"malformed JSON: {error}") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int) or doc_id == "":
        raise ValueError('"id" must be a non-empty string or an integer')
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    if _SURROGATE.search(text):
        raise ValueError('"text" contains unpaired surrogates (not valid Unicode)')
    if len(text) > max_chars:
        raise ValueError(f'"text" has {len(text)} characters; the limit is {max_chars} (MAX_TEXT_CHARS)')
    return str(doc_id), text


def _id_of(raw: bytes) -> str | None:
    """The id of a line that failed validation, when it has a readable one (for the error report)."""
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    doc_id = record.get("id") if isinstance(record, dict) else None
    return str(doc_id) if isinstance(doc_id, str | int) and not isinstance(doc_id, bool) else None


def read_documents(
    source: Path,
    done: set[str],
    summary: Summary,
    fail: Callable[[Failure], None],
    tick: Callable[[int], None],
    max_chars: int,
) -> Iterator[Doc]:
    """The documents still to do; blank lines are ignored, bad lines and repeated ids are failures."""
    first_line: dict[str, int] = {}
    with source.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                doc_id, text = parse_line(raw, max_chars)
            except ValueError as error:
                fail(Failure(number, _id_of(raw), str(error)))
                tick(1)
                continue
            if doc_id in first_line:
                fail(Failure(number, doc_id, f"duplicate id (first at line {first_line[doc_id]})"))
                tick(1)
                continue
            first_line[doc_id] = number
            if doc_id in done:
                summary.skipped += 1
                tick(1)
                continue
            yield Doc(number, doc_id, text)


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items, in order."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _inline(batches: Iterable[list[Doc]], initargs: tuple) -> Iterator[list[Outcome]]:
    """In this process; the model is loaded only if there is something to do (a resumed run may not)."""
    loaded = False
    for batch in batches:
        if not loaded:
            _init_worker(*initargs)
            loaded = True
        yield _process(batch)


class _WorkerPool:
    """Batches spread over processes (spawned: each imports the engine and loads the model once),
    at most two batches in flight per worker so that a large input streams through."""

    def __init__(self, workers: int, initargs: tuple) -> None:
        self.workers = workers
        self.initargs = initargs
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # no fork of a parent's threads or torch state
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker, initargs=self.initargs
        )

    def run(self, batches: Iterable[list[Doc]]) -> Iterator[list[Outcome]]:
        inflight: dict[Future, list[Doc]] = {}
        try:
            for batch in batches:
                try:
                    future = self.pool.submit(_process, batch)
                except BrokenProcessPool:
                    # a worker died since the last drain: settle what was in flight, then this batch
                    while inflight:
                        yield from self._drain(inflight, ALL_COMPLETED)
                    yield from self._isolate(batch)
                    continue
                inflight[future] = batch
                if len(inflight) >= 2 * self.workers:
                    yield from self._drain(inflight, FIRST_COMPLETED)
            while inflight:
                yield from self._drain(inflight, ALL_COMPLETED)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _drain(self, inflight: dict[Future, list[Doc]], how: str) -> Iterator[list[Outcome]]:
        done, _ = wait(inflight, return_when=how)
        if any(isinstance(future.exception(), BrokenProcessPool) for future in done):
            done, _ = wait(inflight)  # the others died with the same pool
        lost: list[Doc] = []
        for future in done:
            batch = inflight.pop(future)
            error = future.exception()
            if error is None:
                yield future.result()
            elif isinstance(error, BrokenProcessPool):
                lost.extend(batch)
            elif isinstance(error, ModelUnavailable):
                raise error
            else:
                yield [(doc.line, doc.id, f"{type(error).__name__}: {error}") for doc in batch]
        if lost:
            yield from self._isolate(lost)

    def _isolate(self, docs: list[Doc]) -> Iterator[list[Outcome]]:
        """A worker died (killed, out of memory, crashed): redo its documents one at a time in a fresh
        pool, so that only the document that kills a worker fails."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()
        for doc in docs:
            try:
                yield self.pool.submit(_process, [doc]).result()
            except BrokenProcessPool:
                yield [(doc.line, doc.id, "the worker process died on this document (crashed or killed)")]
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = self._new_pool()


def errors_path_for(out: Path) -> Path:
    return out.with_name(out.name.removesuffix(".jsonl") + ".errors.jsonl")


def count_lines(source: Path) -> int:
    with source.open("rb") as handle:
        return sum(1 for raw in handle if raw.strip())


def run_batch(
    source: Path,
    out: Path,
    *,
    factory: AnalyzerFactory = load_analyzer,
    workers: int = 1,
    batch_size: int = 16,
    include_indirect: bool = True,
    offsets: str = "codepoint",
    errors: Path | None = None,
    progress: IO[str] | None = None,
    max_chars: int | None = None,
) -> Summary:
    """Attribute every {"id","text"} line of SOURCE into OUT (appending; ids already there are skipped).

    `factory` builds the analyzer, once per process; with workers > 1 it must be picklable (a
    module-level function or a functools.partial of one). Results are written as they complete, so
    their order may differ from the input's; each carries its id. Raises ModelUnavailable.
    """
    from tqdm import tqdm

    from service.config import Settings

    errors = errors or errors_path_for(out)
    max_chars = max_chars or Settings().max_text_chars
    summary = Summary(lines=count_lines(source))
    done = done_ids(out)
    bar = tqdm(
        total=summary.lines,
        unit="doc",
        desc="batch",
        file=progress or sys.stderr,
        disable=progress is False,
        dynamic_ncols=True,
        mininterval=0.5,
    )
    with (
        out.open("a", encoding="utf-8", newline="\n") as out_file,
        errors.open("w", encoding="utf-8", newline="\n") as errors_file,
        bar,
    ):

        def fail(failure: Failure) -> None:
            summary.failures.append(failure)
            errors_file.write(
                json.dumps(
                    {"line": failure.line, "id": failure.id, "error": failure.reason}, ensure_ascii=False
                )
                + "\n"
            )
            errors_file.flush()

        docs = read_documents(source, done, summary, fail, bar.update, max_chars)
        initargs = (factory, include_indirect, offsets)
        batches = batched(docs, batch_size)
        outcomes = _inline(batches, initargs) if workers <= 1 else _WorkerPool(workers, initargs).run(batches)
        for batch in outcomes:
            for line, doc_id, result in batch:
                if isinstance(result, str):
                    fail(Failure(line, doc_id, result))
                else:
                    out_file.write(api_json(result) + "\n")
                    _count(summary, result)
            out_file.flush()  # what is written survives a kill: the next run resumes after it
            bar.update(len(batch))
    return summary


def _count(summary: Summary, result: dict) -> None:
    summary.written += 1
    summary.quotes += len(result["quotes"])
    quoted = [speaker["name"] for speaker in result["speakers"] if speaker["quote_ids"]]
    summary.speakers += len(quoted)
    summary.names.update(quoted)


def cmd_batch(args, factory: AnalyzerFactory) -> int:
    source, out = Path(args.input), Path(args.output)
    if not source.is_file():
        print(f"citations batch: {source} is not a file", file=sys.stderr)
        return 2
    if out.exists() and out.resolve() == source.resolve():
        print("citations batch: OUT must not be IN (results are appended to OUT)", file=sys.stderr)
        return 2
    if args.workers > 1 and factory is load_analyzer:
        # Share the cores out: each worker's torch gets cores // workers threads.
        factory = partial(load_analyzer, max(1, (os.cpu_count() or 1) // args.workers))
    errors = Path(args.errors) if args.errors else errors_path_for(out)
    summary = run_batch(
        source,
        out,
        factory=factory,
        workers=args.workers,
        batch_size=args.batch_size,
        include_indirect=not args.no_indirect,
        offsets=args.offsets,
        errors=errors,
        progress=False if args.no_progress else sys.stderr,
    )
    print(summary.report(out, errors), file=sys.stderr)
    return 1 if summary.failures else 0


# ---------------------------------------------------------------- serve


def cmd_serve(args, _factory: AnalyzerFactory) -> int:
    """Replace this process with the service's entrypoint, as `make run` and Docker start it: the nginx
    front and gunicorn with its own config (plain gunicorn where nginx is missing)."""
    config = ROOT / "gunicorn.conf.py"
    if not config.is_file():
        print(f"citations serve: {config} not found (run from a checkout of the project)", file=sys.stderr)
        return 2
    if args.port:
        os.environ["PORT"] = str(args.port)
    if args.workers:
        os.environ["WEB_CONCURRENCY"] = str(args.workers)
    os.chdir(ROOT)
    command = [sys.executable, "-m", "service.front", "service.wsgi:app"]
    os.execv(sys.executable, command)
    return 0  # not reached


# ---------------------------------------------------------------- stats


def cmd_stats(args, _factory: AnalyzerFactory) -> int:
    """Aggregate a batch output (no model needed): a table, or one JSON object with --json."""
    from service.stats import format_table, read_results, summarize

    path = Path(args.results)
    if not path.exists():
        print(f"citations stats: {path} does not exist", file=sys.stderr)
        return 2
    summary = summarize(read_results(path), top=args.top)
    if args.json:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(format_table(summary))
    return 0


# ---------------------------------------------------------------- arguments


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(
        prog="citations", description="Who said what in French news text: quotations, speakers, cues."
    )
    commands = main_parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def analysis_options(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--no-indirect", action="store_true", help="leave out indirect (reported) speech")
        sub.add_argument(
            "--offsets",
            choices=["codepoint", "utf16"],
            default="codepoint",
            help="unit of start/end in the JSON (default: codepoint)",
        )
        sub.add_argument(
            "--analyzer",
            metavar="MODULE:FUNCTION",
            help="factory returning the analyzer (default: the shipped model; for tests)",
        )

    attribute = commands.add_parser("attribute", help="attribute the quotations of one article")
    attribute.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or - for standard input")
    attribute.add_argument("--json", action="store_true", help="print the API's JSON instead of a table")
    attribute.add_argument("--id", help="id echoed in the JSON (default: null, as the API)")
    analysis_options(attribute)
    attribute.set_defaults(run=cmd_attribute)

    batch = commands.add_parser(
        "batch",
        help='attribute a JSONL file of {"id", "text"} lines',
        description='Reads {"id", "text"} lines, writes one API-shaped result per line (with its id) '
        "to OUT, skipping ids already there. Failed lines go to the errors file, "
        '{"line", "id", "error"} each; they are retried on the next run.',
    )
    batch.add_argument("input", metavar="IN.jsonl")
    batch.add_argument("output", metavar="OUT.jsonl")
    batch.add_argument("--workers", type=_positive, default=1, help="processes (each loads the model once)")
    batch.add_argument("--batch-size", type=_positive, default=16, help="documents per parser pass")
    batch.add_argument(
        "--errors", metavar="PATH", help="failures file (default: OUT without .jsonl + .errors.jsonl)"
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    analysis_options(batch)
    batch.set_defaults(run=cmd_batch)

    serve = commands.add_parser(
        "serve", help="start the HTTP service (nginx front and gunicorn, as make run)"
    )
    serve.add_argument("--port", type=_positive, help="listening port (default: PORT or 8000)")
    serve.add_argument(
        "--workers", type=_positive, help="gunicorn workers (default: WEB_CONCURRENCY or cores)"
    )
    serve.set_defaults(run=cmd_serve)

    stats = commands.add_parser(
        "stats",
        help="who gets quoted in a batch output: quotes and speakers by gender and kind, most quoted",
        description="Aggregates the results of `citations batch` (or the Spark job's JSONL output), one "
        "result a line. "
        "Gender is the article's grammatical evidence about each speaker, not an identity claim.",
    )
    stats.add_argument(
        "results", metavar="RESULTS.jsonl", help="a results file, or the Spark job's results.jsonl directory"
    )
    stats.add_argument("--json", action="store_true", help="one JSON object (for a dashboard)")
    stats.add_argument("--top", type=_positive, default=10, help="how many most quoted speakers (10)")
    stats.set_defaults(run=cmd_stats)

    from service import spark  # the job imports pyspark only when it runs

    spark_batch = commands.add_parser(
        "spark-batch",
        help="attribute an archive on Apache Spark (JSONL or Parquet in, Parquet or JSONL out)",
        description=spark.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    spark.add_arguments(spark_batch)
    spark_batch.set_defaults(run=spark.cmd_spark_batch)
    return main_parser


def main(argv: list[str] | None = None, factory: AnalyzerFactory | None = None) -> int:
    args = parser().parse_args(argv)
    if factory is None:
        try:
            factory = import_factory(args.analyzer) if getattr(args, "analyzer", None) else load_analyzer
        except (ImportError, AttributeError, ValueError) as error:
            print(f"citations: --analyzer: {error}", file=sys.stderr)
            return 2
    try:
        return args.run(args, factory)
    except ModelUnavailable as error:
        print(
            f"citations {args.command}: the model could not be loaded: {error} (set MODEL_DIR)",
            file=sys.stderr,
        )
        return 3
