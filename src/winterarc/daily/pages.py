"""/daily: today's drill; the day settings form; a topic's mastery fragment."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from winterarc.auth.dependencies import CurrentUser, OptionalUser
from winterarc.daily import service
from winterarc.daily.clock import ClockDep
from winterarc.daily.models import DRILL_SIZE_MAX, DRILL_SIZE_MIN
from winterarc.daily.nudge import NudgeDep
from winterarc.db.session import SessionDep
from winterarc.kit.errors import InvalidInput
from winterarc.kit.types import SlugPath as TopicId
from winterarc.preferences import service as preferences
from winterarc.web.templates import render, render_fragment

router = APIRouter()


@router.get("/daily")
async def daily_page(
    request: Request, session: SessionDep, user: CurrentUser, clock: ClockDep, nudge: NudgeDep
) -> Response:
    """Today's drill with the reason for each item, and the streak."""
    drill = await service.today(session, user, clock)
    nudge.if_new(user.id, drill)
    activity = await service.activity(session, user, clock)
    return render(
        request,
        "daily/index.html",
        user=user,
        section="daily",
        drill=drill,
        activity=activity,
        hide_difficulty=await preferences.hides_difficulty(session, user.id),
    )


@router.post("/daily/give-up")
async def give_up(
    session: SessionDep,
    user: CurrentUser,
    clock: ClockDep,
    slug: Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")],
) -> Response:
    """Give up on a drill problem (a lapse: it comes back for review soon)."""
    await service.give_up(session, user, slug, clock)
    return RedirectResponse("/daily", status_code=303)


@router.post("/me/day-settings")
async def day_settings(
    session: SessionDep,
    user: CurrentUser,
    time_zone: Annotated[str, Form(min_length=1, max_length=64)],
    drill_size: Annotated[str, Form(max_length=4)],
) -> Response:
    """The /me form: time zone and drill size."""
    if not drill_size.isdigit() or not DRILL_SIZE_MIN <= int(drill_size) <= DRILL_SIZE_MAX:
        raise InvalidInput(f"drill_size: a whole number from {DRILL_SIZE_MIN} to {DRILL_SIZE_MAX}")
    await service.update_settings(session, user.id, time_zone=time_zone, drill_size=int(drill_size))
    return RedirectResponse("/me", status_code=303)


@router.get("/roadmap/{topic_id}/mastery")
async def topic_mastery(
    request: Request, topic_id: TopicId, session: SessionDep, user: OptionalUser, clock: ClockDep
) -> Response:
    """The learner's mastery of one topic, for the topic page to load (htmx)."""
    found = None
    if user is not None:
        found = (await service.mastery(session, user, clock)).topics.get(topic_id)
    return render_fragment(
        request,
        "daily/_mastery.html",
        mastery=found,
        user=user,
        hide_difficulty=await preferences.hides_difficulty(session, user.id if user else None),
    )
