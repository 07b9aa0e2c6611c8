"""/api/v1/me/daily, /activity, /mastery with a clock the tests move: FSRS reviews over a month,
a drill stable all day, streaks, time zones, give-ups, settings and the nudge."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fsrs import Card, Rating, Scheduler

from tests.daily.helpers import (
    MEDIUM_IN_WEEK_ONE,
    FakeClock,
    daily_content,
    install_clock,
    pass_quiz_at,
    submit_at,
)
from tests.helpers.app import pubsub_of, sessionmaker_of
from tests.helpers.content import load_content
from tests.helpers.factories import Account, make_account
from winterarc.daily import service
from winterarc.daily.nudge import READY, channel

pytestmark = pytest.mark.anyio
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def learner(client: httpx.AsyncClient, clock: FakeClock, tmp_path: Path) -> Account:
    await load_content(client, daily_content(tmp_path))
    install_clock(client, clock)
    return await make_account(client, "daily1")


async def drill(client: httpx.AsyncClient, account: Account) -> dict[str, Any]:
    response = await client.get("/api/v1/me/daily", headers=account.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def set_settings(client: httpx.AsyncClient, account: Account, **body: Any) -> None:
    response = await client.patch("/api/v1/me/daily/settings", json=body, headers=account.headers)
    assert response.status_code == 200, response.text


def reviews(body: dict[str, Any]) -> set[str]:
    return {item["ref"] for item in body["items"] if item["kind"] == "review"}


async def test_the_first_drill_is_the_current_weeks_easiest_new_work_with_reasons(
    client: httpx.AsyncClient, learner: Account
) -> None:
    # The week's first topic lists a Medium problem before its Easy ones.
    topic = await client.get("/api/v1/roadmap/topics/s1-w1-syntax-data-types")
    first, *others = topic.json()["problems"]
    assert first["slug"] == MEDIUM_IN_WEEK_ONE and first["difficulty"] == "medium"
    assert {p["difficulty"] for p in others} == {"easy"}

    body = await drill(client, learner)
    assert body["day"] == "2026-11-02" and body["time_zone"] == "UTC"
    assert len(body["items"]) == 4  # the default size
    assert {i["kind"] for i in body["items"]} == {"new"}
    assert all(i["difficulty"] == "easy" for i in body["items"])
    assert body["items"][0]["ref"] != MEDIUM_IN_WEEK_ONE
    # Session and week as the roadmap names them; the difficulty is a field, not in the text.
    assert body["items"][0]["reason"] == "new: Session 1 · Week 1-2 · Syntax and data types"
    assert body["items"][0]["href"] == f"/problems/{body['items'][0]['ref']}"


async def test_reviews_come_due_and_disappear_as_fsrs_says_over_a_month(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    await set_settings(client, learner, drill_size=10)
    # The learner's own plan, replayed independently with fsrs: two-sum-fn is always solved at
    # the first try; reverse-list fails once then passes quickly; tree-depth is failed outright.
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
    cards = {slug: Card() for slug in ("two-sum-fn", "reverse-list", "tree-depth")}
    seen: set[str] = set()

    async def practise(slug: str, at: datetime) -> None:
        if slug == "two-sum-fn":
            await submit_at(client, learner.id, slug, "AC", at)
            rating = Rating.Easy if slug in seen else Rating.Good
        elif slug == "reverse-list":
            await submit_at(client, learner.id, slug, "WA", at)
            await submit_at(client, learner.id, slug, "AC", at + timedelta(minutes=5))
            at, rating = at + timedelta(minutes=5), Rating.Good
        else:
            await submit_at(client, learner.id, slug, "WA", at)
            rating = Rating.Again
        seen.add(slug)
        cards[slug], _ = scheduler.review_card(cards[slug], rating, review_datetime=at)

    for slug in cards:
        await practise(slug, START + timedelta(hours=1))
    appeared = 0
    for day in range(1, 31):
        clock.now = START + timedelta(days=day)
        end_of_day = clock.now.replace(hour=0) + timedelta(days=1)
        expected = {slug for slug, card in cards.items() if card.due < end_of_day}
        body = await drill(client, learner)
        assert reviews(body) == expected, (day, body["items"])
        appeared += len(expected)
        for slug in sorted(expected):
            await practise(slug, clock.now + timedelta(hours=2))
        clock.now += timedelta(hours=3)
        after = await drill(client, learner)
        done = {i["ref"] for i in after["items"] if i["status"] == "completed"}
        assert {s for s in expected if s != "tree-depth"} <= done
    assert appeared >= 10  # the month exercised the schedule, not an empty drill
    # Intervals grew for the clean solves: two-sum-fn was not due every day.
    assert cards["two-sum-fn"].due - cards["two-sum-fn"].last_review > timedelta(days=7)


async def test_the_drill_stays_the_same_all_day_and_changes_the_next(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    morning = await drill(client, learner)
    first = morning["items"][0]["ref"]
    await submit_at(client, learner.id, first, "AC", clock.now + timedelta(hours=1))
    clock.advance(hours=14)  # 23:00 the same day
    evening = await drill(client, learner)
    assert [i["ref"] for i in evening["items"]] == [i["ref"] for i in morning["items"]]
    assert evening["items"][0]["status"] == "completed" and evening["completed"] == 1
    clock.advance(hours=2)  # 01:00 the next day
    tomorrow = await drill(client, learner)
    assert tomorrow["day"] == "2026-11-03"
    assert first not in {i["ref"] for i in tomorrow["items"] if i["kind"] == "new"}
    assert tomorrow["completed"] == 0


async def test_a_day_without_a_completed_item_breaks_the_streak(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    async def complete_first_item() -> None:
        body = await drill(client, learner)
        item = next(i for i in body["items"] if i["status"] == "open")
        await submit_at(client, learner.id, item["ref"], "AC", clock.now + timedelta(minutes=30))

    async def activity() -> dict[str, Any]:
        response = await client.get("/api/v1/me/activity", headers=learner.headers)
        assert response.status_code == 200
        body: dict[str, Any] = response.json()
        return body

    await complete_first_item()
    clock.advance(days=1)
    await complete_first_item()
    clock.advance(days=1, hours=1)
    day3 = await activity()  # nothing done yet today: the streak still stands
    assert (day3["current_streak"], day3["longest_streak"]) == (2, 2)
    await drill(client, learner)  # looked at the drill, did nothing
    clock.advance(days=1)
    day4 = await activity()
    assert day4["current_streak"] == 0
    await complete_first_item()
    day4 = await activity()
    assert (day4["current_streak"], day4["longest_streak"]) == (1, 2)
    assert [d["day"] for d in day4["days"]] == ["2026-11-02", "2026-11-03", "2026-11-05"]


async def test_a_solve_at_2330_in_utc_minus_8_counts_for_that_local_day(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    await set_settings(client, learner, time_zone="America/Los_Angeles")
    clock.now = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)  # 23:00 on 1 December in Los Angeles
    body = await drill(client, learner)
    assert body["day"] == "2026-12-01" and body["time_zone"] == "America/Los_Angeles"
    solve_at = datetime(2026, 12, 2, 7, 30, tzinfo=UTC)  # 23:30 local
    await submit_at(client, learner.id, body["items"][0]["ref"], "AC", solve_at)
    clock.now = datetime(2026, 12, 2, 7, 45, tzinfo=UTC)
    assert (await drill(client, learner))["completed"] == 1
    response = await client.get("/api/v1/me/activity", headers=learner.headers)
    assert response.json()["days"] == [{"day": "2026-12-01", "completed": 1}]
    clock.now = datetime(2026, 12, 2, 8, 30, tzinfo=UTC)  # 00:30 local: a new day, a new drill
    assert (await drill(client, learner))["day"] == "2026-12-02"


async def test_the_same_instant_is_another_day_in_utc(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
    assert (await drill(client, learner))["day"] == "2026-12-02"


async def test_giving_up_is_a_lapse_that_brings_the_problem_back_tomorrow(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    await submit_at(client, learner.id, "two-sum-fn", "AC", START - timedelta(days=3))
    clock.now = START - timedelta(days=3) + timedelta(days=2, hours=1)
    body = await drill(client, learner)
    assert "two-sum-fn" in reviews(body)
    item = next(i for i in body["items"] if i["ref"] == "two-sum-fn")
    assert item["reason"] == "review: last solved 2 days ago"
    response = await client.post(
        "/api/v1/me/daily/give-up", json={"slug": "two-sum-fn"}, headers=learner.headers
    )
    assert response.status_code == 200
    given = next(i for i in response.json()["items"] if i["ref"] == "two-sum-fn")
    assert given["status"] == "given_up"
    clock.advance(days=1)
    assert "two-sum-fn" in reviews(await drill(client, learner))  # Again: due the next day
    missing = await client.post(
        "/api/v1/me/daily/give-up", json={"slug": "sum-stdio-x"}, headers=learner.headers
    )
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


async def test_the_weeks_quiz_and_weak_patterns_join_the_drill(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    # Finish weeks 1-4 so that week 6 (with its quiz) is current; fail pairs-unordered often.
    for slug in (
        "mean-float",
        "parity-custom",
        "sum-stdio",
        "ticket-code",
        "async-sum",
        "two-sum-fn",
        "reverse-list",
        "tree-depth",
        "lru-design",
    ):
        await submit_at(client, learner.id, slug, "AC", START - timedelta(days=40))
    await set_settings(client, learner, drill_size=10)
    clock.advance(days=1)
    # Earlier today, before the first look at the drill: four failures, then a pass.
    for minutes in range(4):
        await submit_at(
            client, learner.id, "pairs-unordered", "WA", clock.now - timedelta(minutes=60 - minutes)
        )
    await submit_at(client, learner.id, "pairs-unordered", "AC", clock.now - timedelta(minutes=30))
    body = await drill(client, learner)
    kinds = {(i["kind"], i["target"]) for i in body["items"]}
    assert ("new", "quiz") in kinds and ("new", "problem") in kinds
    # Solved before the first look: the drill's day is active at once, for the boards too.
    solved = next(i for i in body["items"] if i["ref"] == "pairs-unordered")
    assert solved["status"] == "completed"
    async with sessionmaker_of(client)() as session:
        assert await service.streaks_now(session, [learner.id], clock.now) == {learner.id: (1, 1)}
    quiz = next(i for i in body["items"] if i["target"] == "quiz")
    assert quiz["ref"] == "keys-basics" and quiz["href"] == "/quizzes/keys-basics"
    weak = [i for i in body["items"] if i["kind"] == "weak"]
    assert any(i["reason"].startswith("weak pattern: ") for i in weak), body["items"]
    assert {"ref": "pairs-unordered", "reason": "weak pattern: counting, 1 of 5 accepted"} in [
        {"ref": i["ref"], "reason": i["reason"]} for i in weak
    ]
    await pass_quiz_at(client, learner.id, "keys-basics", clock.now + timedelta(minutes=5))
    clock.advance(minutes=10)
    after = await drill(client, learner)
    assert next(i for i in after["items"] if i["target"] == "quiz")["status"] == "completed"


async def test_mastery_rises_with_accepted_solutions_and_falls_with_failures_and_time(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    async def score(pattern: str) -> float:
        response = await client.get("/api/v1/me/mastery", headers=learner.headers)
        assert response.status_code == 200
        found = {m["name"]: m for m in response.json()["patterns"]}
        return float(found[pattern]["score"]) if pattern in found else 0.0

    await submit_at(client, learner.id, "two-sum-fn", "AC", clock.now - timedelta(hours=1))
    one = await score("complement lookup")
    await submit_at(client, learner.id, "pairs-unordered", "AC", clock.now - timedelta(hours=1))
    assert one > 0 and await score("counting") > 0
    clock.advance(days=60)
    assert await score("complement lookup") < one  # time fades it
    faded = await score("complement lookup")
    for minute in range(3):
        await submit_at(
            client, learner.id, "two-sum-fn", "WA", clock.now - timedelta(minutes=minute + 1)
        )
    assert await score("complement lookup") < faded  # repeated failures pull it down
    response = await client.get("/api/v1/me/mastery", headers=learner.headers)
    topic = response.json()["topics"]["s1-w3-hash-maps"]
    assert {e["slug"] for e in topic["evidence"]} == {"two-sum-fn", "pairs-unordered"}
    two_sum = next(e for e in topic["evidence"] if e["slug"] == "two-sum-fn")
    assert (two_sum["accepted"], two_sum["failed"], two_sum["last_verdict"]) == (1, 3, "WA")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"time_zone": "Mars/Olympus_Mons"}, "time_zone"),
        ({"time_zone": "x" * 65}, "time_zone"),
        ({"drill_size": 0}, "drill_size"),
        ({"drill_size": 11}, "drill_size"),
    ],
)
async def test_invalid_settings_are_rejected_with_a_clear_422(
    client: httpx.AsyncClient, learner: Account, body: dict[str, Any], field: str
) -> None:
    response = await client.patch("/api/v1/me/daily/settings", json=body, headers=learner.headers)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert field in response.text


async def test_settings_round_trip_and_need_a_login(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await set_settings(client, learner, time_zone="Asia/Kolkata", drill_size=2)
    response = await client.get("/api/v1/me/daily/settings", headers=learner.headers)
    assert response.json() == {"time_zone": "Asia/Kolkata", "drill_size": 2}
    assert len((await drill(client, learner))["items"]) == 2
    anonymous = await client.get("/api/v1/me/daily")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"


async def test_a_new_days_drill_is_announced_once_as_a_live_event(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    pubsub = pubsub_of(client)
    async with pubsub.subscribe(channel(learner.id)) as subscription:
        await pubsub.ready.wait()
        await drill(client, learner)
        event = await asyncio.wait_for(subscription.get(), 30)
        assert event == {"type": READY, "day": "2026-11-02", "items": 4}
        await drill(client, learner)  # the same day: no second event
        clock.advance(days=1)
        await drill(client, learner)
        assert (await asyncio.wait_for(subscription.get(), 30))["day"] == "2026-11-03"
