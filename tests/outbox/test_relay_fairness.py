"""The relay's fair share: a key's messages go to the broker a few at a time, in order, as the
consumer settles the earlier ones; other keys' messages are never held behind them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.broker.base import Message
from winterarc.broker.database import DatabaseBroker
from winterarc.db.base import utcnow
from winterarc.outbox.models import OutboxEvent
from winterarc.outbox.relay import OutboxRelay
from winterarc.outbox.store import add_message, settle

pytestmark = pytest.mark.anyio


def relay_for(maker: async_sessionmaker[AsyncSession], **options: object) -> OutboxRelay:
    broker = DatabaseBroker(maker, max_attempts=3, lease_seconds=30)
    return OutboxRelay(maker, broker, **options)  # type: ignore[arg-type]


async def add(maker: async_sessionmaker[AsyncSession], *messages: tuple[str, str | None]) -> None:
    async with maker.begin() as session:
        for message_id, key in messages:
            add_message(session, "judge", Message(message_id, {}), fair_key=key)


async def published(maker: async_sessionmaker[AsyncSession]) -> list[str]:
    async with maker() as session:
        rows = await session.scalars(
            select(OutboxEvent.message_id)
            .where(OutboxEvent.published_at.is_not(None))
            .order_by(OutboxEvent.id)
        )
        return list(rows)


async def settled(maker: async_sessionmaker[AsyncSession], message_id: str) -> None:
    async with maker.begin() as session:
        assert await settle(session, message_id)
        assert not await settle(session, message_id)  # once


async def test_a_burst_goes_two_at_a_time_and_another_key_is_not_held_behind_it(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    relay = relay_for(sessionmaker, fair_share=2)
    await add(
        sessionmaker, *((f"a{i}", "user:1") for i in range(1, 7)), ("b1", "user:2"), ("x", None)
    )
    assert await relay.publish_pending() == 4
    assert await published(sessionmaker) == ["a1", "a2", "b1", "x"]
    assert await relay.publish_pending() == 0  # nothing more until a settle
    await settled(sessionmaker, "a1")
    assert await relay.publish_pending() == 1
    assert await published(sessionmaker) == ["a1", "a2", "a3", "b1", "x"]
    await settled(sessionmaker, "a2")
    await settled(sessionmaker, "a3")
    assert await relay.publish_pending() == 2
    assert (await published(sessionmaker))[-4:] == ["a4", "a5", "b1", "x"]


async def test_held_rows_filling_a_whole_batch_do_not_starve_a_later_key(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    relay = relay_for(sessionmaker, fair_share=1, batch_size=3)
    await add(sessionmaker, *((f"a{i}", "user:1") for i in range(1, 9)), ("b1", "user:2"))
    await relay.publish_pending()
    assert await published(sessionmaker) == ["a1", "b1"]


async def test_a_message_never_settled_stops_counting_after_a_while(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    relay = relay_for(sessionmaker, fair_share=1, settle_within=timedelta(minutes=5))
    await add(sessionmaker, ("a1", "user:1"), ("a2", "user:1"))
    await relay.publish_pending()
    assert await published(sessionmaker) == ["a1"]
    async with sessionmaker.begin() as session:  # its consumer died without settling, long ago
        await session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.message_id == "a1")
            .values(published_at=utcnow() - timedelta(minutes=6))
        )
    await relay.publish_pending()
    assert await published(sessionmaker) == ["a1", "a2"]
