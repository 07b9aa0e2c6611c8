from __future__ import annotations

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import make_account
from winterarc.auth.models import Role

pytestmark = pytest.mark.anyio


async def test_admin_lists_users_and_changes_a_role(client: httpx.AsyncClient) -> None:
    admin = await make_account(client, "admin1", Role.ADMIN)
    learner = await make_account(client, "learner2")
    page = (await client.get("/api/v1/users", headers=admin.headers)).json()
    assert page["total"] == 2
    response = await client.patch(
        f"/api/v1/users/{learner.id}", json={"role": "author"}, headers=admin.headers
    )
    assert response.status_code == 200
    assert response.json()["role"] == "author"
    # The new role applies at once: roles are read from the database, not from the token.
    created = await client.post(
        "/api/v1/problems",
        json={"slug": "by-new-author", "title": "T", "difficulty": "easy"},
        headers=learner.headers,
    )
    assert created.status_code == 201


async def test_admin_cannot_demote_themselves(client: httpx.AsyncClient) -> None:
    admin = await make_account(client, "admin2", Role.ADMIN)
    response = await client.patch(
        f"/api/v1/users/{admin.id}", json={"role": "learner"}, headers=admin.headers
    )
    assert_problem(response, 422, "validation-error")


async def test_unknown_user_and_bad_role_are_rejected(client: httpx.AsyncClient) -> None:
    admin = await make_account(client, "admin3", Role.ADMIN)
    assert_problem(
        await client.patch("/api/v1/users/9999", json={"role": "author"}, headers=admin.headers),
        404,
        "not-found",
    )
    assert_problem(
        await client.patch(
            f"/api/v1/users/{admin.id}", json={"role": "god"}, headers=admin.headers
        ),
        422,
        "validation-error",
    )
