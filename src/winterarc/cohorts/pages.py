"""/cohorts pages: join a cohort (learners), create and run cohorts (organisers), the dashboard."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from winterarc.auth.dependencies import CurrentUser
from winterarc.auth.models import User
from winterarc.cohorts import service
from winterarc.cohorts.schemas import CohortIn
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.kit.errors import Conflict, NotFound
from winterarc.kit.types import RowIdPath
from winterarc.web.templates import render

router = APIRouter()


async def _index(
    request: Request,
    session: SessionDep,
    user: User,
    today: date,
    *,
    error: str | None = None,
    status_code: int = 200,
    form: dict[str, str] | None = None,
) -> Response:
    organiser = user.role in service.ORGANISERS
    return render(
        request,
        "cohorts/index.html",
        user=user,
        section="cohorts",
        status_code=status_code,
        mine=await service.mine(session, user, today),
        cohorts=await service.list_run_by(session, user, today) if organiser else [],
        organiser=organiser,
        error=error,
        form=form or {},
        today=today,
    )


@router.get("/cohorts")
async def cohorts_page(
    request: Request, session: SessionDep, user: CurrentUser, now: NowDep
) -> Response:
    """Your cohort and a join form; for organisers, the cohorts they run and a create form."""
    return await _index(request, session, user, now.date())


@router.post("/cohorts/join")
async def join(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    now: NowDep,
    code: Annotated[str, Form(max_length=64)],
) -> Response:
    """Join with a code, then see the roadmap from the cohort's current week."""
    try:
        await service.join(session, user, code, now.date())
    except (NotFound, Conflict) as refused:
        return await _index(
            request, session, user, now.date(), error=refused.detail, status_code=refused.status
        )
    return RedirectResponse("/cohorts", status_code=303)


@router.post("/cohorts/leave")
async def leave(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    await service.leave(session, user)
    return RedirectResponse("/cohorts", status_code=303)


def _schedule(text: str) -> list[dict[str, str]]:
    """'WEEK-ID YYYY-MM-DD' per line; blank lines ignored."""
    entries = []
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 2:
            raise ValueError(f"schedule: {line.strip()!r} is not 'week-id YYYY-MM-DD'")
        entries.append({"week_id": parts[0], "starts_on": parts[1]})
    return entries


@router.post("/cohorts")
async def create(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    now: NowDep,
    name: Annotated[str, Form(max_length=80)],
    starts_on: Annotated[str, Form(max_length=10)],
    schedule: Annotated[str, Form(max_length=10_000)] = "",
) -> Response:
    """Create a cohort from the form, then open its dashboard."""
    form = {"name": name, "starts_on": starts_on, "schedule": schedule}
    try:
        data = CohortIn.model_validate(
            {"name": name, "starts_on": starts_on, "schedule": _schedule(schedule)}
        )
    except (ValidationError, ValueError) as invalid:
        message = (
            "; ".join(str(e["msg"]) for e in invalid.errors())
            if isinstance(invalid, ValidationError)
            else str(invalid)
        )
        return await _index(
            request, session, user, now.date(), error=message, status_code=422, form=form
        )
    created = await service.create(session, user, data, now.date())
    return RedirectResponse(f"/cohorts/{created.id}", status_code=303)


@router.get("/cohorts/{cohort_id}")
async def dashboard_page(
    request: Request, cohort_id: RowIdPath, session: SessionDep, user: CurrentUser, now: NowDep
) -> Response:
    """The cohort dashboard: progress by week, activity, streak, who is behind."""
    dashboard = await service.dashboard(session, user, cohort_id, now)
    return render(
        request,
        "cohorts/dashboard.html",
        user=user,
        section="cohorts",
        dashboard=dashboard,
    )


@router.post("/cohorts/{cohort_id}/join-code")
async def rotate(
    request: Request, cohort_id: RowIdPath, session: SessionDep, user: CurrentUser, now: NowDep
) -> Response:
    await service.rotate_code(session, user, cohort_id, now.date())
    return RedirectResponse(f"/cohorts/{cohort_id}", status_code=303)
