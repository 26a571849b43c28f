"""Errors of the API layer, and the one handler that renders every error as JSON."""

from __future__ import annotations

import logging

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
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "HTTP-fel"
        return JSONResponse(
            error_body(exc.status_code, "http_error", message),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse(
            error_body(500, "internal_error", "Ett oväntat fel uppstod; det är loggat på servern"),
            status_code=500,
        )
