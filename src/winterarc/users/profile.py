"""A learner's profile: totals, what they solved by roadmap topic and by pattern, and their
quiz history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.quizzes import service as quizzes_service
from winterarc.quizzes.schemas import AttemptSummary
from winterarc.roadmap import service as roadmap_service
from winterarc.submissions import progress
from winterarc.submissions.progress import Totals


@dataclass(frozen=True, slots=True)
class Progress:
    key: str  # the topic id or the pattern name
    label: str
    solved: int
    total: int
    href: str


@dataclass(frozen=True, slots=True)
class Profile:
    totals: Totals
    by_topic: list[Progress]
    by_pattern: list[Progress]
    quizzes: list[AttemptSummary]


async def profile(session: AsyncSession, user: User, now: datetime) -> Profile:
    """Everything the /me page shows, computed live from submissions."""
    totals = await progress.totals(session, user.id)
    today = await roadmap_service.learner_day(session, user, now)
    roadmap = await roadmap_service.roadmap(session, user, today=today)
    by_topic = [
        Progress(
            topic.id,
            f"{week.session} · {week.label} · {topic.title}",
            topic.practice.problems_solved,
            topic.practice.problems_total,
            f"/roadmap/{topic.id}",
        )
        for roadmap_session in roadmap.sessions
        for week in roadmap_session.weeks
        for topic in week.topics
        if topic.practice.problems_total
    ]
    patterns = await progress.solved_by_label(session, user.id, "pattern")
    by_pattern = [
        Progress(name, name, done, total, f"/problems?pattern={name}")
        for name, done, total in patterns
    ]
    quizzes = await quizzes_service.history(session, user)
    return Profile(totals, by_topic, by_pattern, quizzes)
