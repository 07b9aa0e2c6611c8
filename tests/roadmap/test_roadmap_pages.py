"""/roadmap pages: sessions, weeks and topics; a topic's practice; marking progress."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from tests.daily.helpers import FakeClock, install_clock, join_an_auckland_cohort
from tests.helpers.content import load_content
from tests.helpers.factories import Account, add_submission, db_scalar, make_account
from tests.helpers.pages import HTMX, browser_login, form_post, is_html, page
from winterarc.roadmap.models import TopicProgress

pytestmark = pytest.mark.anyio
LINKED = "/roadmap/s1-w3-linked-lists"


@pytest.fixture
async def roadmap(client: httpx.AsyncClient, content_dir: Path) -> None:
    await load_content(client, content_dir)


@pytest.fixture
async def learner(client: httpx.AsyncClient, roadmap: None) -> Account:
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    return account


def checked_status(html: str) -> list[str]:
    return re.findall(r'name="status" value="([a-z_]+)" checked', html)


async def stored_status(client: httpx.AsyncClient, topic_id: str) -> str | None:
    return await db_scalar(  # type: ignore[no-any-return]
        client, select(TopicProgress.status).where(TopicProgress.topic_id == topic_id)
    )


# --- The roadmap -----------------------------------------------------------------------------


async def test_a_visitor_sees_every_week_open_and_no_progress(
    client: httpx.AsyncClient, roadmap: None
) -> None:
    response = await page(client, "/roadmap")
    assert response.status_code == 200
    assert is_html(response)
    for title in ("Core", "Backend", "Python Mastery", "Data Structures", "DBMS Concepts"):
        assert title in response.text
    assert response.text.count('<details class="week card"') == 3
    assert response.text.count(" open>") == 3
    assert 'href="/roadmap/s1-w3-linked-lists"' in response.text
    assert 'href="/login?next=/roadmap"' in response.text
    assert "<progress" not in response.text
    assert "badge-current" not in response.text


async def test_a_learner_sees_the_current_week_marked_and_open(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await page(client, "/roadmap")
    assert 'href="#s1-w1">Jump to your current week' in response.text
    assert response.text.count("badge-current") == 1
    assert '<details class="week card" id="s1-w1" open>' in response.text
    assert '<details class="week card" id="s1-w3">' in response.text
    assert "<progress" in response.text


async def test_solved_problems_show_on_the_roadmap(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await add_submission(client, learner.id, "reverse-list", "AC")
    response = await page(client, "/roadmap")
    linked = response.text.split('href="/roadmap/s1-w3-linked-lists"', 1)[1].split("</li>")[0]
    assert "1/2 problems" in " ".join(linked.split())


async def test_an_empty_roadmap_says_how_to_load_one(client: httpx.AsyncClient) -> None:
    response = await page(client, "/roadmap")
    assert response.status_code == 200
    assert "The roadmap is empty." in response.text


# --- A topic ---------------------------------------------------------------------------------


async def test_a_topic_shows_objectives_practice_and_neighbours(
    client: httpx.AsyncClient, roadmap: None
) -> None:
    response = await page(client, LINKED)
    assert response.status_code == 200
    text = response.text
    assert "<h1>Linked lists</h1>" in text
    assert "Week 3-4 · Data Structures" in text
    for objective in ("Reverse a list", "Find the middle", "Detect a cycle"):
        assert f"<li>{objective}</li>" in text
    assert 'href="/problems/reverse-list"' in text
    assert 'href="/problems/lru-design"' in text
    assert 'href="/roadmap/s1-w3-hash-maps" rel="prev"' in text
    assert 'href="/roadmap/s1-w3-graphs-dfs" rel="next"' in text


async def test_a_visitor_is_invited_to_log_in_instead_of_a_progress_form(
    client: httpx.AsyncClient, roadmap: None
) -> None:
    response = await page(client, LINKED)
    assert f'href="/login?next={LINKED}"' in response.text
    assert 'id="progress-form"' not in response.text


async def test_the_first_and_last_topics_have_one_neighbour(
    client: httpx.AsyncClient, roadmap: None
) -> None:
    first = await page(client, "/roadmap/s1-w1-syntax-data-types")
    assert 'rel="prev"' not in first.text and 'rel="next"' in first.text
    last = await page(client, "/roadmap/s2-w6-relational-model")
    assert 'rel="prev"' in last.text and 'rel="next"' not in last.text


async def test_a_topic_without_problems_points_to_its_quiz(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    for package in (content_dir / "problems").glob("*-sql"):
        shutil.rmtree(package)
    await load_content(client, content_dir)
    response = await page(client, "/roadmap/s2-w6-relational-model")
    assert "No problems for this topic yet; the quiz below covers it." in response.text
    assert 'href="/quizzes/keys-basics"' in response.text


async def test_an_unknown_topic_is_a_404_page_and_a_malformed_one_a_422(
    client: httpx.AsyncClient, roadmap: None
) -> None:
    missing = await page(client, "/roadmap/no-such-topic")
    assert missing.status_code == 404 and is_html(missing)
    malformed = await page(client, "/roadmap/Not_A_Topic")
    assert malformed.status_code == 422 and is_html(malformed)


# --- Marking progress ------------------------------------------------------------------------


async def test_a_learner_sees_the_progress_form_with_not_started_checked(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await page(client, LINKED)
    assert 'id="progress-form"' in response.text
    assert checked_status(response.text) == ["not_started"]


async def test_a_plain_form_post_saves_and_redirects_back(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, f"{LINKED}/progress", {"status": "done"})
    assert response.status_code == 303
    assert response.headers["location"] == LINKED
    assert await stored_status(client, "s1-w3-linked-lists") == "done"
    again = await page(client, LINKED)
    assert checked_status(again.text) == ["done"]
    assert "now 100%" in again.text


async def test_an_htmx_post_gets_just_the_progress_fragment(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, f"{LINKED}/progress", {"status": "skipped"}, headers=HTMX)
    assert response.status_code == 200
    assert is_html(response)
    assert response.headers["cache-control"] == "no-store"
    fragment = response.text.strip()
    assert fragment.startswith('<form method="post" action="/roadmap/s1-w3-linked-lists/progress"')
    assert "<html" not in fragment and "<body" not in fragment
    assert checked_status(fragment) == ["skipped"]
    assert re.search(r'name="csrf_token" value="[^"]+"', fragment)
    assert await stored_status(client, "s1-w3-linked-lists") == "skipped"


async def test_the_fragments_token_works_for_the_next_post(
    client: httpx.AsyncClient, learner: Account
) -> None:
    first = await form_post(client, f"{LINKED}/progress", {"status": "in_progress"}, headers=HTMX)
    fragment_token = re.search(r'name="csrf_token" value="([^"]+)"', first.text)
    assert fragment_token
    second = await form_post(
        client, f"{LINKED}/progress", {"status": "done"}, csrf=fragment_token.group(1)
    )
    assert second.status_code == 303


async def test_an_unknown_status_is_refused_and_nothing_is_saved(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, f"{LINKED}/progress", {"status": "mastered"})
    assert response.status_code == 422
    assert is_html(response)
    assert await stored_status(client, "s1-w3-linked-lists") is None


async def test_marking_an_unknown_topic_is_a_404(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, "/roadmap/no-such-topic/progress", {"status": "done"})
    assert response.status_code == 404


async def test_a_visitor_marking_progress_is_sent_to_log_in(
    client: httpx.AsyncClient, roadmap: None
) -> None:
    response = await form_post(
        client,
        f"{LINKED}/progress",
        {"status": "done"},
        headers={"Referer": f"http://testserver{LINKED}"},
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/login?next={LINKED}"


async def test_the_current_week_is_the_learners_local_days_on_the_roadmap_page_and_api(
    client: httpx.AsyncClient, learner: Account
) -> None:
    """Near midnight the roadmap reads the cohort schedule on the learner's day (as the home
    page and the drill do), not on UTC's."""
    await join_an_auckland_cohort(client, learner)
    # Sunday 8 November 12:00 in UTC, Monday 01:00 in Auckland.
    install_clock(client, FakeClock(datetime(2026, 11, 8, 12, 0, tzinfo=UTC)))
    api = (await client.get("/api/v1/roadmap", headers=learner.headers)).json()
    assert api["current_week"] == "s1-w3"
    html = (await page(client, "/roadmap")).text
    assert '<a href="#s1-w3">Jump to your current week</a>' in html
