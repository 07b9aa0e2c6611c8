"""/api/v1/cohorts: organisers run cohorts, learners join them with a code."""

from __future__ import annotations

from fastapi import APIRouter, Response

from winterarc.auth.dependencies import CurrentUser
from winterarc.cohorts import service
from winterarc.cohorts.schemas import CohortIn, CohortOut, DashboardOut, JoinIn, MyCohortOut
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.kit.errors import NotFound
from winterarc.kit.openapi import problems
from winterarc.kit.types import RowIdPath

router = APIRouter(prefix="/cohorts", tags=["cohorts"])


@router.post("", response_model=CohortOut, status_code=201, responses=problems(403))
async def create_cohort(
    body: CohortIn, session: SessionDep, user: CurrentUser, now: NowDep
) -> CohortOut:
    """Create a cohort (organisers and admins); the answer holds its join code."""
    return await service.create(session, user, body, now.date())


@router.get("", response_model=list[CohortOut], responses=problems(403))
async def list_cohorts(session: SessionDep, user: CurrentUser, now: NowDep) -> list[CohortOut]:
    """The cohorts you run (every cohort for an admin)."""
    return await service.list_run_by(session, user, now.date())


@router.post("/join", response_model=MyCohortOut, responses=problems(404, 409))
async def join_cohort(
    body: JoinIn, session: SessionDep, user: CurrentUser, now: NowDep
) -> MyCohortOut:
    """Join a cohort with its code; its schedule then sets your current roadmap week."""
    return await service.join(session, user, body.code, now.date())


@router.get("/mine", response_model=MyCohortOut, responses=problems(404))
async def my_cohort(session: SessionDep, user: CurrentUser, now: NowDep) -> MyCohortOut:
    """The cohort you are in (404 when none)."""
    found = await service.mine(session, user, now.date())
    if found is None:
        raise NotFound("You are not in a cohort.")
    return found


@router.delete("/mine", status_code=204, responses=problems(404))
async def leave_cohort(session: SessionDep, user: CurrentUser) -> Response:
    """Leave your cohort; your current week goes back to following your progress."""
    await service.leave(session, user)
    return Response(status_code=204)


@router.get("/{cohort_id}", response_model=CohortOut, responses=problems(403))
async def get_cohort(
    cohort_id: RowIdPath, session: SessionDep, user: CurrentUser, now: NowDep
) -> CohortOut:
    """One cohort you run, with its schedule and join code."""
    return await service.get(session, user, cohort_id, now.date())


@router.post("/{cohort_id}/join-code", response_model=CohortOut, responses=problems(403))
async def rotate_join_code(
    cohort_id: RowIdPath, session: SessionDep, user: CurrentUser, now: NowDep
) -> CohortOut:
    """Replace the join code; the old one stops working."""
    return await service.rotate_code(session, user, cohort_id, now.date())


@router.get("/{cohort_id}/dashboard", response_model=DashboardOut, responses=problems(403))
async def cohort_dashboard(
    cohort_id: RowIdPath, session: SessionDep, user: CurrentUser, now: NowDep
) -> DashboardOut:
    """Each member's progress by week, last activity, streak and who is falling behind."""
    return await service.dashboard(session, user, cohort_id, now)
