"""The one analysis path shared by the API, the CLI (`attribute`, `batch`) and batch jobs
(`spark-batch`): clean -> analyse -> dump -> offsets.

    results = analyze_texts(analyzer, texts, include_indirect)
    payloads = [to_api(r, text, doc_id, offsets, model_info(analyzer)) for r, text, doc_id in ...]

`analyzer` is anything with `analyze_many(texts, include_indirect)`: the process's
`service.engine_runtime.Analyzer`, or the API's `AnalyzerState`, which adds the request deadline.
Each payload is exactly the API's response object for that text.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any, Protocol

from service.attribution.results import AttributionResult

# Control characters other than tab, line feed and carriage return: the parser sees a space instead
# (same length, so offsets do not move); responses quote the original text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class BatchAnalyzer(Protocol):
    def analyze_many(self, texts: list[str], include_indirect: bool) -> list[AttributionResult]: ...


def clean(text: str) -> str:
    """What the parser gets: control characters as spaces, same length as the input."""
    return _CONTROL.sub(" ", text)


def analyze_texts(
    analyzer: BatchAnalyzer, texts: list[str], include_indirect: bool
) -> list[AttributionResult]:
    """Blank texts need no parse; the others go through the analyzer in one pass, cleaned."""
    results = [AttributionResult() for _ in texts]
    todo = [i for i, text in enumerate(texts) if text.strip()]
    if todo:
        cleaned = [clean(texts[i]) for i in todo]
        for i, result in zip(todo, analyzer.analyze_many(cleaned, include_indirect), strict=True):
            results[i] = result
    return results


@cache
def _schemas():
    from service.schemas import AttributionResponseSchema, AttributionResultSchema

    return AttributionResultSchema(), AttributionResponseSchema()


def to_api(result: AttributionResult, text: str, doc_id: str | None, offsets: str, model: dict) -> dict:
    """The API's response object for one text: every span's `text` is input[start:end] of the original
    (not the cleaned) text, and offsets are converted to UTF-16 units when asked."""
    from service.api.offsets import restore_span_texts, to_utf16

    result_schema, response_schema = _schemas()
    body = result_schema.dump(result)
    restore_span_texts(body, text)
    if offsets == "utf16":
        to_utf16(body, text)
    shaped = {"id": doc_id, "quotes": body["quotes"], "speakers": body["speakers"], "model": model}
    return response_schema.dump(shaped)


def model_info(analyzer: Any) -> dict:
    """The `model` object of a response: parser name and model version."""
    return {"parser": analyzer.parser.name, "version": analyzer.version}


def api_json(payload: dict) -> str:
    """Serialised as Flask serves it (compact, UTF-8, keys in schema order), without the newline."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
