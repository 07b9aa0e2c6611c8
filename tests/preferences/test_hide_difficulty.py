from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from tests.daily.helpers import FakeClock, install_clock, submit_at
from tests.helpers.content import sync
from tests.helpers.factories import make_account
from tests.helpers.pages import browser_login, form_post, page

pytestmark = pytest.mark.anyio

BADGE = 'class="badge badge-'
DIFFICULTY_WORD = re.compile(r"\b(easy|medium|hard)\b", re.IGNORECASE)


async def test_hiding_difficulty_labels_covers_list_problem_and_topic_pages(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    clock = FakeClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    install_clock(client, clock)
    hider = await make_account(client, "hider")
    await browser_login(client, "hider")
    # Mastery evidence on the topic's page (its fragment) and /me, which name the difficulty.
    await submit_at(client, hider.id, "reverse-list", "AC", clock.now - timedelta(days=1))
    pages = ("/problems", "/problems/reverse-list", "/roadmap/s1-w3-linked-lists", "/daily", "/")
    evidence = ("/roadmap/s1-w3-linked-lists/mastery", "/me")
    for path in pages:
        assert BADGE in (await page(client, path)).text, path
    for path in evidence:
        assert "easy · 1 accepted, 0 failed" in (await page(client, path)).text, path

    saved = await form_post(client, "/me/preferences", {"hide_difficulty": "true"})
    assert saved.status_code == 303
    assert 'name="hide_difficulty" value="true" checked' in (await page(client, "/me")).text
    for path in pages:
        html = (await page(client, path)).text
        assert BADGE not in html, path
    for path in ("/daily", "/", *evidence):  # no label in the drill's reasons nor the evidence
        html = (await page(client, path)).text
        assert not DIFFICULTY_WORD.search(html), (path, DIFFICULTY_WORD.search(html))
    assert "<legend>Difficulty</legend>" not in (await page(client, "/problems")).text

    await form_post(client, "/me/preferences", {})  # both boxes unticked
    assert BADGE in (await page(client, "/problems")).text


async def test_preferences_api_changes_only_what_is_given(client: httpx.AsyncClient) -> None:
    learner = await make_account(client)
    url = "/api/v1/me/preferences"
    assert (await client.get(url, headers=learner.headers)).json() == {
        "hide_difficulty": False,
        "leaderboard_opt_out": False,
    }
    await client.patch(url, json={"hide_difficulty": True}, headers=learner.headers)
    changed = await client.patch(url, json={"leaderboard_opt_out": True}, headers=learner.headers)
    assert changed.json() == {"hide_difficulty": True, "leaderboard_opt_out": True}
    bad = await client.patch(url, json={"hide_difficulty": "perhaps"}, headers=learner.headers)
    assert bad.status_code == 422
