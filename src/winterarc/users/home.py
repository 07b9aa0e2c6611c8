"""The home page: for a learner, their current week, what to do next and recent submissions."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from winterarc.auth.dependencies import OptionalUser
from winterarc.daily import service as daily_service
from winterarc.daily.clock import ClockDep
from winterarc.daily.nudge import NudgeDep
from winterarc.db.session import SessionDep
from winterarc.preferences import service as preferences
from winterarc.roadmap import service as roadmap_service
from winterarc.roadmap.schemas import RoadmapOut, WeekOut
from winterarc.submissions import service as submissions_service
from winterarc.web.templates import render

router = APIRouter()


def _current_week(roadmap: RoadmapOut) -> WeekOut | None:
    weeks = [week for s in roadmap.sessions for week in s.weeks]
    chosen = next((w for w in weeks if w.id == roadmap.current_week), None)
    return chosen or (weeks[-1] if weeks else None)


@router.get("/")
async def home(
    request: Request, session: SessionDep, user: OptionalUser, clock: ClockDep, nudge: NudgeDep
) -> Response:
    """Dashboard when logged in, a welcome otherwise. "Next up" is today's drill's first open
    item: one logic for both."""
    today = await roadmap_service.learner_day(session, user, clock())
    roadmap = await roadmap_service.roadmap(session, user, today=today)
    week = _current_week(roadmap)
    drill = None
    recent = []
    if user is not None:
        drill = await daily_service.today(session, user, clock)
        nudge.if_new(user.id, drill)
        recent = await submissions_service.recent(session, user, limit=5)
    return render(
        request,
        "home.html",
        user=user,
        section="home",
        roadmap=roadmap,
        week=week,
        drill=drill,
        next_item=drill.next_item if drill else None,
        recent=recent,
        hide_difficulty=await preferences.hides_difficulty(session, user.id if user else None),
    )
