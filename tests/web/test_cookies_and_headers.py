"""Cookies and response headers: what a browser is told to keep, send, cache and allow."""

from __future__ import annotations

import hashlib
import re

import httpx
import pytest

from tests.helpers.app import app_client
from tests.helpers.factories import add_judged_problem, make_account
from tests.helpers.pages import (
    another_browser,
    browser_login,
    cookie_attributes,
    form_post,
    page,
    set_cookie_headers,
)
from winterarc.settings import Settings
from winterarc.web.cookies import CSRF_COOKIE, SESSION_COOKIE

pytestmark = pytest.mark.anyio

ASSET = re.compile(r'(?:href|src)="(/static/[^"?]+)\?v=([0-9a-f]+)"')


def only_cookie(response: httpx.Response, name: str) -> dict[str, str]:
    lines = set_cookie_headers(response, name)
    assert len(lines) == 1, response.headers.get_list("set-cookie")
    return cookie_attributes(lines[0])


async def login_response(http: httpx.AsyncClient) -> httpx.Response:
    await make_account(http, "learner1")
    return await browser_login(http, "learner1")


# --- Cookie flags ----------------------------------------------------------------------------


async def test_the_csrf_cookie_is_http_only_and_same_site_lax_without_secure_over_http(
    client: httpx.AsyncClient,
) -> None:
    attributes = only_cookie(await page(client, "/login"), CSRF_COOKIE)
    assert "httponly" in attributes
    assert attributes["samesite"] == "lax"
    assert attributes["path"] == "/"
    assert "secure" not in attributes


async def test_the_session_cookie_is_http_only_and_same_site_lax_without_secure_over_http(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    response = await login_response(client)
    session = only_cookie(response, SESSION_COOKIE)
    assert "httponly" in session
    assert session["samesite"] == "lax"
    assert "secure" not in session
    assert int(session["max-age"]) == settings.web_session_ttl_seconds
    rotated = only_cookie(response, CSRF_COOKIE)
    assert "httponly" in rotated and "secure" not in rotated


async def test_a_page_that_finds_a_csrf_cookie_does_not_set_it_again(
    client: httpx.AsyncClient,
) -> None:
    await page(client, "/login")
    assert set_cookie_headers(await page(client, "/problems"), CSRF_COOKIE) == []


async def test_cookies_are_secure_when_the_request_came_over_https(
    client: httpx.AsyncClient,
) -> None:
    async with another_browser(client, base_url="https://testserver") as tls:
        first = await page(tls, "/login")
        assert "secure" in only_cookie(first, CSRF_COOKIE)
        response = await login_response(tls)
        session = only_cookie(response, SESSION_COOKIE)
        assert "secure" in session and "httponly" in session and session["samesite"] == "lax"
        assert "secure" in only_cookie(response, CSRF_COOKIE)
        logout = await form_post(tls, "/logout")
        assert logout.status_code == 303
        assert "secure" in only_cookie(logout, SESSION_COOKIE)


async def test_cookie_secure_forces_secure_cookies_behind_a_plain_http_hop(
    settings: Settings,
) -> None:
    async with app_client(settings.model_copy(update={"cookie_secure": True})) as http:
        assert "secure" in only_cookie(await page(http, "/login"), CSRF_COOKIE)


async def test_cookie_secure_false_turns_secure_off_even_over_https(settings: Settings) -> None:
    forced_off = settings.model_copy(update={"cookie_secure": False})
    async with app_client(forced_off, base_url="https://testserver") as http:
        assert "secure" not in only_cookie(await page(http, "/login"), CSRF_COOKIE)


async def test_logout_clears_the_session_cookie(client: httpx.AsyncClient) -> None:
    await login_response(client)
    response = await form_post(client, "/logout")
    assert response.status_code == 303
    cleared = set_cookie_headers(response, SESSION_COOKIE)
    assert len(cleared) == 1
    assert cookie_attributes(cleared[0])["max-age"] == "0"
    assert SESSION_COOKIE not in client.cookies


# --- Security headers ------------------------------------------------------------------------


async def test_hsts_is_sent_only_over_https(client: httpx.AsyncClient) -> None:
    plain = await page(client, "/login")
    assert "strict-transport-security" not in plain.headers
    async with another_browser(client, base_url="https://testserver") as tls:
        secure = await page(tls, "/login")
        api = await tls.get("/healthz")
    assert secure.headers["strict-transport-security"].startswith("max-age=")
    assert "includeSubDomains" in secure.headers["strict-transport-security"]
    assert "strict-transport-security" in api.headers


@pytest.mark.parametrize("path", ["/", "/login", "/problems", "/no-such-page", "/healthz"])
async def test_the_content_security_policy_forbids_inline_code_and_framing(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await page(client, path)
    policy = response.headers["content-security-policy"]
    directives = {
        d.strip().split()[0]: d.strip().split()[1:] for d in policy.split(";") if d.strip()
    }
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert response.headers["cross-origin-opener-policy"] == "same-origin"
    assert "camera=()" in response.headers["permissions-policy"]


async def test_pages_contain_no_inline_script_or_style(client: httpx.AsyncClient) -> None:
    for path in ("/", "/login", "/signup", "/problems", "/roadmap", "/quizzes"):
        html = (await page(client, path)).text
        assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None, path
        assert "<style" not in html and " style=" not in html, path
        assert re.search(r"\son[a-z]+=", html) is None, path


async def test_the_security_headers_are_on_the_body_limit_refusal_too(
    settings: Settings,
) -> None:
    async with app_client(
        settings.model_copy(
            update={"package_upload_max_bytes": 64 * 1024, "lab_submission_max_bytes": 64 * 1024}
        )
    ) as http:
        response = await http.post(
            "/api/v1/auth/token",
            content=b"x" * (2 * 1024 * 1024),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    assert response.status_code == 413
    assert "content-security-policy" in response.headers


# --- Caching ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/login", "/signup", "/problems", "/roadmap", "/quizzes"])
async def test_pages_are_not_stored_by_caches(client: httpx.AsyncClient, path: str) -> None:
    response = await page(client, path)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"


async def test_logged_in_pages_and_error_pages_are_not_stored_either(
    client: httpx.AsyncClient,
) -> None:
    await login_response(client)
    assert (await page(client, "/me")).headers["cache-control"] == "no-store"
    missing = await page(client, "/problems/no-such-problem")
    assert missing.status_code == 404
    assert missing.headers["cache-control"] == "no-store"


async def test_static_assets_are_served_under_the_hashes_pages_reference(
    client: httpx.AsyncClient,
) -> None:
    html = (await page(client, "/login")).text
    assets = dict(ASSET.findall(html))
    assert {"/static/css/app.css", "/static/app/app.js", "/static/img/favicon.svg"} <= set(assets)
    for path, version in assets.items():
        response = await client.get(f"{path}?v={version}")
        assert response.status_code == 200, path
        assert hashlib.sha256(response.content).hexdigest().startswith(version), path
        assert "content-security-policy" in response.headers


async def test_the_problem_page_references_the_editor_script_by_hash(
    client: httpx.AsyncClient,
) -> None:
    await add_judged_problem(client, "sum-stdio")
    html = (await page(client, "/problems/sum-stdio")).text
    assets = dict(ASSET.findall(html))
    assert "/static/app/editor.js" in assets
    editor = await client.get(f"/static/app/editor.js?v={assets['/static/app/editor.js']}")
    assert editor.status_code == 200
    assert editor.headers["content-type"].startswith(("text/javascript", "application/javascript"))
