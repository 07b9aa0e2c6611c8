"""CSRF: every state-changing page request must come from our own pages, with this browser's
token; cookie-authenticated API writes need the token header; bearer clients need nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers.content import copy_content, load_content
from tests.helpers.factories import PASSWORD, Account, db_scalar, make_account
from tests.helpers.pages import (
    HTML,
    another_browser,
    browser_login,
    form_post,
    is_html,
    is_problem,
    page,
    token,
)
from winterarc.auth.models import Role, User, WebSession
from winterarc.problems.models import GiveUp, Problem
from winterarc.quizzes.models import QuizAttempt
from winterarc.roadmap.models import TopicProgress
from winterarc.submissions.models import Submission
from winterarc.web.cookies import SESSION_COOKIE

pytestmark = pytest.mark.anyio

COUNTED = (User, WebSession, Submission, GiveUp, QuizAttempt, TopicProgress, Problem)
# Every form a page posts, with a body that would be accepted given the right token.
PAGE_FORMS: list[tuple[str, dict[str, Any]]] = [
    ("/roadmap/s1-w1-asyncio/progress", {"status": "done"}),
    ("/problems/sum-stdio/give-up", {}),
    ("/problems/sum-stdio/submissions", {"code": "print(1)"}),
    ("/problems/sum-stdio/run", {"code": "print(1)", "input": ""}),
    ("/quizzes/keys-basics", {"q:primary": "a", "q:candidates": ["a", "b"]}),
    ("/logout", {}),
    ("/login", {"username": "learner1", "password": PASSWORD}),
    ("/signup", {"username": "newcomer", "password": PASSWORD}),
]
PROGRESS = "/roadmap/s1-w1-asyncio/progress"
API_PROGRESS = "/api/v1/roadmap/topics/s1-w1-asyncio/progress"


@pytest.fixture
async def learner(client: httpx.AsyncClient, tmp_path: Path) -> Account:
    """The fixture curriculum loaded, and learner1 logged in through the login form."""
    await load_content(client, copy_content(tmp_path))
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    return account


async def snapshot(client: httpx.AsyncClient) -> dict[str, int]:
    return {
        model.__tablename__: await db_scalar(client, select(func.count()).select_from(model))
        for model in COUNTED
    }


async def still_logged_in(client: httpx.AsyncClient) -> bool:
    return (await page(client, "/me")).status_code == 200


@pytest.mark.parametrize(("path", "data"), PAGE_FORMS, ids=[p for p, _ in PAGE_FORMS])
async def test_a_page_form_without_a_token_is_refused_with_an_html_page_and_changes_nothing(
    client: httpx.AsyncClient, learner: Account, path: str, data: dict[str, Any]
) -> None:
    before = await snapshot(client)
    response = await form_post(client, path, data, csrf=None)
    assert response.status_code == 403, response.text
    assert is_html(response)
    assert "Request refused" in response.text
    assert await snapshot(client) == before
    assert await still_logged_in(client)


@pytest.mark.parametrize(("path", "data"), PAGE_FORMS, ids=[p for p, _ in PAGE_FORMS])
async def test_a_script_without_a_token_gets_problem_json(
    client: httpx.AsyncClient, learner: Account, path: str, data: dict[str, Any]
) -> None:
    before = await snapshot(client)
    response = await client.post(path, data=data, headers={"Accept": "application/json"})
    assert is_problem(response, 403), response.text
    assert response.json()["type"] == "urn:winterarc:error:csrf-refused"
    assert await snapshot(client) == before


async def test_an_anonymous_login_or_signup_without_a_token_is_refused(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await make_account(client, "learner1")
    before = await snapshot(client)
    login = await form_post(
        client, "/login", {"username": "learner1", "password": PASSWORD}, csrf=None
    )
    signup = await form_post(
        client, "/signup", {"username": "newcomer", "password": PASSWORD}, csrf=None
    )
    assert (login.status_code, signup.status_code) == (403, 403)
    assert SESSION_COOKIE not in client.cookies
    assert await snapshot(client) == before


async def test_a_package_upload_without_a_token_is_refused(client: httpx.AsyncClient) -> None:
    await make_account(client, "author1", role=Role.AUTHOR)
    await browser_login(client, "author1")
    before = await snapshot(client)
    response = await client.post(
        "/author/packages",
        files={"file": ("pkg.zip", b"PK\x05\x06" + b"\0" * 18, "application/zip")},
        headers=HTML,
    )
    assert response.status_code == 403
    assert await snapshot(client) == before


async def test_the_right_token_is_accepted(client: httpx.AsyncClient, learner: Account) -> None:
    response = await form_post(client, PROGRESS, {"status": "done"})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/roadmap/s1-w1-asyncio"
    assert await db_scalar(client, select(func.count()).select_from(TopicProgress)) == 1


async def test_the_token_may_come_in_the_header_instead_of_the_form(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await client.post(
        PROGRESS, data={"status": "done"}, headers={"X-CSRF-Token": await token(client)}
    )
    assert response.status_code == 303, response.text


async def test_a_same_origin_request_is_accepted(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(
        client,
        PROGRESS,
        {"status": "done"},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )
    assert response.status_code == 303, response.text


async def test_a_wrong_token_is_refused(client: httpx.AsyncClient, learner: Account) -> None:
    good = await token(client)
    forged = ("A" if good[0] != "A" else "B") + good[1:]
    response = await form_post(client, PROGRESS, {"status": "done"}, csrf=forged)
    assert response.status_code == 403
    assert await db_scalar(client, select(func.count()).select_from(TopicProgress)) == 0


async def test_a_token_from_another_browser_is_refused(
    client: httpx.AsyncClient, learner: Account
) -> None:
    async with another_browser(client) as attacker:
        theirs = await token(attacker)
    assert theirs != await token(client)
    response = await form_post(client, PROGRESS, {"status": "done"}, csrf=theirs)
    assert response.status_code == 403
    assert await db_scalar(client, select(func.count()).select_from(TopicProgress)) == 0


@pytest.mark.parametrize("attacker_logged_in", [False, True], ids=["anonymous", "own-account"])
async def test_a_planted_cookie_and_its_token_are_refused_for_the_victims_session(
    client: httpx.AsyncClient, learner: Account, attacker_logged_in: bool
) -> None:
    # A sibling subdomain can set a CSRF cookie for our host, with a token it got for it.
    async with another_browser(client) as attacker:
        if attacker_logged_in:
            await make_account(client, "mallory")
            await browser_login(attacker, "mallory")
        planted_token = await token(attacker)
        planted_cookie = attacker.cookies["winterarc_csrf"]
    client.cookies.delete("winterarc_csrf")
    client.cookies.set("winterarc_csrf", planted_cookie)
    response = await form_post(client, PROGRESS, {"status": "done"}, csrf=planted_token)
    assert response.status_code == 403
    api = await client.put(
        API_PROGRESS, json={"status": "done"}, headers={"X-CSRF-Token": planted_token}
    )
    assert api.status_code == 403
    assert await db_scalar(client, select(func.count()).select_from(TopicProgress)) == 0


async def test_a_request_without_the_csrf_cookie_is_refused_even_with_a_token(
    client: httpx.AsyncClient, learner: Account
) -> None:
    good = await token(client)
    client.cookies.delete("winterarc_csrf")
    response = await form_post(client, PROGRESS, {"status": "done"}, csrf=good)
    assert response.status_code == 403


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "http://testserver.evil.example"},
        {"Origin": "null"},
    ],
    ids=["sec-fetch-site-cross-site", "foreign-origin", "lookalike-origin", "origin-null"],
)
async def test_a_cross_site_form_post_is_refused_even_with_the_right_token(
    client: httpx.AsyncClient, learner: Account, headers: dict[str, str]
) -> None:
    response = await form_post(client, PROGRESS, {"status": "done"}, headers=headers)
    assert response.status_code == 403
    assert "Cross-site" in response.text
    assert await db_scalar(client, select(func.count()).select_from(TopicProgress)) == 0


async def test_the_token_rotates_at_login(client: httpx.AsyncClient, tmp_path: Path) -> None:
    await load_content(client, copy_content(tmp_path))
    await make_account(client, "learner1")
    before_login = await token(client)
    await browser_login(client, "learner1")
    after_login = await token(client)
    assert after_login != before_login
    stale = await form_post(client, PROGRESS, {"status": "done"}, csrf=before_login)
    assert stale.status_code == 403
    fresh = await form_post(client, PROGRESS, {"status": "done"}, csrf=after_login)
    assert fresh.status_code == 303


async def test_the_token_rotates_at_logout(client: httpx.AsyncClient, learner: Account) -> None:
    logged_in = await token(client)
    assert (await form_post(client, "/logout", csrf=logged_in)).status_code == 303
    assert await token(client) != logged_in
    again = await form_post(
        client, "/login", {"username": "learner1", "password": PASSWORD}, csrf=logged_in
    )
    assert again.status_code == 403


# --- The API with the session cookie ---------------------------------------------------------


async def test_a_cookie_authenticated_api_write_needs_the_csrf_header(
    client: httpx.AsyncClient, learner: Account
) -> None:
    refused = await client.put(API_PROGRESS, json={"status": "done"})
    assert is_problem(refused, 403), refused.text
    assert await db_scalar(client, select(func.count()).select_from(TopicProgress)) == 0
    accepted = await client.put(
        API_PROGRESS, json={"status": "done"}, headers={"X-CSRF-Token": await token(client)}
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "done"


async def test_a_cookie_authenticated_submission_needs_the_csrf_header(
    client: httpx.AsyncClient, learner: Account
) -> None:
    body = {"problem": "sum-stdio", "code": "print(1)"}
    refused = await client.post("/api/v1/submissions", json=body)
    assert is_problem(refused, 403), refused.text
    wrong = await client.post("/api/v1/submissions", json=body, headers={"X-CSRF-Token": "x" * 43})
    assert is_problem(wrong, 403), wrong.text
    assert await db_scalar(client, select(func.count()).select_from(Submission)) == 0
    accepted = await client.post(
        "/api/v1/submissions", json=body, headers={"X-CSRF-Token": await token(client)}
    )
    assert accepted.status_code == 202, accepted.text
    assert await db_scalar(client, select(func.count()).select_from(Submission)) == 1


async def test_a_cookie_authenticated_api_write_from_another_site_is_refused(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await client.put(
        API_PROGRESS,
        json={"status": "done"},
        headers={"X-CSRF-Token": await token(client), "Origin": "https://evil.example"},
    )
    assert is_problem(response, 403), response.text


async def test_the_api_token_is_not_accepted_as_a_form_field(
    client: httpx.AsyncClient, learner: Account
) -> None:
    # Under /api/ only the header counts: a cross-site form cannot set headers.
    response = await client.post(
        "/api/v1/submissions",
        data={"problem": "sum-stdio", "code": "print(1)", "csrf_token": await token(client)},
    )
    assert response.status_code == 403, response.text


async def test_cookie_authenticated_api_reads_need_no_token(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await client.get("/api/v1/auth/me")
    assert response.status_code == 200, response.text
    assert response.json()["username"] == "learner1"


async def test_bearer_token_api_calls_need_no_csrf_token(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    account = await make_account(client, "learner1")
    assert "winterarc_csrf" not in client.cookies
    progress = await client.put(API_PROGRESS, json={"status": "done"}, headers=account.headers)
    assert progress.status_code == 200, progress.text
    submitted = await client.post(
        "/api/v1/submissions",
        json={"problem": "sum-stdio", "code": "print(1)"},
        headers={**account.headers, "Origin": "https://some-other-tool.example"},
    )
    assert submitted.status_code == 202, submitted.text
