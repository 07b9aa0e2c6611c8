"""Periodic statistics jobs: claimed once however many workers tick, and counted right."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import Account, add_judged_problem, add_submission, make_account
from winterarc.broker.database import DatabaseBroker
from winterarc.broker.models import QueuedMessage
from winterarc.worker.scheduler import claim, run_scheduler
from winterarc.worker.stats import JOBS

pytestmark = pytest.mark.anyio


def _maker(client: httpx.AsyncClient) -> Any:
    return sessionmaker_of(client)


async def test_a_due_job_is_claimed_by_exactly_one_of_several_workers(
    client: httpx.AsyncClient,
) -> None:
    maker = _maker(client)
    first = await asyncio.gather(*(claim(maker, "job", 60, f"w{i}") for i in range(5)))
    assert sorted(first) == [False] * 4 + [True]
    again = await asyncio.gather(*(claim(maker, "job", 60, f"w{i}") for i in range(5)))
    assert again == [False] * 5  # not due again for a minute


async def test_two_workers_ticking_queue_each_job_once_per_interval(
    client: httpx.AsyncClient,
) -> None:
    maker = _maker(client)
    broker = DatabaseBroker(maker, max_attempts=3, lease_seconds=30)
    stopping, enough = asyncio.Event(), asyncio.Event()
    intervals = dict.fromkeys(JOBS, 3600.0)
    ticks = [0, 0]

    def count(worker: int) -> Callable[[], None]:
        def ticked() -> None:
            ticks[worker] += 1
            if min(ticks) >= 5:  # both have claimed, queued, then found nothing due, repeatedly
                enough.set()

        return ticked

    schedulers = [
        asyncio.create_task(
            run_scheduler(maker, broker, intervals, stopping, tick=0.05, on_tick=count(worker))
        )
        for worker in range(2)
    ]
    await asyncio.wait_for(enough.wait(), 60)
    stopping.set()
    await asyncio.gather(*schedulers)
    async with maker() as session:
        queued = await session.scalar(
            select(func.count()).select_from(QueuedMessage).where(QueuedMessage.queue == "jobs")
        )
    assert queued == len(JOBS)


@pytest.fixture
async def learners(client: httpx.AsyncClient) -> tuple[Account, Account]:
    await add_judged_problem(client, "sum-stdio")
    return await make_account(client, "learner1"), await make_account(client, "learner2")


async def test_the_stats_jobs_count_every_submission_per_problem_and_learner(
    client: httpx.AsyncClient, learners: tuple[Account, Account]
) -> None:
    ada, bob = learners
    for user, verdict in ((ada, "WA"), (ada, "AC"), (ada, "AC"), (bob, "WA"), (bob, None)):
        await add_submission(client, user.id, "sum-stdio", verdict)
    before = (await client.get("/api/v1/stats/problems/sum-stdio")).json()
    assert (before["submissions"], before["computed_at"]) == (0, None)
    for job in JOBS.values():
        await job(_maker(client))
    problem = (await client.get("/api/v1/stats/problems/sum-stdio")).json()
    # A queued submission counts as soon as it is accepted for judging (submissions.progress).
    assert (problem["submissions"], problem["accepted"]) == (5, 2)
    assert (problem["solvers"], problem["attempters"]) == (1, 2)
    assert problem["acceptance_rate"] == pytest.approx(0.4)
    mine = (await client.get("/api/v1/stats/me", headers=ada.headers)).json()
    assert (mine["submissions"], mine["accepted"], mine["solved"], mine["attempted"]) == (
        3,
        2,
        1,
        1,
    )
    theirs = (await client.get("/api/v1/stats/me", headers=bob.headers)).json()
    assert (theirs["solved"], theirs["attempted"]) == (0, 1)
    assert (await client.get("/api/v1/stats/problems/unknown-one")).status_code == 404
