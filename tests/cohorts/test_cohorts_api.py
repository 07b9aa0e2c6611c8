from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.app import app_of
from tests.helpers.content import sync
from tests.helpers.factories import Account, add_submission, make_account
from winterarc.auth.models import Role
from winterarc.kit.clock import current_time

pytestmark = pytest.mark.anyio


def set_today(client: httpx.AsyncClient, day: date) -> None:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    app_of(client).dependency_overrides[current_time] = lambda: moment


async def _cohort(client: httpx.AsyncClient, organiser: Account, **body: object) -> dict:  # type: ignore[type-arg]
    response = await client.post(
        "/api/v1/cohorts",
        json={"name": "Winter 2027", "starts_on": "2027-01-04", **body},
        headers=organiser.headers,
    )
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def _current_week(client: httpx.AsyncClient, learner: Account) -> str | None:
    roadmap = (await client.get("/api/v1/roadmap", headers=learner.headers)).json()
    return roadmap["current_week"]  # type: ignore[no-any-return]


async def test_the_default_schedule_moves_members_one_week_per_seven_days(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    organiser = await make_account(client, role=Role.ORGANISER)
    learner = await make_account(client)
    cohort = await _cohort(client, organiser)
    assert [e["week_id"] for e in cohort["schedule"]] == ["s1-w1", "s1-w3", "s2-w6"]

    set_today(client, date(2027, 1, 1))
    joined = await client.post(
        "/api/v1/cohorts/join", json={"code": cohort["join_code"]}, headers=learner.headers
    )
    assert joined.status_code == 200 and joined.json()["current_week"] is None
    # Before the start, the roadmap goes by progress (nothing done: the first week).
    assert await _current_week(client, learner) == "s1-w1"
    set_today(client, date(2027, 1, 11))
    assert await _current_week(client, learner) == "s1-w3"
    set_today(client, date(2027, 1, 17))
    assert await _current_week(client, learner) == "s1-w3"
    set_today(client, date(2027, 1, 18))
    assert await _current_week(client, learner) == "s2-w6"
    set_today(client, date(2027, 6, 1))  # after the schedule ends, its last week stays
    assert await _current_week(client, learner) == "s2-w6"

    # A learner outside the cohort still goes by their own progress.
    outsider = await make_account(client)
    assert await _current_week(client, outsider) == "s1-w1"
    # Leaving hands the current week back to progress.
    assert (await client.delete("/api/v1/cohorts/mine", headers=learner.headers)).status_code == 204
    assert await _current_week(client, learner) == "s1-w1"


async def test_an_explicit_schedule_sets_the_current_week(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    organiser = await make_account(client, role=Role.ADMIN)
    learner = await make_account(client)
    cohort = await _cohort(
        client,
        organiser,
        schedule=[
            {"week_id": "s2-w6", "starts_on": "2027-01-04"},
            {"week_id": "s1-w3", "starts_on": "2027-01-20"},
        ],
    )
    await client.post(
        "/api/v1/cohorts/join", json={"code": cohort["join_code"]}, headers=learner.headers
    )
    set_today(client, date(2027, 1, 19))
    assert await _current_week(client, learner) == "s2-w6"
    mine = (await client.get("/api/v1/cohorts/mine", headers=learner.headers)).json()
    assert mine == {
        "id": cohort["id"],
        "name": "Winter 2027",
        "starts_on": "2027-01-04",
        "current_week": "s2-w6",
    }
    set_today(client, date(2027, 1, 20))
    assert await _current_week(client, learner) == "s1-w3"


async def test_invalid_cohorts_are_refused(client: httpx.AsyncClient, content_dir: Path) -> None:
    await sync(client, content_dir)
    organiser = await make_account(client, role=Role.ORGANISER)
    for body in (
        {"name": " ", "starts_on": "2027-01-04"},
        {"name": "x", "starts_on": "someday"},
        {
            "name": "x",
            "starts_on": "2027-01-04",
            "schedule": [{"week_id": "nope", "starts_on": "2027-01-04"}],
        },
        {
            "name": "x",
            "starts_on": "2027-01-04",
            "schedule": [{"week_id": "s1-w1", "starts_on": "2027-01-01"}],
        },
        {
            "name": "x",
            "starts_on": "2027-01-04",
            "schedule": [
                {"week_id": "s1-w1", "starts_on": "2027-01-08"},
                {"week_id": "s1-w3", "starts_on": "2027-01-08"},
            ],
        },
    ):
        response = await client.post("/api/v1/cohorts", json=body, headers=organiser.headers)
        assert_problem(response, 422, "validation-error")


async def test_only_organisers_and_admins_run_cohorts(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    owner = await make_account(client, role=Role.ORGANISER)
    other_organiser = await make_account(client, role=Role.ORGANISER)
    admin = await make_account(client, role=Role.ADMIN)
    learner = await make_account(client)
    cohort = await _cohort(client, owner)
    await client.post(
        "/api/v1/cohorts/join", json={"code": cohort["join_code"]}, headers=learner.headers
    )

    create = await client.post(
        "/api/v1/cohorts", json={"name": "Mine", "starts_on": "2027-01-04"}, headers=learner.headers
    )
    assert_problem(create, 403, "forbidden")
    for who in (learner, other_organiser):
        for path in ("", "/dashboard"):
            response = await client.get(
                f"/api/v1/cohorts/{cohort['id']}{path}", headers=who.headers
            )
            assert_problem(response, 403, "forbidden")
        rotate = await client.post(f"/api/v1/cohorts/{cohort['id']}/join-code", headers=who.headers)
        assert_problem(rotate, 403, "forbidden")
    missing = await client.get("/api/v1/cohorts/999999/dashboard", headers=owner.headers)
    assert_problem(missing, 404, "not-found")
    assert_problem(
        await client.get(f"/api/v1/cohorts/{cohort['id']}/dashboard"), 401, "unauthorized"
    )

    for who in (owner, admin):
        board = await client.get(f"/api/v1/cohorts/{cohort['id']}/dashboard", headers=who.headers)
        assert board.status_code == 200
        assert [m["username"] for m in board.json()["members"]] == [learner.username]
    assert [
        c["id"] for c in (await client.get("/api/v1/cohorts", headers=owner.headers)).json()
    ] == [cohort["id"]]
    assert (await client.get("/api/v1/cohorts", headers=other_organiser.headers)).json() == []
    # The learner's own view carries no join code.
    assert (
        "join_code"
        not in (await client.get("/api/v1/cohorts/mine", headers=learner.headers)).json()
    )


async def test_join_codes_are_unguessable_and_rotate(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    organiser = await make_account(client, role=Role.ORGANISER)
    cohort = await _cohort(client, organiser)
    other = await _cohort(client, organiser)
    assert len(cohort["join_code"]) >= 12 and cohort["join_code"] != other["join_code"]

    rotated = await client.post(
        f"/api/v1/cohorts/{cohort['id']}/join-code", headers=organiser.headers
    )
    new_code = rotated.json()["join_code"]
    assert new_code != cohort["join_code"]
    learner = await make_account(client)
    stale = await client.post(
        "/api/v1/cohorts/join", json={"code": cohort["join_code"]}, headers=learner.headers
    )
    assert_problem(stale, 404, "not-found")
    joined = await client.post(
        "/api/v1/cohorts/join", json={"code": new_code}, headers=learner.headers
    )
    assert joined.status_code == 200
    again = await client.post(
        "/api/v1/cohorts/join", json={"code": new_code}, headers=learner.headers
    )
    assert again.status_code == 200  # joining twice is harmless
    elsewhere = await client.post(
        "/api/v1/cohorts/join", json={"code": other["join_code"]}, headers=learner.headers
    )
    assert_problem(elsewhere, 409, "conflict")


async def test_dashboard_shows_progress_activity_and_who_is_behind(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    organiser = await make_account(client, role=Role.ORGANISER)
    keen = await make_account(client, "keen")
    idle = await make_account(client, "idle")
    cohort = await _cohort(client, organiser)
    for learner in (keen, idle):
        await client.post(
            "/api/v1/cohorts/join", json={"code": cohort["join_code"]}, headers=learner.headers
        )
    for topic in ("s1-w1-syntax-data-types", "s1-w1-asyncio"):
        await client.put(
            f"/api/v1/roadmap/topics/{topic}/progress",
            json={"status": "done"},
            headers=keen.headers,
        )
    await add_submission(client, keen.id, "reverse-list", "AC")  # now: real time, just now
    set_today(client, date.today())
    board = (
        await client.get(f"/api/v1/cohorts/{cohort['id']}/dashboard", headers=organiser.headers)
    ).json()
    rows = {m["username"]: m for m in board["members"]}
    assert rows["keen"]["weeks"][0] == {
        "week_id": "s1-w1",
        "label": rows["keen"]["weeks"][0]["label"],
        "completion": 1.0,
    }
    assert rows["keen"]["last_activity"] is not None and rows["idle"]["last_activity"] is None
    assert rows["keen"]["streak"] == 0  # no drill item completed: no streak
    # The cohort started in 2027: on real "today" no week is over, nobody is behind yet...
    # ...so look from inside the schedule: week 1 is over on 2027-01-12.
    set_today(client, date(2027, 1, 12))
    later = (
        await client.get(f"/api/v1/cohorts/{cohort['id']}/dashboard", headers=organiser.headers)
    ).json()
    rows = {m["username"]: m for m in later["members"]}
    assert rows["idle"]["behind"] and "past weeks 0 % done" in rows["idle"]["reasons"]
    assert "no submission yet" in rows["idle"]["reasons"]
    assert "past weeks 0 % done" not in rows["keen"]["reasons"]
