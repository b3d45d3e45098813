"""Marshmallow schemas: the HTTP contract and the source of openapi.yaml.

`AttributionResultSchema` dumps a `service.attribution.results.AttributionResult` into
`{"quotes": [...], "speakers": [...]}`; the endpoint schemas wrap it with the request id and model.
All `start`/`end` offsets are Unicode code points into the submitted text unless the request asked
for `offsets: "utf16"` (then UTF-16 code units, as JavaScript strings count them).
"""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates

OFFSET_DOC = (
    "Offset into the submitted text: Unicode code points by default, UTF-16 code units when "
    'options.offsets is "utf16". `text == input[start:end]`.'
)


def _start():
    return fields.Integer(required=True, metadata={"description": "Start offset (inclusive). " + OFFSET_DOC})


def _end():
    return fields.Integer(required=True, metadata={"description": "End offset (exclusive). " + OFFSET_DOC})


class SpanSchema(Schema):
    text = fields.String(required=True, metadata={"description": "The mention as written in the text."})
    start = _start()
    end = _end()


class CueSchema(Schema):
    text = fields.String(required=True, metadata={"description": "The speech verb or cue as written."})
    lemma = fields.String(required=True, metadata={"description": "Its lemma, e.g. « déclarer »."})
    start = _start()
    end = _end()


class SpeakerRefSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Id of the speaker in `speakers`."})
    name = fields.String(required=True, metadata={"description": "Canonical name of the speaker."})
    mention = fields.Nested(
        SpanSchema, required=True, metadata={"description": "The mention that names the speaker here."}
    )
    gender = fields.String(
        required=True,
        allow_none=True,
        validate=validate.OneOf(["female", "male", "unknown"]),
        metadata={"description": "The speaker's gender, as in `speakers` (see there)."},
    )


class QuoteSchema(Schema):
    id = fields.String(required=True, metadata={"description": "Quote id, unique within the response."})
    text = fields.String(required=True, metadata={"description": "The quoted words, input[start:end]."})
    start = _start()
    end = _end()
    type = fields.String(
        required=True,
        validate=validate.OneOf(["direct", "partial", "indirect"]),
        metadata={
            "description": "direct: a whole quoted sentence; partial: quoted words inside the "
            "journalist's sentence; indirect: reported speech without quotation marks."
        },
    )
    speaker = fields.Nested(
        SpeakerRefSchema, required=True, allow_none=True, metadata={"description": "null when unknown."}
    )
    cue = fields.Nested(
        CueSchema, required=True, allow_none=True, metadata={"description": "The speech cue, if any."}
    )
    confidence = fields.Float(
        required=True, validate=validate.Range(0, 1), metadata={"description": "0 to 1."}
    )
    rule = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "Tracing aid: the registered sieve that chose the speaker (null when no "
            "speaker); docs/ENGINE.md lists them. Values may change between versions; do not build "
            "logic on them."
        },
    )
    via = fields.List(
        fields.String(validate=validate.OneOf(["pronoun", "description", "passive", "control", "document"])),
        required=True,
        metadata={
            "description": "Tracing aid: how the sieve reached the speaker from its cue, in order: "
            "pronoun (il/elle resolved), description (« le ministre » linked to the named person), "
            "passive (« cité par X »), control (« a incité X à répondre »), document (a description "
            "named by the one person holding that role elsewhere in the article)."
        },
    )


class GenderEvidenceSchema(Schema):
    kind = fields.String(
        required=True,
        validate=validate.OneOf(["pronoun", "agreement", "role", "honorific", "first_name"]),
        metadata={
            "description": "pronoun (« a-t-elle dit », « selon lui »), agreement (« interrogée »), "
            "role (« la ministre », « le maire »), honorific (« Mme », « M. ») or first_name."
        },
    )
    text = fields.String(required=True, metadata={"description": "The decisive words as written."})
    start = _start()
    end = _end()


class SpeakerSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True, metadata={"description": "Canonical (longest) name."})
    kind = fields.String(required=True, validate=validate.OneOf(["person", "organization", "unknown"]))
    mentions = fields.List(fields.Nested(SpanSchema), required=True)
    quote_ids = fields.List(fields.String(), required=True, metadata={"description": "Ids of its quotes."})
    gender = fields.String(
        required=True,
        allow_none=True,
        validate=validate.OneOf(["female", "male", "unknown"]),
        metadata={
            "description": "The speaker's grammatical gender as the article itself shows it (a pronoun "
            "or incise that refers to them, an agreement, a determiner with a role noun, an honorific, "
            'or a first name only one gender bears): not an identity claim. "unknown" when the text '
            "says nothing, when its clues disagree, or for a group that may be mixed; null for "
            "organisations and other non-persons."
        },
    )
    gender_evidence = fields.Nested(
        GenderEvidenceSchema,
        required=True,
        allow_none=True,
        metadata={"description": "The decisive words; null when gender is unknown or null."},
    )


class AttributionResultSchema(Schema):
    """Dumps an engine `AttributionResult`."""

    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerSchema), required=True)


class ModelInfoSchema(Schema):
    parser = fields.String(required=True, metadata={"description": "Which parser model was used."})
    version = fields.String(required=True, metadata={"description": "Content hash of the model files."})


class AttributionResponseSchema(Schema):
    id = fields.String(
        required=True, allow_none=True, metadata={"description": "The request's id, echoed; null if none."}
    )
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    speakers = fields.List(fields.Nested(SpeakerSchema), required=True)
    model = fields.Nested(ModelInfoSchema, required=True)


# ---------------------------------------------------------------- requests


def _check_text(value: str) -> None:
    """JSON can carry lone surrogates ("\\ud800"); they are not Unicode text and cannot be encoded back."""
    if any("\ud800" <= char <= "\udfff" for char in value):
        raise ValidationError("Contains unpaired surrogate code points (not valid Unicode).")


def _id_field() -> fields.String:
    return fields.String(
        validate=[validate.Length(max=256), _check_text],
        metadata={"description": "Your id for the document, echoed back."},
    )


class StrictBoolean(fields.Boolean):
    """JSON true/false only (marshmallow's Boolean also takes 0, 1, "yes"...)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class OptionsSchema(Schema):
    include_indirect = StrictBoolean(
        load_default=True,
        metadata={"description": "Also report indirect (reported) speech."},
    )
    offsets = fields.String(
        load_default="codepoint",
        validate=validate.OneOf(["codepoint", "utf16"]),
        metadata={"description": "Unit of every start/end in the response."},
    )


class AttributionRequestSchema(Schema):
    text = fields.String(
        required=True,
        metadata={"description": "The article, plain text (UTF-8). At most MAX_TEXT_CHARS characters."},
    )
    id = _id_field()
    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))

    @validates("text")
    def _text(self, value: str, **_kwargs) -> None:
        _check_text(value)


class PlainTextQuerySchema(Schema):
    """Query parameters, used when the body is text/plain (they are ignored for JSON bodies)."""

    id = _id_field()
    include_indirect = fields.Boolean(load_default=True, truthy={"true"}, falsy={"false"})
    offsets = fields.String(load_default="codepoint", validate=validate.OneOf(["codepoint", "utf16"]))


class BatchDocumentSchema(Schema):
    id = _id_field()
    text = fields.String(required=True)

    @validates("text")
    def _text(self, value: str, **_kwargs) -> None:
        _check_text(value)


class BatchRequestSchema(Schema):
    documents = fields.List(
        fields.Nested(BatchDocumentSchema),
        required=True,
        # The maximum is a setting (MAX_BATCH_DOCUMENTS), checked per request; /v1/info gives it.
        validate=validate.Length(min=1),
        metadata={
            "description": "1 to MAX_BATCH_DOCUMENTS documents (a server setting, 64 by default; "
            "`limits.max_batch_documents` in /v1/info). More: 422."
        },
    )
    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))


class BatchResponseSchema(Schema):
    results = fields.List(
        fields.Nested(AttributionResponseSchema),
        required=True,
        metadata={"description": "One result per document, in the order of the request."},
    )


# ---------------------------------------------------------------- other endpoints


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"description": "ok"})


class ReadySchema(Schema):
    status = fields.String(required=True, metadata={"description": "ready"})
    model = fields.Nested(ModelInfoSchema, required=True)


class LimitsSchema(Schema):
    max_body_bytes = fields.Integer(required=True)
    max_text_chars = fields.Integer(required=True)
    max_batch_documents = fields.Integer(required=True)
    request_timeout_s = fields.Float(required=True)
    max_sentence_words = fields.Integer(required=True)


class InfoModelSchema(Schema):
    parser = fields.String(required=True)
    version = fields.String(required=True, allow_none=True, metadata={"description": "null until loaded."})
    ready = fields.Boolean(required=True)
    load_seconds = fields.Float(required=True, allow_none=True)
    scores = fields.Dict(
        metadata={"description": "Evaluation scores from models/fr/MODEL.md, when it has them."}
    )


class InfoSchema(Schema):
    service = fields.String(required=True)
    version = fields.String(required=True)
    model = fields.Nested(InfoModelSchema, required=True)
    limits = fields.Nested(LimitsSchema, required=True)


class ProblemSchema(Schema):
    """RFC 9457 problem details, sent as application/problem+json for every error."""

    type = fields.String(required=True, metadata={"description": "A URI reference naming the problem."})
    title = fields.String(required=True, metadata={"description": "Short summary of the problem type."})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = fields.String(required=True, metadata={"description": "What went wrong with this request."})
    request_id = fields.String(metadata={"description": "Same as the X-Request-ID response header."})
    errors = fields.Dict(
        metadata={
            "description": "Field errors for 422: field name -> list of messages (nested for nested "
            "objects and list indexes)."
        }
    )
