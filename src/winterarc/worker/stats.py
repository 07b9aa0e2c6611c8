"""The statistics jobs the scheduler runs."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.db.base import utcnow
from winterarc.stats import service


async def recompute_problem_stats(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Acceptance rate, solvers and attempters of every problem."""
    async with sessionmaker.begin() as session:
        await service.recompute_problem_stats(session, utcnow())


async def recompute_learner_stats(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
    """Submissions, accepted, solved and attempted problems of every learner."""
    async with sessionmaker.begin() as session:
        await service.recompute_learner_stats(session, utcnow())


JOBS = {
    "problem-stats": recompute_problem_stats,
    "learner-stats": recompute_learner_stats,
}
