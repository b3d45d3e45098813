"""Faster inference for Stanza's graph dependency parser, with the same trees and labels.

Profiling the shipped pipeline on news articles (docs/BENCHMARKS.md) showed that a quarter of the
time went to Stanza's pure-Python Chu-Liu-Edmonds decoder, and much of the rest of the parser's
time to label scores for every (dependent, head) pair of every sentence, of which only one pair
per word is ever read. Exact shortcuts, installed once by `install()`:

* `mst_one_root`: Stanza finds the best single-rooted tree by penalising every root arc and running
  Chu-Liu-Edmonds, which then has to contract cycles many times. But when the best tree overall has
  a single root, it is also the best single-rooted tree. So: when every word's best-scoring head
  already forms such a tree, it is returned as it is; otherwise Chu-Liu-Edmonds runs without the
  penalty (few contractions), and only when that tree has several roots does Stanza's own
  penalised search run.
* `predict_graph`: the parser's `predict` for inference. It scores arcs exactly as Stanza does,
  decodes the trees, then computes label scores only for the chosen arcs. Stanza's head-constraint
  repair (two subjects on one head…) still gets every label score it asks for: a sentence's full
  label table is computed only when the repair needs more than the chosen arcs.
* `composite_id2unit`: the tagger's feature strings, memoised (a few hundred combinations).

Stanza is pinned (requirements.txt); tests/test_stanza_speedups.py checks that parses are the same
with and without these shortcuts on held-out treebank text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import torch
import torch.nn.functional as F
from stanza.models.common import chuliu_edmonds
from stanza.models.common.vocab import VOCAB_PREFIX_SIZE, CompositeVocab
from stanza.models.depparse import head_constraints
from stanza.models.depparse import model as depparse_model

_stanza_one_root = chuliu_edmonds.chuliu_edmonds_one_root
_stanza_predict = depparse_model.GraphParser.predict
_stanza_composite_id2unit = CompositeVocab.id2unit
# Label scores are computed for this many arcs at a time (bounds the P x hidden x labels temporary).
ARC_CHUNK = 512


def mst_one_root(scores: np.ndarray) -> np.ndarray:
    """Same result as Stanza's chuliu_edmonds_one_root(scores); fast when the greedy heads are a tree."""
    greedy = scores.astype(np.float64)  # a copy: the caller's scores stay untouched
    np.fill_diagonal(greedy, -np.inf)
    greedy[0] = -np.inf
    greedy[0, 0] = 0
    tree = greedy.argmax(axis=1)
    if np.count_nonzero(tree[1:] == 0) == 1 and _reaches_root(tree):
        return tree
    # The unconstrained maximum tree, when it has one root, is also the best single-rooted tree; its
    # search contracts only the greedy cycles, where the root-penalised search below contracts many.
    tree = chuliu_edmonds.chuliu_edmonds(scores.astype(np.float64))
    if np.count_nonzero(tree[1:] == 0) == 1:
        return tree
    return _stanza_one_root(scores)


def _reaches_root(tree: np.ndarray) -> bool:
    """Whether following heads from every word ends at 0 (no cycle), by pointer doubling."""
    ancestors = tree.copy()
    for _ in range(max(1, math.ceil(math.log2(len(tree)))) + 1):
        ancestors = ancestors[ancestors]
    return bool((ancestors == 0).all())


class _LabelLogProbs:
    """`label_log_probs[dep, head(, label)]` for head-constraint repair: the chosen arcs' rows come
    precomputed; any other arc makes the sentence's full table (Stanza's own scorer) on first use."""

    def __init__(self, tree: np.ndarray, chosen: np.ndarray, full_table) -> None:
        self._tree = tree
        self._chosen = chosen  # row j-1 = log-probs of the labels of arc (j, tree[j])
        self._full_table = full_table
        self._full: np.ndarray | None = None
        self.shape = (len(tree), len(tree), chosen.shape[1])

    def __getitem__(self, key):
        dep, head, *label = key
        if self._full is None and dep > 0 and self._tree[dep] == head:
            row = self._chosen[dep - 1]
        else:
            if self._full is None:
                self._full = self._full_table()
            row = self._full[dep, head]
        return row[label[0]] if label else row


def _arc_scores(model, lstm_outputs: torch.Tensor, padded_length: int) -> torch.Tensor:
    """Stanza's GraphParser.forward_scores without the all-pairs label scores (inference only)."""
    unlabeled = model.unlabeled(lstm_outputs, lstm_outputs).squeeze(3)
    head_offset = None
    if model.args["linearization"] or model.args["distance"]:
        positions = torch.arange(padded_length, device=unlabeled.device)
        head_offset = (positions.view(1, 1, -1) - positions.view(1, -1, 1)).expand(unlabeled.size(0), -1, -1)
    if model.args["linearization"]:
        lin_scores = model.linearization(lstm_outputs, lstm_outputs).squeeze(3)
        unlabeled += F.logsigmoid(lin_scores * torch.sign(head_offset).float())
    if model.args["distance"]:
        dist_scores = model.distance(lstm_outputs, lstm_outputs).squeeze(3)
        dist_pred = 1 + F.softplus(dist_scores)
        unlabeled += -torch.log((torch.abs(head_offset).float() - dist_pred) ** 2 / 2 + 1)
    diag = torch.eye(unlabeled.size(-1), dtype=torch.bool, device=unlabeled.device).unsqueeze(0)
    return unlabeled.masked_fill_(diag, -float("inf"))


def _chosen_label_log_probs(model, lstm_outputs, trees, lengths) -> torch.Tensor:
    """Log-probs of every label for each word's chosen arc, all sentences stacked in order."""
    sentence_ids, deps, heads = [], [], []
    for i, (tree, length) in enumerate(zip(trees, lengths, strict=True)):
        sentence_ids += [i] * (length - 1)
        deps += range(1, length)
        heads += tree[1:].tolist()
    sentence_ids, deps, heads = (torch.tensor(x, dtype=torch.long) for x in (sentence_ids, deps, heads))
    scorer = model.deprel
    bilinear = scorer.scorer.W_bilin
    dep_side = _with_bias_column(scorer.hidden_func(scorer.W1(lstm_outputs)))[sentence_ids, deps]
    head_side = _with_bias_column(scorer.hidden_func(scorer.W2(lstm_outputs)))[sentence_ids, heads]
    scores = torch.cat(
        [
            torch.einsum("pi,ijo->pjo", dep_side[s : s + ARC_CHUNK], bilinear.weight)
            .mul_(head_side[s : s + ARC_CHUNK].unsqueeze(2))
            .sum(1)
            for s in range(0, len(deps), ARC_CHUNK)
        ]
    )
    return F.log_softmax(scores + bilinear.bias, 1)


def _with_bias_column(x: torch.Tensor) -> torch.Tensor:
    return torch.cat([x, x.new_ones(*x.shape[:-1], 1)], -1)


def predict_graph(self, *inputs, resolve_head_constraints=False):
    """Drop-in for GraphParser.predict at inference: same trees and labels, less work.

    `inputs` are Stanza's (word, word_mask, wordchars, …, sentlens, wordlens, text)."""
    if self.training or self.args.get("use_arc_embedding"):
        return _stanza_predict(self, *inputs, resolve_head_constraints=resolve_head_constraints)
    word, sentlens = inputs[0], inputs[12]
    lstm_outputs = self.embed(*inputs)
    arc_log_probs = F.log_softmax(_arc_scores(self, lstm_outputs, word.size(1)), 2).cpu().numpy()
    trees = [mst_one_root(arc_log_probs[i][:n, :n]) for i, n in enumerate(sentlens)]
    chosen = _chosen_label_log_probs(self, lstm_outputs, trees, sentlens).cpu().numpy()
    vocab = self.vocab["deprel"]
    results, start = [], 0
    for i, (tree, n) in enumerate(zip(trees, sentlens, strict=True)):
        rows = chosen[start : start + n - 1]
        start += n - 1
        if resolve_head_constraints:
            table = _LabelLogProbs(tree, rows, _full_table(self, lstm_outputs, i, n))
            tree, label_ids = head_constraints.resolve_head_constraint_violations(
                arc_log_probs[i][:n, :n], table, tree, vocab
            )
        else:
            label_ids = rows.argmax(1).tolist()
        deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in label_ids])
        results.append([[int(h), d] for h, d in zip(tree[1:], deprels, strict=True)])
    return results


def _full_table(model, lstm_outputs: torch.Tensor, i: int, n: int):
    """A thunk: sentence i's label log-probs for every (dependent, head) pair, by Stanza's scorer."""

    def compute() -> np.ndarray:
        sentence = lstm_outputs[i : i + 1, :n]
        return F.log_softmax(model.deprel(sentence, sentence)[0], 2).cpu().numpy()

    return compute


def composite_id2unit(self, ids) -> str:
    """CompositeVocab.id2unit (ids -> "Gender=Masc|Number=Sing"), memoised per vocabulary: the
    tagger turns every word's feature ids back into a string, and a treebank has few combinations."""
    if self.sep is None or not isinstance(ids, Iterable):  # a list result, or Stanza's single-id case
        return _stanza_composite_id2unit(self, ids)
    cache = self.__dict__.setdefault("_id2unit_cache", {})
    key = tuple(ids)
    if key not in cache:
        cache[key] = _stanza_composite_id2unit(self, ids)
    return cache[key]


_installed = False


def install() -> None:
    """Route Stanza's parser inference through the shortcuts above (idempotent)."""
    global _installed
    if _installed:
        return
    depparse_model.chuliu_edmonds_one_root = mst_one_root
    head_constraints.chuliu_edmonds_one_root = mst_one_root
    depparse_model.GraphParser.predict = predict_graph
    CompositeVocab.id2unit = composite_id2unit
    _installed = True


def uninstall() -> None:
    """Back to Stanza's own code (used by the equivalence tests)."""
    global _installed
    depparse_model.chuliu_edmonds_one_root = _stanza_one_root
    head_constraints.chuliu_edmonds_one_root = _stanza_one_root
    depparse_model.GraphParser.predict = _stanza_predict
    CompositeVocab.id2unit = _stanza_composite_id2unit
    _installed = False
