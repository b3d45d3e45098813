"""The shortcuts in service.nlp.stanza_speedups give exactly Stanza's own parses."""

from __future__ import annotations

import numpy as np
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from service.nlp import stanza_speedups
from tests.ud_gold import sentence_texts


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=1, keepdims=True))


def _scores(rng: np.random.Generator, n: int, peaked: bool) -> np.ndarray:
    """Arc log-probs like the parser's: row = dependent, column = head, row 0 = the root."""
    raw = rng.normal(size=(n, n))
    if peaked:  # a confident parser: the arcs of a random single-rooted tree stand out
        raw[1, 0] += 8
        for dep in range(2, n):
            raw[dep, rng.integers(1, dep)] += 8
    np.fill_diagonal(raw, -np.inf)
    return _log_softmax(raw)


@pytest.mark.parametrize("peaked", [True, False])
def test_mst_one_root_equals_stanzas_decoder(peaked):
    rng = np.random.default_rng(7)
    fast_path_hits = 0
    for _ in range(300):
        scores = _scores(rng, int(rng.integers(2, 45)), peaked)
        before = scores.copy()
        expected = chuliu_edmonds_one_root(scores.copy())
        got = stanza_speedups.mst_one_root(scores)
        assert np.array_equal(scores, before)  # the caller's matrix is left alone
        assert got.tolist() == expected.tolist()
        assert np.count_nonzero(got[1:] == 0) == 1
        greedy = scores.copy()
        greedy[0] = -np.inf
        fast_path_hits += np.count_nonzero(greedy[1:].argmax(1) == 0) == 1
    if peaked:
        assert fast_path_hits > 100  # the shortcut is really exercised, not only the fallback


def test_reaches_root_detects_cycles():
    assert stanza_speedups._reaches_root(np.array([0, 0, 1, 2, 3]))
    assert not stanza_speedups._reaches_root(np.array([0, 0, 3, 2, 3]))  # 2 <-> 3
    assert not stanza_speedups._reaches_root(np.array([0, 2, 1]))


@pytest.mark.model
def test_parses_are_identical_with_and_without_the_shortcuts(shipped_parser, seed_text):
    texts = ["\n".join(sentence_texts("fr_sequoia-ud-test", 120)), seed_text]

    def arcs() -> list:
        documents = shipped_parser.parse_many(texts)
        return [
            [(w.lemma, w.upos, w.feats, w.head, w.deprel) for s in d.sentences for w in s.words]
            for d in documents
        ]

    stanza_speedups.uninstall()
    try:
        expected = arcs()
    finally:
        stanza_speedups.install()
    assert sum(len(x) for x in expected) > 2000
    assert arcs() == expected
