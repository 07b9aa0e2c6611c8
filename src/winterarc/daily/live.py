"""The learner's own live channel, for open pages: today's-drill nudges.

A page's socket forwards what is published on `learner:{id}`. It also watches the clock: at the
learner's local midnight it builds the new day's drill itself (once, whoever is first: the drill
is stored per day) and publishes `daily.ready`, so a page left open overnight shows the nudge."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fastapi import WebSocket
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.auth import repository as auth_repository
from winterarc.auth.tokens import TokenSigner
from winterarc.daily import service
from winterarc.daily.clock import Clock, local_day
from winterarc.daily.nudge import channel, ready_event
from winterarc.kit.errors import AppError
from winterarc.kit.metrics import WEBSOCKETS_ACTIVE
from winterarc.pubsub.base import PubSub, SubscriberTooSlow, Subscription
from winterarc.submissions.live import (
    _deny,
    _offered_token,
    _viewer,
    stream_until_client_leaves,
)

TICK_SECONDS = 60.0  # the longest wait between two looks at the clock


def _until_midnight(now: datetime, zone: ZoneInfo) -> float:
    tomorrow = local_day(now, zone) + timedelta(days=1)
    midnight = datetime.combine(tomorrow, time(), zone)
    return min(max((midnight - now).total_seconds(), 0.0), TICK_SECONDS)


async def serve_learner_events(
    websocket: WebSocket,
    maker: async_sessionmaker[AsyncSession],
    pubsub: PubSub,
    signer: TokenSigner,
    clock: Clock,
) -> None:
    """Authenticate like the submission events socket, then stream the learner's events."""
    token, subprotocol = _offered_token(websocket)
    try:
        async with maker() as session:
            user = await _viewer(websocket, session, signer, token)
            zone = (await service.settings(session, user.id)).zone
    except AppError as error:
        await _deny(websocket, error)
        return
    day = local_day(clock(), zone)  # before accepting: the client may count on it from then on
    await websocket.accept(subprotocol=subprotocol)
    WEBSOCKETS_ACTIVE.inc()
    try:
        async with pubsub.subscribe(channel(user.id)) as subscription:
            await stream_until_client_leaves(
                websocket,
                _stream(websocket, subscription, maker, pubsub, user.id, clock, zone, day),
            )
    finally:
        WEBSOCKETS_ACTIVE.dec()


async def _stream(
    websocket: WebSocket,
    subscription: Subscription,
    maker: async_sessionmaker[AsyncSession],
    pubsub: PubSub,
    user_id: int,
    clock: Clock,
    zone: ZoneInfo,
    day: date,
) -> None:
    while True:
        try:
            event = await asyncio.wait_for(subscription.get(), _until_midnight(clock(), zone))
        except TimeoutError:
            if local_day(clock(), zone) != day:
                day = local_day(clock(), zone)
                await _build_new_day(maker, pubsub, user_id, clock)
            continue
        except SubscriberTooSlow:
            return  # the page reconnects
        await websocket.send_json(event)


async def _build_new_day(
    maker: async_sessionmaker[AsyncSession], pubsub: PubSub, user_id: int, clock: Clock
) -> None:
    async with maker() as session:
        user = await auth_repository.get_user(session, user_id)
        if user is None or not user.is_active:
            return
        drill = await service.today(session, user, clock)
        await session.commit()
    if drill.created:
        await pubsub.publish(channel(user_id), ready_event(drill))
