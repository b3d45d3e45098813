"""The highlighter page at `/`: static HTML, CSS and one script, served by the service itself.

No build step and nothing fetched from elsewhere: the page only talks to this service's own
/v1/attributions (same origin), so it works offline and behind a newsroom firewall.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Flask, Response, send_from_directory

STATIC = Path(__file__).resolve().parent / "static"

# Everything comes from this origin; the page builds its DOM with text nodes (no innerHTML), and
# CSSOM style properties (the speakers' colours) are not affected by style-src.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

web = Blueprint("web", __name__, static_folder=str(STATIC), static_url_path="/static")


@web.get("/")
def index() -> Response:
    response = send_from_directory(STATIC, "index.html", max_age=0)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def register(app: Flask) -> None:
    """Serve the page and its assets; both stay open when API_KEYS is set (the page asks for a key)."""
    from service.api import PUBLIC_ENDPOINTS

    app.register_blueprint(web)
    PUBLIC_ENDPOINTS.update({"web.index", "web.static"})
