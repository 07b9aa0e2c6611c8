"""All quiz queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.quizzes.models import Quiz, QuizAttempt, QuizQuestion, QuizTopic


async def list_quizzes(
    session: AsyncSession, *, topic: str | None, offset: int, limit: int
) -> tuple[Sequence[Quiz], int]:
    query = select(Quiz)
    if topic is not None:
        query = query.where(
            Quiz.id.in_(select(QuizTopic.quiz_id).where(QuizTopic.topic_id == topic))
        )
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.scalars(query.order_by(Quiz.id).offset(offset).limit(limit))
    return rows.all(), int(total or 0)


async def get_quiz(session: AsyncSession, quiz_id: str) -> Quiz | None:
    return await session.get(Quiz, quiz_id)


async def questions(session: AsyncSession, quiz_id: str) -> Sequence[QuizQuestion]:
    rows = await session.scalars(
        select(QuizQuestion).where(QuizQuestion.quiz_id == quiz_id).order_by(QuizQuestion.position)
    )
    return rows.all()


async def topics_of(session: AsyncSession, quiz_ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    rows = await session.execute(
        select(QuizTopic.quiz_id, QuizTopic.topic_id)
        .where(QuizTopic.quiz_id.in_(quiz_ids))
        .order_by(QuizTopic.topic_id)
    )
    for quiz_id, topic_id in rows:
        found[quiz_id].append(topic_id)
    return found


async def question_counts(session: AsyncSession, quiz_ids: Sequence[str]) -> dict[str, int]:
    rows = await session.execute(
        select(QuizQuestion.quiz_id, func.count())
        .where(QuizQuestion.quiz_id.in_(quiz_ids))
        .group_by(QuizQuestion.quiz_id)
    )
    return dict(rows.tuples().all())


async def best_scores(
    session: AsyncSession, user_id: int, quiz_ids: Sequence[str]
) -> dict[str, float]:
    rows = await session.execute(
        select(QuizAttempt.quiz_id, func.max(1.0 * QuizAttempt.correct / QuizAttempt.total))
        .where(QuizAttempt.user_id == user_id, QuizAttempt.quiz_id.in_(quiz_ids))
        .group_by(QuizAttempt.quiz_id)
    )
    return {quiz_id: float(score) for quiz_id, score in rows}


async def attempts(session: AsyncSession, user_id: int, quiz_id: str) -> Sequence[QuizAttempt]:
    rows = await session.scalars(
        select(QuizAttempt)
        .where(QuizAttempt.user_id == user_id, QuizAttempt.quiz_id == quiz_id)
        .order_by(QuizAttempt.created_at.desc(), QuizAttempt.id.desc())
        .limit(50)
    )
    return rows.all()


async def recent_attempts(
    session: AsyncSession, user_id: int, limit: int
) -> list[tuple[QuizAttempt, str]]:
    """The learner's latest attempts at any quiz, with each quiz's title."""
    rows = await session.execute(
        select(QuizAttempt, Quiz.title)
        .join(Quiz, Quiz.id == QuizAttempt.quiz_id)
        .where(QuizAttempt.user_id == user_id)
        .order_by(QuizAttempt.created_at.desc(), QuizAttempt.id.desc())
        .limit(limit)
    )
    return [(attempt, title) for attempt, title in rows.tuples()]
