"""The judge worker scores an accepted verdict in the transaction that stores it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.helpers.factories import Account, add_judged_problem, make_account, solution
from tests.helpers.judge import require_sandbox
from tests.helpers.waiting import eventually
from winterarc.settings import Settings
from winterarc.worker.main import run_worker

pytestmark = pytest.mark.anyio


@pytest.fixture
async def worker(settings: Settings) -> AsyncIterator[None]:
    stopping = asyncio.Event()
    task = asyncio.create_task(run_worker(settings, concurrency=2, stopping=stopping))
    yield
    stopping.set()
    await asyncio.wait_for(task, 30)


async def _judge(client: httpx.AsyncClient, learner: Account, code: str) -> str:
    response = await client.post(
        "/api/v1/submissions", json={"problem": "sum-stdio", "code": code}, headers=learner.headers
    )
    assert response.status_code == 202, response.text
    submission_id = response.json()["id"]

    async def done() -> dict[str, Any] | None:
        body: dict[str, Any] = (
            await client.get(f"/api/v1/submissions/{submission_id}", headers=learner.headers)
        ).json()
        return body if body["status"] == "done" else None

    return str((await eventually(done, seconds=60, every=0.1))["verdict"])


@pytest.mark.usefixtures("worker")
async def test_accepted_verdicts_score_once_and_failures_not_at_all(
    client: httpx.AsyncClient,
) -> None:
    require_sandbox()
    await add_judged_problem(client, "sum-stdio")
    learner = await make_account(client, "solver")
    assert await _judge(client, learner, solution("sum-stdio", "wrong", "skips_first.py")) == "WA"
    board = (await client.get("/api/v1/leaderboards", headers=learner.headers)).json()
    assert board["entries"] == [] and board["me"] is None

    accepted = solution("sum-stdio", "accepted", "ref.py")
    for _ in range(2):
        assert await _judge(client, learner, accepted) == "AC"
    for window in ("all", "week"):
        board = (
            await client.get(
                "/api/v1/leaderboards", params={"window": window}, headers=learner.headers
            )
        ).json()
        assert [(e["username"], e["solved"]) for e in board["entries"]] == [("solver", 1)]
        assert board["me"]["rank"] == 1
