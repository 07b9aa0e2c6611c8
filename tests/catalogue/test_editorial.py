from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.content import sync as _sync
from tests.helpers.factories import add_submission, make_account
from winterarc.auth.models import Role

pytestmark = pytest.mark.anyio


async def test_editorial_opens_after_solving_or_giving_up(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    learner = await make_account(client)
    url = "/api/v1/problems/sum-stdio/editorial"
    assert_problem(await client.get(url, headers=learner.headers), 403, "editorial-locked")
    gave_up = await client.post("/api/v1/problems/sum-stdio/give-up", headers=learner.headers)
    assert gave_up.status_code == 200 and gave_up.json()["editorial"]
    assert (await client.get(url, headers=learner.headers)).status_code == 200
    assert (await client.get("/api/v1/problems/sum-stdio", headers=learner.headers)).json()[
        "status"
    ] == "new"

    solver = await make_account(client)
    await add_submission(client, solver.id, "two-sum-fn", "AC")
    assert (
        await client.get("/api/v1/problems/two-sum-fn/editorial", headers=solver.headers)
    ).status_code == 200
    author = await make_account(client, role=Role.AUTHOR)
    assert (
        await client.get("/api/v1/problems/two-sum-fn/editorial", headers=author.headers)
    ).status_code == 200
    assert_problem(await client.get("/api/v1/problems/two-sum-fn/editorial"), 401, "unauthorized")
