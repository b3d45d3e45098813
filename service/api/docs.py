"""/openapi.yaml, a self-contained documentation page rendered from it (no CDN, no script), /metrics."""

from __future__ import annotations

import html
import json

import yaml
from flask import Flask, Response

from service.api import metrics


def spec_yaml(api) -> str:
    spec = api.spec.to_dict()
    first = ["openapi", "info", "security", "tags", "paths", "components"]
    ordered = {key: spec[key] for key in first if key in spec}
    ordered.update((key, value) for key, value in spec.items() if key not in ordered)
    return yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=100)


def _ref_name(schema: dict) -> str | None:
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref else None


def _type_of(schema: dict) -> str:
    if not schema:
        return "any"
    name = _ref_name(schema)
    if name:
        return f'<a href="#schema-{html.escape(name)}">{html.escape(name)}</a>'
    if "allOf" in schema:
        return " & ".join(_type_of(part) for part in schema["allOf"])
    kind = schema.get("type", "object")
    if kind == "array":
        return f"array of {_type_of(schema.get('items', {}))}"
    text = html.escape(str(kind))
    if "enum" in schema:
        text += " (" + " | ".join(html.escape(json.dumps(v)) for v in schema["enum"]) + ")"
    if schema.get("nullable"):
        text += " or null"
    return text


def render_docs(spec: dict) -> str:
    esc = html.escape
    info = spec.get("info", {})
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{esc(info.get('title', 'API'))} — API documentation</title>",
        "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}"
        "code,pre{font-family:ui-monospace,monospace;background:#f4f4f4;padding:1px 4px}"
        "h2{border-bottom:1px solid #ddd;margin-top:2em}.op{margin:1.5em 0;padding:0.5em 1em;border-left:4px solid #36c}"
        ".m{font-weight:bold;text-transform:uppercase;color:#36c}table{border-collapse:collapse;width:100%}"
        "td,th{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}</style></head><body>",
        f"<h1>{esc(info.get('title', 'API'))} <small>{esc(str(info.get('version', '')))}</small></h1>",
        "<p>The machine-readable contract is <a href='/openapi.yaml'>/openapi.yaml</a> (OpenAPI "
        f"{esc(str(spec.get('openapi', '')))}). Every error is an RFC 9457 problem "
        "(<code>application/problem+json</code>: type, title, status, detail, errors).</p>",
        f"<p>{esc(info.get('description', ''))}</p>",
        "<h2>Endpoints</h2>",
    ]
    for path, operations in spec.get("paths", {}).items():
        for method, op in operations.items():
            if method == "parameters":
                continue
            out.append(
                f"<div class='op' id='{esc(method + path)}'><p><span class='m'>{esc(method)}</span> "
                f"<code>{esc(path)}</code> — {esc(op.get('summary', ''))}</p>"
            )
            if op.get("description"):
                out.append(f"<p>{esc(op['description'])}</p>")
            params = op.get("parameters", [])
            if params:
                out.append(
                    "<p>Parameters:</p><table><tr><th>name</th><th>in</th><th>type</th>"
                    "<th>description</th></tr>"
                )
                for param in params:
                    out.append(
                        f"<tr><td><code>{esc(param.get('name', ''))}</code></td><td>{esc(param.get('in', ''))}"
                        f"</td><td>{_type_of(param.get('schema', {}))}</td>"
                        f"<td>{esc(param.get('description', ''))}</td></tr>"
                    )
                out.append("</table>")
            body = op.get("requestBody")
            if body:
                kinds = ", ".join(
                    f"<code>{esc(ct)}</code>: {_type_of(c.get('schema', {}))}"
                    for ct, c in body.get("content", {}).items()
                )
                out.append(f"<p>Request body: {kinds}</p>")
            out.append("<p>Responses:</p><table><tr><th>status</th><th>meaning</th><th>body</th></tr>")
            responses = op.get("responses", {})
            for status in sorted(responses, key=lambda code: (not str(code).isdigit(), str(code))):
                response = responses[status]
                ref = _ref_name(response)
                if ref:
                    response = spec.get("components", {}).get("responses", {}).get(ref, {})
                content = response.get("content", {})
                body_text = ", ".join(
                    f"<code>{esc(ct)}</code>: {_type_of(c.get('schema', {}))}" for ct, c in content.items()
                )
                out.append(
                    f"<tr><td>{esc(str(status))}</td><td>{esc(response.get('description', ''))}</td>"
                    f"<td>{body_text}</td></tr>"
                )
            out.append("</table></div>")
    out.append("<h2>Schemas</h2>")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        out.append(f"<h3 id='schema-{esc(name)}'>{esc(name)}</h3>")
        if schema.get("description"):
            out.append(f"<p>{esc(schema['description'])}</p>")
        required = set(schema.get("required", []))
        out.append("<table><tr><th>field</th><th>type</th><th>required</th><th>description</th></tr>")
        for field, prop in schema.get("properties", {}).items():
            out.append(
                f"<tr><td><code>{esc(field)}</code></td><td>{_type_of(prop)}</td>"
                f"<td>{'yes' if field in required else ''}</td><td>{esc(prop.get('description', ''))}</td></tr>"
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def register(app: Flask, api) -> None:
    @app.get("/openapi.yaml", endpoint="openapi_yaml")
    def openapi_yaml():
        return Response(spec_yaml(api), mimetype="application/yaml")

    @app.get("/docs", endpoint="docs")
    def docs():
        return Response(render_docs(api.spec.to_dict()), mimetype="text/html")

    @app.get("/metrics", endpoint="metrics")
    def metrics_endpoint():
        body, content_type = metrics.exposition()
        return Response(body, content_type=content_type)
