"""Statistics: recomputed from submissions by the workers' scheduled jobs, read by the API."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.problems import service as problems_service
from winterarc.problems.schemas import ProblemSort
from winterarc.stats import repository
from winterarc.stats.schemas import LearnerStatsOut, ProblemStatsOut


async def recompute_problem_stats(session: AsyncSession, now: datetime) -> int:
    """Acceptance rate, solvers and attempters of every problem; the problems counted."""
    return await repository.recompute_problem_stats(session, now)


async def recompute_learner_stats(session: AsyncSession, now: datetime) -> int:
    """Submissions, accepted, solved and attempted problems of every learner; those counted."""
    return await repository.recompute_learner_stats(session, now)


async def problem_stats(session: AsyncSession, slug: str) -> ProblemStatsOut:
    """A problem's statistics as of the last recomputation (zeros before the first)."""
    problem = await problems_service.get_model(session, slug)
    stats = await repository.problem_stats(session, problem.id)
    if stats is None:
        return ProblemStatsOut(
            problem=slug,
            submissions=0,
            accepted=0,
            solvers=0,
            attempters=0,
            acceptance_rate=0.0,
            computed_at=None,
        )
    return ProblemStatsOut(
        problem=slug,
        submissions=stats.submissions,
        accepted=stats.accepted,
        solvers=stats.solvers,
        attempters=stats.attempters,
        acceptance_rate=stats.acceptance_rate,
        computed_at=stats.computed_at,
    )


async def learner_stats(session: AsyncSession, user: User) -> LearnerStatsOut:
    """The learner's statistics as of the last recomputation (zeros before the first)."""
    stats = await repository.learner_stats(session, user.id)
    if stats is None:
        return LearnerStatsOut(submissions=0, accepted=0, solved=0, attempted=0, computed_at=None)
    return LearnerStatsOut(
        submissions=stats.submissions,
        accepted=stats.accepted,
        solved=stats.solved,
        attempted=stats.attempted,
        computed_at=stats.computed_at,
    )


async def summaries(
    session: AsyncSession, problem_ids: Sequence[int]
) -> dict[int, tuple[int, float]]:
    """(solvers, acceptance rate) of the problems with statistics, by problem id."""
    rows = await repository.problem_stats_for(session, problem_ids)
    return {pid: (row.solvers, row.acceptance_rate) for pid, row in rows.items()}


def sort_key(sort: ProblemSort) -> ColumnElement[Any] | None:
    """The catalogue's sort key for a sort on statistics; None for other sorts."""
    if sort in (ProblemSort.ACCEPTANCE, ProblemSort.ACCEPTANCE_DESC):
        return repository.acceptance_key(descending=sort is ProblemSort.ACCEPTANCE_DESC)
    if sort in (ProblemSort.SOLVERS, ProblemSort.SOLVERS_DESC):
        return repository.solvers_key(descending=sort is ProblemSort.SOLVERS_DESC)
    return None
