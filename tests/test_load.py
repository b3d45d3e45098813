"""A small bounded version of bench/load.py (the full run and its figures: docs/RELIABILITY.md)."""

from __future__ import annotations

import pytest

from bench.load import run_load, worker_rss_mb

pytestmark = pytest.mark.slow


def test_bounded_load_http_layer(live_fake):
    before = worker_rss_mb(live_fake.process.pid)
    report = run_load(live_fake.url, clients=8, total=200, max_seconds=120)
    after = worker_rss_mb(live_fake.process.pid)
    assert report["requests"] == 200
    assert report["unexpected_count"] == 0, report["unexpected"]
    assert all(before[pid] + 50 > after[pid] for pid in set(before) & set(after)), (before, after)


@pytest.mark.model
def test_bounded_load_real_model(live_real):
    report = run_load(live_real.url, clients=4, total=40, max_seconds=300)
    assert report["unexpected_count"] == 0, report["unexpected"]
    assert report["latency_valid"]["n"] > 0
