"""The embedded broker: leases, acks, redelivery, dead letters (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.helpers.broker import messages
from winterarc.broker.base import Delivery
from winterarc.broker.database import DatabaseBroker
from winterarc.broker.models import QueuedMessage

pytestmark = pytest.mark.anyio


def make_broker(maker: async_sessionmaker[AsyncSession], **options: Any) -> DatabaseBroker:
    settings: dict[str, Any] = {"max_attempts": 3, "lease_seconds": 30.0, "poll_seconds": 0.02}
    return DatabaseBroker(maker, **(settings | options))


async def _count(maker: async_sessionmaker[AsyncSession], queue: str) -> int:
    async with maker() as session:
        query = select(func.count()).select_from(QueuedMessage).where(QueuedMessage.queue == queue)
        return int(await session.scalar(query) or 0)


async def consume_until(
    broker: DatabaseBroker,
    queue: str,
    handler: Any,
    done: asyncio.Event,
    *,
    concurrency: int = 1,
    seconds: float = 10.0,
) -> None:
    """Consume until `done` is set (or fail after `seconds`), then stop gracefully."""
    stopping = asyncio.Event()
    task = asyncio.create_task(
        broker.consume(queue, handler, concurrency=concurrency, stopping=stopping)
    )
    try:
        await asyncio.wait_for(done.wait(), seconds)
    finally:
        stopping.set()
        await asyncio.wait_for(task, 10)


async def test_published_messages_are_delivered_in_order_and_gone_once_acked(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    broker = make_broker(sessionmaker)
    await broker.publish("q", messages("a", "b", "c"))
    seen: list[tuple[str, int]] = []
    done = asyncio.Event()

    async def handler(delivery: Delivery) -> None:
        seen.append((delivery.message.body["n"], delivery.attempt))
        if len(seen) == 3:
            done.set()

    await consume_until(broker, "q", handler, done)
    assert seen == [("a", 1), ("b", 1), ("c", 1)]
    assert await _count(sessionmaker, "q") == 0


async def test_publishing_the_same_message_id_twice_keeps_one_copy(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    broker = make_broker(sessionmaker)
    await broker.publish("q", messages("a"))
    await broker.publish("q", messages("a", "b"))
    assert await _count(sessionmaker, "q") == 2


async def test_a_failing_handler_gets_the_message_again_then_it_is_dead_lettered(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    broker = make_broker(sessionmaker, max_attempts=2)
    await broker.publish("q", messages("poison"))
    attempts: list[int] = []
    done = asyncio.Event()

    async def handler(delivery: Delivery) -> None:
        attempts.append(delivery.attempt)
        raise RuntimeError("boom")

    async def dead(delivery: Delivery) -> None:
        assert delivery.message.id == "poison"
        done.set()

    stopping = asyncio.Event()
    dead_task = asyncio.create_task(
        broker.consume("q.dead", dead, concurrency=1, stopping=stopping)
    )
    await consume_until(broker, "q", handler, done)
    stopping.set()
    await dead_task
    assert attempts == [1, 2]
    assert await _count(sessionmaker, "q") == 0
    assert await _count(sessionmaker, "q.dead") == 0  # the dead-letter handler acked it


async def test_a_consumer_that_dies_holding_a_message_loses_it_when_the_lease_expires(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    dying = make_broker(sessionmaker, lease_seconds=1.0)
    await dying.publish("q", messages("m"))
    # Lease it and never ack or renew: what a process killed with SIGKILL leaves behind.
    [leased] = await dying._lease_batch("q", 1)
    assert leased.delivery.attempt == 1
    survivor = make_broker(sessionmaker, lease_seconds=1.0)
    assert await survivor._lease_batch("q", 1) == []  # still leased
    attempts: list[int] = []
    done = asyncio.Event()

    async def handler(delivery: Delivery) -> None:
        attempts.append(delivery.attempt)
        done.set()

    await consume_until(survivor, "q", handler, done)
    assert attempts == [2]


async def test_a_message_is_leased_to_one_consumer_at_a_time(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    broker = make_broker(sessionmaker)
    await broker.publish("q", messages(*[str(i) for i in range(20)]))
    others = [make_broker(sessionmaker) for _ in range(4)]
    batches = await asyncio.gather(*(b._lease_batch("q", 20) for b in others))
    leased = [item.delivery.message.id for batch in batches for item in batch]
    assert sorted(leased, key=int) == [str(i) for i in range(20)]


async def test_stopping_lets_the_handler_in_flight_finish_and_acks_its_message(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    broker = make_broker(sessionmaker)
    await broker.publish("q", messages("slow"))
    started, release, finished = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def handler(delivery: Delivery) -> None:
        started.set()
        await release.wait()
        finished.set()

    stopping = asyncio.Event()
    task = asyncio.create_task(broker.consume("q", handler, concurrency=1, stopping=stopping))
    await asyncio.wait_for(started.wait(), 10)
    stopping.set()
    release.set()  # a consumer that dropped its handler on stopping would never see this
    await asyncio.wait_for(task, 10)
    assert finished.is_set()
    assert await _count(sessionmaker, "q") == 0  # acked, not given back


async def test_cancelling_the_consumer_gives_the_message_in_flight_back(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    broker = make_broker(sessionmaker)
    await broker.publish("q", messages("slow"))
    started = asyncio.Event()

    async def handler(delivery: Delivery) -> None:
        started.set()
        await asyncio.Event().wait()  # never finishes on its own

    task = asyncio.create_task(
        broker.consume("q", handler, concurrency=1, stopping=asyncio.Event())
    )
    await asyncio.wait_for(started.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [again] = await broker._lease_batch("q", 1)
    assert again.delivery.attempt == 1  # a shutdown is not a failed attempt


async def test_a_lease_that_expires_is_taken_up_while_another_message_is_being_handled(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    # A crashed consumer's lease runs out while this consumer is busy with one message and
    # has a free slot. No safety poll to fall back on: it must look again when that lease
    # expires, not when its own handler finishes (which waits for the orphan to be handled).
    dead = make_broker(sessionmaker, lease_seconds=1.0)
    await dead.publish("q", messages("orphan"))
    [orphaned] = await dead._lease_batch("q", 1)  # leased, then never acked nor renewed
    assert orphaned.delivery.attempt == 1
    broker = make_broker(sessionmaker, poll_seconds=3600)
    await broker.publish("q", messages("long"))
    orphan_done, done = asyncio.Event(), asyncio.Event()
    handled: list[tuple[str, int]] = []

    async def handler(delivery: Delivery) -> None:
        handled.append((delivery.message.id, delivery.attempt))
        if delivery.message.id == "long":
            await orphan_done.wait()
            done.set()
        else:
            orphan_done.set()

    await consume_until(broker, "q", handler, done, concurrency=2, seconds=60)
    assert handled == [("long", 1), ("orphan", 2)]
