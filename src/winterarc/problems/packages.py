"""Problem packages in the database: a validated package stored with its problem (content
sync and author uploads alike), and packages read back for judging, kept by content hash."""

from __future__ import annotations

from collections import OrderedDict
from typing import Annotated, Literal

import anyio.to_thread
from fastapi import Depends
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from winterarc.db import content_version as version
from winterarc.judge import PackageError, load_package_bytes
from winterarc.judge.packages import Package
from winterarc.problems import repository
from winterarc.problems.models import Problem, ProblemPackage, ProblemTopic

CACHED_PACKAGES = 64
StoreOutcome = Literal["added", "updated", "unchanged"]


async def store_package(
    session: AsyncSession,
    package: Package,
    archive: bytes,
    *,
    problem: Problem | None,
    author_id: int | None = None,
) -> StoreOutcome:
    """Create or update the problem of a validated package, with its labels, roadmap topics
    and the zip the judge reads. `problem` is the existing problem with its slug, if any."""
    if problem is not None and problem.package_hash == package.content_hash:
        return "unchanged"
    outcome: StoreOutcome = "updated"
    if problem is None:
        problem = Problem(slug=package.slug, author_id=author_id)
        session.add(problem)
        outcome = "added"
    _apply(problem, package)
    await session.flush()
    await repository.replace_labels(session, problem, "tag", package.tags)
    await repository.replace_labels(session, problem, "pattern", package.patterns)
    await session.execute(delete(ProblemTopic).where(ProblemTopic.problem_id == problem.id))
    session.add_all(
        ProblemTopic(problem_id=problem.id, topic_id=t) for t in set(package.roadmap_topics)
    )
    await session.merge(
        ProblemPackage(problem_id=problem.id, content_hash=package.content_hash, archive=archive)
    )
    await session.flush()
    await version.bump(session)
    return outcome


def _apply(problem: Problem, package: Package) -> None:
    problem.title = package.title
    problem.difficulty = package.difficulty.value
    problem.type = package.type.value
    problem.checker = package.checker.value
    problem.float_tolerance = package.float_tolerance if package.checker.value == "float" else None
    problem.time_limit_ms = package.time_limit_ms
    problem.memory_limit_mb = package.memory_limit_mb
    problem.statement = package.statement
    problem.editorial = package.editorial
    problem.package_hash = package.content_hash


class PackageCache:
    """Validated packages by content hash: a changed package has a new hash, so no staleness.
    One per process: the API's problem pages and custom runs, and each judge worker."""

    def __init__(self, size: int = CACHED_PACKAGES) -> None:
        self._size = size
        self._packages: OrderedDict[str, Package] = OrderedDict()

    async def get(
        self, session: AsyncSession, problem_id: int, package_hash: str | None
    ) -> Package | None:
        """The problem's package; None when it has none. Raises PackageError when invalid."""
        if package_hash is not None and package_hash in self._packages:
            self._packages.move_to_end(package_hash)
            return self._packages[package_hash]
        stored = await repository.package_archive(session, problem_id)
        if stored is None:
            return None
        content_hash, archive = stored
        package = await anyio.to_thread.run_sync(
            lambda: load_package_bytes(archive, filename=f"problem-{problem_id}.zip")
        )
        self._packages[content_hash] = package
        while len(self._packages) > self._size:
            self._packages.popitem(last=False)
        return package

    async def readable(self, session: AsyncSession, problem: Problem) -> Package | None:
        """The problem's package; None when it has none or it cannot be read (the worker that
        judges it logs why)."""
        try:
            return await self.get(session, problem.id, problem.package_hash)
        except PackageError:
            return None


async def get_package_cache(connection: HTTPConnection) -> PackageCache:
    cache: PackageCache = connection.app.state.packages
    return cache


PackageCacheDep = Annotated[PackageCache, Depends(get_package_cache)]
