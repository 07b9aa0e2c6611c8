"""PostgreSQL wake-ups: LISTEN on one dedicated asyncpg connection per process, NOTIFY to ring.

NOTIFY reaches every process on the database, on any host. A lost listening connection is
re-opened with backoff; meanwhile and right after, every topic's event is set, so listeners
look at their tables once instead of waiting for a ring that may have been missed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import asyncpg
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.db.wakeups import Wakeups

logger = logging.getLogger("winterarc.db")
ERRORS = (OSError, asyncpg.PostgresError, asyncpg.InterfaceError)


def channel_name(topic: str) -> str:
    return f"winterarc.{topic}"[:63]


class PostgresWakeups(Wakeups):
    """The listening connection opens with the first topic listened to, closes with the last."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession], url: URL) -> None:
        super().__init__()
        self._sessionmaker = sessionmaker
        self._dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._connection: asyncpg.Connection | None = None
        self._topics: set[str] = set()
        self._lock = asyncio.Lock()
        self._reconnecting: asyncio.Task[None] | None = None
        self._callbacks: dict[str, Any] = {}

    async def _listen(self, topic: str) -> None:
        async with self._lock:
            self._topics.add(topic)
            try:
                if self._connection is None:
                    await self._connect()
                else:
                    await self._subscribe(self._connection, topic)
            except ERRORS as error:
                logger.warning("cannot LISTEN for %s (%s); polling until reconnected", topic, error)
                self._reconnect_later()

    async def _connect(self) -> None:
        connection = await asyncpg.connect(self._dsn)
        connection.add_termination_listener(self._lost)
        for topic in self._topics:
            await self._subscribe(connection, topic)
        self._connection = connection

    async def _subscribe(self, connection: asyncpg.Connection, topic: str) -> None:
        def received(_conn: object, _pid: int, _channel: str, _payload: object) -> None:
            self._received(topic)

        self._callbacks[topic] = received
        await connection.add_listener(channel_name(topic), received)

    async def _unlisten(self, topic: str) -> None:
        async with self._lock:
            self._topics.discard(topic)
            callback = self._callbacks.pop(topic, None)
            connection = self._connection
            if connection is None:
                if not self._topics and self._reconnecting is not None:
                    self._reconnecting.cancel()
                return
            if self._topics:
                if callback is not None:
                    with contextlib.suppress(*ERRORS):
                        await connection.remove_listener(channel_name(topic), callback)
                return
            self._connection = None
            connection.remove_termination_listener(self._lost)
            with contextlib.suppress(*ERRORS):
                await connection.close(timeout=5)

    def _lost(self, _connection: object) -> None:
        self._connection = None
        if self._topics:
            self._reconnect_later()

    def _reconnect_later(self) -> None:
        self._wake_all()
        if self._reconnecting is None or self._reconnecting.done():
            self._reconnecting = asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        delay = 0.5
        while True:
            await asyncio.sleep(delay)
            async with self._lock:
                if not self._topics:
                    return
                try:
                    await self._connect()
                except ERRORS as error:
                    logger.warning("LISTEN connection: %s; retrying in %.0f s", error, delay)
                else:
                    self._wake_all()  # rings sent while it was down were lost
                    return
            delay = min(delay * 2, 30.0)

    async def _ring(self, topic: str) -> None:
        try:
            async with self._sessionmaker.begin() as session:
                await session.execute(
                    text("SELECT pg_notify(:channel, '')"), {"channel": channel_name(topic)}
                )
        except (SQLAlchemyError, OSError) as error:
            logger.warning("cannot NOTIFY %s: %s", topic, error)
