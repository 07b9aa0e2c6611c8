"""/api/v1/hacks: hack an accepted submission, share yours, and the authors' follow-up."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query
from fastapi.responses import JSONResponse

from winterarc.auth.dependencies import AuthorUser, CurrentUser
from winterarc.db.session import SessionDep
from winterarc.hacks import service
from winterarc.hacks.schemas import (
    AddedTest,
    HackCreate,
    HackOut,
    HackTarget,
    RejudgeIn,
    RejudgeOut,
    ShareIn,
    ShareOut,
)
from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.openapi import problems
from winterarc.kit.types import RowIdPath, Slug
from winterarc.outbox.relay import RelayDep
from winterarc.problems.packages import PackageCacheDep

router = APIRouter(tags=["hacks"])


@router.post(
    "/hacks", status_code=201, response_model=HackOut, responses=problems(403, 404, 409, 503)
)
async def create_hack(
    data: HackCreate,
    session: SessionDep,
    packages: PackageCacheDep,
    settings: SettingsDep,
    user: CurrentUser,
) -> JSONResponse:
    """Hack an accepted submission (yours, or one its owner shared) of a problem you solved:
    the input is validated by the problem's validator, the reference gives the expected answer
    and the target is judged on it in the sandbox. `status` says whether the target failed."""
    hack = await service.create(session, packages, settings, user, data.target, data.input)
    return JSONResponse(
        hack.model_dump(mode="json"),
        status_code=201,
        headers={"Location": f"/api/v1/hacks/{hack.id}"},
    )


@router.get("/hacks", response_model=list[HackOut], responses=problems(404))
async def list_hacks(
    session: SessionDep,
    user: CurrentUser,
    problem: Annotated[Slug | None, Query(description="a problem's slug")] = None,
) -> list[HackOut]:
    """Your hacks, newest first; an author also sees every hack on their problems, an admin all."""
    return await service.listed(session, user, problem)


@router.get("/hacks/targets", response_model=list[HackTarget], responses=problems(403, 404))
async def hack_targets(
    session: SessionDep,
    user: CurrentUser,
    problem: Annotated[Slug, Query(description="a problem's slug")],
) -> list[HackTarget]:
    """The accepted submissions you may hack on a problem: yours and shared ones (none until
    you solved it)."""
    return await service.targets(session, user, problem)


@router.get("/hacks/{hack_id}", response_model=HackOut)
async def get_hack(hack_id: RowIdPath, session: SessionDep, user: CurrentUser) -> HackOut:
    """One hack, for its hacker and the problem's author (404 for anyone else)."""
    return await service.detail(session, user, hack_id)


@router.post("/hacks/{hack_id}/add-test", response_model=AddedTest, responses=problems(403, 409))
async def add_hack_as_test(
    hack_id: RowIdPath, session: SessionDep, packages: PackageCacheDep, user: AuthorUser
) -> AddedTest:
    """Author: make a successful hack a test of the package (a new package version), or for a
    content-synced package get the test files to commit."""
    return await service.add_test(session, packages, user, hack_id)


@router.post("/hacks/rejudge", response_model=RejudgeOut, responses=problems(403, 404))
async def rejudge(
    data: RejudgeIn,
    session: SessionDep,
    user: AuthorUser,
    relay: RelayDep,
    background: BackgroundTasks,
) -> RejudgeOut:
    """Author: judge every accepted submission of a problem again, against its current package."""
    queued = await service.rejudge(session, user, data.problem)
    # After the commit: the judge messages are in the outbox.
    background.add_task(relay.wake_after_response)
    return queued


@router.put("/submissions/{submission_id}/shared", response_model=ShareOut)
async def share_submission(
    submission_id: uuid.UUID, data: ShareIn, session: SessionDep, user: CurrentUser
) -> ShareOut:
    """Let other solvers of the problem hack your accepted submission (or stop it)."""
    return await service.share(session, user, submission_id, data.shared)
