"""Workers judge queued submissions once, whatever the broker delivers twice."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import Account, add_judged_problem, make_account, solution
from tests.helpers.judge import require_sandbox
from tests.helpers.pubsub import MemoryPubSub
from tests.helpers.waiting import eventually
from winterarc.broker.base import Delivery
from winterarc.judge import Result
from winterarc.settings import Settings
from winterarc.submissions import repository
from winterarc.submissions.models import Submission, SubmissionTest
from winterarc.submissions.service import judge_message
from winterarc.worker.consumer import (
    DEAD_MESSAGE,
    JudgeContext,
    judge_submission,
    settle_dead_letter,
)
from winterarc.worker.main import run_worker

pytestmark = pytest.mark.anyio


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    require_sandbox()
    await add_judged_problem(client, "sum-stdio")
    return await make_account(client, "learner1")


@pytest.fixture
async def worker(settings: Settings) -> AsyncIterator[None]:
    """A worker (the real consumer loop, in this process) for the test's database."""
    stopping = asyncio.Event()
    task = asyncio.create_task(run_worker(settings, concurrency=2, stopping=stopping))
    yield
    stopping.set()
    await asyncio.wait_for(task, 30)


async def submit(client: httpx.AsyncClient, account: Account, code: str) -> str:
    response = await client.post(
        "/api/v1/submissions", json={"problem": "sum-stdio", "code": code}, headers=account.headers
    )
    assert response.status_code == 202, response.text
    return str(response.json()["id"])


async def judged(client: httpx.AsyncClient, account: Account, submission_id: str) -> Any:
    async def done() -> dict[str, Any] | None:
        response = await client.get(f"/api/v1/submissions/{submission_id}", headers=account.headers)
        body: dict[str, Any] = response.json()
        return body if body["status"] == "done" else None

    return await eventually(done, seconds=60, every=0.1)


@pytest.mark.usefixtures("worker")
async def test_a_worker_judges_a_correct_solution_as_accepted_with_every_test(
    client: httpx.AsyncClient, learner: Account
) -> None:
    submission_id = await submit(client, learner, solution("sum-stdio", "accepted", "ref.py"))
    body = await judged(client, learner, submission_id)
    assert body["verdict"] == "AC", body
    assert body["judged_at"] is not None
    names = [test["name"] for test in body["tests"]]
    assert len(names) >= 5
    assert all(test["verdict"] == "AC" for test in body["tests"])
    samples = [test for test in body["tests"] if test["sample"]]
    hidden = [test for test in body["tests"] if not test["sample"]]
    assert samples and all(test["expected"] is not None for test in samples)
    assert hidden and all(test["expected"] is None for test in hidden)


@pytest.mark.usefixtures("worker")
async def test_a_wrong_solution_stops_at_its_first_failing_test(
    client: httpx.AsyncClient, learner: Account
) -> None:
    submission_id = await submit(client, learner, solution("sum-stdio", "wrong", "skips_first.py"))
    body = await judged(client, learner, submission_id)
    assert body["verdict"] == "WA"
    assert body["tests"][-1]["verdict"] == "WA"
    assert "WA" not in [test["verdict"] for test in body["tests"][:-1]]


async def _context(client: httpx.AsyncClient) -> JudgeContext:
    return JudgeContext(sessionmaker_of(client), MemoryPubSub(), cache_dir=None)


async def _tests_stored(ctx: JudgeContext, submission_id: uuid.UUID) -> int:
    async with ctx.sessionmaker() as session:
        query = select(func.count()).where(SubmissionTest.submission_id == submission_id)
        return int(await session.scalar(query) or 0)


async def test_a_redelivered_message_neither_judges_again_nor_flips_the_verdict(
    client: httpx.AsyncClient, learner: Account
) -> None:
    submission_id = uuid.UUID(
        await submit(client, learner, solution("sum-stdio", "accepted", "ref.py"))
    )
    ctx = await _context(client)
    delivery = Delivery("judge", judge_message(submission_id), attempt=1)
    await judge_submission(ctx, delivery)
    rows = await _tests_stored(ctx, submission_id)
    async with ctx.sessionmaker() as session:
        first = await session.get(Submission, submission_id)
    assert first is not None and first.verdict == "AC"

    events: list[dict[str, Any]] = []
    async with ctx.pubsub.subscribe(f"submission:{submission_id}") as subscription:
        await judge_submission(ctx, Delivery("judge", delivery.message, attempt=2))
        async with ctx.sessionmaker() as session:
            assert not await repository.record_result(
                session, submission_id, Result.internal_error("late writer")
            )
            await session.commit()
        while not subscription._queue.empty():
            events.append(await subscription.get())
    assert events == []  # the redelivery found it final and did nothing
    async with ctx.sessionmaker() as session:
        again = await session.get(Submission, submission_id)
    assert again is not None
    assert (again.verdict, again.judged_at) == ("AC", first.judged_at)
    assert await _tests_stored(ctx, submission_id) == rows


async def test_a_dead_lettered_submission_becomes_internal_error_with_a_reason(
    client: httpx.AsyncClient, learner: Account
) -> None:
    submission_id = uuid.UUID(await submit(client, learner, "print(1)"))
    ctx = await _context(client)
    await settle_dead_letter(ctx, Delivery("judge.dead", judge_message(submission_id), attempt=1))
    body = (
        await client.get(f"/api/v1/submissions/{submission_id}", headers=learner.headers)
    ).json()
    assert (body["status"], body["verdict"], body["message"]) == ("done", "IE", DEAD_MESSAGE)
