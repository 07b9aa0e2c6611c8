"""The pure parts: FSRS ratings from verdicts, the mastery model, streaks, the pattern
vocabulary, and the bulk streak function the leaderboards use."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from fsrs import Rating

from tests.daily.helpers import FakeClock, install_clock, submit_at
from tests.helpers.app import sessionmaker_of
from tests.helpers.content import copy_content, load_content
from tests.helpers.factories import make_account
from winterarc.daily import service
from winterarc.daily.history import Attempt, Lapse
from winterarc.daily.mastery import estimate
from winterarc.daily.patterns import family_of
from winterarc.daily.reviews import rate, replay
from winterarc.daily.streaks import current_streak, longest_streak
from winterarc.roadmap.catalogue import ProblemInfo

T = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def tries(*verdicts: str, minutes: float = 1) -> list[Attempt]:
    return [Attempt(1, v, T + timedelta(minutes=i * minutes)) for i, v in enumerate(verdicts)]


@pytest.mark.parametrize(
    ("attempts", "gave_up", "before", "rating"),
    [
        (tries("AC"), False, False, Rating.Good),
        (tries("AC"), False, True, Rating.Easy),
        (tries("WA", "AC"), False, True, Rating.Good),
        (tries("WA", "TLE", "WA", "AC"), False, True, Rating.Hard),
        (tries("WA", "AC", minutes=45), False, True, Rating.Hard),
        (tries("WA", "WA"), False, True, Rating.Again),
        (tries("AC"), True, True, Rating.Again),
        ([], True, False, Rating.Again),
    ],
)
def test_verdicts_attempts_and_time_make_the_rating(
    attempts: list[Attempt], gave_up: bool, before: bool, rating: Rating
) -> None:
    assert rate(attempts, gave_up, before) is rating


def test_a_day_of_attempts_is_one_review_and_days_follow_the_time_zone() -> None:
    late = datetime(2026, 12, 2, 7, 30, tzinfo=UTC)  # 23:30 on the 1st in Los Angeles
    attempts = [Attempt(1, "AC", late), Attempt(1, "AC", late + timedelta(hours=1))]
    assert replay(attempts, [], ZoneInfo("UTC"))[1].reviews == 1  # both on the 2nd in UTC
    assert replay(attempts, [], ZoneInfo("America/Los_Angeles"))[1].reviews == 2  # 1st, 2nd


def test_a_give_up_is_a_lapse_even_on_a_solved_problem() -> None:
    solved = [Attempt(1, "AC", T)]
    state = replay(solved, [Lapse(1, T + timedelta(days=3))], ZoneInfo("UTC"))[1]
    assert state.last_rating is Rating.Again and state.reviews == 2
    assert state.due - state.last_review <= timedelta(days=1)


def test_mastery_rises_with_harder_solves_and_falls_with_failures_and_time() -> None:
    easy = ProblemInfo(1, "a", "A", "easy", ("sliding-window",))
    hard = ProblemInfo(2, "b", "B", "hard", ("sliding-window",))
    one = estimate("sliding window", [(easy, [Attempt(1, "AC", T)])], T)
    two = estimate(
        "sliding window", [(easy, [Attempt(1, "AC", T)]), (hard, [Attempt(2, "AC", T)])], T
    )
    assert 0 < one.score < two.score < 1
    assert two.accepted == 2 and two.submissions == 2
    later = estimate("sliding window", [(easy, [Attempt(1, "AC", T)])], T + timedelta(days=90))
    assert later.score < one.score and later.evidence[0].days_ago == 90
    failing = [Attempt(1, "AC", T)] + [Attempt(1, "WA", T + timedelta(hours=h)) for h in (1, 2, 3)]
    assert estimate("sliding window", [(easy, failing)], T + timedelta(hours=4)).score < one.score
    assert estimate("x", [(easy, [Attempt(1, "WA", T)] * 5)], T).score == 0.0  # never below 0


def test_streaks_count_consecutive_active_days() -> None:
    days = {date(2026, 11, d) for d in (1, 2, 3, 5, 6)}
    assert current_streak(days, date(2026, 11, 6)) == 2
    assert current_streak(days, date(2026, 11, 7)) == 2  # today is still open
    assert current_streak(days, date(2026, 11, 8)) == 0  # yesterday was missed
    assert longest_streak(days) == 3
    assert longest_streak(set()) == 0


def test_pattern_tags_map_to_families_and_unknown_tags_stand_alone() -> None:
    assert family_of("zero-one-bfs") == family_of("three-color-dfs") == "BFS/DFS"
    assert family_of("binary-search-on-answer") == "binary search on the answer"
    assert family_of("pointer-juggling") == "pointer juggling"


@pytest.mark.anyio
async def test_stored_streaks_in_bulk_for_boards_and_dashboards(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    clock = FakeClock(T)
    install_clock(client, clock)
    steady = await make_account(client, "steady")
    lapsed = await make_account(client, "lapsed")
    idle = await make_account(client, "idle")
    for day in range(3):
        for account in (steady, lapsed) if day < 1 else (steady,):
            body = await client.get("/api/v1/me/daily", headers=account.headers)
            ref = body.json()["items"][0]["ref"]
            await submit_at(client, account.id, ref, "AC", clock.now + timedelta(minutes=5))
        clock.advance(days=1)
    clock.advance(days=-1, hours=2)
    async with sessionmaker_of(client)() as session:
        streaks = await service.streaks_now(session, [steady.id, lapsed.id, idle.id], clock())
    # (current on each one's local day, longest): lapsed's one day is over, idle never drilled.
    assert streaks == {steady.id: (3, 3), lapsed.id: (0, 1), idle.id: (0, 0)}
