from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.content import sync as _sync
from tests.helpers.factories import add_submission, make_account

pytestmark = pytest.mark.anyio


def _topic(roadmap: dict, topic_id: str) -> dict:  # type: ignore[type-arg]
    for session in roadmap["sessions"]:
        for week in session["weeks"]:
            for topic in week["topics"]:
                if topic["id"] == topic_id:
                    return topic  # type: ignore[no-any-return]
    raise AssertionError(topic_id)


def _week(roadmap: dict, week_id: str) -> dict:  # type: ignore[type-arg]
    return next(w for s in roadmap["sessions"] for w in s["weeks"] if w["id"] == week_id)  # type: ignore[no-any-return]


async def test_anonymous_roadmap_has_structure_but_no_progress(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    roadmap = (await client.get("/api/v1/roadmap")).json()
    assert [s["id"] for s in roadmap["sessions"]] == ["s1", "s2"]
    assert [w["id"] for w in roadmap["sessions"][0]["weeks"]] == ["s1-w1", "s1-w3"]
    topic = _topic(roadmap, "s1-w3-linked-lists")
    assert topic["status"] is None and topic["completion"] is None
    assert topic["practice"]["problems_total"] == 2
    assert roadmap["current_week"] is None


async def test_solving_practice_moves_the_topic_and_the_week(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    learner = await make_account(client)
    before = (await client.get("/api/v1/roadmap", headers=learner.headers)).json()
    assert _topic(before, "s1-w3-linked-lists")["status"] == "not_started"
    assert before["current_week"] == "s1-w1"

    await add_submission(client, learner.id, "reverse-list", "WA")
    mid = (await client.get("/api/v1/roadmap", headers=learner.headers)).json()
    assert _topic(mid, "s1-w3-linked-lists")["status"] == "in_progress"
    assert _topic(mid, "s1-w3-linked-lists")["completion"] == 0

    await add_submission(client, learner.id, "reverse-list", "AC")
    await add_submission(client, learner.id, "lru-design", "AC")
    after = (await client.get("/api/v1/roadmap", headers=learner.headers)).json()
    linked = _topic(after, "s1-w3-linked-lists")
    assert linked["status"] == "done" and linked["completion"] == 1.0
    assert _week(after, "s1-w3")["completion"] > _week(before, "s1-w3")["completion"]


async def test_learner_marks_progress_and_week_completion_follows(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    learner = await make_account(client)
    for topic in ("s1-w1-syntax-data-types", "s1-w1-asyncio"):
        response = await client.put(
            f"/api/v1/roadmap/topics/{topic}/progress",
            json={"status": "done"},
            headers=learner.headers,
        )
        assert response.status_code == 200
    roadmap = (await client.get("/api/v1/roadmap", headers=learner.headers)).json()
    assert _week(roadmap, "s1-w1")["completion"] == 1.0
    assert roadmap["current_week"] == "s1-w3"
    skipped = await client.put(
        "/api/v1/roadmap/topics/s1-w1-asyncio/progress",
        json={"status": "skipped"},
        headers=learner.headers,
    )
    assert skipped.json()["status"] == "skipped"


async def test_topic_detail_lists_objectives_references_and_practice(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    learner = await make_account(client)
    detail = (
        await client.get("/api/v1/roadmap/topics/s2-w6-relational-model", headers=learner.headers)
    ).json()
    assert len(detail["objectives"]) == 3
    assert detail["references"] == [{"title": "PostgreSQL manual", "url": None}]
    assert {p["slug"] for p in detail["problems"]} == {"top-customers-sql", "ranked-customers-sql"}
    assert detail["quizzes"] == [
        {"id": "keys-basics", "title": "Keys basics", "best_score": None, "passed": False}
    ]


async def test_progress_errors(client: httpx.AsyncClient, content_dir: Path) -> None:
    await _sync(client, content_dir)
    learner = await make_account(client)
    url = "/api/v1/roadmap/topics/s1-w1-asyncio/progress"
    assert_problem(await client.put(url, json={"status": "done"}), 401, "unauthorized")
    assert_problem(
        await client.put(url, json={"status": "finished"}, headers=learner.headers),
        422,
        "validation-error",
    )
    assert_problem(
        await client.put(
            "/api/v1/roadmap/topics/s9-nope/progress",
            json={"status": "done"},
            headers=learner.headers,
        ),
        404,
        "not-found",
    )
    assert_problem(await client.get("/api/v1/roadmap/topics/BAD_ID"), 422, "validation-error")


async def test_a_weeks_problems_are_one_filter_away(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    week = (await client.get("/api/v1/problems?week=s2-w6&page_size=50")).json()
    assert {p["slug"] for p in week["items"]} == {"top-customers-sql", "ranked-customers-sql"}
    topic = (await client.get("/api/v1/problems?topic=s1-w3-linked-lists")).json()
    assert {p["slug"] for p in topic["items"]} == {"reverse-list", "lru-design"}
    assert (await client.get("/api/v1/problems?week=s9-w9")).json()["total"] == 0
    assert_problem(await client.get("/api/v1/problems?topic=Bad Topic"), 422, "validation-error")


async def test_week_completions_in_bulk_agree_with_each_learners_roadmap(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    from tests.helpers.app import sessionmaker_of
    from winterarc.roadmap import service

    await _sync(client, content_dir)
    solver, marker, idle = [await make_account(client) for _ in range(3)]
    await add_submission(client, solver.id, "reverse-list", "AC")
    await add_submission(client, solver.id, "lru-design", "WA")
    response = await client.put(
        "/api/v1/roadmap/topics/s1-w1-asyncio/progress",
        json={"status": "done"},
        headers=marker.headers,
    )
    assert response.status_code == 200
    async with sessionmaker_of(client)() as session:
        bulk = await service.week_completions(session, [solver.id, marker.id, idle.id])
    for account in (solver, marker, idle):
        roadmap = (await client.get("/api/v1/roadmap", headers=account.headers)).json()
        one_by_one = {w["id"]: w["completion"] for s in roadmap["sessions"] for w in s["weeks"]}
        assert bulk[account.id] == one_by_one
    assert bulk[solver.id]["s1-w3"] > 0 and bulk[marker.id]["s1-w1"] > 0
    assert set(bulk[idle.id].values()) == {0.0}
