"""/me: the learner's own profile."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.submissions import service as submissions_service
from winterarc.users.profile import profile
from winterarc.web.templates import render

router = APIRouter()


@router.get("/me")
async def me_page(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    """Totals, solved by topic and by pattern, and recent submissions."""
    recent = await submissions_service.recent(session, user, limit=10)
    return render(
        request,
        "users/me.html",
        user=user,
        section="me",
        profile=await profile(session, user),
        recent=recent,
    )
