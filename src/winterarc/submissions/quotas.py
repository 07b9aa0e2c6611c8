"""Per-learner quotas, so one learner's burst cannot fill the judge queue or the run slots:
submissions per window and unjudged at once, runs per window and at once. Counted in Redis when
configured (across replicas), else in memory; 429 with Retry-After and RateLimit headers."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import Depends

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.kit.dependencies import SettingsDep
from winterarc.ratelimit import RateLimited, RateLimiterDep
from winterarc.submissions import repository

IN_FLIGHT_RETRY_SECONDS = 5  # a judgement usually ends within this


async def check_submit_quota(
    session: SessionDep, settings: SettingsDep, limiter: RateLimiterDep, user: CurrentUser
) -> None:
    """Refuse a submission over the learner's rate, or while too many are still unjudged."""
    await limiter.check(
        settings.submission_rate_limit,
        "submit",
        str(user.id),
        message="Too many submissions in a short time. Wait a moment and try again.",
    )
    limit = settings.submission_in_flight_max
    if await repository.count_unjudged(session, user.id) >= limit:
        policy = f'"in-flight";q={limit}'
        raise RateLimited(
            f"You already have {limit} submissions waiting for a verdict. "
            "Wait for them before submitting more.",
            headers={
                "Retry-After": str(IN_FLIGHT_RETRY_SECONDS),
                "RateLimit-Policy": policy,
                "RateLimit": f'"in-flight";r=0;t={IN_FLIGHT_RETRY_SECONDS}',
            },
        )


async def check_run_quota(
    settings: SettingsDep, limiter: RateLimiterDep, user: CurrentUser
) -> AsyncIterator[None]:
    """Refuse a run over the learner's rate, or while they have too many running already (in
    any replica); the run holds its place until the response is sent."""
    await limiter.check(
        settings.run_rate_limit,
        "run",
        str(user.id),
        message="Too many runs in a short time. Wait a moment and try again.",
    )
    async with limiter.at_once(
        settings.run_in_flight_max,
        "runs-in-flight",
        str(user.id),
        # A run waits for a slot, then runs within its limits: a lease outliving both is lost.
        ttl_seconds=settings.run_wait_seconds + 120,
        message=f"You already have {settings.run_in_flight_max} runs going. "
        "Wait for them to finish.",
    ):
        yield


SubmitQuota = Depends(check_submit_quota)
RunQuota = Depends(check_run_quota)
