"""/api/v1/stats: statistics recomputed periodically by the workers (not live counts)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.kit.types import Slug
from winterarc.stats import service
from winterarc.stats.schemas import LearnerStatsOut, ProblemStatsOut

router = APIRouter(prefix="/stats", tags=["stats"])


@router.get("/problems/{slug}", response_model=ProblemStatsOut)
async def problem_stats(
    session: SessionDep, slug: Annotated[Slug, Path(description="the problem's slug")]
) -> ProblemStatsOut:
    """Acceptance rate, solver and attempter counts as of the last recomputation."""
    return await service.problem_stats(session, slug)


@router.get("/me", response_model=LearnerStatsOut)
async def my_stats(session: SessionDep, user: CurrentUser) -> LearnerStatsOut:
    """Your submissions, accepted ones, solved and attempted problems."""
    return await service.learner_stats(session, user)
