"""Live events: every backend delivers in order across instances and keeps recent events."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as redis

from tests.helpers.pubsub import MemoryPubSub
from tests.helpers.services import redis_url
from winterarc.db import migrate
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.pubsub.base import PubSub
from winterarc.pubsub.database import DatabasePubSub
from winterarc.pubsub.redis import RedisPubSub

pytestmark = pytest.mark.anyio
Pair = tuple[PubSub, PubSub]  # a publisher (a worker) and a subscriber (an API replica)


@pytest.fixture(name="redis_url")
def redis_url_fixture() -> str:
    return redis_url()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {}


def _database(request: pytest.FixtureRequest, migrated: dict[str, str]) -> str:
    backend = request.param
    if backend not in migrated:
        if backend == "sqlite":
            path = request.getfixturevalue("tmp_path_factory").mktemp("pubsub") / "events.db"
            url = f"sqlite+aiosqlite:///{path}"
        else:
            url = request.getfixturevalue("make_postgres_database")("pubsub")
        migrate.upgrade(url)
        migrated[backend] = url
    return migrated[backend]


@pytest.fixture(
    params=[
        "memory",
        "sqlite",
        pytest.param("postgres", marks=pytest.mark.postgres),
        pytest.param("redis", marks=pytest.mark.redis),
    ]
)
async def pair(request: pytest.FixtureRequest, migrated: dict[str, str]) -> AsyncIterator[Pair]:
    if request.param == "memory":
        one = MemoryPubSub()
        yield one, one
        return
    if request.param in ("sqlite", "postgres"):
        url = await asyncio.to_thread(_database, request, migrated)
        engine = create_engine(url)
        maker = create_sessionmaker(engine)
        # A poll of an hour: only a wake-up (doorbell or NOTIFY) brings the publisher's events.
        publisher, subscriber = DatabasePubSub(maker), DatabasePubSub(maker, poll_seconds=3600)
    else:
        url = request.getfixturevalue("redis_url")
        publisher, subscriber = RedisPubSub(url), RedisPubSub(url)
        engine = None
    await subscriber.start()
    await asyncio.wait_for(subscriber.ready.wait(), 10)
    yield publisher, subscriber
    await subscriber.close()
    await publisher.close()
    if engine is not None:
        await engine.dispose()


async def collect(subscription: Any, count: int) -> list[dict[str, Any]]:
    return [await asyncio.wait_for(subscription.get(), 10) for _ in range(count)]


async def test_a_subscriber_gets_every_event_of_its_channel_in_order(pair: Pair) -> None:
    publisher, subscriber = pair
    channel, other = f"submission:{uuid.uuid4()}", f"submission:{uuid.uuid4()}"
    async with subscriber.subscribe(channel) as subscription:
        for seq in range(1, 21):
            await publisher.publish(channel, {"seq": seq})
            await publisher.publish(other, {"seq": -seq})
        events = await collect(subscription, 20)
    assert [event["seq"] for event in events] == list(range(1, 21))


async def test_recent_events_let_a_late_subscriber_catch_up(pair: Pair) -> None:
    publisher, subscriber = pair
    channel = f"submission:{uuid.uuid4()}"
    for seq in range(1, 4):
        await publisher.publish(channel, {"seq": seq})
    assert [event["seq"] for event in await subscriber.recent(channel)] == [1, 2, 3]
    assert await subscriber.recent(f"submission:{uuid.uuid4()}") == []


async def _kill_subscriber_connections(url: str) -> None:
    client = redis.Redis.from_url(url)
    try:
        await client.execute_command("CLIENT", "KILL", "TYPE", "pubsub")
    finally:
        await client.aclose()


@pytest.mark.redis
async def test_the_redis_subscriber_resubscribes_after_a_drop_and_says_resync(
    redis_url: str,
) -> None:
    publisher, subscriber = RedisPubSub(redis_url), RedisPubSub(redis_url)
    await subscriber.start()
    channel = f"submission:{uuid.uuid4()}"
    try:
        await asyncio.wait_for(subscriber.ready.wait(), 10)
        async with subscriber.subscribe(channel) as subscription:
            await _kill_subscriber_connections(redis_url)
            assert (await asyncio.wait_for(subscription.get(), 15))["type"] == "resync"
            await publisher.publish(channel, {"type": "test", "seq": 1})
            assert (await asyncio.wait_for(subscription.get(), 10))["seq"] == 1
    finally:
        await subscriber.close()
        await publisher.close()
