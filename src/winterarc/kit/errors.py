"""One error hierarchy, rendered as RFC 9457 problem+json in one place."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
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


@dataclass(frozen=True, slots=True)
class _Problem:
    """What an error says, before it is written as problem+json or as a page."""

    status: int
    code: str
    title: str
    detail: str
    headers: Mapping[str, str] = field(default_factory=dict)
    extensions: Mapping[str, Any] = field(default_factory=dict)


def _app_error(exc: Exception) -> _Problem:
    assert isinstance(exc, AppError)
    return _Problem(exc.status, exc.code, exc.title, exc.detail, exc.headers, exc.extensions)


def _request_validation(exc: Exception) -> _Problem:
    assert isinstance(exc, RequestValidationError)
    errors = _validation_errors(exc.errors())
    first = errors[0] if errors else {"loc": [], "msg": "invalid"}
    where = ".".join(first["loc"][1:] or first["loc"]) or "request"
    return _Problem(
        422,
        "validation-error",
        "Invalid input",
        f"{where}: {first['msg']}",
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


def _http_exception(exc: Exception) -> _Problem:
    assert isinstance(exc, StarletteHTTPException)
    title = HTTPStatus(exc.status_code).phrase
    code = _HTTP_CODES.get(exc.status_code, f"http-{exc.status_code}")
    detail = exc.detail if isinstance(exc.detail, str) else title
    return _Problem(exc.status_code, code, title, detail, exc.headers or {})


def _unhandled(exc: Exception) -> _Problem:
    return _Problem(500, "internal", "Internal server error", "An unexpected error occurred.")


def _handler(
    describe: Callable[[Exception], _Problem], html: HtmlErrors | None
) -> Callable[[Request, Exception], Awaitable[Response]]:
    """problem+json, or the same error as a page when a browser asked for one."""

    async def handle(request: Request, exc: Exception) -> Response:
        if describe is _unhandled:
            logger.exception("unhandled error on %s %s", request.method, request.url.path)
        problem = describe(exc)
        if html is not None and html.wants_html(request):
            return html.render(
                request, problem.status, problem.title, problem.detail, problem.headers
            )
        return problem_response(
            problem.status,
            problem.code,
            problem.title,
            problem.detail,
            instance=request.url.path,
            headers=problem.headers,
            extensions=problem.extensions,
        )

    return handle


def install_error_handlers(app: FastAPI, html: HtmlErrors | None = None) -> None:
    app.add_exception_handler(AppError, _handler(_app_error, html))
    app.add_exception_handler(RequestValidationError, _handler(_request_validation, html))
    app.add_exception_handler(StarletteHTTPException, _handler(_http_exception, html))
    app.add_exception_handler(Exception, _handler(_unhandled, html))
