"""/api/v1: a solved problem's solutions, and sharing, upvoting and hiding write-ups."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, status

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.kit.openapi import problems
from winterarc.kit.types import ROW_ID_MAX, Slug
from winterarc.problems.packages import PackageCacheDep
from winterarc.solutions import service
from winterarc.solutions.schemas import (
    HiddenIn,
    SharedSolutionOut,
    ShareIn,
    SolutionsOut,
    VoteOut,
)

router = APIRouter(tags=["solutions"])
SlugPath = Annotated[Slug, Path(description="the problem's slug")]
PostId = Annotated[int, Path(ge=1, le=ROW_ID_MAX, description="a shared solution's id")]
LOCKED: dict[int | str, dict[str, Any]] = {
    403: {"description": "`solutions-locked`: you have not solved the problem yet"}
}


@router.get("/problems/{slug}/solutions", response_model=SolutionsOut, responses=LOCKED)
async def get_solutions(
    slug: SlugPath, session: SessionDep, user: CurrentUser, packages: PackageCacheDep
) -> SolutionsOut:
    """After AC: the package's accepted solutions with their complexity, and the write-ups
    other solvers shared, most upvoted first."""
    return await service.solutions(session, user, slug, packages)


@router.post(
    "/problems/{slug}/solutions",
    status_code=status.HTTP_201_CREATED,
    response_model=SharedSolutionOut,
    responses=LOCKED,
)
async def share_solution(
    slug: SlugPath, body: ShareIn, session: SessionDep, user: CurrentUser
) -> SharedSolutionOut:
    """Share one of your accepted submissions (the latest by default) with a Markdown
    write-up; sharing again replaces your post."""
    return await service.share(session, user, slug, body.writeup, body.submission_id)


@router.post("/solutions/{post_id}/vote", response_model=VoteOut, responses=problems(403))
async def toggle_vote(post_id: PostId, session: SessionDep, user: CurrentUser) -> VoteOut:
    """Upvote a shared solution, or take your vote back (one per learner)."""
    return await service.toggle_vote(session, user, post_id)


@router.put(
    "/solutions/{post_id}/hidden", status_code=status.HTTP_204_NO_CONTENT, responses=problems(403)
)
async def set_hidden(
    post_id: PostId, body: HiddenIn, session: SessionDep, user: CurrentUser
) -> None:
    """Hide a shared solution or show it again: its author, problem authors and admins
    (audit-logged)."""
    await service.set_hidden(session, user, post_id, body.hidden)
