"""Taking quizzes: questions without answers, scored attempts with explanations."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.db.base import utcnow
from winterarc.kit.errors import InvalidInput, NotFound
from winterarc.kit.pagination import Page, PageParams
from winterarc.quizzes import repository
from winterarc.quizzes.models import Quiz, QuizAttempt, QuizQuestion
from winterarc.quizzes.schemas import (
    AttemptOut,
    AttemptSummary,
    ChoiceOut,
    QuestionOut,
    QuestionResult,
    QuizOut,
    QuizSummary,
)

PASS_MARK = 0.7

# The daily loop keeps something derived from quiz passes (each learner's stored streak, as a
# passed quiz completes a drill item) but sits above quizzes, which may not import it: it asks to
# be told instead, in the transaction that stores the pass (wired in app.py).
PassListener = Callable[[AsyncSession, int], Awaitable[object]]
_pass_listeners: list[PassListener] = []


def on_pass(listener: PassListener) -> None:
    """Await `listener(session, user_id)` after each passing attempt is stored (once, however
    often it is asked: every app built in a process asks)."""
    if listener not in _pass_listeners:
        _pass_listeners.append(listener)


async def list_quizzes(
    session: AsyncSession, user: User | None, topic: str | None, paging: PageParams
) -> Page[QuizSummary]:
    """Quizzes, optionally those of one roadmap topic, with the learner's best score."""
    quizzes, total = await repository.list_quizzes(
        session, topic=topic, offset=paging.offset, limit=paging.page_size
    )
    ids = [q.id for q in quizzes]
    topics = await repository.topics_of(session, ids)
    counts = await repository.question_counts(session, ids)
    best = await repository.best_scores(session, user.id, ids) if user else {}
    return Page(
        items=[
            QuizSummary(
                id=q.id,
                title=q.title,
                topics=topics[q.id],
                questions=counts.get(q.id, 0),
                best_score=best.get(q.id),
            )
            for q in quizzes
        ],
        total=total,
        page=paging.page,
        page_size=paging.page_size,
    )


async def _quiz(session: AsyncSession, quiz_id: str) -> Quiz:
    quiz = await repository.get_quiz(session, quiz_id)
    if quiz is None:
        raise NotFound(f"No quiz {quiz_id!r}.")
    return quiz


async def get_quiz(session: AsyncSession, quiz_id: str) -> QuizOut:
    """A quiz's questions and choices; never the answers."""
    quiz = await _quiz(session, quiz_id)
    questions = await repository.questions(session, quiz_id)
    topics = await repository.topics_of(session, [quiz_id])
    return QuizOut(
        id=quiz.id,
        title=quiz.title,
        topics=topics[quiz_id],
        questions=[
            QuestionOut(
                id=q.key,
                kind=q.kind,
                prompt=q.prompt,
                choices=[ChoiceOut(**c) for c in q.choices],
            )
            for q in questions
        ],
    )


def _check_answers(questions: Sequence[QuizQuestion], answers: dict[str, list[str]]) -> None:
    by_key = {q.key: q for q in questions}
    problems = []
    for key in answers:
        if key not in by_key:
            problems.append({"loc": ["body", "answers", key], "msg": "no such question"})
    for question in questions:
        chosen = answers.get(question.key)
        where = ["body", "answers", question.key]
        if not chosen:
            problems.append({"loc": where, "msg": "every question needs an answer"})
            continue
        valid = {c["id"] for c in question.choices}
        if not set(chosen) <= valid or len(set(chosen)) != len(chosen):
            problems.append({"loc": where, "msg": "choose distinct ids of this question's choices"})
        elif question.kind == "single" and len(chosen) != 1:
            problems.append({"loc": where, "msg": "choose exactly one answer"})
    if problems:
        first = problems[0]
        raise InvalidInput(f"answers.{first['loc'][-1]}: {first['msg']}", errors=problems)


def _attempt_out(attempt: QuizAttempt, questions: Sequence[QuizQuestion]) -> AttemptOut:
    results = []
    for question in questions:
        chosen = list(attempt.answers.get(question.key, []))
        results.append(
            QuestionResult(
                id=question.key,
                correct=set(chosen) == set(question.answer),
                chosen=chosen,
                answer=list(question.answer),
                explanation=question.explanation,
            )
        )
    score = attempt.correct / attempt.total if attempt.total else 0.0
    return AttemptOut(
        id=attempt.id,
        quiz_id=attempt.quiz_id,
        correct=attempt.correct,
        total=attempt.total,
        score=round(score, 4),
        passed=score >= PASS_MARK,
        created_at=attempt.created_at,
        results=results,
    )


async def submit_attempt(
    session: AsyncSession,
    user: User,
    quiz_id: str,
    answers: dict[str, list[str]],
    at: datetime | None = None,
) -> AttemptOut:
    """Score an attempt (all-or-nothing per question) and reveal answers and explanations.
    `at` is the request's clock: a pass completes a drill item of the learner's day then."""
    await _quiz(session, quiz_id)
    questions = await repository.questions(session, quiz_id)
    _check_answers(questions, answers)
    correct = sum(set(answers[q.key]) == set(q.answer) for q in questions)
    attempt = QuizAttempt(
        user_id=user.id,
        quiz_id=quiz_id,
        correct=correct,
        total=len(questions),
        answers={q.key: sorted(answers[q.key]) for q in questions},
        created_at=at or utcnow(),
    )
    session.add(attempt)
    await session.flush()
    out = _attempt_out(attempt, questions)
    if out.passed:
        for listener in _pass_listeners:
            await listener(session, user.id)
    return out


async def list_attempts(session: AsyncSession, user: User, quiz_id: str) -> list[AttemptOut]:
    """The learner's own attempts at a quiz, newest first."""
    await _quiz(session, quiz_id)
    questions = await repository.questions(session, quiz_id)
    return [
        _attempt_out(a, questions) for a in await repository.attempts(session, user.id, quiz_id)
    ]


async def history(session: AsyncSession, user: User, limit: int = 20) -> list[AttemptSummary]:
    """The learner's latest quiz attempts, newest first (the /me page's quiz history)."""
    found = []
    for attempt, title in await repository.recent_attempts(session, user.id, limit):
        score = attempt.correct / attempt.total if attempt.total else 0.0
        found.append(
            AttemptSummary(
                quiz_id=attempt.quiz_id,
                title=title,
                correct=attempt.correct,
                total=attempt.total,
                score=round(score, 4),
                passed=score >= PASS_MARK,
                created_at=attempt.created_at,
            )
        )
    return found
