"""Sign up, log in and log out in the browser: cookie sessions, forms that keep what was typed."""

from __future__ import annotations

import html
import re

import httpx
import pytest
from sqlalchemy import func, select, update

from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import PASSWORD, db_scalar, make_account
from tests.helpers.pages import another_browser, browser_login, form_post, is_html, page
from winterarc.auth.models import User, WebSession
from winterarc.web.cookies import SESSION_COOKIE

pytestmark = pytest.mark.anyio
NEW_PASSWORD = "Unusual-Passphrase-For-Signup-7731"


async def count(client: httpx.AsyncClient, model: type) -> int:
    return int(await db_scalar(client, select(func.count()).select_from(model)))


async def signup(client: httpx.AsyncClient, **fields: str) -> httpx.Response:
    data = {"username": "newcomer", "password": NEW_PASSWORD, **fields}
    return await form_post(client, "/signup", data)


def field_value(response: httpx.Response, name: str) -> str | None:
    """The value="" of the named input, unescaped; None when the input has none."""
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', response.text)
    assert match, f"no input {name}"
    value = re.search(r'value="([^"]*)"', match.group(0))
    return html.unescape(value.group(1)) if value else None


# --- Sign up ---------------------------------------------------------------------------------


async def test_the_signup_page_renders_for_a_visitor(client: httpx.AsyncClient) -> None:
    response = await page(client, "/signup")
    assert response.status_code == 200
    assert is_html(response)
    assert 'action="/signup"' in response.text
    assert field_value(response, "next") == "/roadmap"


async def test_signing_up_logs_in_and_goes_to_next(client: httpx.AsyncClient) -> None:
    response = await signup(client, display_name="New Comer", next="/problems?difficulty=easy")
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/problems?difficulty=easy"
    assert client.cookies.get(SESSION_COOKIE)
    me = await page(client, "/me")
    assert me.status_code == 200
    assert "New Comer" in me.text and "@newcomer" in me.text
    assert await count(client, WebSession) == 1


async def test_signing_up_without_next_goes_to_the_roadmap(client: httpx.AsyncClient) -> None:
    response = await signup(client)
    assert response.status_code == 303
    assert response.headers["location"] == "/roadmap"


async def test_a_weak_password_re_renders_the_form_with_what_was_typed(
    client: httpx.AsyncClient,
) -> None:
    weak = "Zq9-short"
    response = await signup(client, username="Keeper_1", display_name="Kept <Name>", password=weak)
    assert response.status_code == 422
    assert is_html(response)
    assert field_value(response, "username") == "Keeper_1"
    assert field_value(response, "display_name") == "Kept <Name>"
    assert "Kept <Name>" not in response.text  # escaped, not injected
    assert field_value(response, "password") is None
    assert weak not in response.text
    assert 'id="password-error"' in response.text
    assert SESSION_COOKIE not in client.cookies
    assert await count(client, User) == 0


async def test_a_malformed_username_is_a_422_next_to_the_username(
    client: httpx.AsyncClient,
) -> None:
    response = await signup(client, username="no spaces allowed!")
    assert response.status_code == 422
    assert 'id="username-error"' in response.text
    assert NEW_PASSWORD not in response.text
    assert await count(client, User) == 0


async def test_a_taken_username_is_a_409_that_keeps_the_form(client: httpx.AsyncClient) -> None:
    await make_account(client, "taken")
    response = await signup(client, username="taken", display_name="Second")
    assert response.status_code == 409
    assert "That username is taken." in response.text
    assert field_value(response, "username") == "taken"
    assert field_value(response, "display_name") == "Second"
    assert NEW_PASSWORD not in response.text
    assert await count(client, User) == 1


async def test_a_logged_in_user_visiting_signup_is_sent_home(client: httpx.AsyncClient) -> None:
    await signup(client)
    response = await page(client, "/signup")
    assert response.status_code == 303
    assert response.headers["location"] == "/"


# --- Log in ----------------------------------------------------------------------------------


async def test_logging_in_sets_a_session_cookie_and_goes_to_next(
    client: httpx.AsyncClient,
) -> None:
    await make_account(client, "learner1")
    response = await form_post(
        client, "/login", {"username": "learner1", "password": PASSWORD, "next": "/me"}
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/me"
    assert (await page(client, "/me")).status_code == 200


async def test_a_failed_login_is_a_401_page_that_keeps_the_username(
    client: httpx.AsyncClient,
) -> None:
    await make_account(client, "learner1")
    wrong = "Definitely-Not-The-Password-42"
    response = await form_post(
        client, "/login", {"username": "learner1", "password": wrong, "next": "/me"}
    )
    assert response.status_code == 401
    assert is_html(response)
    assert 'role="alert"' in response.text
    assert field_value(response, "username") == "learner1"
    assert field_value(response, "next") == "/me"
    assert wrong not in response.text
    assert SESSION_COOKIE not in client.cookies
    assert await count(client, WebSession) == 0


async def test_an_unknown_user_fails_like_a_wrong_password(client: httpx.AsyncClient) -> None:
    await make_account(client, "learner1")
    unknown = await form_post(client, "/login", {"username": "ghost", "password": PASSWORD})
    wrong = await form_post(client, "/login", {"username": "learner1", "password": "nope-nope"})
    assert unknown.status_code == wrong.status_code == 401
    alert = 'role="alert">'
    assert unknown.text.split(alert)[1].split("<")[0] == wrong.text.split(alert)[1].split("<")[0]


@pytest.mark.parametrize(
    "target",
    ["//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
async def test_login_never_redirects_to_another_site(
    client: httpx.AsyncClient, target: str
) -> None:
    await make_account(client, "learner1")
    shown = await page(client, "/login", params={"next": target})
    assert field_value(shown, "next") == "/"
    response = await form_post(
        client, "/login", {"username": "learner1", "password": PASSWORD, "next": target}
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/"


@pytest.mark.parametrize("target", ["//evil.example", "https://evil.example/"])
async def test_signup_never_redirects_to_another_site(
    client: httpx.AsyncClient, target: str
) -> None:
    response = await signup(client, next=target)
    assert response.status_code == 303
    assert response.headers["location"] == "/"


async def test_an_already_logged_in_visit_to_login_goes_straight_on(
    client: httpx.AsyncClient,
) -> None:
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    onward = await page(client, "/login", params={"next": "/problems"})
    assert onward.status_code == 303
    assert onward.headers["location"] == "/problems"
    away = await page(client, "/login", params={"next": "//evil.example"})
    assert away.headers["location"] == "/"


async def test_each_login_is_its_own_session(client: httpx.AsyncClient) -> None:
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    async with another_browser(client) as laptop:
        await browser_login(laptop, "learner1")
        assert laptop.cookies[SESSION_COOKIE] != client.cookies[SESSION_COOKIE]
    assert await count(client, WebSession) == 2


async def test_logging_in_again_in_the_same_browser_replaces_its_session(
    client: httpx.AsyncClient,
) -> None:
    await make_account(client, "learner1")
    await make_account(client, "learner2")
    await browser_login(client, "learner1")
    first = client.cookies[SESSION_COOKIE]
    await browser_login(client, "learner2")  # the login form is reachable via a direct post
    assert client.cookies[SESSION_COOKIE] != first
    assert await count(client, WebSession) == 1


# --- Log out ---------------------------------------------------------------------------------


async def test_logging_out_ends_the_session_on_the_server(client: httpx.AsyncClient) -> None:
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    stolen = client.cookies[SESSION_COOKIE]
    response = await form_post(client, "/logout")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?logged_out=1"
    assert await count(client, WebSession) == 0
    assert SESSION_COOKIE not in client.cookies
    async with another_browser(client) as replay:
        replay.cookies.set(SESSION_COOKIE, stolen)
        me = await page(replay, "/me")
        assert me.status_code == 303
        assert me.headers["location"].startswith("/login")
        assert (await replay.get("/api/v1/auth/me")).status_code == 401


async def test_logging_out_leaves_other_browsers_logged_in(client: httpx.AsyncClient) -> None:
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    async with another_browser(client) as laptop:
        await browser_login(laptop, "learner1")
        await form_post(client, "/logout")
        assert (await page(laptop, "/me")).status_code == 200
    assert (await page(client, "/me")).status_code == 303


async def test_the_login_page_after_logout_says_so(client: httpx.AsyncClient) -> None:
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    response = await form_post(client, "/logout", follow_redirects=True)
    assert response.status_code == 200
    assert "You have been logged out." in response.text


async def test_a_deactivated_user_is_logged_out_at_once(client: httpx.AsyncClient) -> None:
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    async with sessionmaker_of(client)() as session:
        await session.execute(update(User).where(User.id == account.id).values(is_active=False))
        await session.commit()
    assert (await page(client, "/me")).status_code == 303


async def test_signup_shows_every_fields_error_at_once_in_plain_words(
    client: httpx.AsyncClient,
) -> None:
    response = await signup(client, username="ab", display_name="tab\there", password="ab-short")
    assert response.status_code == 422
    errors = dict(
        re.findall(r'<p class="field-error" id="([a-z_]+)-error">([^<]*)</p>', response.text)
    )
    assert set(errors) == {"username", "display_name", "password"}
    assert errors["username"] == "Use 3 to 32 characters (this one has 2)."
    assert errors["display_name"] == "Use only printable characters."
    assert html.unescape(errors["password"]) == (
        "The password must be at least 10 characters and must not contain the username."
    )
    assert "String should" not in response.text  # no raw validator words
    spaced = await signup(client, username="no spaces", password="")
    errors = dict(
        re.findall(r'<p class="field-error" id="([a-z_]+)-error">([^<]*)</p>', spaced.text)
    )
    assert html.unescape(errors["username"]) == 'Use only letters, digits, "-" and "_" (no spaces).'
    assert errors["password"] == "Choose a password."
    assert await count(client, User) == 0
