"""Analyzer factories for the command line's batch-machinery tests (resume, bad lines, workers, crashes).

They are module-level functions so that `--workers` processes can import them; the analyzer itself is
the HTTP-layer fake (tests.fakes), never a stand-in for the engine's results."""

from __future__ import annotations

import os

from tests.fakes import FakeAnalyzer

CRASH = "\U0001f4a5CRASH"  # a document with this kills its worker process (a segfault or OOM kill)


def fake_analyzer() -> FakeAnalyzer:
    """The fake, its version naming the process; each load is logged to $CLI_FAKE_LOG if set."""
    analyzer = FakeAnalyzer()
    analyzer.version = f"fake-{os.getpid()}"
    log = os.environ.get("CLI_FAKE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
    return analyzer


class _Crashing(FakeAnalyzer):
    def analyze_many(self, texts, include_indirect: bool = True):
        if any(CRASH in text for text in texts):
            os._exit(9)
        return super().analyze_many(texts, include_indirect)


def crashing_analyzer() -> FakeAnalyzer:
    return _Crashing()


def missing_model():
    from service.nlp.stanza_parser import ModelNotFoundError

    raise ModelNotFoundError("model directory /nowhere lacks depparse.pt")
