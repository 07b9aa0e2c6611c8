"""Rate limits with `limits` (its asyncio API): in memory when embedded, in Redis when
several replicas must share the counts. Chosen once at start-up from WINTERARC_REDIS_URL."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string
from redis.asyncio import ConnectionPool
from starlette.requests import HTTPConnection

from winterarc.kit.errors import AppError
from winterarc.kit.metrics import RATE_LIMITED
from winterarc.ratelimit.leases import Leases, MemoryLeases, RedisLeases
from winterarc.settings import parse_rule

logger = logging.getLogger("winterarc.ratelimit")
PREFIX = "winterarc"
LEASE_RETRY_SECONDS = 2  # what is held at once (a run) usually ends within this


class RateLimited(AppError):
    status, code, title = 429, "rate-limited", "Too many requests"


def _storage_url(redis_url: str | None) -> str:
    if not redis_url:
        return "async+memory://"
    if redis_url.startswith("unix://"):
        return "async+redis+unix://" + redis_url.removeprefix("unix://")
    return "async+" + redis_url


class RateLimiter:
    """Counts hits per rule and identifiers; `check` raises RateLimited when over."""

    def __init__(self, redis_url: str | None = None) -> None:
        options: dict[str, Any] = {}
        self._pool: ConnectionPool | None = None
        if redis_url:
            # Our own pool, so that `close` can release it; short timeouts, so that an outage
            # costs a request a second, not a hang.
            self._pool = ConnectionPool.from_url(
                redis_url, socket_connect_timeout=1, socket_timeout=1
            )
            options = {"implementation": "redispy", "connection_pool": self._pool}
        self._leases: Leases = RedisLeases(self._pool) if self._pool else MemoryLeases()
        storage = storage_from_string(_storage_url(redis_url), key_prefix=PREFIX, **options)
        assert isinstance(storage, Storage)
        self._storage = storage
        # A moving window is exact: the sliding-window counter approximates the previous
        # window and lets a burst straddling a window boundary through (3/minute allowed a 4th).
        self._strategy = MovingWindowRateLimiter(storage)

    async def check(self, rule: str, *identifiers: str, message: str) -> None:
        item = parse_rule(rule)
        try:
            allowed = await self._strategy.hit(item, *identifiers)
            if allowed:
                return
            stats = await self._strategy.get_window_stats(item, *identifiers)
        except Exception:  # a storage outage must not lock everybody out
            logger.warning("rate limit storage unavailable; allowing the request", exc_info=True)
            return
        RATE_LIMITED.labels(identifiers[0] if identifiers else "other").inc()
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        # The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers): the policy by name,
        # quota and window, and what remains of it (nothing) and when more is allowed.
        name = identifiers[0] if identifiers else "default"
        policy = f'"{name}";q={item.amount};w={item.get_expiry()}'
        raise RateLimited(
            message,
            headers={
                "Retry-After": str(retry_after),
                "RateLimit-Policy": policy,
                "RateLimit": f'"{name}";r=0;t={retry_after}',
            },
        )

    @asynccontextmanager
    async def at_once(
        self, limit: int, name: str, identifier: str, *, ttl_seconds: float, message: str
    ) -> AsyncIterator[None]:
        """Hold one of `limit` leases of `name` for `identifier` while the context runs, or
        raise RateLimited (after `ttl_seconds` at worst, a lease lost by a crash frees itself)."""
        key = f"{name}:{identifier}"
        try:
            lease = await self._leases.take(key, limit, ttl_seconds)
        except Exception:  # like the rate limits: an outage must not stop everybody
            logger.warning("lease storage unavailable; allowing the request", exc_info=True)
            lease = ""  # unlimited this time
        if lease is None:
            RATE_LIMITED.labels(name).inc()
            raise RateLimited(
                message,
                headers={
                    "Retry-After": str(LEASE_RETRY_SECONDS),
                    "RateLimit-Policy": f'"{name}";q={limit}',
                    "RateLimit": f'"{name}";r=0;t={LEASE_RETRY_SECONDS}',
                },
            )
        try:
            yield
        finally:
            if lease:
                try:
                    await self._leases.give_back(key, lease)
                except Exception:
                    logger.warning("could not give a lease back; it expires", exc_info=True)

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.disconnect()


async def get_rate_limiter(connection: HTTPConnection) -> RateLimiter:
    limiter: RateLimiter = connection.app.state.rate_limiter
    return limiter


RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]
