"""The catalogue as a learner sees it: problems from the bank, with the learner's standing
(from submissions) and the roadmap's weeks as filters."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.judge.packages import Package
from winterarc.kit.errors import AppError, NotFound
from winterarc.kit.pagination import Page, PageParams
from winterarc.problems import repository as problems_repository
from winterarc.problems import service as problems_service
from winterarc.problems.labs import lab_out
from winterarc.problems.models import Problem
from winterarc.problems.packages import PackageCache
from winterarc.problems.repository import ProblemFilters
from winterarc.problems.schemas import ProblemDetail, ProblemSort, ProblemSummary, SolveStatus
from winterarc.roadmap import repository as roadmap_repository
from winterarc.stats import service as stats_service
from winterarc.submissions import progress


class EditorialLocked(AppError):
    status, code, title = 403, "editorial-locked", "Editorial locked"


async def list_problems(
    session: AsyncSession,
    filters: ProblemFilters,
    paging: PageParams,
    *,
    user: User | None,
    status: SolveStatus | None = None,
    week: str | None = None,
) -> Page[ProblemSummary]:
    """One page of problems matching the filters, with the caller's solve status; `status`
    (needs `user`) and the roadmap `week` narrow the list further."""
    if week is not None:
        filters = replace(
            filters, week_topics=tuple(await roadmap_repository.topic_ids_of_week(session, week))
        )
    if status is not None and user is not None:
        filters = replace(
            filters, where=(*filters.where, progress.with_status(user.id, status, Problem.id))
        )
    if filters.sort is ProblemSort.ROADMAP:
        filters = replace(filters, order=(roadmap_repository.roadmap_rank(),))
    elif (key := stats_service.sort_key(filters.sort)) is not None:
        filters = replace(filters, order=(key,))
    problems, total = await problems_repository.list_problems(
        session, filters, offset=paging.offset, limit=paging.page_size
    )
    ids = [p.id for p in problems]
    labels = await problems_repository.labels_for(session, ids)
    statuses = await progress.statuses(session, user.id, ids) if user else {}
    stats = await stats_service.summaries(session, ids)
    return Page(
        items=[
            _with_stats(problems_service.summary(p, labels[p.id], statuses.get(p.id)), stats, p.id)
            for p in problems
        ],
        total=total,
        page=paging.page,
        page_size=paging.page_size,
    )


S = TypeVar("S", bound=ProblemSummary)


def _with_stats(shown: S, stats: dict[int, tuple[int, float]], problem_id: int) -> S:
    if problem_id in stats:
        shown.solvers, shown.acceptance_rate = stats[problem_id]
    return shown


async def detail(
    session: AsyncSession,
    problem: Problem,
    user: User | None,
    packages: PackageCache | None = None,
) -> ProblemDetail:
    """A loaded problem with the caller's solve status; with `packages`, a lab's files too."""
    status = None
    if user is not None:
        status = (await progress.statuses(session, user.id, [problem.id]))[problem.id]
    shown = _with_stats(
        await problems_service.detail(session, problem, status),
        await stats_service.summaries(session, [problem.id]),
        problem.id,
    )
    if packages is not None and problem.type == "lab":
        package = await packages.readable(session, problem)
        shown.lab = lab_out(package) if package is not None else None
    return shown


async def get_problem(
    session: AsyncSession, slug: str, user: User | None, packages: PackageCache | None = None
) -> ProblemDetail:
    """A problem's statement and limits, with the caller's solve status."""
    problem = await problems_service.get_model(session, slug)
    return await detail(session, problem, user, packages)


async def lab_package(session: AsyncSession, slug: str, packages: PackageCache) -> Package:
    """The package of the lab with this slug; NotFound when there is none."""
    problem = await problems_service.get_model(session, slug)
    package = await packages.readable(session, problem) if problem.type == "lab" else None
    if package is None or package.lab is None:
        raise NotFound(f"{slug!r} is not a lab.")
    return package


async def editorial(session: AsyncSession, user: User, slug: str) -> str:
    """The editorial, once the learner has solved the problem or given up on it (staff always)."""
    problem = await problems_service.get_model(session, slug)
    if not user.is_staff:
        solved = (await progress.standing(session, user.id, [problem.id])).solved
        if not solved and not await problems_repository.gave_up(session, user.id, problem.id):
            raise EditorialLocked("Solve the problem or give up on it to read the editorial.")
    return problem.editorial
