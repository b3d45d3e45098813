"""citations: a French quote-attribution web service."""

from __future__ import annotations

__version__ = "0.1.0"


def create_app(settings=None, analyzer=None):
    """The Flask app. `settings` defaults to the environment (service.config.Settings); `analyzer`
    defaults to the real `service.engine_runtime.Analyzer`, loaded once per process in a background
    thread (/readyz is 503 until it is loaded, and stays 503 with a clear log line if it cannot be)."""
    import logging

    from flask import Flask

    from service import web
    from service.api import ProblemApi, docs, install
    from service.api.cors import install_cors
    from service.api.routes import attributions, health
    from service.api.state import AnalyzerState
    from service.config import Settings

    settings = settings or Settings()
    app = Flask(__name__, static_folder=None)
    # No redirect to a "cleaned" path (//x -> /x): werkzeug builds its Location from the Host header.
    app.url_map.merge_slashes = False
    app.config.update(
        API_TITLE="citations",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.0.3",
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        PROPAGATE_EXCEPTIONS=False,
        API_SPEC_OPTIONS={
            "info": {
                "description": "Who said what in a French news article: direct, partial and indirect "
                "quotations, their speakers and speech cues. Offsets are Unicode code points into the "
                "submitted text, or UTF-16 code units with `offsets: utf16`.",
                "license": {"name": "See README.md (code) and models/fr/MODEL.md (model)"},
            },
            # API keys are optional (API_KEYS setting); /healthz and /readyz never need one.
            "security": [{}, {"bearer": []}, {"apiKey": []}],
        },
    )
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    logging.getLogger("citations").setLevel(logging.INFO)

    state = AnalyzerState(settings, analyzer)
    app.extensions["citations"] = state

    api = ProblemApi(app)
    api.spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    api.spec.components.security_scheme("apiKey", {"type": "apiKey", "in": "header", "name": "X-API-Key"})
    api.register_blueprint(attributions)
    api.register_blueprint(health)
    install(app, api, settings)
    docs.register(app, api)
    web.register(app)  # the highlighter page at / and its assets

    install_cors(app, settings)

    state.start()
    return app
