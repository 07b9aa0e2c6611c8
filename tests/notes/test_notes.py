from __future__ import annotations

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import make_account, make_problem
from tests.helpers.pages import browser_login, form_post, page
from winterarc.auth.models import Role
from winterarc.notes.schemas import NOTE_MAX_CHARS

pytestmark = pytest.mark.anyio

HOSTILE = (
    "**Two pointers**: shrink from the left.\n\n<script>alert(1)</script>\n\n"
    "[x](javascript:alert(2)) <img src=x onerror=alert(3)>"
)


@pytest.fixture
async def problem(client: httpx.AsyncClient) -> str:
    author = await make_account(client, role=Role.AUTHOR)
    await make_problem(client, author, "pairs")
    return "pairs"


async def test_a_note_is_private_and_sanitised(client: httpx.AsyncClient, problem: str) -> None:
    writer = await make_account(client)
    other = await make_account(client)
    url = f"/api/v1/problems/{problem}/note"
    assert_problem(await client.get(url, headers=writer.headers), 404, "not-found")

    saved = await client.put(url, json={"body": HOSTILE}, headers=writer.headers)
    assert saved.status_code == 200, saved.text
    note = saved.json()
    assert note["body"] == HOSTILE  # kept as written...
    assert "<strong>Two pointers</strong>" in note["html"]  # ...shown rendered
    # Only inert text is left of the script, the javascript: link and the handler.
    assert "<script" not in note["html"] and "&lt;script&gt;" in note["html"]
    assert 'href="javascript:' not in note["html"] and "<img" not in note["html"]
    assert (await client.get(url, headers=writer.headers)).json()["body"] == HOSTILE

    # Another learner reaches no note: theirs does not exist, the writer's is not addressable.
    assert_problem(await client.get(url, headers=other.headers), 404, "not-found")
    assert_problem(await client.get(url), 401, "unauthorized")

    edited = await client.put(url, json={"body": "shorter"}, headers=writer.headers)
    assert edited.json()["body"] == "shorter"
    deleted = await client.put(url, json={"body": "  "}, headers=writer.headers)
    assert deleted.status_code == 204
    assert_problem(await client.get(url, headers=writer.headers), 404, "not-found")


async def test_notes_are_size_limited_and_need_a_real_problem(
    client: httpx.AsyncClient, problem: str
) -> None:
    writer = await make_account(client)
    too_long = await client.put(
        f"/api/v1/problems/{problem}/note",
        json={"body": "x" * (NOTE_MAX_CHARS + 1)},
        headers=writer.headers,
    )
    assert_problem(too_long, 422, "validation-error")
    missing = await client.put(
        "/api/v1/problems/no-such/note", json={"body": "hi"}, headers=writer.headers
    )
    assert_problem(missing, 404, "not-found")


async def test_the_problem_page_edits_and_shows_the_note_sanitised(
    client: httpx.AsyncClient, problem: str
) -> None:
    await make_account(client, "writer")
    await browser_login(client, "writer")
    saved = await form_post(client, f"/problems/{problem}/note", {"body": HOSTILE})
    assert saved.status_code == 303 and saved.headers["location"] == f"/problems/{problem}#notes"
    html = (await page(client, f"/problems/{problem}")).text
    assert "<strong>Two pointers</strong>" in html
    shown = html.split('<section id="notes"')[1].split("<textarea")[0]
    assert "<strong>Two pointers</strong>" in shown and "&lt;script&gt;" in shown
    assert "<script" not in shown and 'href="javascript:' not in shown and "<img" not in shown
