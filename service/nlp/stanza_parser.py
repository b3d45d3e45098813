"""Raw text -> `Document` with Stanza, the shipped model by default.

Only this module and its helpers (`stanza_speedups`, `fast_lemmas`, `fast_mwt`, `frame_parse`,
`sentence_joins`) import stanza, and only once the model loads."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

from service.nlp.document import Document, Sentence, Word
from service.nlp.frame_parse import FrameSentence, HideSpans, copy_back, frame_of, hidden_runs, proxy_document
from service.nlp.retag import retag_finite_verbs
from service.nlp.sentence_joins import join_broken_sentences, join_split_words

log = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "fr"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
# Files of the shipped model; an official Stanza download has its own layout (see _official_kwargs).
SHIPPED_FILES = {
    "tokenize_model_path": "tokenize.pt",
    "mwt_model_path": "mwt.pt",
    "pos_model_path": "pos.pt",
    "lemma_model_path": "lemma.pt",
    "depparse_model_path": "depparse.pt",
    "pos_pretrain_path": "pretrain.pt",
    "depparse_pretrain_path": "pretrain.pt",
}

# Given every sentence text of a document, the indices of those worth a full parse.
SentenceFilter = Callable[[list[str]], set[int]]


class ModelNotFoundError(RuntimeError):
    """The model directory is missing or incomplete."""


def _shipped_kwargs(model_dir: Path) -> dict[str, str]:
    missing = [name for name in set(SHIPPED_FILES.values()) if not (model_dir / name).is_file()]
    if missing:
        raise ModelNotFoundError(f"model directory {model_dir} lacks {', '.join(sorted(missing))}")
    return {key: str(model_dir / name) for key, name in SHIPPED_FILES.items()}


def _official_kwargs(model_dir: Path) -> dict[str, str]:
    """An official Stanza resources dir (stanza_resources/ with fr/ and resources.json)."""
    if not (model_dir / "resources.json").is_file() or not (model_dir / "fr").is_dir():
        raise ModelNotFoundError(f"{model_dir} is not a Stanza resources directory")
    return {}


class StanzaParser:
    """Loads the Stanza pipeline once and converts its output to `Document`s."""

    def __init__(
        self,
        model_dir: str | Path | None = None,
        threads: int | None = None,
        batch_size: int = 3000,
        dictionary_lemmas: bool = False,
        dictionary_mwt: bool = False,
    ) -> None:
        self.model_dir = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
        self.threads = threads
        self.batch_size = batch_size
        # unknown proper nouns, numbers and symbols lemmatized as themselves (service/nlp/fast_lemmas.py)
        self.dictionary_lemmas = dictionary_lemmas
        # « du », « aux » … expanded from the MWT dictionary without the seq2seq pass, same result
        # (service/nlp/fast_mwt.py)
        self.dictionary_mwt = dictionary_mwt
        self.max_sentence_words = 300
        self._pipeline = None
        self._lock = threading.Lock()
        self.load_seconds: float | None = None

    @property
    def name(self) -> str:
        return "shipped" if (self.model_dir / "MODEL.md").is_file() else "stanza-official"

    def load(self) -> None:
        """Build the pipeline (no network: download_method=None). Raises ModelNotFoundError."""
        if self._pipeline is not None:
            return
        started = time.perf_counter()
        import stanza  # deferred: importing torch costs seconds
        import torch

        if self.threads:
            torch.set_num_threads(self.threads)
        if (self.model_dir / "tokenize.pt").is_file():
            kwargs = _shipped_kwargs(self.model_dir)
        else:
            kwargs = _official_kwargs(self.model_dir)
        try:
            with _no_training_optimizers():
                self._pipeline = stanza.Pipeline(
                    lang="fr",
                    dir=str(self.model_dir),
                    processors=",".join(PROCESSORS),
                    download_method=None,
                    allow_unknown_language=True,
                    use_gpu=False,
                    logging_level="ERROR",  # not the "unsupported language: fr" warning on every load
                    tokenize_batch_size=64,
                    pos_batch_size=self.batch_size,
                    lemma_batch_size=self.batch_size,
                    depparse_batch_size=self.batch_size,
                    **kwargs,
                )
        except ModelNotFoundError:
            raise
        except Exception as error:  # a corrupt file surfaces as many exception types
            raise ModelNotFoundError(f"cannot load model from {self.model_dir}: {error}") from error
        from service.nlp import stanza_speedups

        stanza_speedups.install()
        if self.dictionary_lemmas:
            from service.nlp import fast_lemmas

            fast_lemmas.install(self._pipeline.processors["lemma"])
        if self.dictionary_mwt:
            from service.nlp import fast_mwt

            fast_mwt.install(self._pipeline.processors["mwt"])
        self.load_seconds = time.perf_counter() - started
        log.info("stanza model loaded from %s in %.2fs", self.model_dir, self.load_seconds)

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def parse(self, text: str, keep: SentenceFilter | None = None, hide: HideSpans | None = None) -> Document:
        return self.parse_many([text], keep, hide)[0]

    def parse_many(
        self, texts: Sequence[str], keep: SentenceFilter | None = None, hide: HideSpans | None = None
    ) -> list[Document]:
        """Parse texts in one pass. With `keep`, only sentences it accepts get pos/lemma/depparse.
        With `hide`, runs of words inside the character intervals it gives for a text are tagged and
        parsed as one placeholder word (service/nlp/frame_parse.py).

        Each paragraph (a line of text) is parsed on its own so that no sentence runs across a
        paragraph break, then offsets are shifted back into the whole text.
        """
        self.load()
        from stanza.models.common.doc import Document as StanzaDocument

        if not texts:
            return []
        pieces = [
            (n, m.start(), m.group()) for n, text in enumerate(texts) for m in _PARAGRAPH.finditer(text)
        ]
        # torch modules are not re-entrant across threads: serialise use of the pipeline.
        with self._lock:
            docs = [StanzaDocument([], text=break_long_runs(piece)) for _, _, piece in pieces]
            if docs:
                docs = self._pipeline.process(docs, processors="tokenize,mwt")
            for doc in docs:
                join_split_words(doc)
                join_broken_sentences(doc)
            per_text: dict[int, list] = {}
            for (n, offset, _), doc in zip(pieces, docs, strict=True):
                per_text.setdefault(n, []).extend((offset, sentence) for sentence in doc.sentences)
            chosen_ids: set[int] = set()
            frames: list[FrameSentence] = []
            for n in range(len(texts)):
                sentences = per_text.get(n, [])
                texts_n = [_sentence_text(texts[n], offset, s) for offset, s in sentences]
                wanted = keep(texts_n) if keep else set(range(len(sentences)))
                # never hand the quadratic parser a huge run-on "sentence" (a paste of 50,000 words)
                wanted = {i for i in wanted if len(sentences[i][1].words) <= self.max_sentence_words}
                chosen_ids.update(id(s) for i, (_, s) in enumerate(sentences) if i in wanted)
                if hide is not None:
                    frames += _frames(sentences, wanted, sorted(hide(texts[n])))
            self._parse_selected(docs, chosen_ids, frames)
        return [_to_document(text, per_text.get(n, []), chosen_ids) for n, text in enumerate(texts)]

    def _parse_selected(self, docs: list, chosen_ids: set[int], frames: list[FrameSentence]) -> None:
        """Run pos, lemma and depparse over the chosen sentences only, in one batch: the sentences
        with hidden words through their proxies (`frames`), the others as they are."""
        originals = [(list(doc.sentences), doc.num_tokens, doc.num_words) for doc in docs]
        framed = {id(frame.sentence) for frame in frames}
        busy = []
        for doc, (sentences, _, _) in zip(docs, originals, strict=True):
            _show(doc, [s for s in sentences if id(s) in chosen_ids and id(s) not in framed])
            if doc.sentences:
                busy.append(doc)
        proxies = proxy_document(frames) if frames else None
        try:
            if busy or proxies is not None:
                batch = busy + ([proxies] if proxies is not None else [])
                self._pipeline.process(batch, processors="pos,lemma")
                retag_finite_verbs(s for doc in batch for s in doc.sentences)
                self._pipeline.process(batch, processors="depparse")
            if proxies is not None:
                copy_back(frames, proxies)
        finally:
            for doc, (sentences, num_tokens, num_words) in zip(docs, originals, strict=True):
                doc.sentences, doc.num_tokens, doc.num_words = sentences, num_tokens, num_words


@contextmanager
def _no_training_optimizers():
    """Stanza's trainers build their training optimizers even to predict, and creating a torch.optim
    optimizer imports torch._dynamo: ~1.1 s of every worker's cold start for nothing
    (docs/BENCHMARKS.md). Inference never touches them, so they are skipped while the pipeline loads."""
    from stanza.models.common import utils

    saved = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer = lambda *args, **kwargs: None
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = saved


_PARAGRAPH = re.compile(r"[^\r\n]+")

# Stanza's tokenizer matches every paragraph against an e-mail/URL regular expression
# (stanza.models.tokenization.utils.MASK_RE) whose time grows with the square of the longest run of
# non-space characters, in one C call that holds the GIL (32,000 × "a": ~17 s). The tokenizer gets
# such runs cut by a space every MAX_RUN_CHARS characters: same length, so every offset stays exact,
# and the regex's time is linear in the text. No French word or ordinary URL is that long.
MAX_RUN_CHARS = 128
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN_CHARS + 1},}}")  # from a run's first character only


def break_long_runs(text: str) -> str:
    """`text` with a space in place of every (MAX_RUN_CHARS + 1)-th character of each longer run."""
    return _LONG_RUN.sub(_cut_run, text)


def _cut_run(match: re.Match) -> str:
    run = list(match.group())
    for cut in range(MAX_RUN_CHARS, len(run), MAX_RUN_CHARS + 1):
        run[cut] = " "
    return "".join(run)


def _frames(sentences: list, wanted: set[int], spans: list[tuple[int, int]]) -> list[FrameSentence]:
    """The wanted sentences that have words to hide, as frames (see service/nlp/frame_parse.py)."""
    frames = []
    for i in sorted(wanted):
        offset, sentence = sentences[i]
        runs = hidden_runs(sentence, offset, spans)
        if runs:
            frames.append(frame_of(sentence, runs))
    return frames


def _show(doc, sentences: list) -> None:
    """Let Stanza's processors see only these sentences (its counts must agree with them)."""
    doc.sentences = sentences
    doc.num_tokens = sum(len(s.tokens) for s in sentences)
    doc.num_words = sum(len(s.words) for s in sentences)


def _sentence_text(text: str, offset: int, sentence) -> str:
    """The sentence's characters in the original text (what the engine sees too)."""
    return text[offset + sentence.tokens[0].start_char : offset + sentence.tokens[-1].end_char]


def _to_document(text: str, sentences: list, parsed_ids: set[int]) -> Document:
    result = []
    for offset, sentence in sentences:
        parsed = id(sentence) in parsed_ids
        words = []
        for token in sentence.tokens:
            for word in token.words:
                words.append(
                    Word(
                        index=word.id,
                        text=word.text,
                        lemma=(word.lemma or word.text) if parsed else word.text,
                        upos=(word.upos or "X") if parsed else "X",
                        feats=(word.feats or "") if parsed else "",
                        head=(word.head or 0) if parsed else 0,
                        deprel=(word.deprel or "dep") if parsed else "dep",
                        start=offset + token.start_char,
                        end=offset + token.end_char,
                    )
                )
        if words:
            result.append(Sentence(tuple(words), words[0].start, words[-1].end, parsed))
    return Document(text, tuple(result))


# Changes whenever the adapter changes what a parse of the same model holds (kept parses go stale).
PARSE_REVISION = "retag5"


def default_threads() -> int:
    """Torch threads per worker process: one. Stanza's matrices are small (a batch of sentences), so
    a second thread costs more in synchronisation than it gains: on the 2-core benchmark machine, one
    process parsed the corpus in 4.1 s with 1 thread and 6.2 s with 2, and one gunicorn worker
    answered a 4,000-character article in 0.90 s (p50) with 2 threads against 0.48 s with 1
    (docs/BENCHMARKS.md). Use the cores with more workers; TORCH_THREADS overrides."""
    return 1
