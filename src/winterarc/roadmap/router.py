"""/api/v1/roadmap: the curriculum and the learner's progress through it."""

from __future__ import annotations

from fastapi import APIRouter

from winterarc.auth.dependencies import CurrentUser, OptionalUser
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.kit.types import SlugPath as TopicId
from winterarc.roadmap import service
from winterarc.roadmap.schemas import ProgressIn, RoadmapOut, TopicDetail

router = APIRouter(prefix="/roadmap", tags=["roadmap"])


@router.get("", response_model=RoadmapOut)
async def get_roadmap(session: SessionDep, user: OptionalUser, now: NowDep) -> RoadmapOut:
    """Sessions → weeks → topics, with status and completion for a logged-in learner; the
    current week follows the learner's cohort schedule when they are in one."""
    today = await service.learner_day(session, user, now)
    return await service.roadmap(session, user, today=today)


@router.get("/topics/{topic_id}", response_model=TopicDetail)
async def get_topic(topic_id: TopicId, session: SessionDep, user: OptionalUser) -> TopicDetail:
    """One topic with objectives, key concepts, references and practice."""
    return await service.topic(session, topic_id, user)


@router.put("/topics/{topic_id}/progress", response_model=TopicDetail)
async def put_progress(
    topic_id: TopicId, body: ProgressIn, session: SessionDep, user: CurrentUser
) -> TopicDetail:
    """Mark a topic not started, in progress, done or skipped."""
    return await service.set_progress(session, user, topic_id, body.status)
