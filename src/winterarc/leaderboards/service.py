"""Leaderboards: points for problems solved, weighted by difficulty, all time and per UTC week,
and streaks (current for the week, longest for all time), globally and per cohort.
docs/cohorts.md explains the scoring and why scores and streaks are kept incrementally rather
than cached."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import Role, User
from winterarc.cohorts import repository as cohort_repository
from winterarc.daily import service as daily_service
from winterarc.kit.errors import Forbidden, NotFound
from winterarc.leaderboards import repository
from winterarc.leaderboards.models import ALL_TIME
from winterarc.leaderboards.schemas import BoardOut, Entry, Ranking, Window

POINTS = {"easy": 1, "medium": 2, "hard": 3}
TOP = 50


def week_period(moment: datetime) -> str:
    """The weekly period a moment falls in: its week's Monday (UTC), as YYYY-MM-DD."""
    day = moment.date()
    return (day - timedelta(days=day.weekday())).isoformat()


async def record_accepted(session: AsyncSession, submission_id: uuid.UUID) -> None:
    """Score an accepted verdict, in the transaction that stores it: the first accepted
    solution of a problem adds its points to the all-time and the week's score; later ones
    add nothing. Any accepted verdict may complete a drill item (reviews are re-solves), so the
    learner's stored streak is recomputed too. Safe to call twice (the first-solve row is the
    guard; the streak is recomputed, not incremented)."""
    solve = await repository.accepted(session, submission_id)
    if solve is None:
        return
    await daily_service.refresh_streak(session, solve.user_id)
    points = POINTS.get(solve.difficulty, 1)
    if not await repository.add_first_solve(session, solve, points):
        return
    for period in (ALL_TIME, week_period(solve.at)):
        await repository.add_score(session, solve.user_id, period, points)


async def _may_see_cohort(session: AsyncSession, viewer: User, cohort_id: int) -> None:
    cohort = await cohort_repository.get(session, cohort_id)
    if cohort is None:
        raise NotFound("No such cohort.")
    if viewer.role is Role.ADMIN or cohort.organiser_id == viewer.id:
        return
    if not await repository.is_member(session, viewer.id, cohort_id):
        raise Forbidden("Only this cohort's members and organisers see its leaderboard.")


async def _streak_board(
    session: AsyncSession,
    viewer: User | None,
    out: BoardOut,
    now: datetime,
    cohort_id: int | None,
    limit: int,
) -> BoardOut:
    """This week's streak board ranks current streaks; the all-time one the longest streak
    ever (ties to the older account). Both read the stored streaks (learner_streaks)."""
    week = out.window == "week"
    if week:
        top = await repository.current_top(session, now, cohort_id, limit)
    else:
        top = await repository.longest_top(session, cohort_id, limit)
    out.entries = [_streak_entry(line, rank, now) for rank, line in enumerate(top, start=1)]
    places = {line.row.user_id: rank for rank, line in enumerate(top, start=1)}
    mine = None if viewer is None else await repository.streak_line_of(session, viewer.id)
    if mine is None:
        return out
    held = mine.record.current_at(now, mine.time_zone) if week else mine.record.longest
    if held <= 0:
        return out
    if await repository.opted_out(session, mine.row.user_id):
        out.me = _streak_entry(mine, None, now)
    elif cohort_id is None or await repository.is_member(session, mine.row.user_id, cohort_id):
        rank = places.get(mine.row.user_id)
        if rank is None and week:
            rank = await repository.current_rank_of(session, mine, now, cohort_id)
        elif rank is None:
            rank = await repository.longest_rank_of(session, mine, cohort_id)
        out.me = _streak_entry(mine, rank, now)
    return out


def _streak_entry(line: repository.StreakLine, rank: int | None, now: datetime) -> Entry:
    current = line.record.current_at(now, line.time_zone)
    return _entry(line.row, rank, current, line.record.longest)


def _entry(row: repository.Row, rank: int | None, streak: int | None, longest: int | None) -> Entry:
    return Entry(
        rank=rank,
        user_id=row.user_id,
        username=row.username,
        display_name=row.display_name,
        points=row.score,
        solved=row.solved,
        streak=streak,
        longest_streak=longest,
    )


async def board(
    session: AsyncSession,
    viewer: User | None,
    *,
    now: datetime,
    window: Window = "all",
    ranking: Ranking = "points",
    cohort_id: int | None = None,
    limit: int = TOP,
) -> BoardOut:
    """The top of a board and, for a logged-in viewer, their own line wherever it is."""
    if cohort_id is not None:
        if viewer is None:
            raise Forbidden("Log in to see a cohort's leaderboard.")
        await _may_see_cohort(session, viewer, cohort_id)
    period = ALL_TIME if window == "all" else week_period(now)
    out = BoardOut(
        ranking=ranking,
        window=window,
        period=period,
        cohort_id=cohort_id,
        available=True,
        entries=[],
        me=None,
    )
    if ranking == "streak":
        return await _streak_board(session, viewer, out, now, cohort_id, limit)
    rows = await repository.top(session, period, cohort_id, limit)
    mine = None if viewer is None else await repository.score_of(session, viewer.id, period)
    ids = [row.user_id for row in rows] + ([mine.user_id] if mine else [])
    streaks = await daily_service.streaks_now(session, ids, now)

    def line(row: repository.Row, rank: int | None) -> Entry:
        return _entry(row, rank, *streaks[row.user_id])

    out.entries = [line(row, rank) for rank, row in enumerate(rows, start=1)]
    if mine is not None and mine.score > 0:
        if await repository.opted_out(session, mine.user_id):
            out.me = line(mine, None)
        elif cohort_id is None or await repository.is_member(session, mine.user_id, cohort_id):
            rank = next((e.rank for e in out.entries if e.user_id == mine.user_id), None)
            if rank is None:
                rank = await repository.rank_of(session, mine, period, cohort_id)
            out.me = line(mine, rank)
    return out
