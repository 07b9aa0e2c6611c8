"""Rate limits with `limits` (its asyncio API): in memory when embedded, in Redis when
several replicas must share the counts. Chosen once at start-up from WINTERARC_REDIS_URL."""

from __future__ import annotations

import logging
import math
import time
from typing import Annotated, Any

from fastapi import Depends
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string
from redis.asyncio import ConnectionPool
from starlette.requests import HTTPConnection

from winterarc.kit.errors import AppError
from winterarc.kit.metrics import RATE_LIMITED
from winterarc.settings import parse_rule

logger = logging.getLogger("winterarc.ratelimit")
PREFIX = "winterarc"


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

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.disconnect()


async def get_rate_limiter(connection: HTTPConnection) -> RateLimiter:
    limiter: RateLimiter = connection.app.state.rate_limiter
    return limiter


RateLimiterDep = Annotated[RateLimiter, Depends(get_rate_limiter)]
