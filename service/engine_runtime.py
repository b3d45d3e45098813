"""Text in, attributions out: the parser and the engine wired together, with a response cache."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from service.attribution import lexicon
from service.attribution.engine import attribute, sentences_to_parse
from service.attribution.quotes import DIALOGUE_DASHES, INNER_SPACES, scan_quotes
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
            self.settings.model_dir,
            threads=threads,
            batch_size=self.settings.parse_batch_size,
            dictionary_lemmas=self.settings.dictionary_lemmas,
            dictionary_mwt=True,  # exact: the same tokens as Stanza's own expander
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
            hide = quotation_interiors if self.settings.frame_parse else None
            documents = self.parser.parse_many([texts[i] for i in todo], keep, hide)
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


# Frame parsing (service/nlp/frame_parse.py): which words of a text the parser may see as one
# placeholder. Only inside direct quotations of at least this many words (partial quotes are read by
# the rules word by word), and only plain lowercase words with nothing but spaces between them:
# punctuation and capitalised words (names the entity rules read) stay visible, and so does every
# incise (« Je pense, a-t-il dit, que … »: a cue form just after a comma, a dash, a parenthesis or
# a question mark, or an inverted subject) with the words on either side of it.
MIN_HIDDEN_QUOTE_WORDS = 8
_QUOTE_WORD = re.compile(r"[\w’'-]+")
_DIRECT_OPENERS = frozenset(":.!?…—–\n\r")
_INCISE_OPENERS = frozenset(",—–(?!…")
_KEPT_FORMS = frozenset({"selon", "d'après", "après", "pour"})
_INVERTED_SUBJECT = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on)$")
# An incise's cue comes within this many words after the punctuation that opens it (« , a-t-il dit »).
_INCISE_REACH = 3


def quotation_interiors(text: str) -> list[tuple[int, int]]:
    """Character intervals of the words the parser may hide in `text` (see above)."""
    intervals: list[tuple[int, int]] = []
    for quote in scan_quotes(text):
        if not _stands_alone(text, quote.open_at, quote.mark):
            continue
        words = list(_QUOTE_WORD.finditer(text, quote.start, quote.end))
        if len(words) < MIN_HIDDEN_QUOTE_WORDS:
            continue
        incise = _incise_words(text, words)
        run: list[int] = []  # indices into words
        for i, word in enumerate(words):
            form = word.group()
            hideable = form[0].islower() and not incise[i] and _normal(form) not in _KEPT_FORMS
            if hideable and run and not text[words[run[-1]].end() : word.start()].strip(INNER_SPACES):
                run.append(i)
                continue
            _close_run(words, incise, run, intervals)
            run = [i] if hideable else []
        _close_run(words, incise, run, intervals)
    return intervals


def _incise_words(text: str, words: list[re.Match]) -> list[bool]:
    """Which words are an incise's cue: a cue form at most two words after a comma, a dash, a
    parenthesis or a question or exclamation mark (« Il reste des lits ? demande un homme »), or a
    verb with an inverted subject (« estime-t-elle »)."""
    forms = lexicon.speech_forms()
    flags = []
    for i, word in enumerate(words):
        form = _normal(word.group())
        opened = any(
            j > 0 and _INCISE_OPENERS.intersection(text[words[j - 1].end() : words[j].start()])
            for j in (i, i - 1)
        )
        flags.append((form in forms and opened) or bool(_INVERTED_SUBJECT.search(form)))
    return flags


def _close_run(words: list[re.Match], incise: list[bool], run: list[int], intervals: list) -> None:
    """Keep the run unless an incise is next to it: one that opens the segment after it (« L'eau
    est montée, a dit Samira ») is attached by the parser to the words before; the words after one
    describe its speaker (« a dit Samira Bouaziz, commerçante du quartier »)."""
    if not run:
        return
    nearby = range(max(0, run[0] - _INCISE_REACH - 2), min(run[-1] + 1 + _INCISE_REACH, len(words)))
    if any(incise[j] for j in nearby):
        return
    intervals.append((words[run[0]].start(), words[run[-1]].end()))


def _normal(form: str) -> str:
    return form.lower().replace("’", "'")


def _stands_alone(text: str, open_at: int, mark: str) -> bool:
    """A direct quotation: opened by a dialogue dash, or after a paragraph start, a colon or a
    sentence end (how the engine tells direct from partial quotes)."""
    if mark in DIALOGUE_DASHES:
        return True
    before = text[:open_at].rstrip(INNER_SPACES)
    return not before or before[-1] in _DIRECT_OPENERS


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
