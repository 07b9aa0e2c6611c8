"""RabbitMQ through aio-pika: quorum queues, publisher confirms, manual acks, dead letters.

Topology per queue Q: a durable quorum queue Q with `x-delivery-limit` (max attempts - 1
redeliveries) and a dead-letter exchange that routes exhausted messages to the quorum queue
`Q.dead`, at-least-once (`x-dead-letter-strategy`, which needs `x-overflow: reject-publish`).
A message is acked only after its handler returned, that is after the result was committed;
prefetch equals the consumer's concurrency. On quorum queues every return to the queue counts
as a delivery (a nack, or a consumer whose connection died), including a shutdown's requeue."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

import aio_pika
from aio_pika.abc import (
    AbstractChannel,
    AbstractIncomingMessage,
    AbstractQueue,
    AbstractRobustConnection,
)
from aio_pika.exceptions import AMQPError
from pamqp.common import FieldTable

from winterarc.broker.base import (
    Broker,
    BrokerUnavailable,
    Delivery,
    Handler,
    Message,
    dead_letter_queue,
)

logger = logging.getLogger("winterarc.broker")
DEAD_LETTER_EXCHANGE = "winterarc.dead-letter"
_FAILURES = (AMQPError, ConnectionError, OSError, asyncio.TimeoutError, RuntimeError)


class RabbitBroker(Broker):
    def __init__(self, url: str, *, max_attempts: int, connect_timeout: float = 5.0) -> None:
        self._url = url
        self._max_attempts = max_attempts
        self._timeout = connect_timeout
        self._connection: AbstractRobustConnection | None = None
        self._publisher: AbstractChannel | None = None
        self._declared: set[str] = set()
        self._lock = asyncio.Lock()
        self._closing: set[asyncio.Future[None]] = set()

    async def _connect(self) -> AbstractRobustConnection:
        async with self._lock:
            if self._connection is None:
                try:
                    self._connection = await aio_pika.connect_robust(
                        self._url, timeout=self._timeout, client_properties={"app": "winterarc"}
                    )
                except _FAILURES as error:
                    raise BrokerUnavailable(f"cannot connect to RabbitMQ: {error}") from error
            return self._connection

    async def _declare(self, channel: AbstractChannel, queue: str) -> AbstractQueue:
        quorum: FieldTable = {"x-queue-type": "quorum"}
        if queue.endswith(".dead"):
            return await channel.declare_queue(queue, durable=True, arguments=quorum)
        dead = dead_letter_queue(queue)
        exchange = await channel.declare_exchange(
            DEAD_LETTER_EXCHANGE, aio_pika.ExchangeType.DIRECT, durable=True
        )
        dead_queue = await channel.declare_queue(dead, durable=True, arguments=quorum)
        await dead_queue.bind(exchange, routing_key=dead)
        return await channel.declare_queue(
            queue,
            durable=True,
            arguments={
                **quorum,
                "x-delivery-limit": self._max_attempts - 1,
                "x-dead-letter-exchange": DEAD_LETTER_EXCHANGE,
                "x-dead-letter-routing-key": dead,
                "x-dead-letter-strategy": "at-least-once",
                "x-overflow": "reject-publish",
            },
        )

    async def publish(self, queue: str, messages: Sequence[Message]) -> None:
        """Return once the broker confirmed every message, or raise BrokerUnavailable: never
        hang (one deadline covers connecting, the channel, declaring and the confirms) and
        never raise anything else, so a publishing loop cannot die of a broker outage."""
        try:
            async with asyncio.timeout(self._timeout * 3):
                await self._publish(queue, messages)
        except BrokerUnavailable:
            self._drop_publisher()
            raise
        except asyncio.CancelledError as error:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # our caller is being cancelled: let it be
            # aiormq cancels pending confirms when the broker closes the channel under them.
            self._drop_publisher()
            raise BrokerUnavailable("RabbitMQ closed the channel during the publish") from error
        except _FAILURES as error:
            self._drop_publisher()
            raise BrokerUnavailable(f"RabbitMQ did not confirm the publish: {error!r}") from error

    async def _publish(self, queue: str, messages: Sequence[Message]) -> None:
        connection = await self._connect()
        if self._publisher is None or self._publisher.is_closed:
            self._publisher = await connection.channel(publisher_confirms=True)
            self._declared.clear()
        if queue not in self._declared:
            await self._declare(self._publisher, queue)
            self._declared.add(queue)
        exchange = self._publisher.default_exchange
        # Each publish returns once the broker confirmed it (quorum: replicated to disk).
        await asyncio.gather(
            *(
                exchange.publish(
                    aio_pika.Message(
                        m.encode().encode(),
                        message_id=m.id,
                        content_type="application/json",
                        delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                    ),
                    routing_key=queue,
                    mandatory=True,
                    timeout=self._timeout,
                )
                for m in messages
            )
        )

    def _drop_publisher(self) -> None:
        """After a failed publish, start the next one on a fresh channel: the old one may be
        half-restored, and its declarations may not hold on a restarted broker."""
        publisher, self._publisher = self._publisher, None
        self._declared.clear()
        if publisher is not None and not publisher.is_closed:
            closing = asyncio.ensure_future(publisher.close())
            self._closing.add(closing)  # the loop holds tasks weakly
            closing.add_done_callback(self._closed)

    def _closed(self, closing: asyncio.Future[None]) -> None:
        self._closing.discard(closing)
        if not closing.cancelled():
            closing.exception()  # best effort: a failed close is expected here, not logged

    async def consume(
        self, queue: str, handler: Handler, *, concurrency: int, stopping: asyncio.Event
    ) -> None:
        connection = await self._connect_until(stopping)
        if connection is None:
            return
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=concurrency)
        declared = await self._declare(channel, queue)
        running: set[asyncio.Task[None]] = set()

        async def on_message(message: AbstractIncomingMessage) -> None:
            task = asyncio.create_task(self._deliver(queue, message, handler))
            running.add(task)
            task.add_done_callback(running.discard)

        tag = await declared.consume(on_message, no_ack=False)
        try:
            await stopping.wait()
            with contextlib.suppress(*_FAILURES):
                await declared.cancel(tag)
            if running:
                await asyncio.wait(list(running))
        except asyncio.CancelledError:
            for task in list(running):
                task.cancel()
            if running:
                await asyncio.wait(list(running))
            raise
        finally:
            with contextlib.suppress(*_FAILURES):
                await channel.close()

    async def _connect_until(self, stopping: asyncio.Event) -> AbstractRobustConnection | None:
        backoff = 0.5
        while not stopping.is_set():
            try:
                return await self._connect()
            except BrokerUnavailable as error:
                logger.warning("%s; retrying in %.1f s", error, backoff)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stopping.wait(), backoff)
                backoff = min(backoff * 2, 10.0)
        return None

    async def _deliver(
        self, queue: str, incoming: AbstractIncomingMessage, handler: Handler
    ) -> None:
        count = incoming.headers.get("x-delivery-count", 0)
        attempt = (count if isinstance(count, int) else 0) + 1
        try:
            message = Message.decode(incoming.message_id or "", incoming.body)
        except ValueError:
            logger.error(
                "queue %s: undecodable message %s dead-lettered", queue, incoming.message_id
            )
            await _settle(incoming.reject(requeue=False))
            return
        try:
            await handler(Delivery(queue, message, attempt))
        except asyncio.CancelledError:
            await asyncio.shield(_settle(incoming.nack(requeue=True)))
            raise
        except Exception:
            logger.exception("queue %s: message %s failed (attempt %d)", queue, message.id, attempt)
            await _settle(incoming.nack(requeue=True))
        else:
            await _settle(incoming.ack())

    async def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(*_FAILURES):
                await self._connection.close()
            self._connection = None


async def _settle(outcome: object) -> None:
    # If the connection died, the broker requeues the message itself: nothing more to do.
    try:
        await outcome  # type: ignore[misc]
    except _FAILURES as error:
        logger.warning("could not settle a message (it will be redelivered): %r", error)
