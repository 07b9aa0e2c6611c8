"""Errors: a page for a browser, problem+json for everyone else; a 401 page goes to login."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi import Request

from tests.helpers.app import app_of
from tests.helpers.factories import add_judged_problem, make_account
from tests.helpers.pages import (
    HTML,
    browser_login,
    csrf_from,
    form_post,
    is_html,
    is_problem,
    page,
    token,
)
from winterarc.auth.models import Role
from winterarc.web.errors import safe_next

pytestmark = pytest.mark.anyio
JSON = {"Accept": "application/json"}


def redirect_target(response: httpx.Response) -> tuple[str, str]:
    """(path, next) of a redirect to the login page."""
    assert response.status_code == 303, response.text
    location = urlsplit(response.headers["location"])
    return location.path, parse_qs(location.query)["next"][0]


# --- Who gets a page --------------------------------------------------------------------------


async def test_a_missing_page_is_an_html_404_for_a_browser(client: httpx.AsyncClient) -> None:
    response = await page(client, "/no-such-page")
    assert response.status_code == 404
    assert is_html(response)
    assert '<p class="error-code">404</p>' in response.text
    assert "There is nothing at this address" in response.text
    assert 'href="/"' in response.text
    assert csrf_from(response)


async def test_a_missing_page_is_problem_json_for_a_script(client: httpx.AsyncClient) -> None:
    response = await client.get("/no-such-page", headers=JSON)
    assert is_problem(response, 404)
    assert response.json()["type"] == "urn:winterarc:error:not-found"
    assert is_problem(await client.get("/no-such-page"), 404)


@pytest.mark.parametrize(
    "path", ["/api/v1/no-such-thing", "/api/v1/problems/no-such-problem", "/static/nothing.css"]
)
async def test_api_and_static_addresses_stay_problem_json_even_for_a_browser(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await page(client, path)
    assert is_problem(response, 404), response.text


async def test_an_unknown_problem_is_a_404_page(client: httpx.AsyncClient) -> None:
    response = await page(client, "/problems/no-such-problem")
    assert response.status_code == 404
    assert is_html(response)
    assert "error-code" in response.text


async def test_a_malformed_address_is_a_422_page_for_a_browser_and_json_for_a_script(
    client: httpx.AsyncClient,
) -> None:
    browser = await page(client, "/problems/Not_A_Slug")
    assert browser.status_code == 422
    assert is_html(browser)
    assert '<p class="error-code">422</p>' in browser.text
    script = await client.get("/problems/Not_A_Slug", headers=JSON)
    assert is_problem(script, 422)
    assert script.json()["errors"]


async def test_a_wrong_method_is_a_405_page(client: httpx.AsyncClient) -> None:
    response = await client.delete("/problems", headers=HTML)
    assert response.status_code == 405
    assert is_html(response)


async def test_a_learner_on_an_author_page_gets_a_403_page(client: httpx.AsyncClient) -> None:
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    response = await page(client, "/author/packages")
    assert response.status_code == 403
    assert is_html(response)
    assert "not open to your account" in response.text
    assert "www-authenticate" not in response.headers
    assert is_problem(await client.get("/author/packages", headers=JSON), 403)


async def test_the_api_refuses_a_learner_with_problem_json_even_for_a_browser(
    client: httpx.AsyncClient,
) -> None:
    learner = await make_account(client, "learner1")
    response = await client.post(
        "/api/v1/problems/packages",
        files={"file": ("p.zip", b"zip", "application/zip")},
        headers={**HTML, **learner.headers},
    )
    assert is_problem(response, 403)


async def test_an_error_page_offers_no_account_links(client: httpx.AsyncClient) -> None:
    # Error pages are rendered without knowing the viewer: they must not claim a wrong state.
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    response = await page(client, "/no-such-page")
    assert response.status_code == 404
    assert "nav-account" not in response.text
    assert "Log in" not in response.text


async def test_an_unexpected_error_is_a_500_page_without_details(
    client: httpx.AsyncClient,
) -> None:
    app = app_of(client)

    async def broken(request: Request) -> None:
        raise RuntimeError("secret internals: password=hunter2")

    app.add_api_route("/broken-for-test", broken)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        browser = await http.get("/broken-for-test", headers=HTML)
        script = await http.get("/broken-for-test", headers=JSON)
    assert browser.status_code == 500
    assert is_html(browser)
    assert "Something went wrong on our side" in browser.text
    assert "hunter2" not in browser.text and "RuntimeError" not in browser.text
    assert is_problem(script, 500)
    assert "hunter2" not in script.text


# --- 401: to the login page and back ----------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected_next"),
    [
        ("/me", "/me"),
        ("/submissions", "/submissions"),
        ("/submissions?problem=sum-stdio&verdict=WA", "/submissions?problem=sum-stdio&verdict=WA"),
        ("/problems/sum-stdio/editorial", "/problems/sum-stdio/editorial"),
    ],
)
async def test_a_page_that_needs_a_login_redirects_to_login_and_back(
    client: httpx.AsyncClient, path: str, expected_next: str
) -> None:
    response = await page(client, path)
    login_path, target = redirect_target(response)
    assert (login_path, target) == ("/login", expected_next)
    login = await page(client, response.headers["location"])
    assert login.status_code == 200
    await make_account(client, "learner1")
    back = await form_post(
        client,
        "/login",
        {"username": "learner1", "password": "a-long-and-unusual-passphrase", "next": target},
    )
    assert back.status_code == 303
    assert back.headers["location"] == expected_next


async def test_the_login_page_carries_next_into_its_form(client: httpx.AsyncClient) -> None:
    response = await page(client, "/me")
    login = await page(client, response.headers["location"])
    assert '<input type="hidden" name="next" value="/me">' in login.text


async def test_a_form_post_that_needs_a_login_returns_to_the_page_it_came_from(
    client: httpx.AsyncClient,
) -> None:
    await add_judged_problem(client, "sum-stdio")
    response = await form_post(
        client,
        "/problems/sum-stdio/give-up",
        headers={"Referer": "http://testserver/problems/sum-stdio"},
    )
    assert redirect_target(response) == ("/login", "/problems/sum-stdio")


async def test_a_form_post_from_a_foreign_referer_does_not_return_there(
    client: httpx.AsyncClient,
) -> None:
    await add_judged_problem(client, "sum-stdio")
    response = await client.post(
        "/problems/sum-stdio/give-up",
        data={"csrf_token": await token(client)},
        headers={**HTML, "Referer": "https://evil.example/phish"},
    )
    assert redirect_target(response) == ("/login", "/")


async def test_a_page_needing_a_login_is_401_problem_json_for_a_script(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/me", headers=JSON)
    assert is_problem(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


async def test_the_api_answers_401_not_a_redirect_even_for_a_browser(
    client: httpx.AsyncClient,
) -> None:
    response = await page(client, "/api/v1/auth/me")
    assert is_problem(response, 401)


async def test_a_staff_only_page_redirects_an_anonymous_browser_to_login(
    client: httpx.AsyncClient,
) -> None:
    await make_account(client, "author1", role=Role.AUTHOR)
    assert redirect_target(await page(client, "/author/packages")) == (
        "/login",
        "/author/packages",
    )


# --- safe_next -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "//evil.com",
        "//evil.com/path",
        "https://evil.com",
        "http://evil.com/",
        "/\\evil.com",
        "\\\\evil.com",
        "evil.com",
        "javascript:alert(1)",
        "",
        None,
    ],
)
def test_safe_next_refuses_anything_but_a_local_path(target: str | None) -> None:
    assert safe_next(target) == "/"


@pytest.mark.parametrize(
    "target", ["/", "/me", "/problems?difficulty=easy&tag=arrays", "/roadmap#s1-w3"]
)
def test_safe_next_keeps_local_paths(target: str) -> None:
    assert safe_next(target) == target
