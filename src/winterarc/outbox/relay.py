"""The outbox relay: publishes pending outbox rows to the broker and marks them published.

Safe in several API replicas at once on PostgreSQL (`FOR UPDATE SKIP LOCKED`: each row goes to
one relay at a time). SQLite ignores SKIP LOCKED, so embedded mode runs exactly one relay, in the
one `serve` process. A crash between publishing and marking publishes a row again: consumers
dedupe by message id, so at-least-once is enough."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from datetime import timedelta
from typing import Annotated

from fastapi import Depends
from sqlalchemy import delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import HTTPConnection

from winterarc.broker.base import Broker, BrokerUnavailable, Message
from winterarc.db.base import utcnow
from winterarc.kit.waiting import wait_for_any
from winterarc.outbox.models import OutboxEvent

logger = logging.getLogger("winterarc.outbox")
KEEP_PUBLISHED = timedelta(hours=1)  # published rows are kept a while for diagnosis
PRUNE_EVERY_SECONDS = 60.0


class OutboxRelay:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        broker: Broker,
        *,
        batch_size: int = 100,
        poll_seconds: float = 5.0,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._broker = broker
        self._batch_size = batch_size
        self._poll = poll_seconds
        self._wakeup = asyncio.Event()

    def wake(self) -> None:
        """Publish now rather than at the next poll (called after a commit that added rows)."""
        self._wakeup.set()

    async def wake_after_response(self) -> None:
        """`wake` as a response's background task: async, so Starlette runs it on the event
        loop. A sync task would run in a worker thread, and asyncio.Event is not thread-safe
        (the relay could sleep on until something else woke the loop)."""
        self.wake()

    async def publish_pending(self) -> int:
        """Publish one batch of pending rows; the number published."""
        async with self._sessionmaker.begin() as session:
            rows = (
                await session.scalars(
                    select(OutboxEvent)
                    .where(OutboxEvent.published_at.is_(None))
                    .order_by(OutboxEvent.id)
                    .limit(self._batch_size)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            if not rows:
                return 0
            by_queue: dict[str, list[Message]] = defaultdict(list)
            for row in rows:
                by_queue[row.queue].append(Message.decode(row.message_id, row.body))
            for queue, messages in by_queue.items():
                await self._broker.publish(queue, messages)
            await session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.id.in_([row.id for row in rows]))
                .values(published_at=utcnow())
                .execution_options(synchronize_session=False)
            )
        return len(rows)

    async def prune(self) -> None:
        async with self._sessionmaker.begin() as session:
            await session.execute(
                delete(OutboxEvent).where(OutboxEvent.published_at < utcnow() - KEEP_PUBLISHED)
            )

    async def run(self, stopping: asyncio.Event) -> None:
        """Publish until `stopping` is set, backing off while the broker or database is down."""
        backoff = 0.0
        last_prune = 0.0
        loop = asyncio.get_running_loop()
        while not stopping.is_set():
            self._wakeup.clear()  # before reading: a wake() from now on makes the wait return
            published = 0
            try:
                published = await self.publish_pending()
                if loop.time() - last_prune > PRUNE_EVERY_SECONDS:
                    await self.prune()
                    last_prune = loop.time()
                backoff = 0.0
            except (BrokerUnavailable, SQLAlchemyError, OSError) as error:
                backoff = min(max(backoff * 2, 0.5), 10.0)
                logger.warning("outbox relay: %s; retrying in %.1f s", error, backoff)
            if published == self._batch_size and not backoff:
                continue
            await wait_for_any([stopping, self._wakeup], seconds=backoff or self._poll)


async def get_relay(connection: HTTPConnection) -> OutboxRelay:
    relay: OutboxRelay = connection.app.state.relay
    return relay


RelayDep = Annotated[OutboxRelay, Depends(get_relay)]
