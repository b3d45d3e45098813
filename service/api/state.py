"""The analyzer of this worker process: loaded once, in the background, so /healthz answers at once."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from service.cancellation import Cancelled, cancellable
from service.config import Settings

log = logging.getLogger("citations.model")


class NotReady(Exception):
    """The model is not loaded (yet, or at all)."""


class ProcessingTimeout(Exception):
    """Analysis took longer than REQUEST_TIMEOUT_S."""


class AnalyzerState:
    """Holds the analyzer, its load error if any, and a small executor that bounds request time."""

    def __init__(self, settings: Settings, analyzer=None) -> None:
        self.settings = settings
        self.analyzer = analyzer
        self.error: str | None = None
        self.loading = False
        self._loaded = threading.Event()
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="analyze")

    # ------------------------------------------------------------ loading
    def start(self) -> None:
        """Load the model in a background thread (no-op when injected ready or LOAD_MODEL=false)."""
        if self.analyzer is not None and self.analyzer.ready:
            self._loaded.set()
            return
        if not self.settings.load_model:
            return
        self.loading = True
        threading.Thread(target=self._load, name="model-loader", daemon=True).start()

    def _load(self) -> None:
        started = time.perf_counter()
        try:
            if self.analyzer is None:
                from service.engine_runtime import Analyzer  # deferred: imports the engine

                self.analyzer = Analyzer(self.settings)
            self.analyzer.load()
        except Exception as error:  # ModelNotFoundError, or an engine that does not import
            from service.nlp.stanza_parser import ModelNotFoundError

            kind = "model not found or corrupt" if isinstance(error, ModelNotFoundError) else "load failed"
            # Clients get the kind only; the path and cause go to the log line below.
            self.error = f"{kind} (see the server log)"
            log.error(
                "MODEL NOT LOADED (%s): %s. /readyz answers 503 and attribution endpoints 503 until the "
                "model directory is fixed and the service restarted (set MODEL_DIR).",
                type(error).__name__,
                error,
            )
        else:
            log.info("model ready in %.2fs", time.perf_counter() - started)
            from service.api import metrics

            metrics.MODEL_LOAD_SECONDS.set(getattr(self.analyzer.parser, "load_seconds", None) or 0.0)
            self._loaded.set()
        finally:
            self.loading = False

    def wait_if_loading(self) -> None:
        """A request that arrives while this worker loads (start-up, or a max_requests recycle)
        waits for the model, up to REQUEST_TIMEOUT_S, rather than failing at once."""
        if self.loading and not self._loaded.is_set():
            self._loaded.wait(self.settings.request_timeout_s)

    def wait(self, timeout: float | None = None) -> bool:
        return self._loaded.wait(timeout)

    @property
    def ready(self) -> bool:
        return self.analyzer is not None and self._loaded.is_set() and bool(self.analyzer.ready)

    def not_ready_reason(self) -> str:
        if self.error:
            return self.error
        if self.loading:
            return "the model is still loading"
        return "the model is not loaded"

    # ------------------------------------------------------------ analysis
    def analyze_many(self, texts: list[str], include_indirect: bool):
        """Results for texts (one parser pass), or NotReady / ProcessingTimeout."""
        self.wait_if_loading()
        if not self.ready:
            raise NotReady(self.not_ready_reason())
        cancel = threading.Event()
        future = self._executor.submit(self._run, cancel, texts, include_indirect)
        try:
            return future.result(timeout=self.settings.request_timeout_s)
        except FutureTimeout:
            # A queued job is dropped; a running one stops at its next check (within one parser
            # batch), so the worker does not go on with work whose answer is already a 504.
            cancel.set()
            future.cancel()
            from service.api import metrics

            metrics.TIMEOUTS.inc()
            raise ProcessingTimeout(
                f"processing took longer than {self.settings.request_timeout_s:g} s"
            ) from None

    def _run(self, cancel: threading.Event, texts: list[str], include_indirect: bool):
        try:
            with cancellable(cancel):
                return self.analyzer.analyze_many(texts, include_indirect)
        except Cancelled:
            from service.api import metrics

            metrics.CANCELLED.inc()
            raise
