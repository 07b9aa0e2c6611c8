"""/daily, /me's streak, heatmap, mastery and day settings, "Next up", the topic page's mastery
fragment, and the sign-up form's time zone."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from tests.daily.helpers import (
    MEDIUM_IN_WEEK_ONE,
    FakeClock,
    daily_content,
    install_clock,
    join_an_auckland_cohort,
    submit_at,
)
from tests.helpers.content import load_content
from tests.helpers.factories import Account, db_scalar, make_account
from tests.helpers.pages import browser_login, form_post, page
from winterarc.auth.models import LearnerSettings, User

pytestmark = pytest.mark.anyio
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NEW_PASSWORD = "a-long-and-unusual-passphrase-2"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def learner(client: httpx.AsyncClient, clock: FakeClock, tmp_path: Path) -> Account:
    await load_content(client, daily_content(tmp_path))
    install_clock(client, clock)
    account = await make_account(client, "daily2")
    await browser_login(client, "daily2")
    return account


def drill_refs(html: str) -> list[str]:
    return re.findall(r'data-drill-item="([^"]+)"', html)


async def test_the_daily_page_lists_the_drill_with_reasons_and_a_give_up_button(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await page(client, "/daily")
    assert response.status_code == 200
    assert len(drill_refs(response.text)) == 4
    assert "new: Session 1 · Week 1-2 · Syntax and data types</p>" in response.text
    assert response.text.count('action="/daily/give-up"') == 4
    assert 'href="/daily" aria-current="page"' in response.text  # the top bar's entry


async def test_giving_up_through_the_form_marks_the_item(
    client: httpx.AsyncClient, learner: Account
) -> None:
    first = drill_refs((await page(client, "/daily")).text)[0]
    response = await form_post(client, "/daily/give-up", {"slug": first})
    assert response.status_code == 303 and response.headers["location"] == "/daily"
    assert "Given up: it will come back for review soon." in (await page(client, "/daily")).text


async def test_next_up_on_the_home_page_is_the_drills_first_open_item(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    refs = drill_refs((await page(client, "/daily")).text)
    home = await page(client, "/")
    # The Easy one, though the week's first topic lists a Medium problem first.
    assert refs[0] != MEDIUM_IN_WEEK_ONE
    assert re.search(
        rf'class="button" href="/problems/{refs[0]}">[^<]+</a> <span class="badge badge-easy">',
        home.text,
    )
    assert "new: Session 1 · Week 1-2 · Syntax and data types</p>" in home.text
    await submit_at(client, learner.id, refs[0], "AC", clock.now + timedelta(minutes=10))
    clock.advance(minutes=20)
    home = await page(client, "/")
    assert f'class="button" href="/problems/{refs[1]}"' in home.text
    assert "1 of 4 done" in home.text


async def test_me_shows_the_streak_an_accessible_heatmap_and_mastery(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    for _day in range(3):
        refs = drill_refs((await page(client, "/daily")).text)
        await submit_at(client, learner.id, refs[0], "AC", clock.now + timedelta(minutes=10))
        clock.advance(days=1)
    clock.advance(days=-1, hours=1)
    me = (await page(client, "/me")).text
    assert re.search(r"<span data-current-streak>3</span>-day streak · longest 3", me)
    assert me.count('class="heatmap-cell') == 371
    assert "Wed 04 Nov 2026: 1 drill item completed" in me
    assert "Thu 05 Nov 2026: still to come" in me
    assert "Sun 01 Nov 2026: no activity" in me
    assert "Mastery by pattern" in me


async def test_me_shows_mastery_per_roadmap_topic_as_its_topic_page_does(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    assert "Mastery shows once you submit solutions to problems of a roadmap topic." in (
        (await page(client, "/me")).text
    )
    await submit_at(client, learner.id, "two-sum-fn", "AC", clock.now - timedelta(days=1))
    me = (await page(client, "/me")).text
    start = me.index('<section aria-labelledby="topic-mastery-heading" data-topic-mastery>')
    section = me[start : me.index("</section>", start)]
    assert '<h2 id="topic-mastery-heading">Mastery by roadmap topic</h2>' in section
    label = "Session 1 · Week 3-4 · Hash maps"
    assert f"<summary>{label} <span" in section
    assert f'aria-label="{label} mastery"' in section  # the bar names its topic
    assert 'href="/roadmap/s1-w3-hash-maps"' in section
    assert "1 accepted, 0 failed · last AC yesterday" in section
    # The same estimate as the topic page's.
    fragment = (await page(client, "/roadmap/s1-w3-hash-maps/mastery")).text
    percent = re.search(r"Mastery: (\d+)%", fragment)
    assert percent and f'{label} <span class="muted">{percent[1]}% · ' in section


async def test_the_home_pages_week_follows_the_learners_day_as_the_drill_does(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    await join_an_auckland_cohort(client, learner)
    clock.now = datetime(2026, 11, 8, 12, 0, tzinfo=UTC)  # Sunday in UTC, Monday 01:00 in Auckland
    home = (await page(client, "/")).text
    assert "This week · Session 1 · Week 3-4</p>" in home
    assert "new: Session 1 · Week 3-4 · " in home  # "Next up", from the drill of the same day


async def test_day_settings_are_saved_from_me_and_invalid_ones_get_a_422(
    client: httpx.AsyncClient, learner: Account
) -> None:
    saved = await form_post(
        client, "/me/day-settings", {"time_zone": "Europe/Paris", "drill_size": "6"}
    )
    assert saved.status_code == 303
    me = (await page(client, "/me")).text
    assert 'value="Europe/Paris"' in me and 'value="6"' in me
    for bad in (
        {"time_zone": "Nowhere/City", "drill_size": "4"},
        {"time_zone": "UTC", "drill_size": "11"},
        {"time_zone": "UTC", "drill_size": "four"},
    ):
        response = await form_post(client, "/me/day-settings", bad)
        assert response.status_code == 422, bad


async def test_a_topic_page_loads_the_learners_mastery_of_it(
    client: httpx.AsyncClient, learner: Account, clock: FakeClock
) -> None:
    topic = (await page(client, "/roadmap/s1-w3-hash-maps")).text
    assert 'hx-get="/roadmap/s1-w3-hash-maps/mastery"' in topic
    empty = await page(client, "/roadmap/s1-w3-hash-maps/mastery")
    assert "No submissions on this topic yet" in empty.text
    await submit_at(client, learner.id, "two-sum-fn", "AC", clock.now - timedelta(days=1))
    fragment = (await page(client, "/roadmap/s1-w3-hash-maps/mastery")).text
    assert "Mastery:" in fragment and "two-sum-fn" in fragment
    assert "1 accepted, 0 failed · last AC yesterday" in fragment


async def test_sign_up_keeps_the_time_zone_the_browser_detected(
    client: httpx.AsyncClient,
) -> None:
    form = (await page(client, "/signup")).text
    assert 'name="time_zone" value="" data-detect-time-zone' in form
    response = await form_post(
        client,
        "/signup",
        {"username": "tzuser", "password": NEW_PASSWORD, "time_zone": "America/Los_Angeles"},
    )
    assert response.status_code == 303, response.text
    user_id = await db_scalar(client, select(User.id).where(User.username == "tzuser"))
    zone = await db_scalar(
        client, select(LearnerSettings.time_zone).where(LearnerSettings.user_id == user_id)
    )
    assert zone == "America/Los_Angeles"


async def test_sign_up_rejects_a_time_zone_no_browser_would_send(
    client: httpx.AsyncClient,
) -> None:
    response = await form_post(
        client,
        "/signup",
        {"username": "tzuser2", "password": NEW_PASSWORD, "time_zone": "../../etc/passwd"},
    )
    assert response.status_code == 422
    assert "The browser sent an unknown time zone." in response.text
    assert await db_scalar(client, select(User.id).where(User.username == "tzuser2")) is None
