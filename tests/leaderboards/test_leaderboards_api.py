from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from tests.helpers.api import assert_problem
from tests.helpers.app import app_of, sessionmaker_of
from tests.helpers.factories import Account, make_account, make_problem
from winterarc.auth.models import Role
from winterarc.judge import Verdict
from winterarc.kit.clock import current_time
from winterarc.leaderboards import service
from winterarc.problems.models import Problem
from winterarc.submissions.models import Submission, SubmissionStatus

pytestmark = pytest.mark.anyio

MONDAY = datetime(2027, 1, 11, 9, tzinfo=UTC)
LAST_WEEK = datetime(2027, 1, 8, 9, tzinfo=UTC)


async def judged(
    client: httpx.AsyncClient, learner: Account, slug: str, verdict: str, at: datetime
) -> None:
    """A submission judged at `at`, scored as the worker scores it (same transaction)."""
    async with sessionmaker_of(client)() as session:
        problem_id = await session.scalar(select(Problem.id).where(Problem.slug == slug))
        submission = Submission(
            user_id=learner.id,
            problem_id=problem_id,
            source="print(1)",
            status=SubmissionStatus.DONE,
            verdict=Verdict(verdict),
            judged_at=at,
        )
        session.add(submission)
        await session.flush()
        if verdict == "AC":
            await service.record_accepted(session, submission.id)
        await session.commit()


@pytest.fixture
async def problems(client: httpx.AsyncClient) -> None:
    author = await make_account(client, role=Role.AUTHOR)
    for slug, difficulty in (("e1", "easy"), ("e2", "easy"), ("m1", "medium"), ("h1", "hard")):
        await make_problem(client, author, slug, difficulty=difficulty)


def at(client: httpx.AsyncClient, moment: datetime) -> None:
    app_of(client).dependency_overrides[current_time] = lambda: moment


async def board(client: httpx.AsyncClient, who: Account | None = None, **params: object) -> dict:  # type: ignore[type-arg]
    response = await client.get(
        "/api/v1/leaderboards", params=params, headers=who.headers if who else {}
    )
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def names(body: dict) -> list[tuple[int, str, int]]:  # type: ignore[type-arg]
    return [(e["rank"], e["username"], e["points"]) for e in body["entries"]]


async def test_points_weight_difficulty_and_only_the_first_solve_counts(
    client: httpx.AsyncClient, problems: None
) -> None:
    ann, bob, cid = [await make_account(client, n) for n in ("ann", "bob", "cid")]
    await judged(client, ann, "h1", "AC", MONDAY)  # 3
    await judged(client, ann, "h1", "AC", MONDAY)  # again: nothing more
    await judged(client, bob, "m1", "AC", MONDAY)  # 2
    await judged(client, bob, "e1", "WA", MONDAY)  # a failure scores nothing
    await judged(client, bob, "e1", "AC", MONDAY)  # 1 -> 3, tie with ann
    await judged(client, cid, "e2", "AC", MONDAY)  # 1
    at(client, MONDAY)
    body = await board(client)
    # Ties go to the older account.
    assert names(body) == [(1, "ann", 3), (2, "bob", 3), (3, "cid", 1)]
    assert body["entries"][1]["solved"] == 2 and body["me"] is None
    assert body["entries"][0]["streak"] == 0  # no drill done: no streak


async def test_weekly_and_all_time_windows(client: httpx.AsyncClient, problems: None) -> None:
    ann = await make_account(client, "ann")
    bob = await make_account(client, "bob")
    await judged(client, ann, "h1", "AC", LAST_WEEK)
    await judged(client, bob, "e1", "AC", MONDAY)
    at(client, datetime(2027, 1, 17, 23, tzinfo=UTC))  # Sunday night
    week = await board(client, window="week")
    assert week["period"] == "2027-01-11" and names(week) == [(1, "bob", 1)]
    assert names(await board(client, window="all")) == [(1, "ann", 3), (2, "bob", 1)]
    at(client, datetime(2027, 1, 18, 0, 30, tzinfo=UTC))  # a new week starts empty
    assert names(await board(client, window="week")) == []
    at(client, LAST_WEEK)
    assert names(await board(client, window="week")) == [(1, "ann", 3)]


async def test_own_rank_outside_the_top_and_opt_out(
    client: httpx.AsyncClient, problems: None
) -> None:
    learners = [await make_account(client, f"l{i}") for i in range(5)]
    for learner in learners[:4]:
        await judged(client, learner, "h1", "AC", MONDAY)
    last = learners[4]
    await judged(client, last, "e1", "AC", MONDAY)
    at(client, MONDAY)
    body = await board(client, last, limit=2)
    assert [e["username"] for e in body["entries"]] == ["l0", "l1"]
    assert body["me"]["rank"] == 5 and body["me"]["points"] == 1

    # l1 opts out: gone from the board, and everyone behind moves up.
    opt = await client.patch(
        "/api/v1/me/preferences", json={"leaderboard_opt_out": True}, headers=learners[1].headers
    )
    assert opt.status_code == 200 and opt.json()["leaderboard_opt_out"] is True
    body = await board(client, last, limit=2)
    assert [e["username"] for e in body["entries"]] == ["l0", "l2"]
    assert body["me"]["rank"] == 4
    hidden = await board(client, learners[1])
    assert "l1" not in [e["username"] for e in hidden["entries"]]
    assert hidden["me"]["rank"] is None and hidden["me"]["points"] == 3  # sees own score only


async def test_cohort_boards_rank_members_only(client: httpx.AsyncClient, problems: None) -> None:
    organiser = await make_account(client, role=Role.ORGANISER)
    cohort = (
        await client.post(
            "/api/v1/cohorts",
            json={"name": "C", "starts_on": "2027-01-04"},
            headers=organiser.headers,
        )
    ).json()
    member, peer, outsider = [await make_account(client, n) for n in ("mem", "peer", "out")]
    for who in (member, peer):
        await client.post(
            "/api/v1/cohorts/join", json={"code": cohort["join_code"]}, headers=who.headers
        )
    await judged(client, outsider, "h1", "AC", MONDAY)
    await judged(client, member, "m1", "AC", MONDAY)
    await judged(client, peer, "e1", "AC", MONDAY)
    at(client, MONDAY)
    path = f"/api/v1/leaderboards/cohorts/{cohort['id']}"
    for who in (member, organiser):
        body = (await client.get(path, headers=who.headers)).json()
        assert names(body) == [(1, "mem", 2), (2, "peer", 1)]
    assert (await client.get(path, headers=peer.headers)).json()["me"]["rank"] == 2
    assert_problem(await client.get(path, headers=outsider.headers), 403, "forbidden")
    assert_problem(
        await client.get("/api/v1/leaderboards/cohorts/999999", headers=member.headers),
        404,
        "not-found",
    )
    assert_problem(await client.get(path), 401, "unauthorized")
    streak = (await client.get(path, params={"ranking": "streak"}, headers=member.headers)).json()
    assert streak["available"] is True and streak["entries"] == []  # nobody drilled


async def test_leaderboard_page_shows_the_board_and_my_rank(
    client: httpx.AsyncClient, problems: None
) -> None:
    from tests.helpers.pages import browser_login, page

    ann = await make_account(client, "ann")
    await judged(client, ann, "m1", "AC", MONDAY)
    at(client, MONDAY)
    await browser_login(client, "ann")
    html = (await page(client, "/leaderboard")).text
    assert 'data-user="ann"' in html and 'data-my-rank="1"' in html
    week = (await page(client, "/leaderboard?window=week")).text
    assert 'data-user="ann"' in week


async def test_deactivated_accounts_leave_the_board_and_the_ranks(
    client: httpx.AsyncClient, problems: None
) -> None:
    admin = await make_account(client, "admin", role=Role.ADMIN)
    gone, stays = [await make_account(client, n) for n in ("gone", "stays")]
    await judged(client, gone, "h1", "AC", MONDAY)
    await judged(client, stays, "e1", "AC", MONDAY)
    at(client, MONDAY)
    assert (await board(client, stays))["me"]["rank"] == 2
    deactivated = await client.patch(
        f"/api/v1/users/{gone.id}", json={"is_active": False}, headers=admin.headers
    )
    assert deactivated.status_code == 200
    body = await board(client, stays)
    assert names(body) == [(1, "stays", 1)] and body["me"]["rank"] == 1
