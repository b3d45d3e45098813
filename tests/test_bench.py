"""The benchmark scripts' pure parts: the fixed corpus, article building and the report writer.
The benchmarks themselves are run with `make bench` (docs/BENCHMARKS.md), not by the test suite."""

from __future__ import annotations

import json
from pathlib import Path

from bench.corpus import articles, corpus, gold_docs
from bench.http_bench import dist
from bench.report import evaluate_targets, render

BENCHMARKS_JSON = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.json"


def test_corpus_is_the_gold_set_and_the_seed():
    pairs = corpus()
    assert len(pairs) == len(gold_docs()) + 1
    assert pairs[-1][0] == "seed-file"
    assert all(text.strip() for _, text in pairs)


def test_articles_have_about_the_asked_size_and_differ():
    for size in (1000, 4000, 20000):
        built = articles(size, 8)
        assert len(built) == 8
        assert len(set(built)) == 8
        assert all(size * 0.95 <= len(text) <= size * 1.15 for text in built)


def test_latency_distribution():
    d = dist([0.1, 0.2, 0.3, 0.4])
    assert d["n"] == 4
    assert d["p50_ms"] == 250.0
    assert d["max_ms"] == 400.0
    assert dist([]) == {"n": 0}


def test_report_renders_the_committed_figures():
    data = json.loads(BENCHMARKS_JSON.read_text(encoding="utf-8"))
    data["targets"] = evaluate_targets(data)
    text = render(data)
    assert "## 1. Engine only" in text and "## Targets" in text
    assert "As served (" in text and "Stanza as served" in text
    if data.get("http"):
        assert "## 3. Cold start and memory" in text
