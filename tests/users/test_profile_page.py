"""/me: totals, solved by topic and by pattern, recent submissions."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from tests.helpers.app import sessionmaker_of
from tests.helpers.content import copy_content, load_content
from tests.helpers.factories import Account, add_submission, make_account, make_problem
from tests.helpers.pages import browser_login, form_post, is_html, page
from winterarc.auth.models import Role
from winterarc.worker.stats import recompute_learner_stats

pytestmark = pytest.mark.anyio


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    return account


def stat(html: str, label: str) -> str:
    match = re.search(rf'<p class="stat-value">([^<]*)</p><p class="stat-label">{label}</p>', html)
    assert match, label
    return match.group(1)


def progress_row(html: str, label: str) -> str:
    """`solved/total` of a progress-list row."""
    match = re.search(rf">{re.escape(label)}</a> <span class=\"muted\">(\d+/\d+)</span>", html)
    assert match, f"no row {label!r}"
    return match.group(1)


async def test_a_visitor_is_sent_to_log_in(client: httpx.AsyncClient) -> None:
    response = await page(client, "/me")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/me"


async def test_an_empty_profile_shows_zeroes_and_empty_states(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await page(client, "/me")
    assert response.status_code == 200 and is_html(response)
    assert "@learner1" in response.text and "learner" in response.text
    assert stat(response.text, "problems solved") == "0"
    assert stat(response.text, "submissions") == "0"
    assert stat(response.text, "accepted") == "—"
    assert "No roadmap topic has problems yet." in response.text
    assert "No problem has a pattern yet." in response.text
    assert "Nothing submitted yet." in response.text


async def test_the_profile_counts_solved_by_topic_and_by_pattern(
    client: httpx.AsyncClient, learner: Account, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    await add_submission(client, learner.id, "reverse-list", "WA")
    await add_submission(client, learner.id, "reverse-list", "AC")
    await add_submission(client, learner.id, "reverse-list", "AC")
    await add_submission(client, learner.id, "two-sum-fn", "AC")
    response = await page(client, "/me")
    text = response.text
    assert stat(text, "problems solved") == "2"
    assert stat(text, "submissions") == "4"
    assert stat(text, "accepted") == "75%"
    assert progress_row(text, "Session 1 · Week 3-4 · Linked lists") == "1/2"
    assert progress_row(text, "Session 1 · Week 3-4 · Hash maps") == "1/3"
    assert progress_row(text, "Session 1 · Week 1-2 · asyncio") == "0/1"
    assert progress_row(text, "pointer-juggling") == "1/1"
    assert progress_row(text, "complement-lookup") == "1/1"
    assert progress_row(text, "design") == "0/1"
    assert 'href="/problems?pattern=pointer-juggling"' in text
    assert 'href="/roadmap/s1-w3-linked-lists"' in text
    assert "All submissions" in text


async def test_only_my_own_submissions_count(
    client: httpx.AsyncClient, learner: Account, tmp_path: Path
) -> None:
    await load_content(client, copy_content(tmp_path))
    other = await make_account(client, "learner2")
    await add_submission(client, other.id, "sum-stdio", "AC")
    response = await page(client, "/me")
    assert stat(response.text, "problems solved") == "0"
    assert stat(response.text, "submissions") == "0"
    assert "Nothing submitted yet." in response.text


async def test_the_display_name_is_escaped(client: httpx.AsyncClient) -> None:
    await form_post(
        client,
        "/signup",
        {
            "username": "fancy",
            "password": "Unusual-Passphrase-For-Signup-7731",
            "display_name": "<b>Bold</b>",
        },
    )
    response = await page(client, "/me")
    assert response.status_code == 200
    assert "<b>Bold</b>" not in response.text
    assert "&lt;b&gt;Bold&lt;/b&gt;" in response.text


async def test_the_profile_and_the_statistics_count_alike_with_a_queued_submission(
    client: httpx.AsyncClient, learner: Account
) -> None:
    author = await make_account(client, "author1", role=Role.AUTHOR)
    for slug in ("first-one", "second-one"):
        await make_problem(client, author, slug)
    for slug, verdict in (("first-one", "WA"), ("first-one", "AC"), ("second-one", None)):
        await add_submission(client, learner.id, slug, verdict)
    await recompute_learner_stats(sessionmaker_of(client))

    stats = (await client.get("/api/v1/stats/me", headers=learner.headers)).json()
    html = (await page(client, "/me")).text
    assert (stats["submissions"], stats["accepted"], stats["solved"]) == (3, 1, 1)
    assert stat(html, "submissions") == str(stats["submissions"])
    assert stat(html, "problems solved") == str(stats["solved"])
    assert stat(html, "accepted") == f"{round(stats['accepted'] / stats['submissions'] * 100)}%"
    # The queued one makes its problem attempted: in the statistics and in the catalogue.
    assert stats["attempted"] == 2
    listed = await client.get("/api/v1/problems", headers=learner.headers)
    statuses = {item["slug"]: item["status"] for item in listed.json()["items"]}
    assert statuses == {"first-one": "solved", "second-one": "attempted"}
