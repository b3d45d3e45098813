"""Headless Chromium for the page tests: Debian's /usr/bin/chromium (installed by `make browser-deps`),
driven by Playwright for Python with that binary (no `playwright install`, no downloaded browser)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.conftest import ROOT

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
# Offline and quiet: no sandbox (root in CI), no GPU, no QUIC, no first-run, sync or update traffic.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def require_chromium() -> None:
    """Skip without a browser, except in CI where `make test` must have installed it."""
    reason = None
    if not CHROMIUM.is_file():
        reason = f"{CHROMIUM} is absent: run `make browser-deps` (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright is not installed: run `make setup-dev`"
    if reason and os.environ.get("CI"):
        pytest.fail(reason)
    if reason:
        pytest.skip(reason)


@contextmanager
def browser_page(profile_dir: Path, **context_options) -> Iterator:
    """A page in a fresh Chromium profile; console errors and page errors fail the test."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile_dir),
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            viewport={"width": 1366, "height": 900},
            locale="fr-FR",
            **context_options,
        )
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.set_default_timeout(20_000)
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
            # HTTP error statuses are logged as "Failed to load resource"; the tests check those answers.
            page.on(
                "console",
                lambda msg: (
                    errors.append(f"console {msg.type}: {msg.text}")
                    if msg.type == "error" and "Failed to load resource" not in msg.text
                    else None
                ),
            )
            page.errors = errors
            yield page
        finally:
            context.close()


@contextmanager
def serve(app) -> Iterator[str]:
    """The Flask app on a free 127.0.0.1 port in a thread (for the UI tests with an injected analyzer)."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


def wait_until(page, expression: str, timeout: float = 20.0) -> None:
    """Poll a JS expression with page.evaluate (wait_for_function evaluates strings, which the page's
    Content-Security-Policy rightly forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        time.sleep(0.05)


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


# Reads back what the page drew: every highlighted piece with its offset (UTF-16), text and colour.
READ_PAGE = """() => {
  const pieces = (selector) => [...document.querySelectorAll(selector)].map((node) => ({
    start: Number(node.dataset.start), text: node.textContent,
    quotes: (node.dataset.quotes || '').split(' ').filter(Boolean),
    background: getComputedStyle(node).backgroundColor,
    underline: getComputedStyle(node).textDecorationLine,
    unknown: node.classList.contains('inconnu'),
  }));
  const speakers = [...document.querySelectorAll('#locuteurs button')].map((button) => ({
    id: button.dataset.speaker, name: button.querySelector('.nom').textContent,
    count: parseInt(button.querySelector('.nombre').textContent, 10),
    colour: getComputedStyle(button.querySelector('.pastille')).backgroundColor,
  }));
  return {
    marks: pieces('#article mark.q'), cues: pieces('#article .cue'), speakers,
    quoteButtons: [...document.querySelectorAll('#citations button')].map((b) => b.dataset.quote),
    json: document.querySelector('#json').textContent,
    status: document.querySelector('#etat').textContent,
  };
}"""


def joined(pieces: list[dict], start: int, end: int) -> str | None:
    """The text of the contiguous pieces that exactly tile [start, end) (UTF-16 units), else None."""
    inside = sorted((p for p in pieces if start <= p["start"] < end), key=lambda p: p["start"])
    position, text = start, ""
    for piece in inside:
        if piece["start"] != position:
            return None
        text += piece["text"]
        position += len(piece["text"].encode("utf-16-le")) // 2
    return text if position == end else None


def check_page_matches(drawn: dict, answer: dict) -> None:
    """The highlights, cues and speaker list drawn by the page are the API's answer for the same text."""
    marks_by_quote: dict[str, list[dict]] = {}
    for piece in drawn["marks"]:
        for quote_id in piece["quotes"]:
            marks_by_quote.setdefault(quote_id, []).append(piece)
    assert set(marks_by_quote) == {q["id"] for q in answer["quotes"] if q["end"] > q["start"]}
    swatches = {s["id"]: s["colour"] for s in drawn["speakers"]}
    for quote in answer["quotes"]:
        pieces = marks_by_quote[quote["id"]]
        assert joined(pieces, quote["start"], quote["end"]) == quote["text"], quote
        alone = [p for p in pieces if p["quotes"] == [quote["id"]]]  # not inside a nested quote
        for piece in alone:
            if quote["speaker"]:
                assert not piece["unknown"] and piece["background"] == swatches[quote["speaker"]["id"]], quote
            else:
                assert piece["unknown"], quote
        if quote["cue"]:
            cue = quote["cue"]
            assert joined(drawn["cues"], cue["start"], cue["end"]) == cue["text"], cue
    for cue_piece in drawn["cues"]:
        assert "underline" in cue_piece["underline"]
    expected = [(s["id"], s["name"], len(s["quote_ids"])) for s in answer["speakers"] if s["quote_ids"]]
    unknown = sum(1 for q in answer["quotes"] if q["speaker"] is None)
    if unknown:
        expected.append(("", "Locuteur inconnu", unknown))
    assert [(s["id"], s["name"], s["count"]) for s in drawn["speakers"]] == expected
    named = [s["colour"] for s in drawn["speakers"] if s["id"]]
    assert len(set(named)) == len(named), "two speakers share a colour"
    assert drawn["quoteButtons"] == [q["id"] for q in answer["quotes"]]
