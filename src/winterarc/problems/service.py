"""The problem catalogue: listing, reading and (for authors and admins) writing problems."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import Role, User
from winterarc.kit.errors import AppError, Conflict, Forbidden, NotFound
from winterarc.kit.pagination import Page, PageParams
from winterarc.problems import repository
from winterarc.problems.models import Problem
from winterarc.problems.repository import Labels, ProblemFilters
from winterarc.problems.schemas import (
    ProblemCreate,
    ProblemDetail,
    ProblemSummary,
    ProblemUpdate,
    SolveStatus,
)

_LABEL_FIELDS = {"tags": "tag", "patterns": "pattern"}


class EditorialLocked(AppError):
    status, code, title = 403, "editorial-locked", "Editorial locked"


def _summary(problem: Problem, labels: Labels, status: SolveStatus | None) -> ProblemSummary:
    return ProblemSummary(
        slug=problem.slug,
        title=problem.title,
        difficulty=problem.difficulty,
        type=problem.type,
        tags=labels.tags,
        patterns=labels.patterns,
        status=status,
    )


async def list_problems(
    session: AsyncSession, filters: ProblemFilters, paging: PageParams
) -> Page[ProblemSummary]:
    """One page of problems matching the filters, with the caller's solve status."""
    problems, total = await repository.list_problems(
        session, filters, offset=paging.offset, limit=paging.page_size
    )
    ids = [p.id for p in problems]
    labels = await repository.labels_for(session, ids)
    statuses = (
        await repository.statuses_for(session, filters.user_id, ids) if filters.user_id else {}
    )
    return Page(
        items=[_summary(p, labels[p.id], statuses.get(p.id)) for p in problems],
        total=total,
        page=paging.page,
        page_size=paging.page_size,
    )


async def detail(session: AsyncSession, problem: Problem, user: User | None) -> ProblemDetail:
    """A loaded problem as the API shows it, with the caller's solve status."""
    labels = (await repository.labels_for(session, [problem.id]))[problem.id]
    status = None
    if user is not None:
        status = (await repository.statuses_for(session, user.id, [problem.id]))[problem.id]
    return ProblemDetail(
        **_summary(problem, labels, status).model_dump(),
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
    if user.role != Role.ADMIN.value and problem.author_id != user.id:
        raise Forbidden("Only the problem's author or an admin can change it.")


async def get_problem(session: AsyncSession, slug: str, user: User | None) -> ProblemDetail:
    """A problem's statement and limits."""
    return await detail(session, await get_model(session, slug), user)


async def create_problem(session: AsyncSession, author: User, data: ProblemCreate) -> ProblemDetail:
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
    return await detail(session, problem, author)


async def update_problem(
    session: AsyncSession, user: User, slug: str, data: ProblemUpdate
) -> ProblemDetail:
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
    await session.refresh(problem)
    return await detail(session, problem, user)


async def delete_problem(session: AsyncSession, user: User, slug: str) -> None:
    """Remove a problem and everything that belongs to it."""
    problem = await get_model(session, slug)
    _check_can_edit(user, problem)
    await session.delete(problem)
    await session.flush()


async def editorial(session: AsyncSession, user: User, slug: str) -> str:
    """The editorial, once the learner has solved the problem or given up on it (staff always)."""
    problem = await get_model(session, slug)
    if user.role == Role.LEARNER.value:
        status = (await repository.statuses_for(session, user.id, [problem.id]))[problem.id]
        if status is not SolveStatus.SOLVED and not await repository.gave_up(
            session, user.id, problem.id
        ):
            raise EditorialLocked("Solve the problem or give up on it to read the editorial.")
    return problem.editorial


async def give_up(session: AsyncSession, user: User, slug: str) -> str:
    """Record that the learner gave up, and return the editorial."""
    problem = await get_model(session, slug)
    await repository.record_give_up(session, user.id, problem.id)
    return problem.editorial
