"""Live events: publish to a channel, subscribe to channels; fire-and-forget across processes.

Every backend fans out to local subscribers through one `LocalFanout` per process, so a replica
holds one connection (or one tail query) however many WebSocket clients it serves. Backends also
keep each channel's recent events for a few minutes (`recent`), so a client that connects late
or reconnects can catch up; the database stays the source of truth for final state."""

from __future__ import annotations

import asyncio
import json
import logging
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

logger = logging.getLogger("winterarc.pubsub")
Event = dict[str, Any]
SUBSCRIBER_BUFFER = 1000  # events; a subscriber this far behind is dropped (it reconnects)
RECENT_TTL_SECONDS = 600.0
RECENT_MAX = 500


def encode(event: Event) -> str:
    return json.dumps(event, separators=(",", ":"))


class SubscriberTooSlow(Exception):
    """The subscriber fell SUBSCRIBER_BUFFER events behind and was cut off."""


class Subscription:
    """Events of one channel, in publishing order, for one local subscriber."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self._queue: asyncio.Queue[Event | None] = asyncio.Queue(SUBSCRIBER_BUFFER)
        self.overflowed = False

    def put(self, event: Event) -> None:
        try:
            self._queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed = True

    async def get(self) -> Event:
        if self.overflowed:
            raise SubscriberTooSlow(self.channel)
        event = await self._queue.get()
        if event is None:
            raise SubscriberTooSlow(self.channel)
        return event


class LocalFanout:
    """Channel -> local subscriptions; a backend calls `deliver` for each event it receives."""

    def __init__(self) -> None:
        self._subscribers: dict[str, set[Subscription]] = defaultdict(set)

    def add(self, subscription: Subscription) -> None:
        self._subscribers[subscription.channel].add(subscription)

    def remove(self, subscription: Subscription) -> None:
        subscribers = self._subscribers.get(subscription.channel)
        if subscribers is not None:
            subscribers.discard(subscription)
            if not subscribers:
                del self._subscribers[subscription.channel]

    def deliver(self, channel: str, event: Event) -> None:
        for subscription in list(self._subscribers.get(channel, ())):
            subscription.put(event)

    @property
    def channels(self) -> set[str]:
        return set(self._subscribers)


class PubSub(ABC):
    def __init__(self) -> None:
        self.fanout = LocalFanout()
        # Set once `start` has this process receiving: from then on nothing published is missed
        # by a subscriber that is already subscribed (cleared while a backend reconnects).
        self.ready = asyncio.Event()

    async def start(self) -> None:
        """Begin receiving events for local subscribers (API processes only)."""
        return None

    async def close(self) -> None:
        """Stop receiving and release connections."""
        return None

    @abstractmethod
    async def publish(self, channel: str, event: Event) -> None:
        """Send `event` to every subscriber of `channel` in any process; never raises for a
        backend outage (live events are best effort), it logs instead."""

    @abstractmethod
    async def recent(self, channel: str) -> list[Event]:
        """The channel's events of the last few minutes, oldest first."""

    @asynccontextmanager
    async def subscribe(self, channel: str) -> AsyncIterator[Subscription]:
        """Receive the channel's events from now on, while the context is open."""
        subscription = Subscription(channel)
        self.fanout.add(subscription)
        try:
            yield subscription
        finally:
            self.fanout.remove(subscription)
