"""Embedded pub/sub across processes: publishers insert into `live_events` and ring its wake-up
(`winterarc.db.wakeups`); each API process tails the table when rung (or every `poll_seconds`, the
safety net) and fans out to its local subscribers. Rows older than the recent-event horizon are
pruned by the tailer."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from datetime import timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.db.base import utcnow
from winterarc.db.wakeups import Wakeups, create_wakeups
from winterarc.kit.waiting import wait_for_any
from winterarc.pubsub.base import RECENT_MAX, RECENT_TTL_SECONDS, Event, PubSub, encode
from winterarc.pubsub.models import LiveEvent

logger = logging.getLogger("winterarc.pubsub")
# Ids are assigned before commit: on PostgreSQL a row with a smaller id can become visible after
# a larger one. The tailer re-reads this window and skips the ids it has seen.
LATE_COMMIT_WINDOW = timedelta(seconds=3)
PRUNE_EVERY_SECONDS = 60.0
TOPIC = "live_events"


class DatabasePubSub(PubSub):
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        poll_seconds: float = 5.0,
        wakeups: Wakeups | None = None,
    ) -> None:
        super().__init__()
        self._sessionmaker = sessionmaker
        self._poll = poll_seconds
        self.wakeups = wakeups if wakeups is not None else create_wakeups(sessionmaker)
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        # SQLite commits one writer at a time, so ids become visible in order there.
        bind = sessionmaker.kw.get("bind")
        dialect = bind.dialect.name if bind is not None else "sqlite"
        self._late_window = LATE_COMMIT_WINDOW if dialect == "postgresql" else None
        self._last_id: int | None = None  # read on the first tail, so start needs no database
        self._seen: dict[int, float] = {}

    async def publish(self, channel: str, event: Event) -> None:
        try:
            async with self._sessionmaker.begin() as session:
                session.add(LiveEvent(channel=channel, body=encode(event)))
        except SQLAlchemyError as error:
            logger.warning("live event on %s lost: %s", channel, error)
            return
        await self.wakeups.ring(TOPIC)

    async def recent(self, channel: str) -> list[Event]:
        horizon = utcnow() - timedelta(seconds=RECENT_TTL_SECONDS)
        async with self._sessionmaker() as session:
            bodies = await session.scalars(
                select(LiveEvent.body)
                .where(LiveEvent.channel == channel, LiveEvent.created_at >= horizon)
                .order_by(LiveEvent.id)
                .limit(RECENT_MAX)
            )
            return [json.loads(body) for body in bodies]

    async def start(self) -> None:
        self._task = asyncio.create_task(self._tail_forever())

    async def close(self) -> None:
        # Stop between reads rather than cancel one: a query cancelled on aiosqlite can leave its
        # connection checked out, to be closed later by the garbage collector on a dead loop.
        if self._task is not None:
            self._stopping.set()
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout=5)
            except TimeoutError:
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task

    async def _tail_forever(self) -> None:
        async with self.wakeups.listening(TOPIC) as wakeup:
            await self._tail_until_stopped(wakeup)

    async def _tail_until_stopped(self, wakeup: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        last_prune = loop.time()
        while not self._stopping.is_set():
            wakeup.clear()  # before reading: a ring from now on makes the wait return
            pause = self._poll
            try:
                await self._tail_once(loop.time())
                if loop.time() - last_prune > PRUNE_EVERY_SECONDS:
                    await self._prune()
                    last_prune = loop.time()
            except (SQLAlchemyError, OSError) as error:  # a refused connection arrives unwrapped
                logger.warning("cannot read live events: %s", error)
                pause = min(self._poll, 1.0)
            await wait_for_any([self._stopping, wakeup], seconds=pause)

    async def _tail_once(self, now: float) -> None:
        async with self._sessionmaker() as session:
            # The newest id first: rows read below never go past it, so none is skipped.
            newest = int(await session.scalar(select(func.max(LiveEvent.id))) or 0)
            # Channels after it: an event published once its subscriber was listed is either
            # among the rows read below, or newer than `newest` and read next time.
            channels = self.fanout.channels
            if self._last_id is None or not channels:
                self._last_id = max(self._last_id or 0, newest)
                self.ready.set()
                return
            fresh = LiveEvent.id > self._last_id
            if self._late_window is not None:
                fresh = or_(fresh, LiveEvent.created_at >= utcnow() - self._late_window)
            rows = (
                await session.execute(
                    select(LiveEvent.id, LiveEvent.channel, LiveEvent.body)
                    .where(fresh, LiveEvent.id <= newest, LiveEvent.channel.in_(channels))
                    .order_by(LiveEvent.id)
                )
            ).all()
        self._last_id = max(self._last_id, newest)
        for row_id, channel, body in rows:
            if row_id in self._seen:
                continue
            self._seen[row_id] = now
            self.fanout.deliver(channel, json.loads(body))
        if self._seen:
            horizon = now - 2 * LATE_COMMIT_WINDOW.total_seconds()
            self._seen = {i: t for i, t in self._seen.items() if t >= horizon}

    async def _prune(self) -> None:
        horizon = utcnow() - timedelta(seconds=RECENT_TTL_SECONDS)
        async with self._sessionmaker.begin() as session:
            await session.execute(delete(LiveEvent).where(LiveEvent.created_at < horizon))
