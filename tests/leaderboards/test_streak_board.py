"""The streak ranking: learners by their current daily streak (the daily loop's), on a clock
the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from tests.daily.helpers import FakeClock, install_clock
from tests.helpers.app import sessionmaker_of
from tests.helpers.content import copy_content, load_content
from tests.helpers.factories import Account, make_account
from winterarc.judge import Verdict
from winterarc.leaderboards import service
from winterarc.problems.models import Problem
from winterarc.submissions.models import Submission, SubmissionStatus

pytestmark = pytest.mark.anyio
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


async def complete_first_item(client: httpx.AsyncClient, who: Account, clock: FakeClock) -> None:
    """Solve the first open item of today's drill, scored as the worker scores it."""
    body = (await client.get("/api/v1/me/daily", headers=who.headers)).json()
    slug = next(i["ref"] for i in body["items"] if i["status"] == "open")
    async with sessionmaker_of(client)() as session:
        problem_id = await session.scalar(select(Problem.id).where(Problem.slug == slug))
        submission = Submission(
            user_id=who.id,
            problem_id=problem_id,
            source="print(1)",
            status=SubmissionStatus.DONE,
            verdict=Verdict.AC,
            created_at=clock.now,
            judged_at=clock.now + timedelta(minutes=5),
        )
        session.add(submission)
        await session.flush()
        await service.record_accepted(session, submission.id)
        await session.commit()


async def streak_board(client: httpx.AsyncClient, who: Account, **params: Any) -> dict[str, Any]:
    response = await client.get(
        "/api/v1/leaderboards", params={"ranking": "streak", **params}, headers=who.headers
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_learners_rank_by_current_streak_and_a_missed_day_drops_them(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(START)
    install_clock(client, clock)
    ann, bob, cid = [await make_account(client, n) for n in ("ann", "bob", "cid")]
    for day in range(3):
        await complete_first_item(client, ann, clock)
        if day == 2:
            await complete_first_item(client, bob, clock)
        clock.advance(days=1)
    clock.advance(hours=-12)  # the evening of day 3: nobody has missed a day yet
    body = await streak_board(client, cid)
    assert body["available"] is True
    assert [(e["rank"], e["username"], e["streak"]) for e in body["entries"]] == [
        (1, "ann", 3),
        (2, "bob", 1),
    ]
    assert body["me"] is None  # cid has no streak
    assert (await streak_board(client, bob))["me"]["rank"] == 2
    # The points board shows the same streaks beside the points.
    points = (await client.get("/api/v1/leaderboards", headers=cid.headers)).json()
    assert {e["username"]: e["streak"] for e in points["entries"]} == {"ann": 3, "bob": 1}
    clock.advance(days=2)  # day 5: both missed day 4
    assert (await streak_board(client, cid))["entries"] == []
