"""Recomputing the statistics tables from submissions (judged ones only)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, delete, distinct, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.stats.models import LearnerStats, ProblemStats
from winterarc.submissions.models import Submission

_ACCEPTED = case((Submission.verdict == "AC", 1), else_=0)


async def recompute_problem_stats(session: AsyncSession, now: datetime) -> int:
    """Replace every problem's row; the number of problems with judged submissions."""
    rows = (
        await session.execute(
            select(
                Submission.problem_id,
                func.count(),
                func.sum(_ACCEPTED),
                func.count(distinct(case((Submission.verdict == "AC", Submission.user_id)))),
                func.count(distinct(Submission.user_id)),
            )
            .where(Submission.status == "done")
            .group_by(Submission.problem_id)
        )
    ).all()
    await session.execute(delete(ProblemStats))
    session.add_all(
        ProblemStats(
            problem_id=problem_id,
            submissions=total,
            accepted=int(accepted or 0),
            solvers=solvers,
            attempters=attempters,
            acceptance_rate=int(accepted or 0) / total,
            computed_at=now,
        )
        for problem_id, total, accepted, solvers, attempters in rows
    )
    await session.flush()
    return len(rows)


async def recompute_learner_stats(session: AsyncSession, now: datetime) -> int:
    """Replace every learner's row; the number of learners with judged submissions."""
    rows = (
        await session.execute(
            select(
                Submission.user_id,
                func.count(),
                func.sum(_ACCEPTED),
                func.count(distinct(case((Submission.verdict == "AC", Submission.problem_id)))),
                func.count(distinct(Submission.problem_id)),
            )
            .where(Submission.status == "done")
            .group_by(Submission.user_id)
        )
    ).all()
    await session.execute(delete(LearnerStats))
    session.add_all(
        LearnerStats(
            user_id=user_id,
            submissions=total,
            accepted=int(accepted or 0),
            solved=solved,
            attempted=attempted,
            computed_at=now,
        )
        for user_id, total, accepted, solved, attempted in rows
    )
    await session.flush()
    return len(rows)


async def problem_stats(session: AsyncSession, problem_id: int) -> ProblemStats | None:
    return await session.get(ProblemStats, problem_id)


async def learner_stats(session: AsyncSession, user_id: int) -> LearnerStats | None:
    return await session.get(LearnerStats, user_id)
