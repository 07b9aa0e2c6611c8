"""Redis pub/sub: any API replica can serve any WebSocket client.

One subscriber connection per process (PSUBSCRIBE on every event channel) with reconnect and
backoff, fanning out to local subscribers; redis-py does not reliably resubscribe after a drop,
so the loop does it. After a reconnect, local subscribers get a `resync` event: they re-read the
database, since what was published meanwhile is gone. Recent events also go to a capped, expiring
list per channel so a late client can catch up."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

import redis.asyncio as redis
from redis.exceptions import RedisError

from winterarc.pubsub.base import RECENT_MAX, RECENT_TTL_SECONDS, Event, PubSub, encode

logger = logging.getLogger("winterarc.pubsub")
PREFIX = "winterarc:events:"
RECENT_PREFIX = "winterarc:recent:"
RESYNC: Event = {"type": "resync"}


class RedisPubSub(PubSub):
    def __init__(self, url: str) -> None:
        super().__init__()
        self._client = redis.Redis.from_url(
            url, health_check_interval=10, socket_connect_timeout=5, socket_keepalive=True
        )
        self._task: asyncio.Task[None] | None = None

    async def publish(self, channel: str, event: Event) -> None:
        text = encode(event)
        key = RECENT_PREFIX + channel
        try:
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.rpush(key, text)
                pipe.ltrim(key, -RECENT_MAX, -1)
                pipe.expire(key, int(RECENT_TTL_SECONDS))
                pipe.publish(PREFIX + channel, text)
                await pipe.execute()
        except (RedisError, OSError) as error:
            logger.warning("live event on %s lost: %s", channel, error)

    async def recent(self, channel: str) -> list[Event]:
        try:
            items = await self._client.lrange(RECENT_PREFIX + channel, 0, -1)
        except (RedisError, OSError) as error:
            logger.warning("cannot read recent events of %s: %s", channel, error)
            return []
        return [json.loads(item) for item in items]

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen_forever())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._client.aclose()

    async def _listen_forever(self) -> None:
        backoff = 0.1
        first = True
        while True:
            pubsub = self._client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.psubscribe(PREFIX + "*")
                self.ready.set()
                if not first:
                    logger.info("live events: resubscribed to Redis")
                    for channel in self.fanout.channels:
                        self.fanout.deliver(channel, RESYNC)
                first, backoff = False, 0.1
                async for message in pubsub.listen():
                    if message.get("type") != "pmessage":
                        continue
                    channel = _text(message["channel"]).removeprefix(PREFIX)
                    self.fanout.deliver(channel, json.loads(message["data"]))
            except (RedisError, OSError) as error:
                self.ready.clear()
                logger.warning("live events: Redis subscription lost (%s); retrying", error)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
            finally:
                with contextlib.suppress(RedisError, OSError):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
