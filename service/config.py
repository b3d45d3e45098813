"""Settings read from the environment, with defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _float(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value in {"1", "true", "yes", "on"}


def _list(name: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in os.environ.get(name, "").split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    model_dir: str | None = field(default_factory=lambda: os.environ.get("MODEL_DIR") or None)
    max_body_bytes: int = field(default_factory=lambda: _int("MAX_BODY_BYTES", 1_000_000))
    max_text_chars: int = field(default_factory=lambda: _int("MAX_TEXT_CHARS", 200_000))
    max_batch_documents: int = field(default_factory=lambda: _int("MAX_BATCH_DOCUMENTS", 64))
    # A run of more words than this without a sentence end is rejected (422) before parsing.
    max_sentence_words: int = field(default_factory=lambda: _int("MAX_SENTENCE_WORDS", 1000))
    request_timeout_s: float = field(default_factory=lambda: _float("REQUEST_TIMEOUT_S", 60.0))
    selective_parse: bool = field(default_factory=lambda: _bool("SELECTIVE_PARSE", True))
    # Words inside long direct quotations tagged and parsed as one placeholder (engine_runtime.py).
    # Off: with the engine's current rules it cost 0.7 attribution F1 and 1.0 named attribution F1 on
    # quotes-fr dev against the full parse (docs/BENCHMARKS.md), over the 0.5 allowed.
    frame_parse: bool = field(default_factory=lambda: _bool("FRAME_PARSE", False))
    # Unknown proper nouns, numbers and symbols lemmatized as themselves (service/nlp/fast_lemmas.py).
    dictionary_lemmas: bool = field(default_factory=lambda: _bool("DICTIONARY_LEMMAS", True))
    cache_size: int = field(default_factory=lambda: _int("CACHE_SIZE", 256))
    # Words per pos/lemma/depparse batch. Smaller batches pad less (depparse scores every word pair of a
    # padded batch): 500 was ~25% faster than 3000 on the benchmark corpus (docs/BENCHMARKS.md).
    parse_batch_size: int = field(default_factory=lambda: _int("PARSE_BATCH_SIZE", 500))
    torch_threads: int = field(default_factory=lambda: _int("TORCH_THREADS", 0))
    load_model: bool = field(default_factory=lambda: _bool("LOAD_MODEL", True))
    api_keys: tuple[str, ...] = field(default_factory=lambda: _list("API_KEYS"))
    cors_origins: tuple[str, ...] = field(default_factory=lambda: _list("CORS_ORIGINS"))
