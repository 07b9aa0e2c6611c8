"""Rate limits in memory and in Redis, and the login brake they drive."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest

from tests.helpers.factories import PASSWORD, make_account
from tests.helpers.services import redis_url
from winterarc.app import create_app
from winterarc.ratelimit import RateLimited, RateLimiter, parse_rule
from winterarc.settings import Settings

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("backend", ["memory", pytest.param("redis", marks=pytest.mark.redis)])
async def test_the_hit_over_the_limit_is_refused_with_retry_after(backend: str) -> None:
    limiter = RateLimiter(redis_url() if backend == "redis" else None)
    key = uuid.uuid4().hex  # Redis outlives the test: a fresh identity per run
    for _ in range(3):
        await limiter.check("3/minute", "test", key, message="slow down")
    with pytest.raises(RateLimited) as refused:
        await limiter.check("3/minute", "test", key, message="slow down")
    assert refused.value.status == 429
    assert 1 <= int(refused.value.headers["Retry-After"]) <= 60
    await limiter.check("3/minute", "test", uuid.uuid4().hex, message="others are not affected")
    await limiter.close()


async def test_a_burst_straddling_a_window_boundary_is_still_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The clock is ours: three hits a tenth of a second before a minute boundary, the fourth
    # a tenth after. An approximate window forgets most of the first three; an exact one not.
    clock = [60.0 * 1_000_000 - 0.1]
    monkeypatch.setattr("limits.aio.storage.memory.time.time", lambda: clock[0])
    limiter = RateLimiter(None)
    for _ in range(3):
        await limiter.check("3/minute", "test", "boundary", message="slow down")
    clock[0] += 0.2
    with pytest.raises(RateLimited):
        await limiter.check("3/minute", "test", "boundary", message="slow down")
    clock[0] += 60.0  # a whole window later the hits have aged out
    await limiter.check("3/minute", "test", "boundary", message="allowed again")
    await limiter.close()


async def test_an_unreachable_store_lets_requests_through(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RateLimiter("redis://127.0.0.1:1/0")  # nothing listens on port 1
    await limiter.check("1/minute", "test", "x", message="never raised")
    await limiter.check("1/minute", "test", "x", message="never raised")
    await limiter.close()
    assert "rate limit storage unavailable" in caplog.text


def test_rules_are_validated() -> None:
    assert parse_rule("10/minute").amount == 10
    with pytest.raises(ValueError, match="not a rate limit"):
        parse_rule("ten a minute")
    with pytest.raises(ValueError, match="not a rate limit"):
        Settings(login_rate_limit="often")


async def test_guessing_one_accounts_password_is_braked(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"login_rate_limit": "3/minute"}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            http.app = app  # type: ignore[attr-defined]
            account = await make_account(http)  # its own login counts as the first attempt
            for _ in range(2):
                wrong = await http.post(
                    "/api/v1/auth/token", data={"username": account.username, "password": "nope"}
                )
                assert wrong.status_code == 401
            braked = await http.post(
                "/api/v1/auth/token", data={"username": account.username, "password": PASSWORD}
            )
            assert braked.status_code == 429
            assert braked.headers["content-type"] == "application/problem+json"
            assert int(braked.headers["retry-after"]) >= 1
            # The login page says so in the form and keeps what was typed.
            page = await http.get("/login", headers={"Accept": "text/html"})
            token = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
            assert token is not None
            form = await http.post(
                "/login",
                data={"username": account.username, "password": "x", "csrf_token": token[1]},
                headers={"Accept": "text/html"},
            )
            assert form.status_code == 429
            assert "Too many login attempts" in form.text
            assert f'value="{account.username}"' in form.text
            # Another account from the same address is not affected.
            other = await make_account(http)
            assert other.access_token


async def test_guessing_from_many_addresses_is_braked_but_a_known_browser_still_logs_in(
    settings: Settings,
) -> None:
    limits = {
        "login_account_rate_limit": "3/minute",
        "login_rate_limit": "100/minute",
        "login_ip_rate_limit": "100/minute",
    }
    app = create_app(settings.model_copy(update=limits))

    def browser(address: str) -> httpx.AsyncClient:
        transport = httpx.ASGITransport(app=app, client=(address, 40000))
        return httpx.AsyncClient(transport=transport, base_url="http://testserver")

    async def page_login(http: httpx.AsyncClient, username: str, password: str) -> int:
        page = await http.get("/problems", headers={"Accept": "text/html"})
        token = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
        assert token is not None
        response = await http.post(
            "/login",
            data={"username": username, "password": password, "csrf_token": token[1]},
            headers={"Accept": "text/html"},
        )
        return response.status_code

    async with app.router.lifespan_context(app), browser("10.0.0.1") as owner:
        owner.app = app  # type: ignore[attr-defined]
        account = await make_account(owner)  # one attempt on the account
        assert await page_login(owner, account.username, PASSWORD) == 303  # now a known browser
        for address in ("10.0.0.2", "10.0.0.3"):  # an attacker, each guess from a new address
            async with browser(address) as attacker:
                assert await page_login(attacker, account.username, "guess") in (401, 429)
        async with browser("10.0.0.4") as stranger:
            braked = await stranger.post(
                "/api/v1/auth/token", data={"username": account.username, "password": PASSWORD}
            )
            assert braked.status_code == 429
            assert "RateLimit-Policy" in braked.headers
        # The rightful user's browser is not slowed down.
        assert await page_login(owner, account.username, PASSWORD) == 303
