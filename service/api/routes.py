"""The endpoints. Views read and validate the request, call the analyzer, and shape the response;
no attribution logic lives here."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from flask import current_app, g, request
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import ValidationError

from service.analysis import analyze_texts, model_info, to_api
from service.api import metrics
from service.api.problems import PROBLEM_JSON, ApiProblem
from service.api.state import NotReady
from service.attribution.results import AttributionResult
from service.nlp.stanza_parser import MAX_RUN_CHARS
from service.schemas import (
    AttributionRequestSchema,
    AttributionResponseSchema,
    BatchRequestSchema,
    BatchResponseSchema,
    HealthSchema,
    InfoSchema,
    PlainTextQuerySchema,
    ProblemSchema,
    ReadySchema,
)

attributions = Blueprint(
    "attributions",
    __name__,
    url_prefix="/v1",
    description="Who said what: quotations and their speakers in French news text.",
)
health = Blueprint("health", __name__, description="Probes for orchestrators and load balancers.")

_JSON_TYPES = {"application/json"}
_UTF8 = {"utf-8", "utf8", "us-ascii", "ascii"}


def _errors(*statuses: int):
    def decorate(func):
        for status in statuses:
            func = attributions.alt_response(status, schema=ProblemSchema, content_type=PROBLEM_JSON)(func)
        return func

    return decorate


def _state():
    return current_app.extensions["citations"]


def _settings():
    return _state().settings


def _read_body(allow_plain: bool):
    """('json', object) or ('plain', str); 415 for other media types, 400 for bad bytes or JSON."""
    mimetype = request.mimetype
    is_json = mimetype in _JSON_TYPES or mimetype.endswith("+json")
    is_plain = mimetype == "text/plain"
    if not (is_json or (is_plain and allow_plain)):
        accepted = "application/json" + (" or text/plain" if allow_plain else "")
        raise ApiProblem(
            415,
            f"Unsupported content type {mimetype or '(none)'!r}: send {accepted}.",
            headers={"Accept-Post": accepted.replace(" or ", ", ")},
        )
    charset = request.mimetype_params.get("charset", "utf-8").strip().lower()
    if charset not in _UTF8:
        raise ApiProblem(
            400, f"Unsupported charset {charset!r}: the body must be UTF-8.", type_="/problems/bad-encoding"
        )
    raw = _body_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ApiProblem(
            400, f"The body is not valid UTF-8 (byte {error.start}).", type_="/problems/bad-encoding"
        ) from None
    if is_plain:
        return "plain", text
    try:
        return "json", json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        message = str(error) if isinstance(error, json.JSONDecodeError) else "nesting too deep"
        raise ApiProblem(400, f"Malformed JSON: {message}.", type_="/problems/malformed-json") from None


def _body_bytes() -> bytes:
    """The request body; 413 past MAX_BODY_BYTES, with a Content-Length or chunked."""
    if request.content_length is not None or not request.environ.get("wsgi.input_terminated"):
        return request.get_data(cache=False)  # werkzeug answers 413 from the Content-Length
    # Chunked: werkzeug's stream stops at the limit without saying the body was longer, so read one
    # byte past it from the server's (terminated) stream.
    limit = _settings().max_body_bytes
    raw = request.environ["wsgi.input"].read(limit + 1)
    if len(raw) > limit:
        raise ApiProblem(413, f"The request body is larger than {limit} bytes (MAX_BODY_BYTES).")
    return raw


def _reject_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def _load(schema, data):
    try:
        return schema.load(data)
    except ValidationError as error:
        messages = error.messages if isinstance(error.messages, dict) else {"_schema": error.messages}
        raise ApiProblem(
            422,
            "The request body does not match the schema; see `errors`.",
            type_="/problems/validation",
            errors=messages,
        ) from None


def _check_length(text: str, where: str) -> None:
    limit = _settings().max_text_chars
    if len(text) > limit:
        raise ApiProblem(
            413,
            f"{where} has {len(text)} characters; the limit is {limit} (MAX_TEXT_CHARS).",
            type_="/problems/text-too-long",
        )


_SENTENCE_BREAK = re.compile(r"[.!?…\r\n\u2028\u2029]")
# A word longer than MAX_RUN_CHARS counts as the pieces the tokenizer will get (stanza_parser).
_TOKEN = re.compile(rf"\w{{1,{MAX_RUN_CHARS}}}|[^\w\s]")


def _longest_sentence_tokens(text: str) -> int:
    """Tokens (words and punctuation marks) in the longest run without a sentence end or line break:
    a cheap bound on what the parser and the engine would get as one sentence."""
    longest = 0
    for piece in _SENTENCE_BREAK.split(text):
        if len(piece) > longest:  # a run of n tokens has at least n characters
            longest = max(longest, sum(1 for _ in _TOKEN.finditer(piece)))
    return longest


def _check_sentences(text: str, where: str) -> None:
    limit = _settings().max_sentence_words
    tokens = _longest_sentence_tokens(text)
    if tokens > limit:
        raise ApiProblem(
            422,
            f"{where} has a sentence of {tokens} words and marks; the limit is {limit} (MAX_SENTENCE_WORDS).",
            type_="/problems/sentence-too-long",
            errors={"text": [f"A sentence has more than {limit} words and punctuation marks."]},
        )


def _model_info() -> dict:
    return model_info(_state().analyzer)


def _analyze(texts: list[str], include_indirect: bool) -> list[AttributionResult]:
    """The shared analysis path, through this worker's state (readiness and the request deadline)."""
    for text in texts:
        metrics.TEXT_CHARS.observe(len(text))
    state = _state()
    state.wait_if_loading()
    if not state.ready:
        raise NotReady(state.not_ready_reason())
    return analyze_texts(state, texts, include_indirect)


_TEXT_PLAIN_BODY = {
    "required": True,
    "description": "A JSON request, or the article itself as text/plain (options then come from the "
    "query string).",
    "content": {
        "application/json": {"schema": AttributionRequestSchema},
        "text/plain": {"schema": {"type": "string"}},
    },
}


@attributions.route("/attributions")
class Attributions(MethodView):
    @attributions.doc(requestBody=_TEXT_PLAIN_BODY)
    @attributions.arguments(PlainTextQuerySchema, location="query", as_kwargs=True)
    @attributions.response(200, AttributionResponseSchema)
    @_errors(400, 401, 413, 415, 422, 503, 504)
    def post(self, **query):
        """Attribute the quotations of one article.

        Finds direct, partial and (unless `include_indirect` is false) indirect quotations, the speaker
        of each, the speech cue, and the speakers with all their mentions.
        """
        kind, body = _read_body(allow_plain=True)
        if kind == "plain":
            text, doc_id = body, query.get("id")
            options = {"include_indirect": query["include_indirect"], "offsets": query["offsets"]}
        else:
            data = _load(AttributionRequestSchema(), body)
            text, doc_id, options = data["text"], data.get("id"), data["options"]
        g.text_chars = len(text)
        _check_length(text, "The text")
        _check_sentences(text, "The text")
        (result,) = _analyze([text], options["include_indirect"])
        return to_api(result, text, doc_id, options["offsets"], _model_info())


@attributions.route("/attributions/batch")
class Batch(MethodView):
    @attributions.doc(
        requestBody={"required": True, "content": {"application/json": {"schema": BatchRequestSchema}}}
    )
    @attributions.response(200, BatchResponseSchema)
    @_errors(400, 401, 413, 415, 422, 503, 504)
    def post(self):
        """Attribute several articles in one parser pass.

        Results come back in the order of `documents`.
        """
        _, body = _read_body(allow_plain=False)
        data = _load(BatchRequestSchema(), body)
        documents, options = data["documents"], data["options"]
        limit = _settings().max_batch_documents
        if len(documents) > limit:
            raise ApiProblem(
                422,
                f"At most {limit} documents per batch (MAX_BATCH_DOCUMENTS).",
                type_="/problems/validation",
                errors={"documents": [f"Longer than maximum length {limit}."]},
            )
        g.documents = len(documents)
        g.text_chars = sum(len(doc["text"]) for doc in documents)
        for index, doc in enumerate(documents):
            _check_length(doc["text"], f"documents[{index}].text")
        for index, doc in enumerate(documents):
            _check_sentences(doc["text"], f"documents[{index}].text")
        texts = [doc["text"] for doc in documents]
        results = _analyze(texts, options["include_indirect"])
        model = _model_info()
        return {
            "results": [
                to_api(result, doc["text"], doc.get("id"), options["offsets"], model)
                for result, doc in zip(results, documents, strict=True)
            ]
        }


@attributions.route("/info")
class Info(MethodView):
    @attributions.response(200, InfoSchema)
    @_errors(401)
    def get(self):
        """Service version, the model and its evaluation scores, and the limits."""
        from service import __version__
        from service.nlp.stanza_parser import DEFAULT_MODEL_DIR

        state = _state()
        settings = state.settings
        model_dir = Path(settings.model_dir) if settings.model_dir else DEFAULT_MODEL_DIR
        analyzer = state.analyzer
        ready = state.ready
        model = {
            "parser": analyzer.parser.name
            if analyzer is not None
            else ("shipped" if (model_dir / "MODEL.md").is_file() else "stanza-official"),
            "version": analyzer.version if ready else None,
            "ready": ready,
            "load_seconds": getattr(analyzer.parser, "load_seconds", None) if analyzer is not None else None,
        }
        scores = model_scores(str(model_dir / "MODEL.md"))
        if scores is not None:
            model["scores"] = scores
        return {
            "service": "citations",
            "version": __version__,
            "model": model,
            "limits": {
                "max_body_bytes": settings.max_body_bytes,
                "max_text_chars": settings.max_text_chars,
                "max_batch_documents": settings.max_batch_documents,
                "request_timeout_s": settings.request_timeout_s,
                "max_sentence_words": settings.max_sentence_words,
            },
        }


@lru_cache(maxsize=4)
def model_scores(model_card: str) -> dict | None:
    """The last fenced block of the model card that holds a JSON object (the `make model-eval` output)."""
    try:
        card = Path(model_card).read_text(encoding="utf-8")
    except OSError:
        return None
    fences = re.findall(r"^```([\w+-]*)[ \t]*\n(.*?)^```", card, flags=re.DOTALL | re.MULTILINE)
    for block in reversed([body for info, body in fences if info in ("", "json")]):
        try:
            scores = json.loads(block)
        except ValueError:
            continue
        if isinstance(scores, dict):
            return scores
    return None


@health.route("/healthz")
class Healthz(MethodView):
    @health.response(200, HealthSchema)
    def get(self):
        """The process is alive (says nothing about the model)."""
        return {"status": "ok"}


@health.route("/readyz")
class Readyz(MethodView):
    @health.response(200, ReadySchema)
    @health.alt_response(503, schema=ProblemSchema, content_type=PROBLEM_JSON)
    def get(self):
        """The model is loaded and attribution requests will be served."""
        state = _state()
        if not state.ready:
            raise ApiProblem(
                503,
                f"The service is not ready: {state.not_ready_reason()}.",
                type_="/problems/not-ready",
                headers={"Retry-After": "5"},
            )
        return {"status": "ready", "model": _model_info()}
