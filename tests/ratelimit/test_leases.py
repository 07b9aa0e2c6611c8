"""At most N at once per learner (runs in flight): in memory, and in Redis shared by replicas."""

from __future__ import annotations

import uuid
from contextlib import AbstractAsyncContextManager, AsyncExitStack

import pytest

from tests.helpers.services import redis_url
from winterarc.ratelimit import RateLimited, RateLimiter

pytestmark = pytest.mark.anyio
BACKENDS = ["memory", pytest.param("redis", marks=pytest.mark.redis)]


def limiter_for(backend: str) -> RateLimiter:
    return RateLimiter(redis_url() if backend == "redis" else None)


@pytest.mark.parametrize("backend", BACKENDS)
async def test_the_lease_over_the_limit_is_refused_until_one_is_given_back(backend: str) -> None:
    limiter = limiter_for(backend)
    key = uuid.uuid4().hex  # Redis outlives the test: a fresh identity per run

    def lease(who: str = key) -> AbstractAsyncContextManager[None]:
        return limiter.at_once(2, "runs", who, ttl_seconds=60, message="busy")

    async with AsyncExitStack() as held:
        await held.enter_async_context(lease())
        await held.enter_async_context(lease())
        with pytest.raises(RateLimited) as refused:
            async with lease():
                pass
        assert refused.value.headers["RateLimit-Policy"] == '"runs";q=2'
        assert refused.value.headers["Retry-After"]
        async with lease(uuid.uuid4().hex):
            pass  # another learner is not affected
    async with lease(), lease():
        pass  # both were given back
    await limiter.close()


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_lease_never_given_back_frees_itself_at_its_expiry(backend: str) -> None:
    limiter = limiter_for(backend)
    key = uuid.uuid4().hex
    leases = limiter._leases
    assert await leases.take(key, 1, ttl_seconds=0) is not None  # lost: its replica died
    assert await leases.take(key, 1, ttl_seconds=60) is not None  # the lost one has expired
    assert await leases.take(key, 1, ttl_seconds=60) is None
    await limiter.close()


@pytest.mark.redis
async def test_replicas_sharing_redis_share_the_count() -> None:
    first, second = RateLimiter(redis_url()), RateLimiter(redis_url())
    key = uuid.uuid4().hex
    async with first.at_once(1, "runs", key, ttl_seconds=60, message="busy"):
        with pytest.raises(RateLimited):
            async with second.at_once(1, "runs", key, ttl_seconds=60, message="busy"):
                pass
    async with second.at_once(1, "runs", key, ttl_seconds=60, message="busy"):
        pass
    await first.close()
    await second.close()


async def test_an_unreachable_store_lets_runs_through(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RateLimiter("redis://127.0.0.1:1/0")  # nothing listens on port 1

    def lease() -> AbstractAsyncContextManager[None]:
        return limiter.at_once(1, "runs", "x", ttl_seconds=60, message="never raised")

    async with lease(), lease():
        pass
    await limiter.close()
    assert "lease storage unavailable" in caplog.text
