"""Schemathesis: generated requests from the committed openapi.yaml against the app.

In-process (WSGI, fake analyzer) for volume, and against a live gunicorn with the real model (marked
`model`, fewer examples). Every response must be documented (status, content type, body schema) and no
5xx may appear."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from service import create_app
from service.config import Settings
from tests.fakes import FakeAnalyzer

ROOT = Path(__file__).resolve().parents[1]
schema = schemathesis.openapi.from_path(str(ROOT / "openapi.yaml"))
schema.app = create_app(Settings(load_model=False), analyzer=FakeAnalyzer())


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_committed_spec(case):
    case.call_and_validate()


live_schema = schemathesis.openapi.from_path(str(ROOT / "openapi.yaml"))


@pytest.mark.model
@pytest.mark.slow
@live_schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_live_real_model_conforms_to_committed_spec(case, live_real):
    case.call_and_validate(base_url=live_real.url, timeout=120)
