"""Optional API keys (API_KEYS): `Authorization: Bearer KEY` or `X-API-Key: KEY` on /v1/* and /metrics."""

from __future__ import annotations

import hmac

from flask import Flask, request

from service.api.problems import problem
from service.config import Settings

# Open without an API key: probes, the spec and its documentation page.
PUBLIC_ENDPOINTS = {"health.Healthz", "health.Readyz", "openapi_yaml", "docs"}


def supplied_key() -> str:
    """The key the client sent, from either header (Bearer wins), or ''."""
    supplied = request.headers.get("X-API-Key", "")
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        supplied = auth[7:].strip()
    return supplied


def api_key_ok(settings: Settings) -> bool:
    supplied = supplied_key()
    if not supplied:
        return False
    supplied_bytes = supplied.encode("utf-8", "replace")
    ok = False
    for key in settings.api_keys:  # check them all: time does not depend on which one matched
        ok |= hmac.compare_digest(supplied_bytes, key.encode("utf-8"))
    return ok


def install_api_keys(app: Flask, settings: Settings) -> None:
    """401 before the view when keys are configured and none matches. Preflights (OPTIONS) never need
    a key, and unknown paths stay 404."""
    if not settings.api_keys:
        return

    @app.before_request
    def _require_key():
        if request.method == "OPTIONS" or request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
            return None
        if api_key_ok(settings):
            return None
        return problem(
            401,
            "A valid API key is required: `Authorization: Bearer <key>` or `X-API-Key: <key>`.",
            headers={"WWW-Authenticate": 'Bearer realm="citations"'},
        )
