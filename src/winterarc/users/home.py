"""The home page: for a learner, their current week, what to do next and recent submissions."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from winterarc.auth.dependencies import OptionalUser
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.preferences import service as preferences
from winterarc.roadmap import service as roadmap_service
from winterarc.roadmap.schemas import RoadmapOut, TopicProblem, TopicSummary, WeekOut
from winterarc.submissions import service as submissions_service
from winterarc.web.templates import render

router = APIRouter()


def _current_week(roadmap: RoadmapOut) -> WeekOut | None:
    weeks = [week for s in roadmap.sessions for week in s.weeks]
    chosen = next((w for w in weeks if w.id == roadmap.current_week), None)
    return chosen or (weeks[-1] if weeks else None)


@router.get("/")
async def home(request: Request, session: SessionDep, user: OptionalUser, now: NowDep) -> Response:
    """Dashboard when logged in, a welcome otherwise."""
    roadmap = await roadmap_service.roadmap(session, user, today=now.date())
    week = _current_week(roadmap)
    next_topic: TopicSummary | None = None
    next_problem: TopicProblem | None = None
    recent = []
    if user is not None and week is not None:
        next_topic = next((t for t in week.topics if (t.completion or 0.0) < 1.0), None)
        if next_topic is not None:
            detail = await roadmap_service.topic(session, next_topic.id, user)
            next_problem = next((p for p in detail.problems if p.status != "solved"), None)
        recent = await submissions_service.recent(session, user, limit=5)
    return render(
        request,
        "home.html",
        user=user,
        section="home",
        roadmap=roadmap,
        week=week,
        next_topic=next_topic,
        next_problem=next_problem,
        recent=recent,
        hide_difficulty=await preferences.hides_difficulty(session, user.id if user else None),
    )
