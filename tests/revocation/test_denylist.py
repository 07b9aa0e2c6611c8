"""Logging out ends the access token at once, on every replica (Redis) or process (database)."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.app import app_client
from tests.helpers.factories import PASSWORD, login, make_account
from tests.helpers.services import redis_url
from winterarc.auth.models import Role
from winterarc.settings import Settings

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["database", pytest.param("redis", marks=pytest.mark.redis)])
def backend_settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    if request.param == "database":
        return settings
    return settings.model_copy(update={"redis_url": redis_url()})


async def test_an_access_token_is_refused_right_after_logout(backend_settings: Settings) -> None:
    async with app_client(backend_settings) as client, app_client(backend_settings) as replica:
        account = await make_account(client, "ada")
        assert (await client.get("/api/v1/auth/me", headers=account.headers)).status_code == 200
        logout = await client.post(
            "/api/v1/auth/logout",
            json={"refresh_token": account.refresh_token},
            headers=account.headers,
        )
        assert logout.status_code == 204, logout.text
        for app in (client, replica):  # another API process sees the logout too
            response = await app.get("/api/v1/auth/me", headers=account.headers)
            assert_problem(response, 401, "invalid-token")


async def test_logout_leaves_the_same_users_other_logins_alone(client: httpx.AsyncClient) -> None:
    first = await make_account(client, "ada")
    second = await login(client, "ada", PASSWORD)
    await client.post(
        "/api/v1/auth/logout", json={"refresh_token": first.refresh_token}, headers=first.headers
    )
    other = {"Authorization": f"Bearer {second['access_token']}"}
    assert (await client.get("/api/v1/auth/me", headers=other)).status_code == 200


async def test_a_deactivated_accounts_token_is_refused_at_once(client: httpx.AsyncClient) -> None:
    admin = await make_account(client, "boss", Role.ADMIN)
    learner = await make_account(client, "ada")
    assert (await client.get("/api/v1/auth/me", headers=learner.headers)).status_code == 200
    response = await client.patch(
        f"/api/v1/users/{learner.id}", json={"is_active": False}, headers=admin.headers
    )
    assert response.status_code == 200, response.text
    assert_problem(
        await client.get("/api/v1/auth/me", headers=learner.headers), 401, "invalid-token"
    )
