"""Wake-ups across processes: the SQLite doorbell, PostgreSQL LISTEN/NOTIFY, and the slow poll
that stands in when neither reaches a consumer."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.helpers.broker import messages
from tests.helpers.waiting import eventually
from winterarc.broker.base import Delivery
from winterarc.broker.database import DatabaseBroker
from winterarc.db import migrate
from winterarc.db.doorbell import Doorbell
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.db.listen import PostgresWakeups
from winterarc.db.wakeups import create_wakeups

pytestmark = pytest.mark.anyio
AN_HOUR = 3600.0  # a safety poll this slow never fires during a test: only a wake-up delivers

PUBLISH = """
import asyncio, sys
from winterarc.broker.base import Message
from winterarc.broker.database import DatabaseBroker
from winterarc.db.engine import create_engine, create_sessionmaker

async def main() -> None:
    engine = create_engine(sys.argv[1])
    broker = DatabaseBroker(create_sessionmaker(engine), max_attempts=3, lease_seconds=30)
    await broker.publish(sys.argv[2], [Message(sys.argv[3], {"n": sys.argv[3]})])
    await engine.dispose()

asyncio.run(main())
"""


async def publish_from_another_process(url: str, queue: str, message_id: str) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", PUBLISH, url, queue, message_id
    )
    assert await process.wait() == 0


def _url(maker: async_sessionmaker[AsyncSession]) -> str:
    return maker.kw["bind"].url.render_as_string(hide_password=False)  # type: ignore[no-any-return]


async def _consume_two(broker: DatabaseBroker, url: str) -> list[str]:
    """Consume a first message published here, then one published by another process."""
    seen: list[str] = []
    first, second = asyncio.Event(), asyncio.Event()

    async def handler(delivery: Delivery) -> None:
        seen.append(delivery.message.body["n"])
        (second if first.is_set() else first).set()

    stopping = asyncio.Event()
    await broker.publish("q", messages("here"))
    consumer = asyncio.create_task(broker.consume("q", handler, concurrency=1, stopping=stopping))
    try:
        await asyncio.wait_for(first.wait(), 30)  # the consumer is listening from now on
        await publish_from_another_process(url, "q", "there")
        await asyncio.wait_for(second.wait(), 30)
    finally:
        stopping.set()
        await asyncio.wait_for(consumer, 10)
    return seen


async def test_a_message_from_another_process_is_consumed_on_its_wakeup_not_the_poll(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    broker = DatabaseBroker(sessionmaker, max_attempts=3, lease_seconds=30, poll_seconds=AN_HOUR)
    expected = PostgresWakeups if "postgresql" in _url(sessionmaker) else Doorbell
    assert isinstance(broker.wakeups, expected)
    assert await _consume_two(broker, _url(sessionmaker)) == ["here", "there"]
    assert broker.wakeups.received >= 1  # the other process's ring (or NOTIFY) arrived


async def test_without_a_doorbell_the_slow_poll_still_finds_the_message(tmp_path: Path) -> None:
    database = tmp_path / "winterarc.db"
    url = f"sqlite+aiosqlite:///{database}"
    await asyncio.to_thread(migrate.upgrade, url)
    # A file where the doorbell's folder belongs: nobody can listen or ring.
    database.with_name("winterarc.db.doorbells").write_text("not a folder")
    engine = create_engine(url)
    try:
        broker = DatabaseBroker(
            create_sessionmaker(engine), max_attempts=3, lease_seconds=30, poll_seconds=0.05
        )
        assert await _consume_two(broker, url) == ["here", "there"]
        assert broker.wakeups.received == 0  # the poll found it
    finally:
        await engine.dispose()


async def test_ringing_forgets_a_listener_whose_process_is_gone(tmp_path: Path) -> None:
    doorbell = Doorbell(tmp_path / "winterarc.db")
    gone = doorbell.directory / "topic" / "0123456789abcdef01234567"
    gone.parent.mkdir(parents=True)
    gone.touch()
    async with doorbell.listening("topic") as rung:
        other = Doorbell(tmp_path / "winterarc.db")
        await other.ring("topic")
        await asyncio.wait_for(rung.wait(), 10)
    assert not gone.exists()
    assert list((doorbell.directory / "topic").iterdir()) == []  # the listener left too


@pytest.fixture
def postgres_url(make_postgres_database: Callable[[str], str]) -> str:
    return make_postgres_database("wakeups")


@pytest.mark.postgres
async def test_a_lost_listen_connection_wakes_everyone_then_listens_again(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url)
    try:
        await _lose_and_regain(create_sessionmaker(engine))
    finally:
        await engine.dispose()


async def _lose_and_regain(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    listener, ringer = create_wakeups(sessionmaker), create_wakeups(sessionmaker)
    async with listener.listening("topic") as rung:
        async with sessionmaker.begin() as session:
            await session.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE query LIKE 'LISTEN%' AND datname = current_database()"
                )
            )
        await asyncio.wait_for(rung.wait(), 10)  # woken by the loss itself
        rung.clear()
        received = listener.received

        async def rung_again() -> bool | None:
            await ringer.ring("topic")
            return True if listener.received > received else None

        await eventually(rung_again, seconds=30, every=0.2)
