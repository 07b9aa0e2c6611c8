"""Test data: users with tokens, problems with labels, submissions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from winterarc.auth import passwords
from winterarc.auth.models import Role, User
from winterarc.submissions.models import Submission

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
    app: Any = client.app  # type: ignore[attr-defined]
    async with app.state.sessionmaker() as session:
        user = User(
            username=username.lower(), password_hash=await _password_hash(), role=role.value
        )
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


async def add_submission(
    client: httpx.AsyncClient, user_id: int, slug: str, verdict: str | None
) -> None:
    """A judged (or queued) submission straight into the database."""
    from sqlalchemy import select

    from winterarc.problems.models import Problem

    app: Any = client.app  # type: ignore[attr-defined]
    async with app.state.sessionmaker() as session:
        problem_id = await session.scalar(select(Problem.id).where(Problem.slug == slug))
        session.add(
            Submission(
                user_id=user_id,
                problem_id=problem_id,
                source="print(1)",
                status="done" if verdict else "queued",
                verdict=verdict,
            )
        )
        await session.commit()


async def count_rows(client: httpx.AsyncClient, model: Any) -> int:
    from sqlalchemy import func, select

    app: Any = client.app  # type: ignore[attr-defined]
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)
