"""All submission queries, for the API and for the judge workers."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.db.base import utcnow
from winterarc.judge import Result, Verdict
from winterarc.problems.models import Problem
from winterarc.submissions.models import (
    HiddenTestReveal,
    Submission,
    SubmissionStatus,
    SubmissionTest,
)


@dataclass(frozen=True, slots=True)
class ListFilters:
    user_id: int
    problem_id: int | None = None
    verdict: str | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """A place in the newest-first order: (created_at, id)."""

    created_at: datetime
    id: uuid.UUID


async def get(session: AsyncSession, submission_id: uuid.UUID) -> Submission | None:
    return await session.get(Submission, submission_id)


async def get_with_slug(
    session: AsyncSession, submission_id: uuid.UUID
) -> tuple[Submission, str, int | None] | None:
    """The submission, its problem's slug and its problem's author."""
    row = (
        await session.execute(
            select(Submission, Problem.slug, Problem.author_id)
            .join(Problem, Problem.id == Submission.problem_id)
            .where(Submission.id == submission_id)
        )
    ).first()
    return None if row is None else (row[0], row[1], row[2])


async def count_unjudged(session: AsyncSession, user_id: int) -> int:
    """This learner's submissions still queued or running."""
    statement = select(func.count()).where(
        Submission.user_id == user_id,
        Submission.status.in_([SubmissionStatus.QUEUED, SubmissionStatus.RUNNING]),
    )
    return int(await session.scalar(statement) or 0)


async def by_idempotency_key(session: AsyncSession, user_id: int, key: str) -> Submission | None:
    found: Submission | None = await session.scalar(
        select(Submission).where(Submission.user_id == user_id, Submission.idempotency_key == key)
    )
    return found


async def tests_of(session: AsyncSession, submission_id: uuid.UUID) -> Sequence[SubmissionTest]:
    rows = await session.scalars(
        select(SubmissionTest)
        .where(SubmissionTest.submission_id == submission_id)
        .order_by(SubmissionTest.ordinal)
    )
    return rows.all()


async def list_page(
    session: AsyncSession, filters: ListFilters, after: Position | None, limit: int
) -> Sequence[tuple[Submission, str, str]]:
    """(submission, problem slug, problem title), newest first; `after` excludes everything
    up to and including that position, so rows added meanwhile (always newer) never shift a
    page."""
    query = (
        select(Submission, Problem.slug, Problem.title)
        .join(Problem, Problem.id == Submission.problem_id)
        .where(Submission.user_id == filters.user_id)
    )
    if filters.problem_id is not None:
        query = query.where(Submission.problem_id == filters.problem_id)
    if filters.verdict is not None:
        query = query.where(Submission.verdict == filters.verdict)
    if after is not None:
        query = query.where(
            or_(
                Submission.created_at < after.created_at,
                and_(Submission.created_at == after.created_at, Submission.id < after.id),
            )
        )
    rows = await session.execute(
        query.order_by(Submission.created_at.desc(), Submission.id.desc()).limit(limit)
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def submitted_problems(session: AsyncSession, user_id: int) -> list[tuple[str, str]]:
    """(slug, title) of every problem the learner has submitted to, by title."""
    rows = await session.execute(
        select(Problem.slug, Problem.title)
        .where(Problem.id.in_(select(Submission.problem_id).where(Submission.user_id == user_id)))
        .order_by(Problem.title, Problem.slug)
    )
    return [(slug, title) for slug, title in rows]


# -- the judge workers' side --


@dataclass(frozen=True, slots=True)
class JudgeJob:
    submission_id: uuid.UUID
    status: SubmissionStatus
    source: str
    problem_id: int
    package_hash: str | None
    files: dict[str, str] | None = None  # a lab submission's files


async def job_for(session: AsyncSession, submission_id: uuid.UUID) -> JudgeJob | None:
    row = (
        await session.execute(
            select(
                Submission.status,
                Submission.source,
                Problem.id,
                Problem.package_hash,
                Submission.files,
            )
            .join(Problem, Problem.id == Submission.problem_id)
            .where(Submission.id == submission_id)
        )
    ).first()
    if row is None:
        return None
    return JudgeJob(submission_id, row[0], row[1], row[2], row[3], row[4])


async def mark_running(session: AsyncSession, submission_id: uuid.UUID) -> bool:
    """queued -> running; False when it is already done (a final verdict never changes)."""
    result = await session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status != SubmissionStatus.DONE)
        .values(status=SubmissionStatus.RUNNING)
    )
    return _rowcount(result) == 1


async def record_result(session: AsyncSession, submission_id: uuid.UUID, result: Result) -> bool:
    """Store the verdict and per-test rows once: True for the write that made it final.

    The conditional UPDATE is the guard: a redelivered message (or a second worker racing on
    PostgreSQL, which re-checks the row after the first commits) finds it done and writes
    nothing."""
    won = await session.execute(
        update(Submission)
        .where(Submission.id == submission_id, Submission.status != SubmissionStatus.DONE)
        .values(
            status=SubmissionStatus.DONE,
            verdict=result.verdict,
            message=result.message,
            cpu_ms=float(result.max_cpu_ms),
            memory_kb=result.max_memory_kb,
            judged_at=utcnow(),
        )
    )
    if _rowcount(won) != 1:
        return False
    await session.execute(
        delete(SubmissionTest).where(SubmissionTest.submission_id == submission_id)
    )
    session.add_all(
        SubmissionTest(
            submission_id=submission_id,
            ordinal=ordinal,
            name=test.name[:64],
            verdict=test.verdict,
            cpu_ms=float(test.cpu_ms),
            wall_ms=float(test.wall_ms),
            memory_kb=test.memory_kb,
            message=test.message or None,
            sample=test.sample,
            data=(
                {
                    "input": test.input or "",
                    "expected": test.expected or "",
                    "actual": test.actual or "",
                }
                if test.sample
                else None
            ),
        )
        for ordinal, test in enumerate(result.tests, start=1)
    )
    await session.flush()
    return True


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


# -- help after failing --


async def latest_judged(session: AsyncSession, user_id: int, problem_id: int) -> Submission | None:
    """The learner's newest submission to the problem that has a verdict."""
    found = await session.scalars(
        select(Submission)
        .where(
            Submission.user_id == user_id,
            Submission.problem_id == problem_id,
            Submission.verdict.is_not(None),
        )
        .order_by(Submission.created_at.desc(), Submission.id.desc())
        .limit(1)
    )
    return found.first()


async def first_failed_test(
    session: AsyncSession, submission_id: uuid.UUID
) -> SubmissionTest | None:
    found = await session.scalars(
        select(SubmissionTest)
        .where(SubmissionTest.submission_id == submission_id, SubmissionTest.verdict != Verdict.AC)
        .order_by(SubmissionTest.ordinal)
        .limit(1)
    )
    return found.first()


async def failed_count(session: AsyncSession, user_id: int, problem_id: int) -> int:
    """The learner's judged submissions to the problem that were not accepted."""
    count = await session.scalar(
        select(func.count()).where(
            Submission.user_id == user_id,
            Submission.problem_id == problem_id,
            Submission.verdict.is_not(None),
            Submission.verdict != Verdict.AC,
        )
    )
    return int(count or 0)


async def revealed_test(session: AsyncSession, user_id: int, problem_id: int) -> str | None:
    found = await session.get(HiddenTestReveal, (user_id, problem_id))
    return None if found is None else found.test_name


async def record_reveal(session: AsyncSession, user_id: int, problem_id: int, name: str) -> None:
    session.add(HiddenTestReveal(user_id=user_id, problem_id=problem_id, test_name=name))
    await session.flush()
