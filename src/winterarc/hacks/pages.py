"""The hacks pages: a problem's hack page (targets, the form, hacks; the author's actions),
one hack, and sharing a submission from its page."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.dependencies import CurrentUser
from winterarc.auth.models import User
from winterarc.db.session import SessionDep
from winterarc.hacks import repository, service
from winterarc.hacks.schemas import AddedTest
from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.errors import AppError
from winterarc.kit.types import RowIdPath, SlugPath
from winterarc.outbox.relay import RelayDep
from winterarc.problems import service as problems_service
from winterarc.problems.packages import PackageCacheDep
from winterarc.web.templates import render

router = APIRouter()


async def _hacks_page(
    request: Request,
    session: AsyncSession,
    user: User,
    slug: str,
    *,
    error: AppError | None = None,
    notice: str = "",
    added: AddedTest | None = None,
    form_input: str = "",
) -> Response:
    problem = await problems_service.get_model(session, slug)
    solved = await repository.has_solved(session, user.id, problem.id)
    return render(
        request,
        "hacks/problem.html",
        user=user,
        section="problems",
        status_code=error.status if error else 200,
        problem=problem,
        solved=solved,
        targets=await service.targets(session, user, slug),
        hacks=await service.listed(session, user, slug),
        manages=service.can_manage(user, problem),
        error=error,
        notice=notice,
        added=added,
        form_input=form_input,
    )


@router.get("/problems/{slug}/hacks")
async def hacks_page(
    request: Request, slug: SlugPath, session: SessionDep, user: CurrentUser
) -> Response:
    """Hack accepted solutions of a solved problem; authors add hacks as tests and re-judge."""
    return await _hacks_page(request, session, user, slug)


@router.post("/problems/{slug}/hacks")
async def hack_from_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    packages: PackageCacheDep,
    settings: SettingsDep,
    user: CurrentUser,
    target: Annotated[uuid.UUID, Form()],
    input: Annotated[str, Form()] = "",
) -> Response:
    """Judge the hack; its page on success, the form again with the reason when refused."""
    try:
        hack = await service.create(session, packages, settings, user, target, input)
    except AppError as error:
        return await _hacks_page(request, session, user, slug, error=error, form_input=input)
    return RedirectResponse(f"/hacks/{hack.id}", status_code=303)


@router.get("/hacks/{hack_id}")
async def hack_page(
    request: Request, hack_id: RowIdPath, session: SessionDep, user: CurrentUser
) -> Response:
    """One hack: the input, the reference's answer, the target's verdict."""
    hack = await service.detail(session, user, hack_id)
    problem = await problems_service.get_model(session, hack.problem)
    return render(
        request,
        "hacks/detail.html",
        user=user,
        section="problems",
        hack=hack,
        problem=problem,
        manages=service.can_manage(user, problem),
    )


@router.post("/hacks/{hack_id}/add-test")
async def add_test_from_page(
    request: Request,
    hack_id: RowIdPath,
    session: SessionDep,
    packages: PackageCacheDep,
    user: CurrentUser,
) -> Response:
    """Author: the hack becomes a package test (or its files, for a package kept in git)."""
    _, problem, _ = await service.visible_hack(session, user, hack_id)
    try:
        added = await service.add_test(session, packages, user, hack_id)
    except AppError as error:
        return await _hacks_page(request, session, user, problem.slug, error=error)
    notice = (
        f"Added as the test {added.test}: the package has a new version."
        if added.stored
        else f"This package lives in git: commit the files below as the test {added.test}."
    )
    return await _hacks_page(request, session, user, problem.slug, notice=notice, added=added)


@router.post("/problems/{slug}/rejudge")
async def rejudge_from_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    user: CurrentUser,
    relay: RelayDep,
) -> Response:
    """Author: judge every accepted submission again against the current package."""
    try:
        out = await service.rejudge(session, user, slug)
    except AppError as error:
        return await _hacks_page(request, session, user, slug, error=error)
    await session.commit()  # the judge messages must be in the outbox before the relay wakes
    relay.wake()
    notice = f"{out.queued} accepted submission{'s' if out.queued != 1 else ''} queued for judging."
    return await _hacks_page(request, session, user, slug, notice=notice)


@router.post("/submissions/{submission_id}/share")
async def share_from_page(
    submission_id: uuid.UUID,
    session: SessionDep,
    user: CurrentUser,
    shared: Annotated[bool, Form()] = False,
) -> Response:
    """The owner shares an accepted submission for hacks (or stops sharing it)."""
    await service.share(session, user, submission_id, shared)
    return RedirectResponse(f"/submissions/{submission_id}", status_code=303)
