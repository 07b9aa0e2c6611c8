"""/me: the learner's own profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from winterarc.auth.dependencies import CurrentUser
from winterarc.daily import service as daily_service
from winterarc.daily.clock import ClockDep
from winterarc.db.session import SessionDep
from winterarc.preferences import service as preferences
from winterarc.preferences.schemas import PreferencesUpdate
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
    found = await profile(session, user, clock())
    mastery = await daily_service.mastery(session, user, clock)
    # Per roadmap topic in roadmap order, as on the topic pages: only topics practised.
    topic_mastery = [
        (row, mastery.topics[row.key]) for row in found.by_topic if row.key in mastery.topics
    ]
    return render(
        request,
        "users/me.html",
        user=user,
        section="me",
        profile=found,
        recent=recent,
        preferences=await preferences.of(session, user.id),
        activity=activity,
        heatmap=daily_service.heatmap(activity),
        mastery=mastery,
        topic_mastery=topic_mastery,
        day_settings=await daily_service.settings(session, user.id),
    )


@router.post("/me/preferences")
async def save_preferences(
    session: SessionDep,
    user: CurrentUser,
    hide_difficulty: Annotated[bool, Form()] = False,
    leaderboard_opt_out: Annotated[bool, Form()] = False,
) -> Response:
    """The preferences form: an unticked box is a False."""
    await preferences.update(
        session,
        user.id,
        PreferencesUpdate(hide_difficulty=hide_difficulty, leaderboard_opt_out=leaderboard_opt_out),
    )
    return RedirectResponse("/me#preferences", status_code=303)
