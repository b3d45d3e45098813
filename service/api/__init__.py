"""HTTP layer: the flask-smorest Api, problem+json error handling, and request hooks."""

from __future__ import annotations

import hmac
import http
import logging
import re
import time
import uuid

from flask import Flask, Response, g, request
from flask_smorest import Api
from werkzeug.exceptions import HTTPException, InternalServerError

from service.api import metrics
from service.api.problems import PROBLEM_JSON, ApiProblem, problem
from service.api.state import NotReady, ProcessingTimeout
from service.schemas import ProblemSchema

access_log = logging.getLogger("citations.access")
error_log = logging.getLogger("citations.errors")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
# Open without an API key: probes, the spec and its documentation page.
PUBLIC_ENDPOINTS = {"health.Healthz", "health.Readyz", "openapi_yaml", "docs"}

_DETAILS = {
    400: "The request could not be read.",
    404: "There is no such resource; see /docs for the API.",
    405: "This method is not allowed on this resource.",
    413: "The request body is larger than the configured limit (MAX_BODY_BYTES).",
    500: "An unexpected error occurred. The request id identifies it in the server logs.",
}


class ProblemApi(Api):
    """flask-smorest Api whose errors, documented and actual, are RFC 9457 problem details."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException):
        status = error.code or 500
        data = getattr(error, "data", None) or {}
        errors = data.get("errors") or data.get("messages")
        if isinstance(errors, dict) and len(errors) == 1 and next(iter(errors)) in _LOCATIONS:
            errors = next(iter(errors.values()))  # webargs nests messages under the location
        if status >= 500:
            detail = _DETAILS[500] if status == 500 else http.HTTPStatus(status).description
        elif status == 422:
            detail = "The request body or parameters do not match the schema; see `errors`."
        else:
            detail = data.get("message") or _DETAILS.get(status) or error.description or ""
        headers = {}
        if status == 405:  # keep the Allow header
            headers = {k: v for k, v in error.get_headers() if k.lower() == "allow"}
        return problem(status, detail, errors=errors if isinstance(errors, dict) else None, headers=headers)

    def _register_responses(self):
        """Document every error response as application/problem+json."""
        from flask_smorest.utils import prepare_response

        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Error (RFC 9457 problem details)", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


_LOCATIONS = {"json", "query", "form", "headers", "cookies", "files", "view_args", "json_or_form"}


def _api_key_ok(settings) -> bool:
    supplied = request.headers.get("X-API-Key", "")
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        supplied = auth[7:].strip()
    if not supplied:
        return False
    supplied_bytes = supplied.encode("utf-8", "replace")
    ok = False
    for key in settings.api_keys:  # check them all: time does not depend on which one matched
        ok |= hmac.compare_digest(supplied_bytes, key.encode("utf-8"))
    return ok


def install(app: Flask, api: ProblemApi, settings) -> None:
    """Request id, API keys, metrics, the JSON access log and the problem+json error handlers."""

    @app.before_request
    def _begin():
        g.started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        metrics.IN_FLIGHT.inc()
        g.in_flight = True
        if settings.api_keys and request.method != "OPTIONS" and request.endpoint not in PUBLIC_ENDPOINTS:
            if request.endpoint is not None and not _api_key_ok(settings):
                return problem(
                    401,
                    "A valid API key is required: `Authorization: Bearer <key>` or `X-API-Key: <key>`.",
                    headers={"WWW-Authenticate": 'Bearer realm="citations"'},
                )
        return None

    @app.after_request
    def _finish(response: Response):
        response.headers["X-Request-ID"] = g.get("request_id", "")
        started = g.get("started")
        duration = time.perf_counter() - started if started else 0.0
        route = request.url_rule.rule if request.url_rule is not None else "<unmatched>"
        metrics.REQUESTS.labels(request.method, route, str(response.status_code)).inc()
        metrics.LATENCY.labels(route).observe(duration)
        # One line a request. Never the text itself: only its length.
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
                "remote": request.remote_addr,
            },
        )
        return response

    @app.teardown_request
    def _teardown(_exc):
        if g.pop("in_flight", False):
            metrics.IN_FLIGHT.dec()

    @app.errorhandler(ApiProblem)
    def _api_problem(error: ApiProblem):
        return problem(
            error.status, error.detail, type_=error.type, errors=error.errors, headers=error.headers
        )

    @app.errorhandler(NotReady)
    def _not_ready(error: NotReady):
        return problem(
            503,
            f"The service is not ready: {error}.",
            type_="/problems/not-ready",
            headers={"Retry-After": "5"},
        )

    @app.errorhandler(ProcessingTimeout)
    def _timeout(error: ProcessingTimeout):
        return problem(504, f"{error}; send a shorter text or retry later.", type_="/problems/timeout")

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return api.handle_http_exception(error)
        error_log.error(
            "unhandled %s in %s %s",
            type(error).__name__,
            request.method,
            request.path,
            exc_info=error,
            extra={"request_id": g.get("request_id")},
        )
        return api.handle_http_exception(InternalServerError())
