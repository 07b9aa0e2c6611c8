"""The streak ranking: learners by their current daily streak this week and by their longest
all time, read from the stored streaks (learner_streaks), on a clock the test moves."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import select, update

from tests.daily.helpers import FakeClock, install_clock, submit_at
from tests.helpers.app import sessionmaker_of
from tests.helpers.content import copy_content, load_content
from tests.helpers.factories import Account, make_account
from tests.helpers.pages import browser_login, page
from winterarc.auth.models import Role
from winterarc.daily.models import LearnerStreak
from winterarc.quizzes.models import QuizQuestion

pytestmark = pytest.mark.anyio
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


async def complete_first_item(client: httpx.AsyncClient, who: Account, clock: FakeClock) -> None:
    """Solve the first open item of today's drill, scored as the worker scores it."""
    body = (await client.get("/api/v1/me/daily", headers=who.headers)).json()
    slug = next(i["ref"] for i in body["items"] if i["status"] == "open")
    await submit_at(client, who.id, slug, "AC", clock.now + timedelta(minutes=5))


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
    body = await streak_board(client, cid, window="week")
    assert body["available"] is True
    assert [(e["rank"], e["username"], e["streak"]) for e in body["entries"]] == [
        (1, "ann", 3),
        (2, "bob", 1),
    ]
    assert body["me"] is None  # cid has no streak
    assert (await streak_board(client, bob, window="week"))["me"]["rank"] == 2
    # Outside the top, the viewer's rank is counted over the live streaks ahead of them.
    narrow = await streak_board(client, bob, window="week", limit=1)
    assert [e["username"] for e in narrow["entries"]] == ["ann"]
    assert (narrow["me"]["rank"], narrow["me"]["streak"]) == (2, 1)
    # The points board shows the same streaks beside the points.
    points = (await client.get("/api/v1/leaderboards", headers=cid.headers)).json()
    assert {e["username"]: e["streak"] for e in points["entries"]} == {"ann": 3, "bob": 1}
    # The board reads the stored rows, not the histories: a row changed behind its back shows.
    async with sessionmaker_of(client)() as session:
        await session.execute(
            update(LearnerStreak).where(LearnerStreak.user_id == ann.id).values(current=9)
        )
        await session.commit()
    assert (await streak_board(client, cid, window="week"))["entries"][0]["streak"] == 9
    clock.advance(days=2)  # day 5: both missed day 4
    assert (await streak_board(client, cid, window="week"))["entries"] == []


async def test_the_all_time_board_ranks_the_longest_streak_and_the_week_the_current(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(START)
    install_clock(client, clock)
    ann, bob = [await make_account(client, n) for n in ("ann", "bob")]
    for day in range(6):  # ann: days 0-2, a miss, then day 4 and 5; bob: days 4 and 5 only
        if day != 3 and (day < 3 or day >= 4):
            await complete_first_item(client, ann, clock)
        if day >= 4:
            await complete_first_item(client, bob, clock)
        if day < 5:
            clock.advance(days=1)
    week = await streak_board(client, ann, window="week")
    # A tie in streak goes to the points (ann solved more problems).
    assert [(e["username"], e["streak"]) for e in week["entries"]] == [("ann", 2), ("bob", 2)]
    clock.advance(days=1)  # day 6, nothing done yet: both streaks still stand
    every = await streak_board(client, bob, window="all")
    assert [
        (e["rank"], e["username"], e["longest_streak"], e["streak"]) for e in every["entries"]
    ] == [
        (1, "ann", 3, 2),
        (2, "bob", 2, 2),
    ]
    # The viewer's own line outside the top is counted, not dropped.
    assert (await streak_board(client, bob, window="all", limit=1))["me"]["rank"] == 2
    clock.advance(days=1)  # day 7: both missed day 6; the longest streaks stay
    assert (await streak_board(client, ann, window="week"))["entries"] == []
    every = await streak_board(client, ann, window="all")
    assert [(e["username"], e["longest_streak"], e["streak"]) for e in every["entries"]] == [
        ("ann", 3, 0),
        ("bob", 2, 0),
    ]
    assert every["me"]["rank"] == 1
    await browser_login(client, "ann")
    html = (await page(client, "/leaderboard?ranking=streak&window=all")).text
    assert 'data-my-rank="1"' in html and "with 3-day longest streak" in html


async def me_streaks(client: httpx.AsyncClient, who: Account) -> tuple[int, int]:
    body = (await client.get("/api/v1/me/activity", headers=who.headers)).json()
    return body["current_streak"], body["longest_streak"]


async def test_the_board_agrees_with_me_day_after_day_across_time_zones(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    """ann (UTC) misses a day; pat (UTC-8) solves at 23:25 local, the next morning in UTC."""
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(START)
    install_clock(client, clock)
    ann, pat = [await make_account(client, n) for n in ("ann", "pat")]
    zone = ZoneInfo("America/Los_Angeles")
    response = await client.patch(
        "/api/v1/me/daily/settings", json={"time_zone": zone.key}, headers=pat.headers
    )
    assert response.status_code == 200

    async def agree() -> dict[str, int]:
        week = await streak_board(client, ann, window="week")
        every = await streak_board(client, ann, window="all")
        current = {e["username"]: e["streak"] for e in week["entries"]}
        longest = {e["username"]: e["longest_streak"] for e in every["entries"]}
        for who in (ann, pat):
            assert await me_streaks(client, who) == (
                current.get(who.username, 0),
                longest.get(who.username, 0),
            ), (clock.now, who.username)
        return current

    seen = []
    for day in range(6):
        clock.now = START + timedelta(days=day)
        if day != 3:
            await complete_first_item(client, ann, clock)
        seen.append(await agree())
        local = datetime.combine(START.date() + timedelta(days=day), time(23, 20), zone)
        clock.now = local.astimezone(UTC)  # 07:20 UTC the next day
        await complete_first_item(client, pat, clock)
        seen.append(await agree())
    assert [s.get("ann", 0) for s in seen] == [1, 1, 2, 2, 3, 3, 3, 0, 1, 1, 2, 2]
    assert [s.get("pat", 0) for s in seen] == [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6]
    async with sessionmaker_of(client)() as session:
        stored = await session.get(LearnerStreak, pat.id)
    assert stored is not None
    assert (stored.current, stored.longest, stored.last_day.isoformat()) == (6, 6, "2026-11-07")
    # The week's board reads liveness in SQL: until the start of 9 November in Los Angeles.
    assert stored.alive_until == datetime(2026, 11, 9, 8, tzinfo=UTC)


async def test_opted_out_learners_are_absent_and_a_cohort_board_shows_members_only(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(START)
    install_clock(client, clock)
    organiser = await make_account(client, role=Role.ORGANISER)
    created = await client.post(
        "/api/v1/cohorts",
        json={"name": "C", "starts_on": START.date().isoformat()},
        headers=organiser.headers,
    )
    cohort = created.json()
    mem, peer, hid, out = [await make_account(client, n) for n in ("mem", "peer", "hid", "out")]
    for who in (mem, peer, hid):
        joined = await client.post(
            "/api/v1/cohorts/join", json={"code": cohort["join_code"]}, headers=who.headers
        )
        assert joined.status_code == 200, joined.text
    hidden = await client.patch(
        "/api/v1/me/preferences", json={"leaderboard_opt_out": True}, headers=hid.headers
    )
    assert hidden.status_code == 200
    for day in range(2):
        for who in (mem, hid, out) if day == 0 else (mem, peer, hid, out):
            await complete_first_item(client, who, clock)
        clock.advance(days=1)
    clock.advance(hours=-1)
    path = f"/api/v1/leaderboards/cohorts/{cohort['id']}"
    for window in ("week", "all"):
        params = {"ranking": "streak", "window": window}
        members = (await client.get(path, params=params, headers=mem.headers)).json()
        assert [(e["rank"], e["username"]) for e in members["entries"]] == [(1, "mem"), (2, "peer")]
        everyone = await streak_board(client, out, window=window)
        assert [e["username"] for e in everyone["entries"]] == ["mem", "out", "peer"]
        own = await streak_board(client, hid, window=window)
        assert own["me"]["rank"] is None and own["me"]["streak"] == 2  # sees their own only


async def test_a_passed_quiz_of_the_drill_makes_a_streak_on_the_board(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(START)
    install_clock(client, clock)
    organiser, learner = await make_account(client, role=Role.ORGANISER), await make_account(client)
    # A cohort two weeks in: its third scheduled week (s2-w6) has a quiz, drilled as new work.
    starts_on = (START - timedelta(days=14)).date().isoformat()
    cohort = await client.post(
        "/api/v1/cohorts", json={"name": "C", "starts_on": starts_on}, headers=organiser.headers
    )
    code = cohort.json()["join_code"]
    await client.post("/api/v1/cohorts/join", json={"code": code}, headers=learner.headers)
    body = (await client.get("/api/v1/me/daily", headers=learner.headers)).json()
    quiz_id = next(i["ref"] for i in body["items"] if i["target"] == "quiz")
    async with sessionmaker_of(client)() as session:
        questions = await session.scalars(
            select(QuizQuestion).where(QuizQuestion.quiz_id == quiz_id)
        )
        answers = {q.key: q.answer for q in questions}
    assert (await streak_board(client, learner, window="week"))["me"] is None
    passed = await client.post(
        f"/api/v1/quizzes/{quiz_id}/attempts", json={"answers": answers}, headers=learner.headers
    )
    assert passed.status_code == 201 and passed.json()["passed"] is True
    board = await streak_board(client, learner, window="week")
    assert [(e["username"], e["streak"]) for e in board["entries"]] == [(learner.username, 1)]


async def test_a_new_time_zone_moves_the_days_and_the_stored_streak_follows(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(START.replace(hour=1))  # 01:00 UTC: still the day before in UTC-8
    install_clock(client, clock)
    ann = await make_account(client, "ann")
    await complete_first_item(client, ann, clock)
    assert await me_streaks(client, ann) == (1, 1)
    assert (await streak_board(client, ann, window="week"))["me"]["streak"] == 1
    response = await client.patch(
        "/api/v1/me/daily/settings", json={"time_zone": "America/Los_Angeles"}, headers=ann.headers
    )
    assert response.status_code == 200
    # The drill was of 2 November; in Los Angeles the solve was on the 1st: no day counts now.
    assert await me_streaks(client, ann) == (0, 0)
    assert (await streak_board(client, ann, window="week"))["me"] is None
    assert (await streak_board(client, ann, window="all"))["me"] is None


async def test_a_rejudge_takes_back_the_day_its_accepted_verdict_made(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(START)
    install_clock(client, clock)
    ann, admin = await make_account(client, "ann"), await make_account(client, role=Role.ADMIN)
    await complete_first_item(client, ann, clock)
    body = (await client.get("/api/v1/me/daily", headers=ann.headers)).json()
    slug = next(i["ref"] for i in body["items"] if i["status"] == "completed")
    assert (await streak_board(client, ann, window="week"))["me"]["streak"] == 1
    rejudge = await client.post(
        "/api/v1/hacks/rejudge", json={"problem": slug}, headers=admin.headers
    )
    assert rejudge.status_code == 200, rejudge.text
    assert await me_streaks(client, ann) == (0, 0)  # queued again: no verdict, no day
    assert (await streak_board(client, ann, window="week"))["me"] is None
