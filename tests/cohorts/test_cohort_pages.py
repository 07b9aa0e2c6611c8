from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from tests.helpers.content import sync
from tests.helpers.factories import make_account
from tests.helpers.pages import another_browser, browser_login, form_post, page
from winterarc.auth.models import Role

pytestmark = pytest.mark.anyio


async def test_organiser_creates_learner_joins_and_the_dashboard_lists_them(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await sync(client, content_dir)
    await make_account(client, "org", role=Role.ORGANISER)
    await make_account(client, "pupil")
    await browser_login(client, "org")
    assert "Create a cohort" in (await page(client, "/cohorts")).text

    bad = await form_post(
        client, "/cohorts", {"name": "C", "starts_on": "2027-01-04", "schedule": "s1-w1"}
    )
    assert bad.status_code == 422 and "week-id YYYY-MM-DD" in bad.text
    created = await form_post(
        client,
        "/cohorts",
        {"name": "Spring", "starts_on": "2027-01-04", "schedule": "s1-w3 2027-01-04\n\n"},
    )
    assert created.status_code == 303
    dashboard = created.headers["location"]
    html = (await page(client, dashboard)).text
    code = re.search(r"data-join-code>([^<]+)<", html)
    assert code is not None and "Nobody has joined yet" in html

    async with another_browser(client) as learner:
        await browser_login(learner, "pupil")
        assert "Create a cohort" not in (await page(learner, "/cohorts")).text
        wrong = await form_post(learner, "/cohorts/join", {"code": "not-a-code"})
        assert wrong.status_code == 404 and "No cohort has this join code" in wrong.text
        joined = await form_post(learner, "/cohorts/join", {"code": code.group(1)})
        assert joined.status_code == 303
        assert "Spring" in (await page(learner, "/cohorts")).text
        assert (await page(learner, dashboard)).status_code == 403
        refused = await form_post(learner, "/cohorts", {"name": "X", "starts_on": "2027-01-04"})
        assert refused.status_code == 403

    assert 'data-member="pupil"' in (await page(client, dashboard)).text
    rotated = await form_post(client, f"{dashboard}/join-code")
    assert rotated.status_code == 303
    assert code.group(1) not in (await page(client, dashboard)).text
