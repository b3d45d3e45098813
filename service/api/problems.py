"""RFC 9457 problem details for every error the service returns."""

from __future__ import annotations

import http
import json

from flask import Response, g

PROBLEM_JSON = "application/problem+json"


def problem(
    status: int,
    detail: str,
    *,
    title: str | None = None,
    errors: dict | None = None,
    type_: str = "about:blank",
    headers: dict | None = None,
) -> Response:
    body = {
        "type": type_,
        "title": title or http.HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    request_id = g.get("request_id") if g else None
    if request_id:
        body["request_id"] = request_id
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_JSON)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


class ApiProblem(Exception):
    """Raised by views for an error with a specific type and detail."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        type_: str = "about:blank",
        errors: dict | None = None,
        headers: dict | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.type = type_
        self.errors = errors
        self.headers = headers
