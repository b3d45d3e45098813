"""Request ids, Prometheus request metrics and the JSON access log (one line a request, never the text)."""

from __future__ import annotations

import logging
import re
import time
import uuid

from flask import Flask, Response, g, request

from service.api import metrics

access_log = logging.getLogger("citations.access")

# A client's X-Request-ID is kept only if it is short and plain (it goes into logs and headers).
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def _begin() -> None:
    g.started = time.perf_counter()
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
    metrics.IN_FLIGHT.inc()
    g.in_flight = True


def _finish(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id", "")
    started = g.get("started")
    duration = time.perf_counter() - started if started else 0.0
    # URL rules, not paths: the label set stays bounded whatever clients send.
    route = request.url_rule.rule if request.url_rule is not None else "<unmatched>"
    metrics.REQUESTS.labels(request.method, route, str(response.status_code)).inc()
    metrics.LATENCY.labels(route).observe(duration)
    access_log.info(
        "request",
        extra={
            "request_id": g.get("request_id"),
            "method": request.method,
            "route": route,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round(duration * 1000, 2),
            "text_chars": g.get("text_chars"),
            "documents": g.get("documents"),
            "remote": _client_address(),
        },
    )
    return response


def _client_address() -> str | None:
    """The peer's address; behind the nginx front (a unix socket, no peer address) the address nginx
    saw, which only a process that can reach the socket could have set."""
    return request.remote_addr or request.headers.get("X-Real-IP")


def _teardown(_exc: BaseException | None) -> None:
    if g.pop("in_flight", False):
        metrics.IN_FLIGHT.dec()


def install_observability(app: Flask) -> None:
    """Registered first, so the request id exists before any other hook can answer."""
    app.before_request(_begin)
    app.after_request(_finish)
    app.teardown_request(_teardown)
