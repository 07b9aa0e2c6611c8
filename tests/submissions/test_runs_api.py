"""Running code on custom input: the sandbox's output comes back and nothing is recorded."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import Account, add_judged_problem, count_rows, make_account, solution
from tests.helpers.judge import require_sandbox
from winterarc.outbox.models import OutboxEvent
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
