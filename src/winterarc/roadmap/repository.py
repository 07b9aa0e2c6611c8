"""All roadmap queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.problems.models import Problem, ProblemTopic
from winterarc.quizzes.models import Quiz, QuizAttempt, QuizTopic
from winterarc.roadmap.models import RoadmapSession, RoadmapTopic, RoadmapWeek, TopicProgress


def roadmap_rank() -> ColumnElement[int]:
    """A sort key for problems: the place of their earliest roadmap topic (session, week,
    topic); problems on no topic come last."""
    place = (
        RoadmapSession.position * 1_000_000 + RoadmapWeek.position * 1_000 + RoadmapTopic.position
    )
    earliest = (
        select(func.min(place))
        .select_from(ProblemTopic)
        .join(RoadmapTopic, RoadmapTopic.id == ProblemTopic.topic_id)
        .join(RoadmapWeek, RoadmapWeek.id == RoadmapTopic.week_id)
        .join(RoadmapSession, RoadmapSession.id == RoadmapWeek.session_id)
        .where(ProblemTopic.problem_id == Problem.id)
        .correlate(Problem)
        .scalar_subquery()
    )
    return func.coalesce(earliest, 2_000_000_000)


async def menu_rows(
    session: AsyncSession,
) -> tuple[list[tuple[str, int, str, str]], list[tuple[str, str]]]:
    """Weeks (id, session number, label, title) and topics (id, title), in roadmap order:
    only the columns a filter menu shows (topics' JSON lists stay unread)."""
    weeks = await session.execute(
        select(RoadmapWeek.id, RoadmapSession.position, RoadmapWeek.label, RoadmapWeek.title)
        .join(RoadmapSession, RoadmapSession.id == RoadmapWeek.session_id)
        .order_by(RoadmapSession.position, RoadmapWeek.position)
    )
    topics = await session.execute(
        select(RoadmapTopic.id, RoadmapTopic.title)
        .join(RoadmapWeek, RoadmapWeek.id == RoadmapTopic.week_id)
        .join(RoadmapSession, RoadmapSession.id == RoadmapWeek.session_id)
        .order_by(RoadmapSession.position, RoadmapWeek.position, RoadmapTopic.position)
    )
    return [tuple(row) for row in weeks], [tuple(row) for row in topics]


async def get_topic(session: AsyncSession, topic_id: str) -> RoadmapTopic | None:
    return await session.get(RoadmapTopic, topic_id)


async def topic_ids(session: AsyncSession) -> set[str]:
    return set(await session.scalars(select(RoadmapTopic.id)))


async def topic_ids_of_week(session: AsyncSession, week_id: str) -> list[str]:
    return list(
        await session.scalars(select(RoadmapTopic.id).where(RoadmapTopic.week_id == week_id))
    )


async def problems_by_topic(
    session: AsyncSession, topic_ids: Sequence[str] | None = None
) -> dict[str, list[Problem]]:
    query = (
        select(ProblemTopic.topic_id, Problem)
        .join(Problem, Problem.id == ProblemTopic.problem_id)
        .order_by(Problem.id)
    )
    if topic_ids is not None:
        query = query.where(ProblemTopic.topic_id.in_(topic_ids))
    found: dict[str, list[Problem]] = defaultdict(list)
    for topic_id, problem in await session.execute(query):
        found[topic_id].append(problem)
    return found


async def quizzes_by_topic(
    session: AsyncSession, topic_ids: Sequence[str] | None = None
) -> dict[str, list[Quiz]]:
    query = (
        select(QuizTopic.topic_id, Quiz).join(Quiz, Quiz.id == QuizTopic.quiz_id).order_by(Quiz.id)
    )
    if topic_ids is not None:
        query = query.where(QuizTopic.topic_id.in_(topic_ids))
    found: dict[str, list[Quiz]] = defaultdict(list)
    for topic_id, quiz in await session.execute(query):
        found[topic_id].append(quiz)
    return found


async def best_quiz_scores(session: AsyncSession, user_id: int) -> dict[str, float]:
    rows = await session.execute(
        select(QuizAttempt.quiz_id, func.max(1.0 * QuizAttempt.correct / QuizAttempt.total))
        .where(QuizAttempt.user_id == user_id)
        .group_by(QuizAttempt.quiz_id)
    )
    return {quiz_id: float(score) for quiz_id, score in rows}


async def best_quiz_scores_of(
    session: AsyncSession, user_ids: Sequence[int]
) -> dict[int, dict[str, float]]:
    """`best_quiz_scores` of several learners in one query."""
    found: dict[int, dict[str, float]] = {uid: {} for uid in user_ids}
    rows = await session.execute(
        select(
            QuizAttempt.user_id,
            QuizAttempt.quiz_id,
            func.max(1.0 * QuizAttempt.correct / QuizAttempt.total),
        )
        .where(QuizAttempt.user_id.in_(list(user_ids)))
        .group_by(QuizAttempt.user_id, QuizAttempt.quiz_id)
    )
    for user_id, quiz_id, score in rows:
        found[user_id][quiz_id] = float(score)
    return found


async def progress_statuses_of(
    session: AsyncSession, user_ids: Sequence[int]
) -> dict[int, dict[str, str]]:
    """`progress_statuses` of several learners in one query."""
    found: dict[int, dict[str, str]] = {uid: {} for uid in user_ids}
    rows = await session.execute(
        select(TopicProgress.user_id, TopicProgress.topic_id, TopicProgress.status).where(
            TopicProgress.user_id.in_(list(user_ids))
        )
    )
    for user_id, topic_id, status in rows:
        found[user_id][topic_id] = status
    return found


async def progress_statuses(session: AsyncSession, user_id: int) -> dict[str, str]:
    rows = await session.execute(
        select(TopicProgress.topic_id, TopicProgress.status).where(TopicProgress.user_id == user_id)
    )
    return dict(rows.tuples().all())


async def set_progress(session: AsyncSession, user_id: int, topic_id: str, status: str) -> None:
    current = await session.get(TopicProgress, (user_id, topic_id))
    if current is None:
        session.add(TopicProgress(user_id=user_id, topic_id=topic_id, status=status))
    else:
        current.status = status
    await session.flush()
