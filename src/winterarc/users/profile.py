"""A learner's profile: totals, and what they solved by roadmap topic and by pattern."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.problems import repository as problems_repository
from winterarc.roadmap import service as roadmap_service
from winterarc.roadmap.schemas import RoadmapOut
from winterarc.submissions.models import Submission


@dataclass(frozen=True, slots=True)
class Progress:
    label: str
    solved: int
    total: int
    href: str


@dataclass(frozen=True, slots=True)
class Profile:
    submissions: int
    accepted: int
    solved: int
    by_topic: list[Progress]
    by_pattern: list[Progress]
    roadmap: RoadmapOut


async def _totals(session: AsyncSession, user_id: int) -> tuple[int, int, int]:
    row = (
        await session.execute(
            select(
                func.count(Submission.id),
                func.coalesce(func.sum(case((Submission.verdict == "AC", 1), else_=0)), 0),
                func.count(
                    func.distinct(case((Submission.verdict == "AC", Submission.problem_id)))
                ),
            ).where(Submission.user_id == user_id)
        )
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


async def profile(session: AsyncSession, user: User) -> Profile:
    """Everything the /me page shows, computed live from submissions."""
    submissions, accepted, solved = await _totals(session, user.id)
    roadmap = await roadmap_service.roadmap(session, user)
    by_topic = [
        Progress(
            f"{week.label} · {topic.title}",
            topic.practice.problems_solved,
            topic.practice.problems_total,
            f"/roadmap/{topic.id}",
        )
        for roadmap_session in roadmap.sessions
        for week in roadmap_session.weeks
        for topic in week.topics
        if topic.practice.problems_total
    ]
    patterns = await problems_repository.solved_by_label(session, user.id, "pattern")
    by_pattern = [
        Progress(name, done, total, f"/problems?pattern={name}") for name, done, total in patterns
    ]
    return Profile(submissions, accepted, solved, by_topic, by_pattern, roadmap)
