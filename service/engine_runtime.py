"""Text in, attributions out: the parser and the engine wired together, with a response cache."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from service.attribution.engine import attribute, sentences_to_parse
from service.attribution.results import AttributionResult
from service.cancellation import check_cancelled, install_torch_checks
from service.config import Settings
from service.nlp.stanza_parser import StanzaParser, default_threads


class Analyzer:
    """One per process: holds the loaded parser and a bounded LRU cache of results."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        threads = self.settings.torch_threads or default_threads()
        self.parser = StanzaParser(
            self.settings.model_dir, threads=threads, batch_size=self.settings.parse_batch_size
        )
        self._cache: OrderedDict[str, AttributionResult] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._cancellable = False

    def load(self) -> None:
        self.parser.load()
        if not self._cancellable:
            install_torch_checks(_torch_models(self.parser))
            self._cancellable = True

    @property
    def ready(self) -> bool:
        return self.parser.loaded

    @property
    def version(self) -> str:
        return model_version(self.parser.model_dir)

    def analyze(self, text: str, include_indirect: bool = True) -> AttributionResult:
        return self.analyze_many([text], include_indirect)[0]

    def analyze_many(self, texts: Sequence[str], include_indirect: bool = True) -> list[AttributionResult]:
        """Parse all uncached texts in one parser pass, then attribute each."""
        keys = [self._key(text, include_indirect) for text in texts]
        results: list[AttributionResult | None] = [self._cached(key) for key in keys]
        todo = [i for i, result in enumerate(results) if result is None]
        if todo:
            check_cancelled()  # a job that waited behind another may be abandoned already
            keep = sentences_to_parse if self.settings.selective_parse else None
            documents = self.parser.parse_many([texts[i] for i in todo], keep)
            for i, document in zip(todo, documents, strict=True):
                check_cancelled()
                results[i] = attribute(document, include_indirect=include_indirect)
                self._store(keys[i], results[i])
        return [result for result in results if result is not None]

    def _key(self, text: str, include_indirect: bool) -> str:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return f"{self.version}:{int(include_indirect)}:{digest}"

    def _cached(self, key: str) -> AttributionResult | None:
        if self.settings.cache_size <= 0:
            return None
        with self._cache_lock:
            result = self._cache.get(key)
            if result is not None:
                self._cache.move_to_end(key)
            return result

    def _store(self, key: str, result: AttributionResult) -> None:
        if self.settings.cache_size <= 0:
            return
        with self._cache_lock:
            self._cache[key] = result
            while len(self._cache) > self.settings.cache_size:
                self._cache.popitem(last=False)


def _torch_models(parser: StanzaParser) -> list:
    """The torch models of the parser's Stanza pipeline (one per processor), for cancellation checks."""
    import torch

    pipeline = getattr(parser, "_pipeline", None)
    processors = pipeline.processors.values() if pipeline is not None else []
    models = [getattr(getattr(processor, "trainer", None), "model", None) for processor in processors]
    return [model for model in models if isinstance(model, torch.nn.Module)]


_VERSION_CACHE: dict[str, str] = {}


def model_version(model_dir) -> str:
    """A short content hash of the model files: changes whenever the model does."""
    key = str(model_dir)
    if key not in _VERSION_CACHE:
        digest = hashlib.sha256()
        paths = sorted(Path(model_dir).glob("*.pt"))
        for path in paths:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
        _VERSION_CACHE[key] = digest.hexdigest()[:12] if paths else "none"
    return _VERSION_CACHE[key]


def predict_texts(texts: list[str]) -> list[list[dict]]:
    """For the evaluator: API-shaped quote dicts for each text, through the real parser."""
    from service.schemas import AttributionResultSchema

    analyzer = Analyzer(Settings(cache_size=0))
    schema = AttributionResultSchema()
    return [schema.dump(result)["quotes"] for result in analyzer.analyze_many(texts)]
