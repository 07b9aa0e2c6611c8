"""Leaderboards: points for problems solved, weighted by difficulty, all time and per UTC week,
globally and per cohort. docs/cohorts.md explains the scoring and why the scores are kept
incrementally rather than cached."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import Role, User
from winterarc.cohorts import repository as cohort_repository
from winterarc.cohorts import streaks
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
    add nothing. Safe to call twice (the first-solve row is the guard)."""
    solve = await repository.accepted(session, submission_id)
    if solve is None:
        return
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
    """Learners by current streak (longest first; ties by points, then the older account).
    The window does not apply: a streak is today's. Only learners with a current streak are
    looked at, so the board costs what the day's active learners cost, not all learners."""
    streak = await streaks.streaking(session, now)
    lines = await repository.lines_of(session, list(streak), ALL_TIME, cohort_id)
    lines.sort(key=lambda row: (-streak[row.user_id], -row.score, row.user_id))
    out.entries = [
        _entry(row, rank, streak[row.user_id]) for rank, row in enumerate(lines[:limit], start=1)
    ]
    if viewer is not None:
        rank = next((i for i, row in enumerate(lines, start=1) if row.user_id == viewer.id), None)
        if rank is not None:
            out.me = _entry(lines[rank - 1], rank, streak[viewer.id])
    return out


def _entry(row: repository.Row, rank: int | None, streak: int | None) -> Entry:
    return Entry(
        rank=rank,
        user_id=row.user_id,
        username=row.username,
        display_name=row.display_name,
        points=row.score,
        solved=row.solved,
        streak=streak,
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
    streak = await streaks.streaks_of(session, ids, now)
    out.entries = [
        _entry(row, rank, streak.get(row.user_id)) for rank, row in enumerate(rows, start=1)
    ]
    if mine is not None and mine.score > 0:
        if await repository.opted_out(session, mine.user_id):
            out.me = _entry(mine, None, streak.get(mine.user_id))
        elif cohort_id is None or await repository.is_member(session, mine.user_id, cohort_id):
            rank = next((e.rank for e in out.entries if e.user_id == mine.user_id), None)
            if rank is None:
                rank = await repository.rank_of(session, mine, period, cohort_id)
            out.me = _entry(mine, rank, streak.get(mine.user_id))
    return out
