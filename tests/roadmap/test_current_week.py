"""`roadmap.service.current_week`: the week `roadmap` makes current, with what `topic` says of
each of its topics, whether progress or a cohort's schedule decides it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.daily.helpers import pass_quiz_at
from tests.helpers.app import sessionmaker_of
from tests.helpers.content import sync
from tests.helpers.factories import Account, add_submission, join_new_cohort, make_account
from winterarc.auth.models import Role, User
from winterarc.roadmap import service
from winterarc.roadmap.service import CurrentWeek

pytestmark = pytest.mark.anyio


def _shape(week_id: str, session: str, label: str, topics: Sequence[Any]) -> Any:
    """A week as comparable tuples: `current_week`'s topics and `topic`'s details alike."""
    return (
        week_id,
        session,
        label,
        [
            (
                t.id,
                t.title,
                [(p.slug, p.title, p.difficulty, p.status) for p in t.problems],
                [(q.id, q.title, q.passed) for q in t.quizzes],
            )
            for t in topics
        ],
    )


async def _both(
    client: httpx.AsyncClient, learner: Account, today: date | None = None
) -> CurrentWeek:
    """`current_week`, after checking it against `roadmap` and a `topic` per week's topic."""
    async with sessionmaker_of(client)() as session:
        user = await session.get(User, learner.id)
        assert user is not None
        found = await service.current_week(session, user, today=today)
        roadmap = await service.roadmap(session, user, today=today)
        weeks = [w for s in roadmap.sessions for w in s.weeks]
        week = next(w for w in weeks if w.id == roadmap.current_week)
        topics = [await service.topic(session, t.id, user) for t in week.topics]
        assert found is not None
        assert _shape(found.id, found.session, found.label, found.topics) == _shape(
            week.id, week.session, week.label, topics
        )
        return found


async def _done(client: httpx.AsyncClient, learner: Account, *topics: str) -> None:
    for topic in topics:
        response = await client.put(
            f"/api/v1/roadmap/topics/{topic}/progress",
            json={"status": "done"},
            headers=learner.headers,
        )
        assert response.status_code == 200, response.text


async def test_the_current_week_follows_progress_with_the_topics_results(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    learner = await make_account(client)
    first = await _both(client, learner)
    assert first.id == "s1-w1" and first.session == "Session 1" and first.label == "Week 1-2"
    assert [t.id for t in first.topics] == ["s1-w1-syntax-data-types", "s1-w1-asyncio"]

    await _done(client, learner, "s1-w1-syntax-data-types", "s1-w1-asyncio")
    await add_submission(client, learner.id, "reverse-list", "WA")
    await add_submission(client, learner.id, "lru-design", "AC")
    second = await _both(client, learner)
    assert second.id == "s1-w3"
    statuses = {p.slug: p.status for t in second.topics for p in t.problems}
    assert statuses["reverse-list"] == "attempted" and statuses["lru-design"] == "solved"

    await _done(client, learner, "s1-w3-hash-maps", "s1-w3-linked-lists", "s1-w3-graphs-dfs")
    await pass_quiz_at(client, learner.id, "keys-basics", datetime(2026, 11, 2, tzinfo=UTC))
    third = await _both(client, learner)
    assert third.id == "s2-w6" and third.session == "Session 2"
    assert [(q.id, q.passed) for t in third.topics for q in t.quizzes] == [("keys-basics", True)]


async def test_a_cohort_schedule_sets_the_current_week_on_the_day_given(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    organiser = await make_account(client, role=Role.ORGANISER)
    learner = await make_account(client)
    await join_new_cohort(client, organiser, learner, name="Winter", starts_on="2027-01-04")
    assert (await _both(client, learner, date(2027, 1, 3))).id == "s1-w1"  # not started yet
    assert (await _both(client, learner, date(2027, 1, 11))).id == "s1-w3"
    assert (await _both(client, learner, date(2027, 1, 18))).id == "s2-w6"
