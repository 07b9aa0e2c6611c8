"""Every route answers malformed input with problem+json and writes nothing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import count_rows, make_account, make_problem
from winterarc.auth.models import RefreshToken, Role, User
from winterarc.problems.models import Problem, ProblemTag, Tag

pytestmark = pytest.mark.anyio

JSON = {"content-type": "application/json"}
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("POST", "/api/v1/auth/register", {"content": b"[]", "headers": JSON}),
    ("POST", "/api/v1/auth/register", {"content": b"\xff\xfe", "headers": JSON}),
    ("POST", "/api/v1/auth/token", {"data": {"grant_type": "password"}}),
    ("POST", "/api/v1/auth/token", {"data": {"grant_type": "refresh_token"}}),
    ("POST", "/api/v1/auth/token", {"data": {"username": "x" * 65, "password": "y"}}),
    ("POST", "/api/v1/auth/refresh", {"json": {"refresh_token": ""}}),
    ("POST", "/api/v1/auth/refresh", {"json": {"token": "abc"}}),
    ("POST", "/api/v1/auth/logout", {"json": {}}),
    ("POST", "/api/v1/auth/logout", {"json": {"refresh_token": "x" * 300}}),
    ("GET", "/api/v1/problems?page=-1", {}),
    ("GET", "/api/v1/problems?q=" + "x" * 101, {}),
    ("GET", "/api/v1/problems?tag=" + "%00", {}),
    ("GET", "/api/v1/problems/Not_A_Slug", {}),
    ("POST", "/api/v1/problems", {"content": b"{", "headers": JSON}),
    (
        "POST",
        "/api/v1/problems",
        {"json": {"slug": "x", "title": "t", "difficulty": "easy", "tags": "arrays"}},
    ),
    ("PATCH", "/api/v1/problems/seeded", {"json": {"memory_limit_mb": "lots"}}),
    ("PATCH", "/api/v1/problems/seeded", {"json": {"unknown_field": 1}}),
    ("DELETE", "/api/v1/problems/BAD%20SLUG", {}),
    ("GET", "/api/v1/users?page_size=0", {}),
    ("PATCH", "/api/v1/users/abc", {"json": {"role": "author"}}),
    ("PATCH", "/api/v1/users/1", {"json": {"is_active": "perhaps"}}),
]


@pytest.mark.parametrize(("method", "path", "kwargs"), CASES)
async def test_malformed_requests_are_problem_json_and_change_nothing(
    client: httpx.AsyncClient, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    admin = await make_account(client, "boss", Role.ADMIN)
    await make_problem(client, admin, "seeded")
    models = (User, RefreshToken, Problem, Tag, ProblemTag)
    before = [await count_rows(client, model) for model in models]
    headers = {**admin.headers, **kwargs.pop("headers", {})}
    response = await client.request(method, path, headers=headers, **kwargs)
    assert_problem(response, 422, "validation-error")
    assert [await count_rows(client, model) for model in models] == before
    detail = (await client.get("/api/v1/problems/seeded")).json()
    assert detail["memory_limit_mb"] == 256
