"""Concurrency quotas: at most N leases per identifier at once (a learner's runs in flight).

A lease expires by itself after `ttl_seconds`, so a replica that dies mid-run leaks nothing for
long. In memory when embedded; in Redis (a sorted set of lease ids scored by expiry, changed
by one Lua script, so replicas cannot both take the last lease) when replicas share the count."""

from __future__ import annotations

import secrets
import time
from abc import ABC, abstractmethod

from redis.asyncio import ConnectionPool, Redis

PREFIX = "winterarc:leases:"

# KEYS[1] the set; ARGV: now, expiry, max, lease id. Returns 1 when the lease was taken.
_TAKE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  return 0
end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIREAT', KEYS[1], math.ceil(tonumber(ARGV[2]) * 1000))
return 1
"""


class Leases(ABC):
    @abstractmethod
    async def take(self, key: str, limit: int, ttl_seconds: float) -> str | None:
        """A lease id, or None when `key` already holds `limit` live leases."""

    @abstractmethod
    async def give_back(self, key: str, lease: str) -> None: ...


class MemoryLeases(Leases):
    def __init__(self) -> None:
        self._held: dict[str, dict[str, float]] = {}

    async def take(self, key: str, limit: int, ttl_seconds: float) -> str | None:
        now = time.time()
        held = {k: v for k, v in self._held.get(key, {}).items() if v > now}
        self._held[key] = held
        if len(held) >= limit:
            return None
        lease = secrets.token_hex(8)
        held[lease] = now + ttl_seconds
        return lease

    async def give_back(self, key: str, lease: str) -> None:
        held = self._held.get(key)
        if held is not None:
            held.pop(lease, None)
            if not held:
                del self._held[key]


class RedisLeases(Leases):
    def __init__(self, pool: ConnectionPool) -> None:
        self._client = Redis(connection_pool=pool)
        self._take = self._client.register_script(_TAKE)

    async def take(self, key: str, limit: int, ttl_seconds: float) -> str | None:
        lease = secrets.token_hex(8)
        now = time.time()
        taken = await self._take(keys=[PREFIX + key], args=[now, now + ttl_seconds, limit, lease])
        return lease if taken == 1 else None

    async def give_back(self, key: str, lease: str) -> None:
        await self._client.zrem(PREFIX + key, lease)
