"""Structured logs: structlog renders every record (ours and the libraries' `logging` calls) as
one JSON object per line in production, or readable lines on a laptop.

A request id is bound for each HTTP request (the client's `X-Request-ID` when it is sane, else a
new one) and answered in the same header; messages put in the outbox carry it, and the worker
binds it again while it judges, so one id follows a submission from the API to its verdict.
Nothing secret is logged: fields whose name says secret are replaced before rendering, and
the code never passes passwords, tokens or submitted sources to a logger."""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid
from collections.abc import MutableMapping
from typing import Any

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from winterarc.kit.metrics import route_template

HEADER = "x-request-id"
_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
SECRET_FIELDS = re.compile(
    r"pass(word)?|token|secret|authorization|cookie|code|source|files|session", re.I
)
QUIET = {"aiosqlite": logging.WARNING, "asyncio": logging.WARNING}  # their DEBUG logs SQL values
ACCESS = logging.getLogger("winterarc.access")


def _redact(_logger: Any, _method: str, event: MutableMapping[str, Any]) -> Any:
    for key in list(event):
        if key != "event" and SECRET_FIELDS.search(key):
            event[key] = "[redacted]"
    return event


def configure_logging(level: str, log_format: str) -> None:
    """Route the standard library's logging through structlog, for this whole process."""
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.stdlib.ExtraAdder(),
        _redact,
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if log_format == "json"
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    handler = logging.StreamHandler()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    for name, quiet in QUIET.items():
        logging.getLogger(name).setLevel(max(quiet, root.level))
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )


def current_request_id() -> str | None:
    value = structlog.contextvars.get_contextvars().get("request_id")
    return value if isinstance(value, str) else None


def bind(**values: Any) -> None:
    """Add fields to every log line of the current task (and the tasks it starts)."""
    structlog.contextvars.bind_contextvars(**values)


class RequestIdMiddleware:
    """Binds a request id for the request's log lines, answers it in `X-Request-ID`, and logs
    one access line per HTTP request by route template (never the raw path or query string,
    which may carry codes)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        offered = dict(scope.get("headers") or []).get(HEADER.encode(), b"").decode("latin-1")
        request_id = offered if _SANE_ID.fullmatch(offered) else uuid.uuid4().hex
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = [*message.get("headers", []), (HEADER.encode(), request_id.encode())]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            if scope["type"] == "http":
                ACCESS.info(
                    "request",
                    extra={
                        "method": scope["method"],
                        "route": route_template(scope),
                        "status": status,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                    },
                )
            structlog.contextvars.clear_contextvars()
