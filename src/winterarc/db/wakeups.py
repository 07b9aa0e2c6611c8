"""Wake-ups: "something was written to a table you wait on", across processes.

Table pollers (the embedded queue, the live-events tailer) wait on a topic's event instead of
polling many times a second. A writer rings the topic after its commit; every listener of the
topic, in this process and in others on the same database, has its event set. The backend
follows the database: PostgreSQL LISTEN/NOTIFY, a doorbell of unix datagram sockets beside a
SQLite file, or this process only (an in-memory database). A wake-up is only a hint: listeners
still poll slowly, so a missed ring (a process that cannot reach the doorbell) costs latency,
never a message."""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


class Wakeups(ABC):
    def __init__(self) -> None:
        self._events: dict[str, asyncio.Event] = {}
        self._listeners: Counter[str] = Counter()
        self.received = 0  # rings that came from another process (tests and metrics read it)

    def local(self, topic: str) -> asyncio.Event:
        return self._events.setdefault(topic, asyncio.Event())

    @asynccontextmanager
    async def listening(self, topic: str) -> AsyncIterator[asyncio.Event]:
        """The topic's event, set whenever anyone rings it, while the context is open.
        Clear it before reading the table, then wait on it."""
        if not self._listeners[topic]:
            await self._listen(topic)
        self._listeners[topic] += 1
        try:
            yield self.local(topic)
        finally:
            self._listeners[topic] -= 1
            if not self._listeners[topic]:
                await self._unlisten(topic)

    async def ring(self, topic: str) -> None:
        """Wake every listener of `topic` (call after the commit that wrote what they want).
        Never raises: a wake-up that cannot be sent is left to the listeners' slow poll."""
        self.local(topic).set()
        await self._ring(topic)

    def _received(self, topic: str) -> None:
        self.received += 1
        self.local(topic).set()

    def _wake_all(self) -> None:
        """After a lost connection rings may have been missed: everyone looks once."""
        for event in self._events.values():
            event.set()

    @abstractmethod
    async def _listen(self, topic: str) -> None: ...

    @abstractmethod
    async def _unlisten(self, topic: str) -> None: ...

    @abstractmethod
    async def _ring(self, topic: str) -> None: ...


class LocalWakeups(Wakeups):
    """This process only: other processes are found by the slow poll."""

    async def _listen(self, topic: str) -> None:
        return None

    async def _unlisten(self, topic: str) -> None:
        return None

    async def _ring(self, topic: str) -> None:
        return None


def create_wakeups(sessionmaker: async_sessionmaker[AsyncSession]) -> Wakeups:
    """The wake-ups that reach every process using the sessionmaker's database."""
    bind = sessionmaker.kw.get("bind")
    if bind is None:
        return LocalWakeups()
    url = make_url(str(bind.url.render_as_string(hide_password=False)))
    if url.get_backend_name() == "postgresql":
        from winterarc.db.listen import PostgresWakeups

        return PostgresWakeups(sessionmaker, url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        from pathlib import Path

        from winterarc.db.doorbell import Doorbell

        return Doorbell(Path(url.database).resolve())
    return LocalWakeups()
