"""Long runs of non-space characters reach Stanza's tokenizer cut into pieces of at most
MAX_RUN_CHARS, so its e-mail/URL regular expression runs in linear time; offsets stay exact."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.config import Settings
from service.nlp.stanza_parser import MAX_RUN_CHARS, break_long_runs

MAX_TEXT_CHARS = Settings().max_text_chars
FRENCH = "« Nous resterons », a déclaré la ministre jeudi. Selon le maire, la route sera rouverte. "
# One unit of each shape that made the tokenizer's regex quadratic, or could: repeated to any length.
SHAPES = {
    "letters": "a",
    "capitals": "A",
    "digits": "7",
    "base64": "QUJD+/9=",
    "url": "https://www.exemple.fr/article/2024/05/une-longue-adresse?id=1&x=",
    "email_like": "prenom.nom-x@",
    "at_signs": "a@",
    "apostrophes": "'",
    "hyphens": "-",
    "dotted": "a.",
    "quoted_local_part": '"ab\\',
}


def longest_run(text: str) -> int:
    return max((len(run) for run in text.split()), default=0)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=2_000))
def test_same_length_and_only_spaces_added(text):
    cut = break_long_runs(text)
    assert len(cut) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, cut, strict=True))
    assert longest_run(cut) <= MAX_RUN_CHARS
    if longest_run(text) <= MAX_RUN_CHARS:
        assert cut == text


def test_runs_are_cut_every_max_run_chars():
    cut = break_long_runs("début " + "a" * (3 * MAX_RUN_CHARS + 10) + " fin")
    assert [len(run) for run in cut.split()] == [5, MAX_RUN_CHARS, MAX_RUN_CHARS, MAX_RUN_CHARS, 7, 3]
    assert break_long_runs(FRENCH) == FRENCH


def test_guard_is_fast_on_a_maximal_text():
    text = "ab " * (MAX_TEXT_CHARS // 3) + "a" * MAX_TEXT_CHARS
    started = time.perf_counter()
    break_long_runs(text)
    assert time.perf_counter() - started < 2.0


# ------------------------------------------------------------------ through the real tokenizer


def tokenize(parser, text: str) -> tuple[float, list]:
    """Seconds to tokenize (no pos/depparse: the filter keeps no sentence) and the sentences."""
    started = time.perf_counter()
    (document,) = parser.parse_many([text], lambda sentences: set())
    return time.perf_counter() - started, list(document.sentences)


@pytest.fixture(scope="module")
def seconds_per_char(shipped_parser):
    """Tokenizer time per character of ordinary French on this machine, now (the machine may be shared)."""
    text = (FRENCH * (20_000 // len(FRENCH) + 1))[:20_000]
    tokenize(shipped_parser, text[:500])  # warm-up
    elapsed, _ = tokenize(shipped_parser, text)
    return elapsed / len(text)


def bound(seconds_per_char: float, chars: int) -> float:
    """Generous: three times ordinary text of the same length, plus 3 s. Without the guard a run of
    16,000 letters alone took 4.4 s, and 32,000 took 17 s."""
    return 3 * seconds_per_char * chars + 3.0


def check_offsets(text: str, sentences) -> None:
    for sentence in sentences:
        for word in sentence.words:
            assert 0 <= word.start < word.end <= len(text)
            assert not text[word.start : word.end].isspace()


@pytest.mark.model
@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    shape=st.sampled_from(sorted(SHAPES)),
    run_chars=st.integers(16_000, 32_000),
    glued=st.booleans(),
)
def test_adversarial_runs_tokenize_in_bounded_time(shipped_parser, seconds_per_char, shape, run_chars, glued):
    unit = SHAPES[shape]
    run = (unit * (run_chars // len(unit) + 1))[:run_chars]
    text = FRENCH + ("" if glued else " ") + run + " " + FRENCH
    elapsed, sentences = tokenize(shipped_parser, text)
    assert elapsed < bound(seconds_per_char, len(text)), (shape, len(text), elapsed)
    check_offsets(text, sentences)


@pytest.mark.model
@pytest.mark.slow
def test_one_word_of_max_text_chars(shipped_parser, seconds_per_char):
    text = "a" * MAX_TEXT_CHARS
    elapsed, sentences = tokenize(shipped_parser, text)
    assert elapsed < bound(seconds_per_char, len(text)), elapsed
    check_offsets(text, sentences)
    assert sum(len(sentence.words) for sentence in sentences) >= MAX_TEXT_CHARS // (2 * MAX_RUN_CHARS + 1)
