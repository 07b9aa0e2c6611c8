"""Test data straight into the app's database: accounts with tokens, problems (through the API,
or judgeable ones from a fixture package), submissions in any state."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from tests.helpers.app import sessionmaker_of
from tests.helpers.judge import FIXTURES as PROBLEMS
from tests.helpers.judge import LAB_FIXTURES
from winterarc.auth import passwords
from winterarc.auth.models import Role, User
from winterarc.curriculum.packing import zip_package
from winterarc.db import content_version as version
from winterarc.judge import Verdict
from winterarc.judge.packages import Package, load_package
from winterarc.problems.models import Problem, ProblemPackage
from winterarc.submissions.models import Submission, SubmissionStatus

PASSWORD = "a-long-and-unusual-passphrase"


_hash_cache: list[str] = []


async def _password_hash() -> str:
    # Argon2 is slow on purpose; one hash serves every test account.
    if not _hash_cache:
        _hash_cache.append(await passwords.hash_password(PASSWORD))
    return _hash_cache[0]


@dataclass
class Account:
    id: int
    username: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


async def make_account(
    client: httpx.AsyncClient, username: str | None = None, role: Role = Role.LEARNER
) -> Account:
    """A user created directly in the database (any role), logged in through the API."""
    username = username or f"user-{uuid.uuid4().hex[:8]}"
    async with sessionmaker_of(client)() as session:
        user = User(username=username.lower(), password_hash=await _password_hash(), role=role)
        session.add(user)
        await session.commit()
        user_id = user.id
    tokens = await login(client, username, PASSWORD)
    return Account(user_id, username, tokens["access_token"], tokens["refresh_token"])


async def login(client: httpx.AsyncClient, username: str, password: str) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/auth/token", data={"username": username, "password": password}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def join_new_cohort(
    client: httpx.AsyncClient, organiser: Account, learner: Account, *, name: str, starts_on: str
) -> dict[str, Any]:
    """The organiser creates a cohort (the default schedule) and the learner joins it by code."""
    created = await client.post(
        "/api/v1/cohorts", json={"name": name, "starts_on": starts_on}, headers=organiser.headers
    )
    assert created.status_code == 201, created.text
    joined = await client.post(
        "/api/v1/cohorts/join", json={"code": created.json()["join_code"]}, headers=learner.headers
    )
    assert joined.status_code == 200, joined.text
    cohort: dict[str, Any] = created.json()
    return cohort


def problem_body(slug: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "slug": slug,
        "title": slug.replace("-", " ").title(),
        "difficulty": "easy",
        "statement": "Read two numbers, print their sum.",
        "tags": ["arrays"],
        "patterns": [],
    }
    body.update(overrides)
    return body


async def make_problem(
    client: httpx.AsyncClient, author: Account, slug: str, **overrides: Any
) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/problems", json=problem_body(slug, **overrides), headers=author.headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _folder(slug: str) -> Path:
    return PROBLEMS / slug if (PROBLEMS / slug).is_dir() else LAB_FIXTURES / slug


@cache
def _package(slug: str) -> tuple[Package, bytes]:
    return _load(_folder(slug))


def _load(folder: Path) -> tuple[Package, bytes]:
    return load_package(folder), zip_package(folder)


def lab_solution(slug: str, kind: str, name: str) -> dict[str, str]:
    """A fixture lab's solution files by name: lab_solution("items-crud", "accepted", "ref")."""
    folder = LAB_FIXTURES / slug / "solutions" / kind / name
    return {path.name: path.read_text() for path in sorted(folder.iterdir())}


def solution(slug: str, kind: str, name: str) -> str:
    """A fixture package's solution source, e.g. solution("sum-stdio", "accepted", "ref.py")."""
    return (PROBLEMS / slug / "solutions" / kind / name).read_text()


def problem_row(slug: str, folder: Path | None = None) -> tuple[Problem, ProblemPackage]:
    """A fixture package (or the package in `folder`) as the rows content sync would write
    (problem id left to the caller)."""
    package, archive = _package(slug) if folder is None else _load(folder)
    problem = Problem(
        slug=package.slug,
        title=package.title,
        difficulty=package.difficulty.value,
        type=package.type.value,
        checker=package.checker.value,
        time_limit_ms=package.time_limit_ms,
        memory_limit_mb=package.memory_limit_mb,
        statement=package.statement,
        package_hash=package.content_hash,
    )
    return problem, ProblemPackage(content_hash=package.content_hash, archive=archive)


async def add_judged_problem(
    client: httpx.AsyncClient, slug: str = "sum-stdio", *, folder: Path | None = None
) -> None:
    """A judgeable problem (with its package: a fixture's, or the one in `folder`) straight
    into the app's database."""
    problem, package = problem_row(slug, folder)
    async with sessionmaker_of(client)() as session:
        session.add(problem)
        await session.flush()
        package.problem_id = problem.id
        session.add(package)
        await version.bump(session)  # as every write to the catalogue does
        await session.commit()


async def add_submission(
    client: httpx.AsyncClient, user_id: int, slug: str, verdict: str | None
) -> None:
    """A judged submission (a verdict given) or a queued one (None), straight into the database."""
    async with sessionmaker_of(client)() as session:
        problem_id = await session.scalar(select(Problem.id).where(Problem.slug == slug))
        session.add(
            Submission(
                user_id=user_id,
                problem_id=problem_id,
                source="print(1)",
                status=SubmissionStatus.DONE if verdict else SubmissionStatus.QUEUED,
                verdict=Verdict(verdict) if verdict else None,
            )
        )
        await session.commit()


async def count_rows(client: httpx.AsyncClient, model: Any) -> int:
    return int(await db_scalar(client, select(func.count()).select_from(model)) or 0)


async def db_scalar(client: httpx.AsyncClient, statement: Any) -> Any:
    async with sessionmaker_of(client)() as session:
        return await session.scalar(statement)
