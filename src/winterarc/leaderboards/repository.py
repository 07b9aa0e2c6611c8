"""All leaderboard queries. Points boards read `leaderboard_scores`, kept up to date as verdicts
are stored, through its (period, score, user_id) index: the top is a short index range, a rank a
count over one. Streak boards read `learner_streaks` (the daily loop's stored streaks) the same
way: the live streaks through its alive_until index (a live streak's row says until when it
lives, in UTC, so no learner's time zone is needed in SQL), the longest through (longest,
user_id)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from winterarc.auth.models import User
from winterarc.cohorts.models import CohortMember
from winterarc.daily.models import DEFAULT_TIME_ZONE, LearnerSettings, LearnerStreak
from winterarc.daily.streaks import StreakRecord
from winterarc.db.dialects import insert_if_absent, upsert_adding
from winterarc.leaderboards.models import ALL_TIME, LeaderboardScore, LeaderboardSolve
from winterarc.preferences.models import Preferences
from winterarc.problems.models import Problem
from winterarc.submissions.models import Submission


@dataclass(frozen=True, slots=True)
class Row:
    user_id: int
    username: str
    display_name: str | None
    score: int
    solved: int


@dataclass(frozen=True, slots=True)
class Solve:
    user_id: int
    problem_id: int
    difficulty: str
    at: datetime


async def accepted(session: AsyncSession, submission_id: object) -> Solve | None:
    row = (
        await session.execute(
            select(
                Submission.user_id,
                Submission.problem_id,
                Problem.difficulty,
                func.coalesce(Submission.judged_at, Submission.created_at),
            )
            .join(Problem, Problem.id == Submission.problem_id)
            .where(Submission.id == submission_id)
        )
    ).first()
    if row is None:
        return None
    return Solve(row[0], row[1], row[2], row[3])


async def add_first_solve(session: AsyncSession, solve: Solve, points: int) -> bool:
    """Record the learner's first accepted solution of the problem: False if it is not the first."""
    return await insert_if_absent(
        session,
        LeaderboardSolve,
        {
            "user_id": solve.user_id,
            "problem_id": solve.problem_id,
            "points": points,
            "solved_at": solve.at,
        },
        ["user_id", "problem_id"],
    )


async def add_score(session: AsyncSession, user_id: int, period: str, points: int) -> None:
    await upsert_adding(
        session,
        LeaderboardScore,
        {"user_id": user_id, "period": period, "score": points, "solved": 1},
        ["user_id", "period"],
        ["score", "solved"],
    )


def _shown(user_id: InstrumentedAttribute[int], cohort_id: int | None) -> list[ColumnElement[bool]]:
    """Learners who did not opt out (and, for a cohort board, are its members)."""
    opted_out = (
        select(Preferences.user_id)
        .where(Preferences.user_id == user_id, Preferences.leaderboard_opt_out)
        .exists()
    )
    conditions: list[ColumnElement[bool]] = [~opted_out]
    if cohort_id is not None:
        conditions.append(
            select(CohortMember.user_id)
            .where(CohortMember.user_id == user_id, CohortMember.cohort_id == cohort_id)
            .exists()
        )
    return conditions


def _visible(period: str, cohort_id: int | None) -> list[ColumnElement[bool]]:
    """Scores of the period held by learners the board may show."""
    return [
        LeaderboardScore.period == period,
        LeaderboardScore.score > 0,
        *_shown(LeaderboardScore.user_id, cohort_id),
    ]


def _rows() -> Select[tuple[int, str, str | None, int, int]]:
    return select(
        LeaderboardScore.user_id,
        User.username,
        User.display_name,
        LeaderboardScore.score,
        LeaderboardScore.solved,
    ).join(User, and_(User.id == LeaderboardScore.user_id, User.is_active))


async def top(session: AsyncSession, period: str, cohort_id: int | None, limit: int) -> list[Row]:
    """The board's first `limit` lines: highest score first, ties to the older account."""
    result = await session.execute(
        _rows()
        .where(*_visible(period, cohort_id))
        .order_by(LeaderboardScore.score.desc(), LeaderboardScore.user_id)
        .limit(limit)
    )
    return [Row(*row) for row in result.tuples()]


async def score_of(session: AsyncSession, user_id: int, period: str) -> Row | None:
    row = (
        await session.execute(
            _rows().where(LeaderboardScore.user_id == user_id, LeaderboardScore.period == period)
        )
    ).first()
    return None if row is None else Row(*row)


async def rank_of(session: AsyncSession, row: Row, period: str, cohort_id: int | None) -> int:
    """1 + the visible learners ahead of `row` (ordered like `top`)."""
    ahead = await session.scalar(
        select(func.count())
        .select_from(LeaderboardScore)
        .where(
            *_visible(period, cohort_id),
            # An anti-join on the few deactivated accounts, not a lookup per row counted.
            ~select(User.id).where(User.id == LeaderboardScore.user_id, ~User.is_active).exists(),
            LeaderboardScore.score >= row.score,  # the index range; the OR below is exact
            or_(
                LeaderboardScore.score > row.score,
                and_(LeaderboardScore.score == row.score, LeaderboardScore.user_id < row.user_id),
            ),
        )
    )
    return int(ahead or 0) + 1


@dataclass(frozen=True, slots=True)
class StreakLine:
    """A learner's stored streaks, with what reading them needs (their time zone) and their
    all-time points (0 without a solve: a quiz can make a streak)."""

    row: Row
    record: StreakRecord
    time_zone: str


def _streak_lines() -> Select[tuple[int, str, str | None, int, int, int, int, date | None, str]]:
    return (
        select(
            LearnerStreak.user_id,
            User.username,
            User.display_name,
            func.coalesce(LeaderboardScore.score, 0),
            func.coalesce(LeaderboardScore.solved, 0),
            LearnerStreak.current,
            LearnerStreak.longest,
            LearnerStreak.last_day,
            func.coalesce(LearnerSettings.time_zone, DEFAULT_TIME_ZONE),
        )
        .join(User, and_(User.id == LearnerStreak.user_id, User.is_active))
        .outerjoin(LearnerSettings, LearnerSettings.user_id == LearnerStreak.user_id)
        .outerjoin(
            LeaderboardScore,
            and_(
                LeaderboardScore.user_id == LearnerStreak.user_id,
                LeaderboardScore.period == ALL_TIME,
            ),
        )
    )


def _as_lines(
    rows: Sequence[tuple[int, str, str | None, int, int, int, int, date | None, str]],
) -> list[StreakLine]:
    return [
        StreakLine(Row(uid, name, shown, score, solved), StreakRecord(cur, best, last), zone)
        for uid, name, shown, score, solved, cur, best, last, zone in rows
    ]


def _alive(now: datetime) -> ColumnElement[bool]:
    return and_(LearnerStreak.alive_until > now, LearnerStreak.current > 0)


def _points() -> ColumnElement[int]:
    return func.coalesce(LeaderboardScore.score, 0)


async def current_top(
    session: AsyncSession, now: datetime, cohort_id: int | None, limit: int
) -> list[StreakLine]:
    """The first `limit` shown learners by current streak at `now`, ties by all-time points,
    then the older account."""
    result = await session.execute(
        _streak_lines()
        .where(_alive(now), *_shown(LearnerStreak.user_id, cohort_id))
        .order_by(LearnerStreak.current.desc(), _points().desc(), LearnerStreak.user_id)
        .limit(limit)
    )
    return _as_lines(result.tuples().all())


async def current_rank_of(
    session: AsyncSession, line: StreakLine, now: datetime, cohort_id: int | None
) -> int:
    """1 + the shown learners ahead of `line` (ordered like `current_top`)."""
    current, points, user_id = line.record.current, line.row.score, line.row.user_id
    ahead = await session.scalar(
        select(func.count())
        .select_from(LearnerStreak)
        .join(User, and_(User.id == LearnerStreak.user_id, User.is_active))
        .outerjoin(
            LeaderboardScore,
            and_(
                LeaderboardScore.user_id == LearnerStreak.user_id,
                LeaderboardScore.period == ALL_TIME,
            ),
        )
        .where(
            _alive(now),
            *_shown(LearnerStreak.user_id, cohort_id),
            LearnerStreak.current >= current,
            or_(
                LearnerStreak.current > current,
                _points() > points,
                and_(_points() == points, LearnerStreak.user_id < user_id),
            ),
        )
    )
    return int(ahead or 0) + 1


async def longest_top(session: AsyncSession, cohort_id: int | None, limit: int) -> list[StreakLine]:
    """The first `limit` shown learners by longest streak ever, ties to the older account."""
    result = await session.execute(
        _streak_lines()
        .where(LearnerStreak.longest > 0, *_shown(LearnerStreak.user_id, cohort_id))
        .order_by(LearnerStreak.longest.desc(), LearnerStreak.user_id)
        .limit(limit)
    )
    return _as_lines(result.tuples().all())


async def streak_line_of(session: AsyncSession, user_id: int) -> StreakLine | None:
    result = await session.execute(_streak_lines().where(LearnerStreak.user_id == user_id))
    found = _as_lines(result.tuples().all())
    return found[0] if found else None


async def longest_rank_of(session: AsyncSession, line: StreakLine, cohort_id: int | None) -> int:
    """1 + the shown learners ahead of `line` (ordered like `longest_top`)."""
    longest, user_id = line.record.longest, line.row.user_id
    ahead = await session.scalar(
        select(func.count())
        .select_from(LearnerStreak)
        .where(
            *_shown(LearnerStreak.user_id, cohort_id),
            ~select(User.id).where(User.id == LearnerStreak.user_id, ~User.is_active).exists(),
            LearnerStreak.longest >= longest,  # the index range; the OR below is exact
            or_(
                LearnerStreak.longest > longest,
                and_(LearnerStreak.longest == longest, LearnerStreak.user_id < user_id),
            ),
        )
    )
    return int(ahead or 0) + 1


async def opted_out(session: AsyncSession, user_id: int) -> bool:
    prefs = await session.get(Preferences, user_id)
    return prefs is not None and prefs.leaderboard_opt_out


async def is_member(session: AsyncSession, user_id: int, cohort_id: int) -> bool:
    member = await session.get(CohortMember, user_id)
    return member is not None and member.cohort_id == cohort_id
