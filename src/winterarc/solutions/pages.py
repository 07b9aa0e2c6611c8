"""The solutions page of a solved problem: the package's solutions, the learners' write-ups,
and the forms to share, upvote and hide (plain forms: they work without JavaScript)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.dependencies import CurrentUser
from winterarc.auth.models import User
from winterarc.db.session import SessionDep
from winterarc.kit.errors import AppError
from winterarc.kit.types import RowIdPath, SlugPath
from winterarc.problems import service as problems_service
from winterarc.problems.packages import PackageCache, PackageCacheDep
from winterarc.solutions import service
from winterarc.solutions.schemas import WRITEUP_MAX_CHARS
from winterarc.web.templates import render

router = APIRouter()
PostId = RowIdPath


async def _page(
    request: Request,
    session: AsyncSession,
    user: User,
    slug: str,
    packages: PackageCache,
    *,
    error: AppError | None = None,
    writeup: str | None = None,
) -> Response:
    shown = await service.solutions(session, user, slug, packages)
    problem = await problems_service.get_model(session, slug)
    mine = next((post for post in shown.shared if post.mine), None)
    return render(
        request,
        "problems/solutions.html",
        user=user,
        section="problems",
        status_code=error.status if error else 200,
        problem=problem,
        solutions=shown.solutions,
        shared=shown.shared,
        mine=mine,
        moderator=service.can_moderate(user),
        error=error,
        writeup=writeup if writeup is not None else (mine.writeup if mine else ""),
        writeup_max=WRITEUP_MAX_CHARS,
    )


@router.get("/problems/{slug}/solutions")
async def solutions_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    user: CurrentUser,
    packages: PackageCacheDep,
) -> Response:
    """The package's accepted solutions and the shared write-ups (403 page before AC)."""
    return await _page(request, session, user, slug, packages)


@router.post("/problems/{slug}/solutions")
async def share_from_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    user: CurrentUser,
    packages: PackageCacheDep,
    writeup: Annotated[str, Form(max_length=WRITEUP_MAX_CHARS * 2)] = "",
) -> Response:
    """Share (or update) your accepted solution; the form again with the reason if refused."""
    try:
        post = await service.share(session, user, slug, writeup)
    except AppError as error:
        if error.status == 403:
            raise
        return await _page(request, session, user, slug, packages, error=error, writeup=writeup)
    return RedirectResponse(f"/problems/{slug}/solutions#post-{post.id}", status_code=303)


@router.post("/problems/{slug}/solutions/{post_id}/vote")
async def vote_from_page(
    slug: SlugPath, post_id: PostId, session: SessionDep, user: CurrentUser
) -> Response:
    """Toggle your upvote, then back to the post."""
    await service.toggle_vote(session, user, post_id)
    return RedirectResponse(f"/problems/{slug}/solutions#post-{post_id}", status_code=303)


@router.post("/problems/{slug}/solutions/{post_id}/hide")
async def hide_from_page(
    slug: SlugPath,
    post_id: PostId,
    session: SessionDep,
    user: CurrentUser,
    hidden: Annotated[bool, Form()] = True,
) -> Response:
    """Hide a post (or show it again), then back to the page."""
    await service.set_hidden(session, user, post_id, hidden)
    return RedirectResponse(f"/problems/{slug}/solutions#post-{post_id}", status_code=303)
