"""The live events WebSocket: the stored state first, then progress as it happens.

Order of work: subscribe (so nothing published from now on is missed), then read the database
and the channel's recent events (a late or reconnecting client catches up), then stream. Pub/sub
is fire-and-forget, so while waiting the stored state is re-read every few seconds: a verdict
whose event was lost still arrives. The socket closes after the final event."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Coroutine
from typing import Any
from urllib.parse import urlsplit

from fastapi import WebSocket
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.websockets import WebSocketDisconnect

from winterarc.auth import repository as auth_repository
from winterarc.auth import service as auth_service
from winterarc.auth.models import User
from winterarc.auth.tokens import TokenSigner
from winterarc.kit.errors import AppError, InvalidToken, Unauthorized, problem_response
from winterarc.kit.metrics import WEBSOCKETS_ACTIVE
from winterarc.pubsub.base import PubSub, SubscriberTooSlow, Subscription
from winterarc.revocation import get_denylist
from winterarc.submissions import repository, service
from winterarc.submissions.events import EventType, channel, state_event
from winterarc.web.cookies import SESSION_COOKIE

RECHECK_SECONDS = 3.0
SUBPROTOCOL = "winterarc.bearer"  # browsers: new WebSocket(url, ["winterarc.bearer", token])


def _offered_token(websocket: WebSocket) -> tuple[str | None, str | None]:
    """(token, subprotocol to accept): from `Authorization: Bearer` or the subprotocol pair."""
    header = websocket.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token:
        return token.strip(), None
    offered = websocket.scope.get("subprotocols") or []
    if len(offered) == 2 and offered[0] == SUBPROTOCOL:
        return offered[1], SUBPROTOCOL
    return None, None


def _same_origin(websocket: WebSocket) -> bool:
    # Browsers send cookies on cross-site WebSocket handshakes and do not apply CORS to them,
    # so a cookie is only trusted when the page that opened the socket is our own.
    origin = websocket.headers.get("origin")
    host = websocket.headers.get("host", "").lower()
    return origin is not None and urlsplit(origin).netloc.lower() == host


async def _viewer(
    websocket: WebSocket, session: AsyncSession, signer: TokenSigner, token: str | None
) -> User:
    if token is None:
        raw = websocket.cookies.get(SESSION_COOKIE)
        if raw and _same_origin(websocket):
            user = await auth_service.web_session_user(session, raw)
            if user is not None:
                return user
        raise Unauthorized("Send the access token as a Bearer header or subprotocol.")
    claims = await auth_service.access_claims(session, signer, await get_denylist(websocket), token)
    user = await auth_repository.get_user(session, claims.user_id)
    if user is None or not user.is_active:
        raise InvalidToken("The access token is invalid.")
    return user


async def _deny(websocket: WebSocket, error: AppError) -> None:
    if "websocket.http.response" in websocket.scope.get("extensions", {}):
        response = problem_response(
            error.status, error.code, error.title, error.detail, instance=websocket.url.path
        )
        await websocket.send_denial_response(response)
    else:
        await websocket.close(code=4000 + error.status, reason=error.code)


async def serve_events(
    websocket: WebSocket,
    submission_id: uuid.UUID,
    maker: async_sessionmaker[AsyncSession],
    pubsub: PubSub,
    signer: TokenSigner,
) -> None:
    """Authenticate, authorise (owner, admin or the problem's author, else 404), then stream."""
    token, subprotocol = _offered_token(websocket)
    try:
        async with maker() as session:
            user = await _viewer(websocket, session, signer, token)
            await service.get_visible(session, user, submission_id)
    except AppError as error:
        await _deny(websocket, error)
        return
    await websocket.accept(subprotocol=subprotocol)
    WEBSOCKETS_ACTIVE.inc()
    try:
        await stream_until_client_leaves(
            websocket, _stream(websocket, maker, pubsub, submission_id)
        )
    finally:
        WEBSOCKETS_ACTIVE.dec()


async def stream_until_client_leaves(
    websocket: WebSocket, stream: Coroutine[Any, Any, None]
) -> None:
    """Run `stream` until it ends or the client goes, whichever is first; then stop both."""
    streaming = asyncio.create_task(stream)
    listening = asyncio.create_task(_until_client_leaves(websocket))
    await asyncio.wait([streaming, listening], return_when=asyncio.FIRST_COMPLETED)
    for task in (streaming, listening):
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect):
            await task


async def _until_client_leaves(websocket: WebSocket) -> None:
    with contextlib.suppress(WebSocketDisconnect):
        while True:
            await websocket.receive_text()  # clients have nothing to say; this sees them go


async def _stream(
    websocket: WebSocket,
    maker: async_sessionmaker[AsyncSession],
    pubsub: PubSub,
    submission_id: uuid.UUID,
) -> None:
    sent: set[tuple[Any, Any]] = set()

    async def send(event: dict[str, Any]) -> bool:
        """Send unless already sent; True when it was the final event."""
        # Worker events are unique by (attempt, seq); the others (queued, a dead letter's final)
        # happen once per submission. Replayed and live copies of one event collapse here.
        key = (event.get("attempt"), event.get("seq") or event.get("type"))
        if key in sent:
            return False
        sent.add(key)
        await websocket.send_json(event)
        return bool(event.get("type") == EventType.FINAL)

    async def stored_state() -> dict[str, Any] | None:
        async with maker() as session:
            submission = await repository.get(session, submission_id)
        return None if submission is None else state_event(submission)

    async with pubsub.subscribe(channel(submission_id)) as subscription:
        state = await stored_state()
        if state is None:
            await websocket.close()
            return
        # A client that arrives after the verdict still sees the tests go by, while the
        # channel's recent events last; then the stored state says how it ended.
        recent = await pubsub.recent(channel(submission_id))
        for event in recent or [state]:
            if await send(event):
                await websocket.close()
                return
        if state["type"] == EventType.FINAL:
            await send(state)
            await websocket.close()
            return
        if await _follow(subscription, send, stored_state):
            await websocket.close()


async def _follow(subscription: Subscription, send: Any, stored_state: Any) -> bool:
    """Forward live events until the final one; True once it was sent."""
    while True:
        try:
            event = await asyncio.wait_for(subscription.get(), RECHECK_SECONDS)
        except (TimeoutError, SubscriberTooSlow):
            event = {"type": "resync"}
        if event.get("type") == "resync":
            state = await stored_state()
            if state is None:
                return False
            if state["type"] != EventType.FINAL:
                continue
            event = state
        if await send(event):
            return True
