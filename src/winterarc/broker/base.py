"""The broker interface: durable queues with at-least-once delivery and a dead-letter queue.

A handler that returns acks its message; one that raises gives it back for redelivery. After
`max_attempts` failed deliveries (a raise, or a consumer that died holding it) the message moves
to `<queue>.dead`. Delivery is at-least-once, so handlers must be idempotent."""

from __future__ import annotations

import asyncio
import json
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

JUDGE_QUEUE = "judge"
JOBS_QUEUE = "jobs"


def dead_letter_queue(queue: str) -> str:
    return f"{queue}.dead"


class BrokerUnavailable(Exception):
    """The broker cannot take or give messages right now; retry later."""


@dataclass(frozen=True, slots=True)
class Message:
    """`id` is stable across redeliveries and republishing: consumers dedupe by it."""

    id: str
    body: dict[str, Any]

    def encode(self) -> str:
        return json.dumps(self.body, separators=(",", ":"), sort_keys=True)

    @classmethod
    def decode(cls, message_id: str, text: str | bytes) -> Message:
        body = json.loads(text)
        if not isinstance(body, dict):
            raise ValueError("a message body must be a JSON object")
        return cls(message_id, body)


@dataclass(frozen=True, slots=True)
class Delivery:
    queue: str
    message: Message
    attempt: int  # 1 on the first delivery


Handler = Callable[[Delivery], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class QueueStats:
    depth: int  # waiting or in flight
    oldest_age_seconds: float  # 0 when empty


class Broker(ABC):
    """One per process; `close` releases connections. Methods may be called before any
    connection exists: backends connect lazily and raise BrokerUnavailable when they cannot."""

    @abstractmethod
    async def publish(self, queue: str, messages: Sequence[Message]) -> None:
        """Return only once the broker holds every message durably (publisher confirms)."""

    @abstractmethod
    async def consume(
        self, queue: str, handler: Handler, *, concurrency: int, stopping: asyncio.Event
    ) -> None:
        """Run `handler` on deliveries, at most `concurrency` at once, until `stopping` is set;
        then wait for the handlers in flight (a cancelled one gives its message back)."""

    async def stats(self, queue: str) -> QueueStats | None:
        """Depth and oldest message's age, for metrics; None where the broker has its own
        exporter (RabbitMQ's `rabbitmq_prometheus` plugin)."""
        return None

    @abstractmethod
    async def close(self) -> None: ...
