"""Every error as an RFC 9457 problem (application/problem+json), documented and actual."""

from __future__ import annotations

import http
import logging

from flask import Flask, g, request
from flask_smorest import Api
from werkzeug.exceptions import HTTPException, InternalServerError

from service.api.problems import PROBLEM_JSON, ApiProblem, problem
from service.api.state import NotReady, ProcessingTimeout
from service.schemas import ProblemSchema

error_log = logging.getLogger("citations.errors")

_DETAILS = {
    400: "The request could not be read.",
    404: "There is no such resource; see /docs for the API.",
    405: "This method is not allowed on this resource.",
    413: "The request body is larger than the configured limit (MAX_BODY_BYTES).",
    500: "An unexpected error occurred. The request id identifies it in the server logs.",
}
# Where webargs files its messages; a single location is unwrapped so `errors` is field -> messages.
_LOCATIONS = {"json", "query", "form", "headers", "cookies", "files", "view_args", "json_or_form"}


class ProblemApi(Api):
    """flask-smorest Api whose errors, documented and actual, are RFC 9457 problem details."""

    ERROR_SCHEMA = ProblemSchema

    def handle_http_exception(self, error: HTTPException):
        status = error.code or 500
        data = getattr(error, "data", None) or {}
        errors = data.get("errors") or data.get("messages")
        if isinstance(errors, dict) and len(errors) == 1 and next(iter(errors)) in _LOCATIONS:
            errors = next(iter(errors.values()))
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


def install_error_handlers(app: Flask, api: ProblemApi) -> None:
    """Problems raised by views, 503 while the model is not loaded, 504 past the deadline, and a
    generic 500 (traceback in the server log only) for anything unexpected."""

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
