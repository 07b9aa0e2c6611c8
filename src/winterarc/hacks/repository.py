"""Hack queries, and the submission facts hacks depend on."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.hacks.models import Hack
from winterarc.judge import Verdict
from winterarc.problems.models import Problem
from winterarc.submissions.models import Submission, SubmissionStatus

LIST_CAP = 200  # hacks listed at once (newest first)


async def has_solved(session: AsyncSession, user_id: int, problem_id: int) -> bool:
    query = select(
        exists().where(
            Submission.user_id == user_id,
            Submission.problem_id == problem_id,
            Submission.verdict == Verdict.AC,
        )
    )
    return bool(await session.scalar(query))


async def targets(
    session: AsyncSession, user_id: int, problem_id: int
) -> Sequence[tuple[Submission, str]]:
    """Accepted submissions of the problem the user may hack: their own and shared ones."""
    rows = await session.execute(
        select(Submission, User.username)
        .join(User, User.id == Submission.user_id)
        .where(
            Submission.problem_id == problem_id,
            Submission.verdict == Verdict.AC,
            or_(Submission.user_id == user_id, Submission.shared.is_(True)),
        )
        .order_by(Submission.created_at.desc(), Submission.id.desc())
        .limit(LIST_CAP)
    )
    return [(row[0], row[1]) for row in rows]


async def get(session: AsyncSession, hack_id: int) -> tuple[Hack, str, str] | None:
    """The hack with its problem's slug and its hacker's username."""
    row = (
        await session.execute(
            select(Hack, Problem.slug, User.username)
            .join(Problem, Problem.id == Hack.problem_id)
            .join(User, User.id == Hack.hacker_id)
            .where(Hack.id == hack_id)
        )
    ).first()
    return None if row is None else (row[0], row[1], row[2])


async def listed(
    session: AsyncSession,
    *,
    problem_id: int | None,
    hacker_id: int | None,
    authored_by: int | None,
) -> Sequence[tuple[Hack, str, str]]:
    """Hacks newest first: of a problem, by a hacker, and/or on problems an author owns."""
    query = (
        select(Hack, Problem.slug, User.username)
        .join(Problem, Problem.id == Hack.problem_id)
        .join(User, User.id == Hack.hacker_id)
    )
    if problem_id is not None:
        query = query.where(Hack.problem_id == problem_id)
    if hacker_id is not None:
        query = query.where(Hack.hacker_id == hacker_id)
    if authored_by is not None:
        query = query.where(Problem.author_id == authored_by)
    rows = await session.execute(
        query.order_by(Hack.created_at.desc(), Hack.id.desc()).limit(LIST_CAP)
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def accepted_ids(session: AsyncSession, problem_id: int) -> list[uuid.UUID]:
    rows = await session.scalars(
        select(Submission.id).where(
            Submission.problem_id == problem_id,
            Submission.status == SubmissionStatus.DONE,
            Submission.verdict == Verdict.AC,
        )
    )
    return list(rows)


async def learners_of(session: AsyncSession, submission_ids: Sequence[uuid.UUID]) -> list[int]:
    rows = await session.scalars(
        select(Submission.user_id).where(Submission.id.in_(submission_ids)).distinct()
    )
    return list(rows)


async def requeue(session: AsyncSession, submission_ids: Sequence[uuid.UUID]) -> None:
    """Back to the queue: the verdict goes (a worker writes the new one and its tests)."""
    if not submission_ids:
        return
    await session.execute(
        update(Submission)
        .where(Submission.id.in_(submission_ids), Submission.status == SubmissionStatus.DONE)
        .values(
            status=SubmissionStatus.QUEUED,
            verdict=None,
            message=None,
            cpu_ms=None,
            memory_kb=None,
            judged_at=None,
        )
    )
