"""Periodic jobs, each run once per interval however many workers there are.

Every worker ticks; a job is claimed by a conditional UPDATE that moves its `next_run_at`
forward only if it is due (`WHERE next_run_at <= now`), so exactly one worker's UPDATE matches.
The claimer publishes the job to the jobs queue, where any worker runs it. If publishing fails
the claim is undone, so the job runs at the next tick instead of a whole interval later.
Between rounds a worker sleeps until the earliest job falls due (at most `tick`): an idle
worker does not touch the database every second."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.broker.base import JOBS_QUEUE, Broker, BrokerUnavailable, Delivery, Message
from winterarc.db.base import utcnow
from winterarc.db.dialects import insert_ignoring_duplicates
from winterarc.worker.models import ScheduledJob

logger = logging.getLogger("winterarc.worker")
Job = Callable[[async_sessionmaker[AsyncSession]], Awaitable[None]]


def owner_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:96]


async def claim(
    sessionmaker: async_sessionmaker[AsyncSession], name: str, interval: float, owner: str
) -> bool:
    """True for the one caller that moved a due job's next run forward."""
    now = utcnow()
    async with sessionmaker.begin() as session:
        await insert_ignoring_duplicates(
            session, ScheduledJob, [{"name": name, "next_run_at": now}], ("name",)
        )
    async with sessionmaker.begin() as session:
        claimed = await session.execute(
            update(ScheduledJob)
            .where(ScheduledJob.name == name, ScheduledJob.next_run_at <= now)
            .values(
                next_run_at=now + timedelta(seconds=interval),
                last_run_at=now,
                last_claimed_by=owner,
            )
        )
    return int(getattr(claimed, "rowcount", 0) or 0) == 1


async def _unclaim(sessionmaker: async_sessionmaker[AsyncSession], name: str) -> None:
    async with sessionmaker.begin() as session:
        await session.execute(
            update(ScheduledJob).where(ScheduledJob.name == name).values(next_run_at=utcnow())
        )


async def seconds_until_due(
    sessionmaker: async_sessionmaker[AsyncSession], names: list[str], longest: float
) -> float:
    """Seconds until the first of `names` is due again, at most `longest`."""
    async with sessionmaker() as session:
        due = await session.scalar(
            select(func.min(ScheduledJob.next_run_at)).where(ScheduledJob.name.in_(names))
        )
    if due is None:
        return longest
    return min(longest, max((due - utcnow()).total_seconds(), 0.0))


async def run_scheduler(
    sessionmaker: async_sessionmaker[AsyncSession],
    broker: Broker,
    intervals: Mapping[str, float],
    stopping: asyncio.Event,
    *,
    tick: float = 60.0,
    on_tick: Callable[[], None] | None = None,
) -> None:
    """Claim and queue each due job, then sleep until the next is due (at most `tick` seconds,
    at least half a second unless `tick` is shorter); `on_tick` runs after each round."""
    owner = owner_name()
    while not stopping.is_set():
        for name, interval in intervals.items():
            try:
                if not await claim(sessionmaker, name, interval, owner):
                    continue
            except Exception as error:  # the database may be briefly away: try next tick
                logger.warning("scheduler: cannot claim %s: %s", name, error)
                continue
            try:
                message = Message(f"job:{name}:{utcnow().isoformat()}", {"job": name})
                await broker.publish(JOBS_QUEUE, [message])
            except BrokerUnavailable as error:
                logger.warning("scheduler: cannot queue %s (%s); retrying", name, error)
                with contextlib.suppress(Exception):
                    await _unclaim(sessionmaker, name)
        if on_tick is not None:
            on_tick()
        try:
            pause = await seconds_until_due(sessionmaker, list(intervals), tick)
        except Exception as error:
            logger.warning("scheduler: cannot read the next due time: %s", error)
            pause = tick
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopping.wait(), min(tick, max(pause, 0.5)))


async def run_job(
    sessionmaker: async_sessionmaker[AsyncSession], jobs: Mapping[str, Job], delivery: Delivery
) -> None:
    """The jobs queue's handler."""
    name = str(delivery.message.body.get("job"))
    job = jobs.get(name)
    if job is None:
        logger.error("unknown job %r dropped", name)
        return
    started = asyncio.get_running_loop().time()
    await job(sessionmaker)
    logger.info("job %s done in %.2f s", name, asyncio.get_running_loop().time() - started)
