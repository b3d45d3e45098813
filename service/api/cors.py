"""CORS for browser callers (a CMS plugin): off unless CORS_ORIGINS lists origins."""

from __future__ import annotations

from flask import Flask, Response

from service.config import Settings


def _vary_on_origin(response: Response) -> Response:
    # The answer depends on the Origin header (allowed or not): shared caches must key on it.
    response.vary.add("Origin")
    return response


def install_cors(app: Flask, settings: Settings) -> None:
    if not settings.cors_origins:
        return
    from flask_cors import CORS

    CORS(
        app,
        origins=list(settings.cors_origins),
        methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type", "Authorization", "X-API-Key", "X-Request-ID"],
        expose_headers=["X-Request-ID"],
        max_age=600,
    )
    app.after_request(_vary_on_origin)
