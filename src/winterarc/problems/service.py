"""The problem bank: reading problems, and writing them (authors and admins).

A learner's standing on a problem comes from the submissions domain; `catalogue` combines
the two for the API and the pages."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import Role, User
from winterarc.db import content_version as version
from winterarc.kit.errors import Conflict, Forbidden, NotFound
from winterarc.problems import repository
from winterarc.problems.models import Problem
from winterarc.problems.repository import Labels
from winterarc.problems.schemas import (
    ProblemCreate,
    ProblemDetail,
    ProblemSummary,
    ProblemUpdate,
    SolveStatus,
)

_LABEL_FIELDS = {"tags": "tag", "patterns": "pattern"}


def summary(problem: Problem, labels: Labels, status: SolveStatus | None) -> ProblemSummary:
    return ProblemSummary(
        slug=problem.slug,
        title=problem.title,
        difficulty=problem.difficulty,
        type=problem.type,
        tags=labels.tags,
        patterns=labels.patterns,
        status=status,
    )


async def detail(
    session: AsyncSession, problem: Problem, status: SolveStatus | None
) -> ProblemDetail:
    """A loaded problem as the API shows it, with the caller's solve status."""
    labels = (await repository.labels_for(session, [problem.id]))[problem.id]
    return ProblemDetail(
        **summary(problem, labels, status).model_dump(),
        checker=problem.checker,
        float_tolerance=problem.float_tolerance,
        time_limit_ms=problem.time_limit_ms,
        memory_limit_mb=problem.memory_limit_mb,
        statement=problem.statement,
        created_at=problem.created_at,
        updated_at=problem.updated_at,
    )


async def get_model(session: AsyncSession, slug: str) -> Problem:
    """The problem with this slug; NotFound otherwise."""
    problem = await repository.get_by_slug(session, slug)
    if problem is None:
        raise NotFound(f"No problem with slug {slug!r}.")
    return problem


def _check_can_edit(user: User, problem: Problem) -> None:
    if user.role is not Role.ADMIN and problem.author_id != user.id:
        raise Forbidden("Only the problem's author or an admin can change it.")


async def create_problem(session: AsyncSession, author: User, data: ProblemCreate) -> Problem:
    """Add a problem; the caller becomes its author."""
    if await repository.get_by_slug(session, data.slug) is not None:
        raise Conflict(f"A problem with slug {data.slug!r} already exists.")
    problem = Problem(**data.model_dump(exclude=set(_LABEL_FIELDS)), author_id=author.id)
    session.add(problem)
    try:
        await session.flush()
    except IntegrityError:
        raise Conflict(f"A problem with slug {data.slug!r} already exists.") from None
    for field, kind in _LABEL_FIELDS.items():
        await repository.replace_labels(session, problem, kind, getattr(data, field))
    await version.bump(session)
    return problem


async def update_problem(
    session: AsyncSession, user: User, slug: str, data: ProblemUpdate
) -> Problem:
    """Change the given fields of a problem."""
    problem = await get_model(session, slug)
    _check_can_edit(user, problem)
    changes = data.model_dump(exclude_unset=True)
    for field, value in changes.items():
        if field in _LABEL_FIELDS:
            await repository.replace_labels(session, problem, _LABEL_FIELDS[field], value or [])
        elif value is not None or field == "float_tolerance":
            setattr(problem, field, value)
    await session.flush()
    await version.bump(session)
    await session.refresh(problem)
    return problem


async def delete_problem(session: AsyncSession, user: User, slug: str) -> None:
    """Remove a problem and everything that belongs to it."""
    problem = await get_model(session, slug)
    _check_can_edit(user, problem)
    await session.delete(problem)
    await session.flush()
    await version.bump(session)


async def give_up(session: AsyncSession, user: User, slug: str) -> str:
    """Record that the learner gave up, and return the editorial."""
    problem = await get_model(session, slug)
    await repository.record_give_up(session, user.id, problem.id)
    return problem.editorial
