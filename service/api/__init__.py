"""HTTP layer: the flask-smorest Api with problem+json errors, and the request hooks."""

from __future__ import annotations

from flask import Flask

from service.api.auth import PUBLIC_ENDPOINTS, install_api_keys
from service.api.errors import ProblemApi, install_error_handlers
from service.api.observability import install_observability
from service.config import Settings

__all__ = ["PUBLIC_ENDPOINTS", "ProblemApi", "install"]


def install(app: Flask, api: ProblemApi, settings: Settings) -> None:
    """Request id, metrics and access log first (every answer carries the id), then API keys, then
    the error handlers."""
    install_observability(app)
    install_api_keys(app, settings)
    install_error_handlers(app, api)
