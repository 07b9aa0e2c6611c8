"""Authors upload a package zip: it is validated, its solutions judged, and, if everything
passes, the problem is created or updated exactly as `content sync` would."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path

import anyio.to_thread
from fastapi import UploadFile
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import Role, User
from winterarc.judge.packages import Package, PackageError, load_package_bytes
from winterarc.judge.problem_check import PackageCheck, check_loaded_package
from winterarc.kit.errors import AppError, InvalidInput
from winterarc.problems import repository
from winterarc.problems.packages import StoreOutcome, store_package

# Judging a package runs every solution on every test: one at a time per process.
_CHECKS = asyncio.Semaphore(1)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class UploadReport:
    """The validation report, and what happened to the problem."""

    filename: str
    check: PackageCheck
    outcome: StoreOutcome | None  # None: refused, nothing changed

    @property
    def accepted(self) -> bool:
        return self.outcome is not None


def _safe_filename(filename: str | None) -> str:
    name = _UNSAFE_NAME.sub("_", Path(filename or "package.zip").name)[:80].strip("._")
    return name if name.lower().endswith(".zip") else f"{name or 'package'}.zip"


def _load_and_check(
    data: bytes, filename: str, known_topics: set[str]
) -> tuple[Package | None, PackageCheck]:
    """The package from the zip (None when refused) and its report, judged in the sandbox."""
    check = PackageCheck(filename)
    try:
        package = load_package_bytes(data, filename=filename, known_topics=known_topics)
    except PackageError as error:
        check.issues.extend(str(issue) for issue in error.issues)
        return None, check
    return package, check_loaded_package(package, check)


async def upload_package(
    session: AsyncSession,
    author: User,
    data: bytes,
    filename: str | None,
    *,
    known_topics: set[str],
) -> UploadReport:
    """Validate and judge the package; store it only when nothing failed. `known_topics`: the
    roadmap's topic ids, which the package's topics must be among."""
    name = _safe_filename(filename)
    async with _CHECKS:
        package, check = await anyio.to_thread.run_sync(_load_and_check, data, name, known_topics)
    if package is None or not check.ok:
        return UploadReport(name, check, None)
    problem = await repository.get_by_slug(session, package.slug)
    if problem is not None and problem.package_hash is None:
        check.issues.append(f"slug {package.slug!r} belongs to a problem created through the API")
        return UploadReport(name, check, None)
    if (
        problem is not None
        and author.role is not Role.ADMIN
        and problem.author_id not in (None, author.id)
    ):
        check.issues.append(f"slug {package.slug!r} belongs to another author's problem")
        return UploadReport(name, check, None)
    if problem is not None and problem.author_id is None and author.role is not Role.ADMIN:
        check.issues.append(
            f"slug {package.slug!r} is part of the shipped curriculum; only an admin may replace it"
        )
        return UploadReport(name, check, None)
    outcome = await store_package(session, package, data, problem=problem, author_id=author.id)
    return UploadReport(name, check, outcome)


async def read_upload(upload: UploadFile, max_bytes: int) -> bytes:
    """The uploaded file's bytes, refusing more than `max_bytes`."""
    data = await upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PackageTooLarge(f"file: the package is larger than {max_bytes // 1024} KiB")
    if not data:
        raise InvalidInput("file: the upload is empty; choose a package .zip")
    return data


class PackageTooLarge(AppError):
    status, code, title = 413, "payload-too-large", "Payload too large"
