"""A cap on every request body, enforced while it streams in (Content-Length can lie), and a
much smaller one for anonymous requests: nobody who has not logged in needs to send more than a
login or sign-up form, so a stranger cannot make any page read megabytes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from winterarc.kit.errors import problem_response


class BodyTooLarge(HTTPException):
    """Raised inside the app when more than the cap has arrived. An HTTPException, because
    FastAPI turns any other error while reading a body into a 400; this one reaches the error
    handlers as a 413 (problem+json, or a page for a browser)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"The request body is larger than {max_bytes} bytes.")


class BodyLimitMiddleware:
    """Pure ASGI: refuses a declared oversize body at once, and stops reading one that grows
    past the cap, so neither form parsing nor uploads can fill memory or disk."""

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int,
        anonymous_max_bytes: int | None = None,
        authenticated: Callable[[Scope], Awaitable[bool]] | None = None,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.anonymous_max_bytes = min(anonymous_max_bytes or max_bytes, max_bytes)
        self.authenticated = authenticated

    async def _cap(self, scope: Scope, declared: bytes) -> int:
        """The anonymous cap, unless the body may be larger and the caller proves who they are
        (asked only then, so small bodies cost no credential check here)."""
        if self.authenticated is None or self.anonymous_max_bytes == self.max_bytes:
            return self.max_bytes
        if not declared and not any(name == b"transfer-encoding" for name, _ in scope["headers"]):
            return self.anonymous_max_bytes  # no body at all (a GET)
        if declared.isdigit() and int(declared) <= self.anonymous_max_bytes:
            return self.anonymous_max_bytes  # the server reads no more than was declared
        return self.max_bytes if await self.authenticated(scope) else self.anonymous_max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        cap = await self._cap(scope, declared)
        if declared.isdigit() and int(declared) > cap:
            await self._refuse(scope, receive, send, cap)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    raise BodyTooLarge(cap)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, receive, send, cap)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, cap: int) -> None:
        response = problem_response(
            413,
            "payload-too-large",
            "Payload too large",
            f"The request body is larger than {cap} bytes.",
            instance=scope.get("path"),
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)
