"""All daily-loop queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.daily.history import Attempt, Lapse
from winterarc.daily.models import (
    DEFAULT_TIME_ZONE,
    DailyDrill,
    DrillGiveUp,
    LearnerSettings,
    LearnerStreak,
)
from winterarc.daily.streaks import StreakRecord, alive_until
from winterarc.db.base import utcnow
from winterarc.db.dialects import upsert
from winterarc.problems.models import Problem
from winterarc.quizzes.models import Quiz, QuizAttempt
from winterarc.submissions.models import Submission, SubmissionStatus


async def settings_of(session: AsyncSession, user_ids: Sequence[int]) -> dict[int, LearnerSettings]:
    rows = await session.scalars(
        select(LearnerSettings).where(LearnerSettings.user_id.in_(user_ids))
    )
    return {row.user_id: row for row in rows}


async def save_settings(
    session: AsyncSession, user_id: int, *, time_zone: str | None, drill_size: int | None
) -> LearnerSettings:
    row = await session.get(LearnerSettings, user_id)
    if row is None:
        row = LearnerSettings(user_id=user_id, time_zone="UTC", drill_size=4)
        session.add(row)
    if time_zone is not None:
        row.time_zone = time_zone
    if drill_size is not None:
        row.drill_size = drill_size
    await session.flush()
    return row


async def get_drill(session: AsyncSession, user_id: int, day: date) -> DailyDrill | None:
    return await session.get(DailyDrill, (user_id, day))


async def add_drill(
    session: AsyncSession, user_id: int, day: date, items: list[dict[str, Any]], at: datetime
) -> tuple[DailyDrill, bool]:
    """Store the day's drill; (the stored one, False) when another request stored it first."""
    try:
        async with session.begin_nested():
            drill = DailyDrill(user_id=user_id, day=day, items=items, created_at=at)
            session.add(drill)
    except IntegrityError:
        found = await session.get(DailyDrill, (user_id, day), populate_existing=True)
        assert found is not None
        return found, False
    return drill, True


async def drills(
    session: AsyncSession, user_ids: Sequence[int], since: date | None = None
) -> list[DailyDrill]:
    query = select(DailyDrill).where(DailyDrill.user_id.in_(user_ids))
    if since is not None:
        query = query.where(DailyDrill.day >= since)
    return list(await session.scalars(query.order_by(DailyDrill.user_id, DailyDrill.day)))


async def lock_streaks(session: AsyncSession, user_ids: Sequence[int]) -> None:
    """Take the learners' row locks, in id order (two callers never wait on each other in a
    cycle), (PostgreSQL: FOR NO KEY UPDATE, which foreign-key checks do
    not wait on; SQLite has one writer anyway) until the transaction ends, so two transactions
    recomputing the same learner's streak run one after the other and the second, reading
    after the first committed, sees both writes: without it a drill built while a verdict is
    stored could each miss the other's row and store a streak without that day."""
    query = select(User.id).where(User.id.in_(user_ids)).order_by(User.id)
    await session.execute(query.with_for_update(key_share=True))


async def save_streak(
    session: AsyncSession, user_id: int, record: StreakRecord, zone: ZoneInfo
) -> None:
    row = {
        "user_id": user_id,
        "current": record.current,
        "longest": record.longest,
        "last_day": record.last_day,
        "alive_until": alive_until(record.last_day, zone),
        "updated_at": utcnow(),  # bookkeeping only: no day is computed from it
    }
    await upsert(session, LearnerStreak, row, ["user_id"])


async def stored_streaks(
    session: AsyncSession, user_ids: Sequence[int]
) -> dict[int, tuple[StreakRecord, str]]:
    """The stored streaks of these learners, each with their time zone (one query)."""
    if not user_ids:
        return {}
    rows = await session.execute(
        select(
            LearnerStreak.user_id,
            LearnerStreak.current,
            LearnerStreak.longest,
            LearnerStreak.last_day,
            func.coalesce(LearnerSettings.time_zone, DEFAULT_TIME_ZONE),
        )
        .outerjoin(LearnerSettings, LearnerSettings.user_id == LearnerStreak.user_id)
        .where(LearnerStreak.user_id.in_(user_ids))
    )
    return {uid: (StreakRecord(cur, best, last), zone) for uid, cur, best, last, zone in rows}


async def attempts(
    session: AsyncSession,
    user_ids: Sequence[int],
    *,
    since: datetime | None = None,
    accepted_only: bool = False,
) -> dict[int, list[Attempt]]:
    """Judged submissions by learner, dated by their verdict."""
    query = select(
        Submission.user_id,
        Submission.problem_id,
        Submission.verdict,
        Submission.judged_at,
        Submission.created_at,
    ).where(Submission.user_id.in_(user_ids), Submission.status == SubmissionStatus.DONE)
    if since is not None:
        query = query.where(Submission.created_at >= since)
    if accepted_only:
        query = query.where(Submission.verdict == "AC")
    found: dict[int, list[Attempt]] = defaultdict(list)
    for user_id, problem_id, verdict, judged_at, created_at in await session.execute(query):
        found[user_id].append(Attempt(problem_id, str(verdict), judged_at or created_at))
    return found


async def quiz_passes(
    session: AsyncSession, user_ids: Sequence[int], pass_mark: float, since: datetime | None = None
) -> dict[int, list[tuple[str, datetime]]]:
    query = select(QuizAttempt.user_id, QuizAttempt.quiz_id, QuizAttempt.created_at).where(
        QuizAttempt.user_id.in_(user_ids),
        1.0 * QuizAttempt.correct >= pass_mark * QuizAttempt.total,
    )
    if since is not None:
        query = query.where(QuizAttempt.created_at >= since)
    found: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    for user_id, quiz_id, moment in await session.execute(query):
        found[user_id].append((quiz_id, moment))
    return found


async def lapses(session: AsyncSession, user_id: int) -> list[Lapse]:
    rows = await session.execute(
        select(DrillGiveUp.problem_id, DrillGiveUp.created_at).where(DrillGiveUp.user_id == user_id)
    )
    return [Lapse(problem_id, at) for problem_id, at in rows]


async def add_lapse(session: AsyncSession, user_id: int, problem_id: int, at: datetime) -> None:
    session.add(DrillGiveUp(user_id=user_id, problem_id=problem_id, created_at=at))
    await session.flush()


async def problem_id_of(session: AsyncSession, slug: str) -> int | None:
    found: int | None = await session.scalar(select(Problem.id).where(Problem.slug == slug))
    return found


async def ids_by_slug(session: AsyncSession, slugs: Sequence[str]) -> dict[str, int]:
    rows = await session.execute(select(Problem.slug, Problem.id).where(Problem.slug.in_(slugs)))
    return dict(rows.tuples().all())


async def quiz_titles(session: AsyncSession, quiz_ids: Sequence[str]) -> dict[str, str]:
    rows = await session.execute(select(Quiz.id, Quiz.title).where(Quiz.id.in_(quiz_ids)))
    return dict(rows.tuples().all())
