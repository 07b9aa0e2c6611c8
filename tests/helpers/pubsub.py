"""An in-process pub/sub for tests that need events delivered at once, in the same task (to
see that nothing was published, say). The app itself uses Redis or the database."""

from __future__ import annotations

import time
from collections import defaultdict, deque

from winterarc.pubsub.base import RECENT_MAX, RECENT_TTL_SECONDS, Event, PubSub


class MemoryPubSub(PubSub):
    def __init__(self) -> None:
        super().__init__()
        self.ready.set()  # nothing to connect to
        self._recent: dict[str, deque[tuple[float, Event]]] = defaultdict(
            lambda: deque(maxlen=RECENT_MAX)
        )

    async def publish(self, channel: str, event: Event) -> None:
        self._recent[channel].append((time.monotonic(), event))
        self.fanout.deliver(channel, event)

    async def recent(self, channel: str) -> list[Event]:
        horizon = time.monotonic() - RECENT_TTL_SECONDS
        return [event for at, event in self._recent.get(channel, ()) if at >= horizon]
