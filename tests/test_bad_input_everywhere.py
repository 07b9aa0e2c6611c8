"""Every route answers malformed input with problem+json and writes nothing."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import count_rows, make_account, make_problem
from tests.helpers.pages import browser_login, is_html, page
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
    # Numbers are not booleans, nor booleans numbers (Pydantic's lax mode took 0 for false and
    # true for 1, which the document does not allow; found by tests/test_api_schema_fuzz.py).
    ("PATCH", "/api/v1/users/1", {"json": {"is_active": 0}}),
    ("PATCH", "/api/v1/me/preferences", {"json": {"hide_difficulty": 0.0}}),
    ("PATCH", "/api/v1/me/preferences", {"json": {"leaderboard_opt_out": 0}}),
    ("PATCH", "/api/v1/me/daily/settings", {"json": {"drill_size": True}}),
    ("PUT", "/api/v1/solutions/1/hidden", {"json": {"hidden": 1}}),
    ("PUT", f"/api/v1/submissions/{uuid.UUID(int=1)}/shared", {"json": {"shared": 1}}),
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


# Ids past PostgreSQL's INTEGER (2**31 - 1) were a 500 there (an out-of-range error from the
# database), found by tests/test_api_schema_fuzz.py; they are refused at the edge.
TOO_LARGE_ID = 2**60
ID_CASES = [
    ("GET", f"/api/v1/cohorts/{TOO_LARGE_ID}"),
    ("POST", f"/api/v1/cohorts/{TOO_LARGE_ID}/join-code"),
    ("GET", f"/api/v1/cohorts/{TOO_LARGE_ID}/dashboard"),
    ("GET", f"/api/v1/leaderboards/cohorts/{TOO_LARGE_ID}"),
    ("GET", f"/api/v1/hacks/{TOO_LARGE_ID}"),
    ("POST", f"/api/v1/hacks/{2**31}/add-test"),
    ("POST", f"/api/v1/solutions/{2**31}/vote"),
]


@pytest.mark.parametrize(("method", "path"), ID_CASES)
async def test_an_id_past_the_databases_integers_is_a_422(
    client: httpx.AsyncClient, method: str, path: str
) -> None:
    admin = await make_account(client, "boss", Role.ADMIN)
    response = await client.request(method, path, headers=admin.headers)
    assert_problem(response, 422, "validation-error")


async def test_an_admin_patching_a_user_id_past_the_databases_integers_gets_a_422(
    client: httpx.AsyncClient,
) -> None:
    admin = await make_account(client, "boss", Role.ADMIN)
    response = await client.patch(
        f"/api/v1/users/{TOO_LARGE_ID}", json={"role": "author"}, headers=admin.headers
    )
    assert_problem(response, 422, "validation-error")


@pytest.mark.parametrize("path", [f"/cohorts/{TOO_LARGE_ID}", f"/hacks/{TOO_LARGE_ID}"])
async def test_a_page_for_an_id_past_the_databases_integers_is_a_422_page(
    client: httpx.AsyncClient, path: str
) -> None:
    await make_account(client, "reader")
    await browser_login(client, "reader")
    response = await page(client, path)
    assert response.status_code == 422
    assert is_html(response)
