"""The relay outlives whatever its broker throws at it: a relay that died would strand every
submission accepted after it, with no error anywhere a learner could see."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.helpers.waiting import eventually
from winterarc.broker.base import Message
from winterarc.broker.database import DatabaseBroker
from winterarc.outbox.models import OutboxEvent
from winterarc.outbox.relay import OutboxRelay
from winterarc.outbox.store import add_message

pytestmark = pytest.mark.anyio


class _Flaky(DatabaseBroker):
    """A real (database) broker whose first publishes fail in ways a broker should not."""

    def __init__(self, maker: async_sessionmaker[AsyncSession], failures: list[BaseException]):
        super().__init__(maker, max_attempts=3, lease_seconds=30)
        self.failures = failures

    async def publish(self, queue: str, messages: Sequence[Message]) -> None:
        if self.failures:
            raise self.failures.pop(0)
        await super().publish(queue, messages)


async def test_the_relay_survives_unexpected_broker_errors_and_publishes_after_them(
    sessionmaker: async_sessionmaker[AsyncSession], caplog: pytest.LogCaptureFixture
) -> None:
    broker = _Flaky(sessionmaker, [ValueError("a bug in a library"), KeyError("another")])
    relay = OutboxRelay(sessionmaker, broker, poll_seconds=3600)
    async with sessionmaker.begin() as session:
        add_message(session, "judge", Message("m1", {}), fair_key="user:1")
    stopping = asyncio.Event()
    running = asyncio.create_task(relay.run(stopping))
    try:

        async def published() -> bool | None:
            async with sessionmaker() as session:
                row = await session.scalar(select(OutboxEvent.published_at))
            return True if row is not None else None

        await eventually(published, seconds=60)  # after two failures and their back-off
        assert not running.done()
        assert broker.failures == []
        assert caplog.text.count("outbox relay: unexpected failure") == 2
    finally:
        stopping.set()
        relay.wake()
        await running
