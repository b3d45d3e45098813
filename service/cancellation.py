"""Stopping an analysis that nobody waits for any more.

A request thread that gives up (REQUEST_TIMEOUT_S) sets the job's event; the analysis, run inside
`cancellable(event)`, checks it before every torch module call of the parser and between documents,
and raises `Cancelled`. The worker is then free again within one parser batch instead of finishing
work whose answer was already a 504. The check is per thread, so other requests are not affected."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

_scope = threading.local()


class Cancelled(Exception):
    """The request that wanted this analysis has given up on it."""


@contextmanager
def cancellable(cancel: threading.Event) -> Iterator[None]:
    """Analyses run by this thread inside the block stop at their next check once `cancel` is set."""
    previous = getattr(_scope, "cancel", None)
    _scope.cancel = cancel
    try:
        yield
    finally:
        _scope.cancel = previous


def check_cancelled() -> None:
    cancel = getattr(_scope, "cancel", None)
    if cancel is not None and cancel.is_set():
        raise Cancelled


def _before_forward(_module, _inputs) -> None:
    check_cancelled()


def install_torch_checks(models) -> None:
    """A cancellation check before every module (and submodule) of these torch models runs: an
    LSTM, an embedding, a classifier... i.e. several times per batch, for a few microseconds each."""
    for model in models:
        for module in model.modules():
            module.register_forward_pre_hook(_before_forward)
