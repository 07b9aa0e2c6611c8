"""One error hierarchy, rendered as RFC 9457 problem+json in one place."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from http import HTTPStatus
from typing import Any, Protocol

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
TYPE_PREFIX = "urn:winterarc:error:"
logger = logging.getLogger("winterarc.errors")


class AppError(Exception):
    """Base of every error the API reports on purpose; `code` becomes the stable `type`."""

    status: int = 400
    code: str = "bad-request"
    title: str = "Bad request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        **extensions: Any,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.headers = dict(headers or {})
        self.extensions = extensions


class NotFound(AppError):
    status, code, title = 404, "not-found", "Not found"


class Conflict(AppError):
    status, code, title = 409, "conflict", "Conflict"


class Unauthorized(AppError):
    status, code, title = 401, "unauthorized", "Not authenticated"

    def __init__(self, detail: str | None = None, **extensions: Any) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"}, **extensions)


class InvalidCredentials(Unauthorized):
    code, title = "invalid-credentials", "Invalid credentials"


class InvalidToken(Unauthorized):
    code, title = "invalid-token", "Invalid or expired token"


class Forbidden(AppError):
    status, code, title = 403, "forbidden", "Forbidden"


class InvalidInput(AppError):
    """Input that passed schema validation but breaks a business rule."""

    status, code, title = 422, "validation-error", "Invalid input"


class HtmlErrors(Protocol):
    """Renders errors as pages for browsers (see winterarc.web.errors)."""

    def wants_html(self, request: Request) -> bool: ...

    def render(
        self,
        request: Request,
        status: int,
        title: str,
        detail: str,
        headers: Mapping[str, str] | None = None,
    ) -> Response: ...


def problem_response(
    status: int,
    code: str,
    title: str,
    detail: str,
    *,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + code,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extensions or {})
    return JSONResponse(
        body, status_code=status, headers=dict(headers or {}), media_type=PROBLEM_JSON
    )


def _validation_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    # Echoing the rejected input back could reflect secrets (passwords): report where and why only.
    return [
        {"loc": [str(part) for part in error.get("loc", ())], "msg": error.get("msg", "invalid")}
        for error in errors
    ]


async def _app_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return problem_response(
        exc.status,
        exc.code,
        exc.title,
        exc.detail,
        instance=request.url.path,
        headers=exc.headers,
        extensions=exc.extensions,
    )


async def _request_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = _validation_errors(exc.errors())
    first = errors[0] if errors else {"loc": [], "msg": "invalid"}
    where = ".".join(first["loc"][1:] or first["loc"]) or "request"
    return problem_response(
        422,
        "validation-error",
        "Invalid input",
        f"{where}: {first['msg']}",
        instance=request.url.path,
        extensions={"errors": errors},
    )


_HTTP_CODES = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    409: "conflict",
    413: "payload-too-large",
    415: "unsupported-media-type",
    429: "rate-limited",
}


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    title = HTTPStatus(exc.status_code).phrase
    code = _HTTP_CODES.get(exc.status_code, f"http-{exc.status_code}")
    detail = exc.detail if isinstance(exc.detail, str) else title
    return problem_response(
        exc.status_code,
        code,
        title,
        detail,
        instance=request.url.path,
        headers=exc.headers,
    )


async def _unhandled(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(
        500,
        "internal",
        "Internal server error",
        "An unexpected error occurred.",
        instance=request.url.path,
    )


_Handler = Callable[[Request, Exception], Awaitable[Response]]


def _negotiating(handler: _Handler, html: HtmlErrors | None) -> _Handler:
    """The handler's problem+json, or the same error as a page when a browser asked."""
    if html is None:
        return handler

    async def negotiate(request: Request, exc: Exception) -> Response:
        response = await handler(request, exc)
        if not html.wants_html(request) or not isinstance(response, JSONResponse):
            return response
        body = json.loads(bytes(response.body))
        headers = {
            k: v for k, v in response.headers.items() if k not in ("content-type", "content-length")
        }
        return html.render(request, response.status_code, body["title"], body["detail"], headers)

    return negotiate


def install_error_handlers(app: FastAPI, html: HtmlErrors | None = None) -> None:
    app.add_exception_handler(AppError, _negotiating(_app_error, html))
    app.add_exception_handler(RequestValidationError, _negotiating(_request_validation, html))
    app.add_exception_handler(StarletteHTTPException, _negotiating(_http_exception, html))
    app.add_exception_handler(Exception, _negotiating(_unhandled, html))
