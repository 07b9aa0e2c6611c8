"""Recomputing the statistics tables from submissions, counted as `submissions.progress`
defines them, and reading them back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.problems.models import Problem
from winterarc.stats.models import LearnerStats, ProblemStats
from winterarc.submissions.models import Submission
from winterarc.submissions.progress import (
    accepted_count,
    attempted_count,
    solved_count,
    submission_count,
)


async def recompute_problem_stats(session: AsyncSession, now: datetime) -> int:
    """Replace every problem's row; the number of problems with submissions."""
    rows = (
        await session.execute(
            select(
                Submission.problem_id,
                submission_count(),
                accepted_count(),
                solved_count(Submission.user_id),
                attempted_count(Submission.user_id),
            ).group_by(Submission.problem_id)
        )
    ).all()
    await session.execute(delete(ProblemStats))
    session.add_all(
        ProblemStats(
            problem_id=problem_id,
            submissions=total,
            accepted=accepted,
            solvers=solvers,
            attempters=attempters,
            acceptance_rate=accepted / total,
            computed_at=now,
        )
        for problem_id, total, accepted, solvers, attempters in rows
    )
    await session.flush()
    return len(rows)


async def recompute_learner_stats(session: AsyncSession, now: datetime) -> int:
    """Replace every learner's row; the number of learners with submissions."""
    rows = (
        await session.execute(
            select(
                Submission.user_id,
                submission_count(),
                accepted_count(),
                solved_count(Submission.problem_id),
                attempted_count(Submission.problem_id),
            ).group_by(Submission.user_id)
        )
    ).all()
    await session.execute(delete(LearnerStats))
    session.add_all(
        LearnerStats(
            user_id=user_id,
            submissions=total,
            accepted=accepted,
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


async def problem_stats_for(
    session: AsyncSession, problem_ids: Sequence[int]
) -> dict[int, ProblemStats]:
    """The statistics rows of several problems in one query (missing: no submissions yet)."""
    if not problem_ids:
        return {}
    rows = await session.scalars(
        select(ProblemStats).where(ProblemStats.problem_id.in_(problem_ids))
    )
    return {row.problem_id: row for row in rows}


def _of_problem(column: Any) -> ColumnElement[Any]:
    return (
        select(column)
        .where(ProblemStats.problem_id == Problem.id)
        .correlate(Problem)
        .scalar_subquery()
    )


def acceptance_key(descending: bool) -> ColumnElement[Any]:
    """Sort key on acceptance rate; problems nobody has submitted to come last either way."""
    if descending:
        return func.coalesce(_of_problem(ProblemStats.acceptance_rate), -1.0).desc()
    return func.coalesce(_of_problem(ProblemStats.acceptance_rate), 2.0)


def solvers_key(descending: bool) -> ColumnElement[Any]:
    key = func.coalesce(_of_problem(ProblemStats.solvers), 0)
    return key.desc() if descending else key
