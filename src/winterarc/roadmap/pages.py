"""/roadmap pages: sessions → weeks → topics with progress, and one topic with its practice."""

from __future__ import annotations

from typing import Annotated, get_args

from fastapi import APIRouter, Form, Query, Request, Response
from fastapi.responses import RedirectResponse

from winterarc.auth.dependencies import CurrentUser, OptionalUser
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.kit.errors import InvalidInput
from winterarc.kit.pagination import PageParams
from winterarc.kit.types import SlugPath as TopicId
from winterarc.preferences import service as preferences
from winterarc.quizzes import service as quizzes_service
from winterarc.roadmap import catalogue, service
from winterarc.roadmap.schemas import ProgressStatus
from winterarc.web.templates import render, render_fragment

router = APIRouter()
MAX_QUIZZES = 500
PROGRESS_CHOICES = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "skipped": "Skipped",
}


@router.get("/roadmap")
async def roadmap_page(
    request: Request, session: SessionDep, user: OptionalUser, now: NowDep
) -> Response:
    """The whole roadmap; the learner's current week is marked and opened."""
    today = await service.learner_day(session, user, now)
    roadmap = await service.roadmap(session, user, today=today)
    return render(request, "roadmap/index.html", user=user, section="roadmap", roadmap=roadmap)


@router.get("/roadmap/{topic_id}")
async def topic_page(
    request: Request, topic_id: TopicId, session: SessionDep, user: OptionalUser
) -> Response:
    """A topic: objectives, key concepts, references, its problems and quizzes."""
    topic = await service.topic(session, topic_id, user)
    outline = await catalogue.current(session)  # breadcrumbs, neighbours
    sessions, weeks, topics = outline.sessions, outline.weeks, outline.topics
    week = next(w for w in weeks if w.id == topic.week_id)
    number = next(n for n, s in enumerate(sessions, start=1) if s.id == week.session_id)
    ordered = [t for w in weeks for t in topics if t.week_id == w.id]
    index = next(i for i, t in enumerate(ordered) if t.id == topic_id)
    return render(
        request,
        "roadmap/topic.html",
        user=user,
        section="roadmap",
        topic=topic,
        week_label=f"Session {number} · {week.label}",
        week_title=week.title,
        previous=ordered[index - 1] if index > 0 else None,
        following=ordered[index + 1] if index + 1 < len(ordered) else None,
        progress_choices=PROGRESS_CHOICES,
        hide_difficulty=await preferences.hides_difficulty(session, user.id if user else None),
    )


@router.post("/roadmap/{topic_id}/progress")
async def set_progress(
    request: Request,
    topic_id: TopicId,
    session: SessionDep,
    user: CurrentUser,
    status: Annotated[str, Form(max_length=32)],
) -> Response:
    """Mark a topic yourself; htmx swaps the status block, a plain form post redirects back."""
    if status not in get_args(ProgressStatus):
        raise InvalidInput(f"status: must be one of {', '.join(PROGRESS_CHOICES)}")
    topic = await service.set_progress(session, user, topic_id, status)  # type: ignore[arg-type]
    if request.headers.get("hx-request") == "true":
        return render_fragment(
            request,
            "roadmap/_progress.html",
            topic=topic,
            progress_choices=PROGRESS_CHOICES,
        )
    return RedirectResponse(f"/roadmap/{topic_id}", status_code=303)


@router.get("/quizzes")
async def quiz_list(
    request: Request,
    session: SessionDep,
    user: OptionalUser,
    topic: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z0-9-]+$")] = None,
) -> Response:
    """Every quiz (or one topic's) grouped by roadmap week, with the learner's best score."""
    page = await quizzes_service.list_quizzes(session, user, topic, PageParams(1, MAX_QUIZZES))
    return render(
        request,
        "quizzes/list.html",
        user=user,
        section="quizzes",
        weeks=await service.quizzes_by_week(session, page.items),
        topic=topic,
        pass_mark=quizzes_service.PASS_MARK,
    )
