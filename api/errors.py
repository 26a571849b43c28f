"""Errors of the API layer, and the one handler that renders every error as JSON."""

from __future__ import annotations

import logging
import re
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import SamverkanError
from loaders.errors import LoaderError

log = logging.getLogger("samverkan.api")


class Unauthorized(SamverkanError):
    status = 401
    code = "unauthorized"


class Forbidden(SamverkanError):
    status = 403
    code = "forbidden"


class PayloadTooLarge(SamverkanError):
    status = 413
    code = "payload_too_large"


_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
HTTP_MESSAGES = {
    404: "Det finns ingen sådan adress i API:et",
    413: "Begäran är för stor",
    415: "Innehållets typ stöds inte här",
}


def allowed_methods(request: Request, fallback: str = "") -> list[str]:
    """Every method the API description gives the request's path (routes may share a path);
    for a path it does not describe, what the router said (`fallback`, an Allow header)."""
    literal: set[str] = set()
    templated: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.url.path):
            found = literal if "{" not in template else templated
            found |= {m.upper() for m in operations if m in _METHODS}
    # A path written out ('/judgements/export') is that resource, not an id of another.
    methods = literal or templated
    return sorted(methods) or [m.strip() for m in fallback.split(",") if m.strip()]


def error_body(status: int, code: str, message: str, detail: object | None = None) -> dict:
    body: dict = {"error": {"status": status, "code": code, "message": message}}
    if detail is not None:
        body["error"]["detail"] = detail
    return body


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(SamverkanError)
    async def _samverkan(_: Request, exc: SamverkanError) -> JSONResponse:
        return JSONResponse(error_body(exc.status, exc.code, exc.message), status_code=exc.status)

    @app.exception_handler(LoaderError)
    async def _loader(_: Request, exc: LoaderError) -> JSONResponse:
        return JSONResponse(error_body(exc.status, exc.code, exc.message), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()
        ]
        return JSONResponse(
            error_body(422, "invalid_request", "Ogiltiga parametrar", detail), status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code
        headers = dict(getattr(exc, "headers", None) or {})
        if status == 400:
            # Only a body that cannot be parsed comes here: unusable content, like any other (422).
            status, message = 422, "Innehållet i begäran kunde inte läsas; skicka JSON i UTF-8"
        elif status == 405:
            allowed = allowed_methods(request, headers.get("Allow", ""))
            headers["Allow"] = ", ".join(allowed)
            message = f"Metoden {request.method} går inte här; tillåtna: {', '.join(allowed)}"
        else:
            # Starlette's own answers carry the English phrase of the status; ours a Swedish text.
            default = exc.detail == HTTPStatus(status).phrase or not isinstance(exc.detail, str)
            message = HTTP_MESSAGES.get(status, "HTTP-fel") if default else exc.detail
        return JSONResponse(error_body(status, "http_error", message), status_code=status, headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse(
            error_body(500, "internal_error", "Ett oväntat fel uppstod; det är loggat på servern"),
            status_code=500,
        )
