"""The RabbitMQ broker against a real server: confirms, acks, redelivery, dead letters."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import aio_pika
import pytest

from tests.helpers.broker import messages
from tests.helpers.rabbitmq import private_vhost
from winterarc.broker.base import Delivery
from winterarc.broker.rabbitmq import RabbitBroker

pytestmark = [pytest.mark.anyio, pytest.mark.rabbitmq]


@pytest.fixture
def amqp_url() -> Iterator[str]:
    with private_vhost() as url:
        yield url


async def run_consumer(
    broker: RabbitBroker, queue: str, handler: Any, done: asyncio.Event, seconds: float = 20.0
) -> None:
    stopping = asyncio.Event()
    task = asyncio.create_task(broker.consume(queue, handler, concurrency=2, stopping=stopping))
    try:
        await asyncio.wait_for(done.wait(), seconds)
    finally:
        stopping.set()
        await asyncio.wait_for(task, 20)


async def queue_depth(url: str, queue: str) -> int:
    connection = await aio_pika.connect(url)
    try:
        channel = await connection.channel()
        declared = await channel.declare_queue(queue, passive=True)
        return int(declared.declaration_result.message_count or 0)
    finally:
        await connection.close()


async def test_confirmed_messages_are_delivered_and_acked_after_the_handler(amqp_url: str) -> None:
    broker = RabbitBroker(amqp_url, max_attempts=3)
    try:
        await broker.publish("judge", messages("a", "b", "c"))
        seen: list[tuple[str, int]] = []
        done = asyncio.Event()

        async def handler(delivery: Delivery) -> None:
            seen.append((delivery.message.id, delivery.attempt))
            if len(seen) == 3:
                done.set()

        await run_consumer(broker, "judge", handler, done)
        assert sorted(seen) == [("a", 1), ("b", 1), ("c", 1)]
        assert await queue_depth(amqp_url, "judge") == 0
    finally:
        await broker.close()


async def test_a_message_that_fails_every_time_ends_in_the_dead_letter_queue(
    amqp_url: str,
) -> None:
    broker = RabbitBroker(amqp_url, max_attempts=3)
    try:
        await broker.publish("judge", messages("poison"))
        attempts: list[int] = []
        dead_letters: list[str] = []
        done = asyncio.Event()

        async def handler(delivery: Delivery) -> None:
            attempts.append(delivery.attempt)
            raise RuntimeError("boom")

        async def dead(delivery: Delivery) -> None:
            dead_letters.append(delivery.message.id)
            done.set()

        stopping = asyncio.Event()
        dead_task = asyncio.create_task(
            broker.consume("judge.dead", dead, concurrency=1, stopping=stopping)
        )
        await run_consumer(broker, "judge", handler, done)
        stopping.set()
        await dead_task
        assert attempts == [1, 2, 3]
        assert dead_letters == ["poison"]
    finally:
        await broker.close()


async def test_a_consumer_whose_connection_dies_has_its_message_redelivered(
    amqp_url: str,
) -> None:
    dying = RabbitBroker(amqp_url, max_attempts=3)
    survivor = RabbitBroker(amqp_url, max_attempts=3)
    try:
        await survivor.publish("judge", messages("m"))
        started = asyncio.Event()

        async def hang(delivery: Delivery) -> None:
            started.set()
            await asyncio.Event().wait()  # hangs, like a stuck judgement, until cancelled

        stopping = asyncio.Event()
        hanging = asyncio.create_task(
            dying.consume("judge", hang, concurrency=1, stopping=stopping)
        )
        await asyncio.wait_for(started.wait(), 20)
        # The connection goes away with the message unacked, as when a worker is killed.
        assert dying._connection is not None
        await dying._connection.close()
        hanging.cancel()
        attempts: list[int] = []
        done = asyncio.Event()

        async def handler(delivery: Delivery) -> None:
            attempts.append(delivery.attempt)
            done.set()

        await run_consumer(survivor, "judge", handler, done)
        assert attempts == [2]
    finally:
        await survivor.close()
        await dying.close()


async def test_publishing_without_a_server_is_broker_unavailable() -> None:
    from tests.helpers.processes import free_port
    from winterarc.broker.base import BrokerUnavailable

    broker = RabbitBroker(f"amqp://guest:guest@127.0.0.1:{free_port()}/", max_attempts=3)
    with pytest.raises(BrokerUnavailable):
        await broker.publish("judge", messages("a"))
    await broker.close()
