"""/api/v1/stats: statistics recomputed periodically by the workers (not live counts)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.kit.errors import NotFound
from winterarc.problems import repository as problems_repository
from winterarc.problems.schemas import Slug
from winterarc.stats import repository
from winterarc.stats.schemas import LearnerStatsOut, ProblemStatsOut

router = APIRouter(prefix="/stats", tags=["stats"])


@router.get("/problems/{slug}", response_model=ProblemStatsOut)
async def problem_stats(
    session: SessionDep, slug: Annotated[Slug, Path(description="the problem's slug")]
) -> ProblemStatsOut:
    """Acceptance rate, solver and attempter counts as of the last recomputation."""
    problem = await problems_repository.get_by_slug(session, slug)
    if problem is None:
        raise NotFound(f"No problem with slug {slug!r}.")
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


@router.get("/me", response_model=LearnerStatsOut)
async def my_stats(session: SessionDep, user: CurrentUser) -> LearnerStatsOut:
    """Your judged submissions, accepted ones, solved and attempted problems."""
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
