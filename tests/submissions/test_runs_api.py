"""Running code on custom input: the sandbox's output comes back and nothing is recorded."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sqlalchemy import event

from tests.helpers.api import assert_problem
from tests.helpers.app import app_client, app_of
from tests.helpers.factories import Account, add_judged_problem, count_rows, make_account, solution
from tests.helpers.judge import require_sandbox
from tests.helpers.waiting import eventually
from winterarc.outbox.models import OutboxEvent
from winterarc.settings import Settings
from winterarc.submissions.models import Submission

pytestmark = pytest.mark.anyio


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    await add_judged_problem(client, "sum-stdio")
    return await make_account(client, "learner1")


async def test_a_run_returns_the_programs_output_and_records_nothing(
    client: httpx.AsyncClient, learner: Account
) -> None:
    require_sandbox()
    code = solution("sum-stdio", "accepted", "ref.py")
    response = await client.post(
        "/api/v1/runs",
        json={"problem": "sum-stdio", "code": code, "input": "3\n1 2 3\n"},
        headers=learner.headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["status"], body["output"].strip()) == ("ok", "6")
    crashed = await client.post(
        "/api/v1/runs",
        json={"problem": "sum-stdio", "code": "raise SystemExit(3)", "input": ""},
        headers=learner.headers,
    )
    assert crashed.json()["status"] != "ok"
    assert await count_rows(client, Submission) == 0
    assert await count_rows(client, OutboxEvent) == 0


async def test_runs_need_a_login_and_a_known_problem(
    client: httpx.AsyncClient, learner: Account
) -> None:
    body = {"problem": "sum-stdio", "code": "print(1)", "input": ""}
    assert_problem(await client.post("/api/v1/runs", json=body), 401, "unauthorized")
    unknown = {**body, "problem": "no-such-problem"}
    assert_problem(
        await client.post("/api/v1/runs", json=unknown, headers=learner.headers),
        422,
        "validation-error",
    )


async def test_a_run_waiting_for_a_slot_holds_no_database_connection(
    settings: Settings,
) -> None:
    require_sandbox()
    # The run waits up to 300 s for its slot, so a slow path to it on a busy machine (the
    # package read in a thread) cannot time the wait out before the probe sees it.
    slow_machine = {"run_slots": 1, "run_wait_seconds": 300.0}
    async with app_client(settings.model_copy(update=slow_machine)) as client:
        await add_judged_problem(client, "sum-stdio")
        learner = await make_account(client, "learner1")
        app = app_of(client)
        runner, engine = app.state.runner, app.state.engine
        held = 0

        def checked_out(*_: object) -> None:
            nonlocal held
            held += 1

        def checked_in(*_: object) -> None:
            nonlocal held
            held -= 1

        event.listen(engine.sync_engine, "checkout", checked_out)
        event.listen(engine.sync_engine, "checkin", checked_in)
        await runner._slots.acquire()  # another run holds the only slot
        body = {"problem": "sum-stdio", "code": "print(1)", "input": ""}
        waiting = asyncio.create_task(
            client.post("/api/v1/runs", json=body, headers=learner.headers)
        )

        async def run_is_waiting() -> bool | None:
            if waiting.done():  # it never waited: say what it answered instead
                answer = waiting.result()
                raise AssertionError(f"the run did not wait: {answer.status_code} {answer.text}")
            return True if runner.waiting else None

        await eventually(run_is_waiting, seconds=240)
        assert held == 0, "the waiting run keeps a database connection"
        runner._slots.release()
        response = await waiting
        assert response.status_code == 200, response.text
        assert response.json()["output"].strip() == "1"
