from __future__ import annotations

import base64
import json
import time
from dataclasses import replace
from datetime import timedelta

import httpx
import jwt
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.app import TEST_SECRET, app_of, sessionmaker_of
from tests.helpers.factories import PASSWORD, count_rows, login, make_account
from winterarc.auth.dependencies import get_token_policy
from winterarc.auth.models import RefreshToken, User
from winterarc.auth.service import TokenPolicy
from winterarc.db.base import utcnow
from winterarc.settings import Settings

pytestmark = pytest.mark.anyio


async def register(
    client: httpx.AsyncClient, username: str, password: str = PASSWORD
) -> httpx.Response:
    return await client.post(
        "/api/v1/auth/register", json={"username": username, "password": password}
    )


async def test_register_creates_a_learner_and_never_returns_the_hash(
    client: httpx.AsyncClient,
) -> None:
    response = await register(client, "Alice")
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert body["role"] == "learner"
    assert "password" not in json.dumps(body)


async def test_registering_a_taken_username_conflicts_case_insensitively(
    client: httpx.AsyncClient,
) -> None:
    assert (await register(client, "bob")).status_code == 201
    assert_problem(await register(client, "BOB"), 409, "conflict")
    assert await count_rows(client, User) == 1


@pytest.mark.parametrize(
    ("username", "password", "why"),
    [
        ("carol", "short", "at least 10"),
        ("carol", "carol-is-my-name", "username"),
        ("carol", "qwertyuiop", "too common"),
        ("carol", "x" * 300, "at most 256"),
    ],
)
async def test_password_policy_rejects_weak_passwords(
    client: httpx.AsyncClient, username: str, password: str, why: str
) -> None:
    body = assert_problem(await register(client, username, password), 422, "validation-error")
    assert why in str(body["detail"]) or why in json.dumps(body["errors"])
    assert password not in json.dumps(body)  # the rejected password is never echoed
    assert await count_rows(client, User) == 0


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "ab", "password": PASSWORD},
        {"username": "has space", "password": PASSWORD},
        {"username": "dave", "password": PASSWORD, "role": "admin"},
        {"username": "dave", "password": 12345678901},
        {"username": "dave", "password": PASSWORD, "display_name": "bad\x00name"},
    ],
)
async def test_bad_registration_input_is_problem_json_and_writes_nothing(
    client: httpx.AsyncClient, payload: dict[str, object]
) -> None:
    response = await client.post("/api/v1/auth/register", json=payload)
    assert_problem(response, 422, "validation-error")
    assert await count_rows(client, User) == 0


async def test_malformed_json_body_is_problem_json(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/auth/register", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_problem(response, 422, "validation-error")


async def test_login_returns_a_bearer_token_that_identifies_the_user(
    client: httpx.AsyncClient,
) -> None:
    await register(client, "erin")
    tokens = await login(client, "ERIN", PASSWORD)
    assert tokens["token_type"] == "bearer"
    assert 0 < tokens["expires_in"] <= 900
    me = await client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json()["username"] == "erin"


async def test_unknown_user_and_wrong_password_look_the_same(client: httpx.AsyncClient) -> None:
    await register(client, "frank")

    async def attempt(username: str) -> tuple[httpx.Response, float]:
        start = time.perf_counter()
        response = await client.post(
            "/api/v1/auth/token", data={"username": username, "password": "not-the-password"}
        )
        return response, time.perf_counter() - start

    async def fastest(username: str) -> tuple[httpx.Response, float]:
        # The best of three: a busy machine only ever adds time, so the minimum is the cost.
        tries = [await attempt(username) for _ in range(3)]
        return tries[-1][0], min(seconds for _, seconds in tries)

    wrong, wrong_time = await fastest("frank")
    unknown, unknown_time = await fastest("nobody-here")
    body_wrong = assert_problem(wrong, 401, "invalid-credentials")
    body_unknown = assert_problem(unknown, 401, "invalid-credentials")
    assert body_wrong["detail"] == body_unknown["detail"]
    # Relative, not absolute: both pay for one Argon2 verification; without the dummy hash the
    # unknown user is ~100x faster.
    assert unknown_time > wrong_time / 4


async def test_token_endpoint_rejects_unknown_grant_types(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/auth/token", data={"grant_type": "client_credentials"})
    assert_problem(response, 400, "unsupported-grant-type")


async def test_refresh_rotates_and_the_new_token_works(client: httpx.AsyncClient) -> None:
    account = await make_account(client)
    first = await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token})
    assert first.status_code == 200
    rotated = first.json()
    assert rotated["refresh_token"] != account.refresh_token
    second = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]}
    )
    assert second.status_code == 200
    me = await client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {second.json()['access_token']}"}
    )
    assert me.status_code == 200


async def test_refresh_through_the_oauth2_token_endpoint(client: httpx.AsyncClient) -> None:
    account = await make_account(client)
    response = await client.post(
        "/api/v1/auth/token",
        data={"grant_type": "refresh_token", "refresh_token": account.refresh_token},
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"


async def test_replayed_refresh_token_revokes_the_family(client: httpx.AsyncClient) -> None:
    account = await make_account(client)
    rotated = (
        await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token})
    ).json()
    replay = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": account.refresh_token}
    )
    assert_problem(replay, 401, "invalid-token")
    # The legitimate successor dies with the family: a thief and the owner are both logged out.
    after = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": rotated["refresh_token"]}
    )
    assert_problem(after, 401, "invalid-token")


async def test_replay_does_not_touch_other_sessions(client: httpx.AsyncClient) -> None:
    account = await make_account(client)
    other_session = await login(client, account.username, PASSWORD)
    await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token})
    await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token})
    still = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": other_session["refresh_token"]}
    )
    assert still.status_code == 200


async def test_retry_within_the_grace_window_gets_a_fresh_token_without_revoking(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    longer_grace = replace(TokenPolicy.from_settings(settings), reuse_grace=timedelta(seconds=30))
    app_of(client).dependency_overrides[get_token_policy] = lambda: longer_grace
    account = await make_account(client)
    lost = (
        await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token})
    ).json()
    retry = await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token})
    assert retry.status_code == 200
    # The answer the client lost is replaced: only the newest token in the family stays live.
    assert_problem(
        await client.post("/api/v1/auth/refresh", json={"refresh_token": lost["refresh_token"]}),
        401,
        "invalid-token",
    )


async def test_unknown_and_expired_refresh_tokens_are_rejected(client: httpx.AsyncClient) -> None:
    account = await make_account(client)
    assert_problem(
        await client.post("/api/v1/auth/refresh", json={"refresh_token": "made-up"}),
        401,
        "invalid-token",
    )
    async with sessionmaker_of(client)() as session:
        from sqlalchemy import update

        await session.execute(
            update(RefreshToken).values(expires_at=utcnow() - timedelta(seconds=1))
        )
        await session.commit()
    assert_problem(
        await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token}),
        401,
        "invalid-token",
    )


async def test_logout_revokes_the_refresh_token(client: httpx.AsyncClient) -> None:
    account = await make_account(client)
    response = await client.post(
        "/api/v1/auth/logout", json={"refresh_token": account.refresh_token}
    )
    assert response.status_code == 204
    assert_problem(
        await client.post("/api/v1/auth/refresh", json={"refresh_token": account.refresh_token}),
        401,
        "invalid-token",
    )


def _forge(claims: dict[str, object], *, key: str = TEST_SECRET, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key, algorithm=algorithm)


def _claims(user_id: int, **overrides: object) -> dict[str, object]:
    now = utcnow()
    claims: dict[str, object] = {
        "sub": str(user_id),
        "role": "admin",
        "typ": "access",
        "jti": "x",
        "iss": "winterarc",
        "aud": "winterarc-api",
        "iat": now,
        "exp": now + timedelta(minutes=5),
    }
    claims.update(overrides)
    return claims


def _unsigned(claims: dict[str, object]) -> str:
    def part(data: dict[str, object]) -> str:
        raw = json.dumps(data, default=lambda v: int(v.timestamp())).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


@pytest.mark.parametrize(
    "make_token",
    [
        pytest.param(
            lambda uid: _forge(
                _claims(
                    uid, exp=utcnow() - timedelta(minutes=1), iat=utcnow() - timedelta(minutes=20)
                )
            ),
            id="expired",
        ),
        pytest.param(
            lambda uid: _forge(_claims(uid), key="another-secret-of-sufficient-length-123"),
            id="wrong-signature",
        ),
        pytest.param(lambda uid: _unsigned(_claims(uid)), id="alg-none"),
        pytest.param(lambda uid: _forge(_claims(uid, aud="someone-else")), id="wrong-audience"),
        pytest.param(lambda uid: _forge(_claims(uid, iss="evil")), id="wrong-issuer"),
        pytest.param(lambda uid: _forge(_claims(uid, typ="refresh")), id="wrong-type"),
        pytest.param(
            lambda uid: _forge({k: v for k, v in _claims(uid).items() if k != "exp"}),
            id="no-expiry",
        ),
        pytest.param(lambda uid: _forge(_claims(uid), algorithm="HS512"), id="other-algorithm"),
        pytest.param(lambda uid: "not.a.jwt", id="garbage"),
    ],
)
async def test_bad_access_tokens_are_rejected(
    client: httpx.AsyncClient, make_token: object
) -> None:
    account = await make_account(client)
    token = make_token(account.id)  # type: ignore[operator]
    response = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert_problem(response, 401, "invalid-token")
    assert response.headers["www-authenticate"] == "Bearer"


async def test_a_valid_token_of_a_deactivated_user_is_rejected(client: httpx.AsyncClient) -> None:
    account = await make_account(client)
    async with sessionmaker_of(client)() as session:
        user = await session.get(User, account.id)
        assert user is not None
        user.is_active = False
        await session.commit()
    response = await client.get("/api/v1/auth/me", headers=account.headers)
    assert_problem(response, 401, "invalid-token")


async def test_me_without_a_token_is_401(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/api/v1/auth/me"), 401, "unauthorized")
