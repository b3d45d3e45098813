"""Offsets in the response: code points by default, UTF-16 code units on request."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_mapper(text: str, offsets: Iterable[int]) -> dict[int, int]:
    """Map code point offsets to UTF-16 code unit offsets in one linear pass over the text.

    Characters outside the Basic Multilingual Plane (emoji, many CJK extensions) take two UTF-16
    code units, so each offset moves right by the number of such characters before it.
    """
    wanted = sorted(set(offsets))
    if not wanted:
        return {}
    astral = [match.start() for match in _ASTRAL.finditer(text)]
    mapping: dict[int, int] = {}
    seen = 0
    for offset in wanted:  # both lists ascending: a merge walk
        while seen < len(astral) and astral[seen] < offset:
            seen += 1
        mapping[offset] = offset + seen
    return mapping


def _spans(payload: Any):
    """Every dict in the payload that carries start/end offsets."""
    if isinstance(payload, dict):
        if "start" in payload and "end" in payload:
            yield payload
        for value in payload.values():
            yield from _spans(value)
    elif isinstance(payload, list):
        for value in payload:
            yield from _spans(value)


def restore_span_texts(result: dict, text: str) -> None:
    """Make every span's `text` exactly input[start:end] (code points), whatever the engine saw."""
    for span in _spans(result):
        span["text"] = text[span["start"] : span["end"]]


def to_utf16(result: dict, text: str) -> None:
    """Convert every start/end in a dumped result (quotes, mentions, cues) to UTF-16, in place."""
    spans = list(_spans(result))
    mapping = utf16_mapper(text, [s["start"] for s in spans] + [s["end"] for s in spans])
    for span in spans:
        span["start"] = mapping[span["start"]]
        span["end"] = mapping[span["end"]]
