"""The device authorization grant (RFC 8628): codes, the approval page, polling for tokens."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from tests.helpers.api import assert_problem
from tests.helpers.app import app_client, sessionmaker_of
from tests.helpers.factories import make_account
from tests.helpers.pages import browser_login, form_post, is_html, page
from winterarc.auth import device
from winterarc.auth.models import DeviceCode
from winterarc.db.base import utcnow
from winterarc.settings import Settings

pytestmark = pytest.mark.anyio


async def start(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.post("/api/v1/auth/device", data={"client_id": "winterarc-cli"})
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body: dict[str, Any] = response.json()
    return body


async def poll(client: httpx.AsyncClient, device_code: str) -> httpx.Response:
    return await client.post(
        "/api/v1/auth/token", data={"grant_type": device.DEVICE_GRANT, "device_code": device_code}
    )


async def decide(client: httpx.AsyncClient, code: str, decision: str) -> httpx.Response:
    return await form_post(client, "/device", {"code": code, "decision": decision})


async def age(client: httpx.AsyncClient, **values: Any) -> None:
    """Move every device code's clock fields (instead of waiting for time to pass)."""
    async with sessionmaker_of(client)() as session:
        await session.execute(update(DeviceCode).values(**values))
        await session.commit()


async def approved_by_browser(client: httpx.AsyncClient, username: str) -> dict[str, Any]:
    grant = await start(client)
    await make_account(client, username)
    await browser_login(client, username)
    response = await decide(client, grant["user_code"], "approve")
    assert response.status_code == 200, response.text
    assert "Approved" in response.text
    return grant


def error_of(response: httpx.Response, status: int, code: str, error: str) -> dict[str, Any]:
    body: dict[str, Any] = assert_problem(response, status, code)
    assert body["error"] == error  # the RFC 8628 member OAuth clients branch on
    return body


async def test_a_device_login_hands_out_both_codes_and_where_to_approve(
    client: httpx.AsyncClient,
) -> None:
    grant = await start(client)
    assert re.fullmatch(r"[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}", grant["user_code"])
    assert len(grant["device_code"]) >= 40
    assert grant["verification_uri"] == "http://testserver/device"
    assert grant["verification_uri_complete"].endswith(f"/device?code={grant['user_code']}")
    assert grant["expires_in"] == 600 and grant["interval"] == 5


async def test_polling_before_approval_is_pending_and_polling_too_fast_slows_down(
    client: httpx.AsyncClient,
) -> None:
    grant = await start(client)
    error_of(
        await poll(client, grant["device_code"]),
        400,
        "authorization-pending",
        "authorization_pending",
    )
    body = error_of(await poll(client, grant["device_code"]), 400, "slow-down", "slow_down")
    assert body["interval"] == 10
    await age(client, last_polled_at=utcnow() - timedelta(seconds=11))
    error_of(
        await poll(client, grant["device_code"]),
        400,
        "authorization-pending",
        "authorization_pending",
    )


async def test_an_approved_code_gives_working_tokens_once(client: httpx.AsyncClient) -> None:
    grant = await approved_by_browser(client, "dora")
    tokens = await poll(client, grant["device_code"])
    assert tokens.status_code == 200, tokens.text
    me = await client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {tokens.json()['access_token']}"}
    )
    assert me.json()["username"] == "dora"
    refreshed = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": tokens.json()["refresh_token"]}
    )
    assert refreshed.status_code == 200
    error_of(await poll(client, grant["device_code"]), 400, "invalid-grant", "invalid_grant")


async def test_a_denied_code_is_refused_for_good(client: httpx.AsyncClient) -> None:
    grant = await start(client)
    await make_account(client, "eve")
    await browser_login(client, "eve")
    response = await decide(client, grant["user_code"].lower().replace("-", " "), "deny")
    assert response.status_code == 200 and "Denied" in response.text
    error_of(await poll(client, grant["device_code"]), 400, "access-denied", "access_denied")
    again = await decide(client, grant["user_code"], "approve")
    assert again.status_code == 400 and "unknown, expired or already used" in again.text


async def test_an_expired_code_can_be_neither_approved_nor_exchanged(
    client: httpx.AsyncClient,
) -> None:
    grant = await start(client)
    await age(client, expires_at=utcnow() - timedelta(seconds=1))
    await make_account(client, "fay")
    await browser_login(client, "fay")
    refused = await decide(client, grant["user_code"], "approve")
    assert refused.status_code == 400 and is_html(refused)
    error_of(await poll(client, grant["device_code"]), 400, "expired-token", "expired_token")


async def test_unknown_codes_are_refused_alike(client: httpx.AsyncClient) -> None:
    error_of(await poll(client, "no-such-device-code"), 400, "invalid-grant", "invalid_grant")
    assert_problem(
        await client.post("/api/v1/auth/token", data={"grant_type": device.DEVICE_GRANT}),
        422,
        "validation-error",
    )
    await make_account(client, "gil")
    await browser_login(client, "gil")
    for code in ("BCDF-GHJK", "AEIO-UAEI", "<script>", "x" * 32):
        response = await decide(client, code, "approve")
        assert response.status_code == 400 and "<script>" not in response.text


async def test_the_approval_page_needs_a_login_and_keeps_the_code(
    client: httpx.AsyncClient,
) -> None:
    grant = await start(client)
    visitor = await page(client, f"/device?code={grant['user_code']}")
    assert visitor.status_code == 303
    assert visitor.headers["location"].startswith("/login?next=/device")
    await make_account(client, "hal")
    await browser_login(client, "hal")
    shown = await page(client, f"/device?code={grant['user_code'].lower()}")
    assert shown.status_code == 200 and f'value="{grant["user_code"]}"' in shown.text
    assert "hal" in shown.text


async def test_approving_needs_the_csrf_token(client: httpx.AsyncClient) -> None:
    grant = await start(client)
    await make_account(client, "ida")
    await browser_login(client, "ida")
    refused = await form_post(
        client, "/device", {"code": grant["user_code"], "decision": "approve"}, csrf=None
    )
    assert refused.status_code == 403
    error_of(
        await poll(client, grant["device_code"]),
        400,
        "authorization-pending",
        "authorization_pending",
    )


async def test_issuing_and_trying_codes_are_rate_limited(settings: Settings) -> None:
    limited = settings.model_copy(
        update={"device_code_rate_limit": "2/minute", "device_verify_rate_limit": "2/minute"}
    )
    async with app_client(limited) as client:
        await start(client)
        await start(client)
        response = await client.post("/api/v1/auth/device")
        assert_problem(response, 429, "rate-limited")
        assert int(response.headers["retry-after"]) >= 1
        await make_account(client, "jon")
        await browser_login(client, "jon")
        for _ in range(2):
            assert (await decide(client, "BCDF-GHJK", "approve")).status_code == 400
        blocked = await decide(client, "BCDF-GHJK", "approve")
        assert blocked.status_code == 429 and "Too many codes" in blocked.text


def test_user_codes_normalise_and_reject_what_cannot_be_one() -> None:
    assert device.normalize_user_code(" bcdf-ghjk ") == "BCDFGHJK"
    assert device.normalize_user_code("BCDFGHJ") is None
    assert device.normalize_user_code("ABCD-EFGH") is None  # vowels are never issued
    codes = {device.new_user_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(device.normalize_user_code(code) for code in codes)
