"""Live events behind one interface: Redis pub/sub, or the database table when embedded."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import HTTPConnection

from winterarc.pubsub.base import Event, PubSub, SubscriberTooSlow, Subscription
from winterarc.settings import Settings

__all__ = [
    "Event",
    "PubSub",
    "PubSubDep",
    "SubscriberTooSlow",
    "Subscription",
    "create_pubsub",
    "get_pubsub",
]


def create_pubsub(settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]) -> PubSub:
    """Redis when WINTERARC_REDIS_URL is set; else the database (it crosses processes too)."""
    if settings.redis_url:
        from winterarc.pubsub.redis import RedisPubSub

        return RedisPubSub(settings.redis_url)
    from winterarc.pubsub.database import DatabasePubSub

    return DatabasePubSub(sessionmaker, poll_seconds=settings.idle_poll_seconds)


async def get_pubsub(connection: HTTPConnection) -> PubSub:
    pubsub: PubSub = connection.app.state.pubsub
    return pubsub


PubSubDep = Annotated[PubSub, Depends(get_pubsub)]
