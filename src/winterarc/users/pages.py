"""/me: the learner's own profile."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from winterarc.auth.dependencies import CurrentUser
from winterarc.daily import service as daily_service
from winterarc.daily.clock import ClockDep
from winterarc.db.session import SessionDep
from winterarc.submissions import service as submissions_service
from winterarc.users.profile import profile
from winterarc.web.templates import render

router = APIRouter()


@router.get("/me")
async def me_page(
    request: Request, session: SessionDep, user: CurrentUser, clock: ClockDep
) -> Response:
    """Totals, streaks and the activity heatmap, mastery, solved by topic and by pattern, recent
    submissions and the day settings."""
    recent = await submissions_service.recent(session, user, limit=10)
    activity = await daily_service.activity(session, user, clock)
    return render(
        request,
        "users/me.html",
        user=user,
        section="me",
        profile=await profile(session, user),
        recent=recent,
        activity=activity,
        heatmap=daily_service.heatmap(activity),
        mastery=await daily_service.mastery(session, user, clock),
        day_settings=await daily_service.settings(session, user.id),
    )
