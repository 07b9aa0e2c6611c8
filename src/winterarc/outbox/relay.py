"""The outbox relay: publishes pending outbox rows to the broker and marks them published.

Safe in several API replicas at once on PostgreSQL (`FOR UPDATE SKIP LOCKED`: each row goes to
one relay at a time). SQLite ignores SKIP LOCKED, so embedded mode runs exactly one relay, in the
one `serve` process. A crash between publishing and marking publishes a row again: consumers
dedupe by message id, so at-least-once is enough.

Fairness: a row with a `fair_key` (whose work it is: a learner's judgements) is published only
while fewer than `fair_share` of that key's messages are in the broker unsettled; the rest wait
here, in order, and go as the consumer settles the earlier ones. So a learner who submits ten
times queues two ahead of everyone else, not ten, and another learner's verdict waits for at
most `fair_share` judgements per learner who is busy at the same moment. Replicas on PostgreSQL
can each let one more through in a race, so the bound is `fair_share` per relay."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta
from typing import Annotated

from fastapi import Depends
from sqlalchemy import Select, delete, func, or_, select, update
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
        fair_share: int = 2,
        settle_within: timedelta = timedelta(minutes=10),
    ) -> None:
        self._sessionmaker = sessionmaker
        self._broker = broker
        if fair_share < 1:
            raise ValueError("fair_share must be at least 1")  # `_fair_part` relies on it
        self._batch_size = batch_size
        self._poll = poll_seconds
        self._fair_share = fair_share
        # A message unsettled this long after publishing stops counting against its key (its
        # consumer died without settling): a lost settle delays a learner, never blocks them.
        self._settle_within = settle_within
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
        """Publish pending rows, a batch per transaction, until a batch comes up short; the
        number published. A batch whose rows were partly held back for fairness is followed
        by another at once: held rows must not keep a later key's rows out of the batch."""
        total = 0
        while True:
            published, full = await self._publish_batch()
            total += published
            if not full or not published:
                return total

    async def _publish_batch(self) -> tuple[int, bool]:
        """One batch: (rows published, whether the batch read was full)."""
        async with self._sessionmaker.begin() as session:
            busy = self._in_broker().having(func.count() >= self._fair_share)
            rows = (
                await session.scalars(
                    select(OutboxEvent)
                    .where(
                        OutboxEvent.published_at.is_(None),
                        or_(
                            OutboxEvent.fair_key.is_(None),
                            OutboxEvent.fair_key.not_in(
                                busy.with_only_columns(OutboxEvent.fair_key)
                            ),
                        ),
                    )
                    .order_by(OutboxEvent.id)
                    .limit(self._batch_size)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            full = len(rows) == self._batch_size
            rows = await self._fair_part(session, rows)
            if not rows:
                return 0, full
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
        return len(rows), full

    def _in_broker(self) -> Select[tuple[str | None, int]]:
        """Per fair key: its messages published and not yet settled (recently enough)."""
        return (
            select(OutboxEvent.fair_key, func.count())
            .where(
                OutboxEvent.fair_key.is_not(None),
                OutboxEvent.published_at.is_not(None),
                OutboxEvent.published_at > utcnow() - self._settle_within,
                OutboxEvent.settled_at.is_(None),
            )
            .group_by(OutboxEvent.fair_key)
        )

    async def _fair_part(
        self, session: AsyncSession, rows: Sequence[OutboxEvent]
    ) -> list[OutboxEvent]:
        """The rows that fit their key's share, oldest first; the others wait for a settle."""
        keyed = [row.fair_key for row in rows if row.fair_key is not None]
        keys = set(keyed)
        if len(keys) == len(keyed):
            # No key twice: the batch's query left out every key without room, so each row
            # fits. The common case (one submission) skips a query on the submit-to-judging path.
            return list(rows)
        counted = await session.execute(self._in_broker().where(OutboxEvent.fair_key.in_(keys)))
        room = {key: self._fair_share for key in keys}
        for key, in_broker in counted.tuples():
            if key is not None:
                room[key] -= in_broker
        chosen = []
        for row in rows:
            if row.fair_key is None:
                chosen.append(row)
            elif room[row.fair_key] > 0:
                room[row.fair_key] -= 1
                chosen.append(row)
        return chosen

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
            try:
                await self.publish_pending()  # everything publishable now, batch by batch
                if loop.time() - last_prune > PRUNE_EVERY_SECONDS:
                    await self.prune()
                    last_prune = loop.time()
                backoff = 0.0
            except Exception as error:  # a relay that died would strand every submission
                backoff = min(max(backoff * 2, 0.5), 10.0)
                if isinstance(error, BrokerUnavailable | SQLAlchemyError | OSError):
                    logger.warning("outbox relay: %s; retrying in %.1f s", error, backoff)
                else:
                    logger.exception(
                        "outbox relay: unexpected failure; retrying in %.1f s", backoff
                    )
            await wait_for_any([stopping, self._wakeup], seconds=backoff or self._poll)


async def get_relay(connection: HTTPConnection) -> OutboxRelay:
    relay: OutboxRelay = connection.app.state.relay
    return relay


RelayDep = Annotated[OutboxRelay, Depends(get_relay)]
