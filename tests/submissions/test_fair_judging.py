"""Fair judging: one learner's burst cannot queue ahead of another learner's submission.

The flood happens with no worker running, so the queue's order is settled before anything is
judged; then one real worker (the consumer loop, one judgement at a time) drains it."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from sqlalchemy import select

from tests.helpers.app import pubsub_of, sessionmaker_of
from tests.helpers.factories import add_judged_problem, make_account
from tests.helpers.judge import require_sandbox
from winterarc.settings import Settings
from winterarc.submissions.events import channel
from winterarc.submissions.models import Submission
from winterarc.worker.main import run_worker

pytestmark = pytest.mark.anyio
SOURCE = {"problem": "sum-stdio", "code": "print(sum(map(int, input().split())))"}
BURST = 8


async def test_a_second_learners_verdict_comes_within_the_fair_share_of_a_flood(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    require_sandbox()
    share = settings.judge_queue_per_learner
    await add_judged_problem(client)
    flooder = await make_account(client, "flood")
    calm = await make_account(client, "calm")
    floods = []
    for _ in range(BURST):
        accepted = await client.post("/api/v1/submissions", json=SOURCE, headers=flooder.headers)
        assert accepted.status_code == 202, accepted.text
        floods.append(accepted.json()["id"])
    accepted = await client.post("/api/v1/submissions", json=SOURCE, headers=calm.headers)
    mine = accepted.json()["id"]

    stopping = asyncio.Event()
    async with pubsub_of(client).subscribe(channel(mine)) as events:
        worker = asyncio.create_task(run_worker(settings, concurrency=1, stopping=stopping))
        try:
            while (await asyncio.wait_for(events.get(), 120))["type"] != "final":
                pass
        finally:
            stopping.set()
            await asyncio.wait_for(worker, 60)

    async with sessionmaker_of(client)() as session:
        judged_at = dict(
            (await session.execute(select(Submission.id, Submission.judged_at))).tuples().all()
        )
    ahead = [
        s for s in floods if (when := judged_at[uuid.UUID(s)]) and when < judged_at[uuid.UUID(mine)]
    ]
    # In arrival order the calm learner would wait for all eight; fairly, for the share only.
    assert len(ahead) <= share, f"{len(ahead)} of the flood were judged first"
    assert judged_at[uuid.UUID(floods[0])] is not None  # the flood was judged too, not skipped
