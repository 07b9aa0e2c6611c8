"""Acting as a browser against the app in process: HTML pages, the CSRF token, cookie login."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from tests.helpers.app import BASE_URL, app_of, client_for
from tests.helpers.factories import PASSWORD
from winterarc.kit.errors import PROBLEM_JSON
from winterarc.web.cookies import SESSION_COOKIE

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
HTMX = {"HX-Request": "true", "Accept": "*/*"}
_META = re.compile(r'<meta name="csrf-token" content="([^"]*)">')


def csrf_from(response: httpx.Response) -> str:
    """The token a page embeds in its csrf-token meta tag."""
    match = _META.search(response.text)
    assert match, f"no csrf meta tag in {response.request.url}: {response.text[:300]}"
    return match.group(1)


async def page(client: httpx.AsyncClient, path: str, **kwargs: Any) -> httpx.Response:
    """GET `path` as a browser navigating to it."""
    headers = {**HTML, **kwargs.pop("headers", {})}
    return await client.get(path, headers=headers, **kwargs)


async def token(client: httpx.AsyncClient, path: str = "/login") -> str:
    """This browser's current CSRF token (from any page; /login works logged in or out)."""
    response = await page(client, path)
    if response.status_code == 303:  # /login while logged in: use the page it sends us to
        response = await page(client, "/problems")
    assert response.status_code == 200, response.text
    return csrf_from(response)


async def form_post(
    client: httpx.AsyncClient,
    path: str,
    data: dict[str, Any] | None = None,
    *,
    csrf: str | None = "fetch",
    headers: dict[str, str] | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """POST a form the way a browser does; `csrf="fetch"` reads a fresh token first, None
    sends no token at all."""
    body = dict(data or {})
    if csrf == "fetch":
        csrf = await token(client)
    if csrf is not None:
        body["csrf_token"] = csrf
    return await client.post(path, data=body, headers={**HTML, **(headers or {})}, **kwargs)


async def browser_login(
    client: httpx.AsyncClient, username: str, password: str = PASSWORD
) -> httpx.Response:
    """Log this browser in through the login form (the account must exist)."""
    response = await form_post(client, "/login", {"username": username, "password": password})
    assert response.status_code == 303, response.text
    assert client.cookies.get(SESSION_COOKIE), "login set no session cookie"
    return response


@asynccontextmanager
async def another_browser(
    client: httpx.AsyncClient, base_url: str = BASE_URL
) -> AsyncIterator[httpx.AsyncClient]:
    """A second browser on the same app: its own cookie jar."""
    async with client_for(app_of(client), base_url) as other:
        yield other


def is_html(response: httpx.Response) -> bool:
    return response.headers.get("content-type", "").startswith("text/html")


def is_problem(response: httpx.Response, status: int) -> bool:
    return (
        response.status_code == status
        and response.headers.get("content-type", "").startswith(PROBLEM_JSON)
        and response.json()["status"] == status
    )


def set_cookie_headers(response: httpx.Response, name: str) -> list[str]:
    """The response's Set-Cookie lines for cookie `name`."""
    return [line for line in response.headers.get_list("set-cookie") if line.startswith(f"{name}=")]


def cookie_attributes(line: str) -> dict[str, str]:
    """A Set-Cookie line's attributes, lower-cased names: {"httponly": "", "samesite": "lax"}."""
    attributes = {}
    for part in line.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        attributes[name.lower()] = value.lower()
    return attributes
