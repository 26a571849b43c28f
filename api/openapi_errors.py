"""The error answers of every route, in the OpenAPI description, in the one shape they all have.

Each route lists what it can answer besides success: 401 and 403 (a key missing, unknown
or of too low a role; reading too where reading needs a key), 404 where it names
something that may not exist, 409 where a judgement may conflict, 413 where it takes a
body, 422 for parameters it cannot use, 503 when the store does not answer.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, Field

ID_PARAMETERS = {"entity", "source", "target", "document", "entity_id", "document_id"}


class ErrorDetail(BaseModel):
    status: int = Field(description="HTTP-status, samma som svarets.")
    code: str = Field(description="Felets kod, t.ex. not_found eller invalid_request.")
    message: str = Field(description="Vad som gick fel, på svenska.")
    detail: Any | None = Field(None, description="Parametrarna som inte gick att använda (vid 422).")


class ErrorBody(BaseModel):
    """Every error answer: one object `error`."""

    error: ErrorDetail


DESCRIPTIONS: dict[int, str] = {
    401: "API-nyckel saknas (huvudet X-API-Key).",
    403: "Fel nyckel, en nyckel med för låg roll, eller inga nycklar inställda.",
    404: "Det som efterfrågas finns inte.",
    409: "Bedömningen strider mot en tidigare (t.ex. redan återkallad).",
    413: "Begäran är större än gränsen (SAMVERKAN_MAX_UPLOAD_BYTES).",
    422: "Parametrar eller innehåll som inte går att använda; meddelandet säger vad.",
    503: "Lagringen svarar inte just nu; försök igen.",
}


# Where a request the schema allows can still be refused (422): what no schema can state.
CONTENT_REFUSALS: dict[tuple[str, str], str] = {
    ("post", "/documents"): (
        "Filen går inte att läsa: ett format som inte stöds (efter filändelsen), ingen text, "
        "eller ett dokument över gränserna; meddelandet säger vad."
    ),
    ("post", "/judgements"): (
        "Bedömningen går inte ihop med grafen: en aktör som inte finns, en aktör mot sig själv, "
        "en relation som inte passar typsignaturen i ONTOLOGY.md, eller ett namn eller en typ "
        "som redan gäller; meddelandet säger vad."
    ),
    ("get", "/maps/graph"): (
        "Ogiltig tid: både as_of och from/to (välj ett datum eller en period), eller en period "
        "som börjar efter att den slutar; eller fler aktörer än en karta kan visa."
    ),
    ("get", "/maps/entity/{entity_id}"): (
        "Ogiltig tid: både as_of och from/to (välj ett datum eller en period), eller en period "
        "som börjar efter att den slutar; eller fler aktörer än en karta kan visa."
    ),
}


def error_statuses(path: str, method: str, operation: dict[str, Any]) -> set[int]:
    statuses = {401, 403, 422, 503}
    writes = method in {"post", "put", "patch", "delete"}
    names = {p.get("name") for p in operation.get("parameters", [])}
    if "{" in path or writes or names & ID_PARAMETERS:
        statuses.add(404)
    if writes:
        statuses.add(413)
    if writes and path.startswith("/judgements"):
        statuses.add(409)
    return statuses


def add_error_answers(schema: dict[str, Any]) -> dict[str, Any]:
    """The generated description with every operation's error answers, all of the one shape."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(error_schema.pop("$defs", {}))
    components["ErrorBody"] = error_schema
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for status in sorted(error_statuses(path, method, operation)):
                known = responses.get(str(status), {})
                responses[str(status)] = {
                    "description": known.get("description") or DESCRIPTIONS[status],
                    "content": content,
                }
            if responses["422"]["description"] == "Validation Error":
                responses["422"]["description"] = DESCRIPTIONS[422]
            if (method, path) in CONTENT_REFUSALS:
                responses["422"]["description"] = CONTENT_REFUSALS[(method, path)]
    return schema


def document_errors(app: FastAPI) -> None:
    """Serve the OpenAPI description with the error answers of every route."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = add_error_answers(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
