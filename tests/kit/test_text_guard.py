"""No text input, anywhere, reaches the database with a character it cannot store."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import add_judged_problem, count_rows, make_account
from tests.helpers.pages import HTML, form_post
from winterarc.auth.models import Role, User
from winterarc.submissions.models import Submission

pytestmark = pytest.mark.anyio

JSON = {"content-type": "application/json"}
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("POST", "/api/v1/auth/token", {"data": {"username": "nul\x00me", "password": "pw"}}),
    ("GET", "/api/v1/problems?q=a%00b", {}),
    ("GET", "/api/v1/problems?a%00b=1", {}),
    (
        "POST",
        "/api/v1/auth/register",
        {"content": b'{"username": "learner", "password": "pa\\u0000ss"}', "headers": JSON},
    ),
    (
        "POST",
        "/api/v1/submissions",
        {"content": b'{"problem": "sum-stdio", "code": "print(1)\\u0000"}', "headers": JSON},
    ),
    (
        "POST",
        "/api/v1/submissions",
        {"content": b'{"problem": "sum-stdio", "code": "print(1) # \\ud800"}', "headers": JSON},
    ),
    ("GET", "/api/v1/problems/sum%00stdio", {}),
]


def _tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.exc_info or record.levelno >= 40]


@pytest.mark.parametrize(("method", "path", "kwargs"), CASES)
async def test_unstorable_text_is_a_422_and_nothing_is_written(
    client: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    kwargs: dict[str, Any],
) -> None:
    learner = await make_account(client, "ada", Role.LEARNER)
    await add_judged_problem(client)
    kwargs = dict(kwargs)  # the case is shared by both databases' runs
    headers = {**learner.headers, **kwargs.pop("headers", {})}
    before = (await count_rows(client, User), await count_rows(client, Submission))
    with caplog.at_level(logging.INFO):
        response = await client.request(method, path, headers=headers, **kwargs)
    assert_problem(response, 422, "validation-error")
    assert (await count_rows(client, User), await count_rows(client, Submission)) == before
    assert _tracebacks(caplog) == []


async def test_a_page_given_a_nul_explains_it_instead_of_failing(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        response = await client.get("/problems?q=a%00b", headers=HTML)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "not allowed" in response.text
    assert _tracebacks(caplog) == []


async def test_a_page_form_with_a_nul_is_refused(client: httpx.AsyncClient) -> None:
    response = await form_post(client, "/login", {"username": "nul\x00me", "password": "pw"})
    assert response.status_code == 422
    assert "not allowed" in response.text


async def test_ordinary_text_still_passes(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/problems", params={"q": "tab\there é ✓"})
    assert response.status_code == 200, response.text
