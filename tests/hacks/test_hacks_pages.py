"""The hacks pages without a browser: who sees what, refusals shown on the form, sharing from
the submission page, and the author's buttons for a content-synced package."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.hacks.helpers import HACK_INPUT, MISREADS_MINUS_THREE, add_accepted, add_hackable_problem
from tests.helpers.factories import make_account, solution
from tests.helpers.judge import require_sandbox
from tests.helpers.pages import another_browser, browser_login, form_post, page
from winterarc.auth.models import Role

pytestmark = pytest.mark.anyio


async def test_the_hack_page_refuses_before_solving_and_explains_a_refused_input(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    require_sandbox()
    a = await make_account(client, "learner-a")
    outsider = await make_account(client, "outsider")
    slug = await add_hackable_problem(client, tmp_path, author_id=None)
    target = await add_accepted(client, a.id, slug, MISREADS_MINUS_THREE)

    await browser_login(client, outsider.username)
    before = await page(client, f"/problems/{slug}/hacks")
    assert before.status_code == 200
    assert "Solve this problem first" in before.text and "data-hack-form" not in before.text

    async with another_browser(client) as browser_a:
        await browser_login(browser_a, a.username)
        shown = await page(browser_a, f"/submissions/{target}")
        assert "Share for hacks" in shown.text
        shared = await form_post(browser_a, f"/submissions/{target}/share", {"shared": "true"})
        assert shared.status_code == 303
        assert "Stop sharing for hacks" in (await page(browser_a, f"/submissions/{target}")).text

        form = await page(browser_a, f"/problems/{slug}/hacks")
        assert "data-hack-form" in form.text and "your submission" in form.text
        refused = await form_post(
            browser_a, f"/problems/{slug}/hacks", {"target": target, "input": "0\n\n1\n"}
        )
        assert refused.status_code == 422
        assert "invalid input: expected 0 numbers, got 1" in refused.text
        done = await form_post(
            browser_a, f"/problems/{slug}/hacks", {"target": target, "input": HACK_INPUT}
        )
        assert done.status_code == 303
        hack_page = await page(browser_a, done.headers["location"])
        assert 'data-hack-status="successful"' in hack_page.text
        assert "Add as a test" not in hack_page.text  # learners have no author buttons
        assert "data-hacked" in (await page(browser_a, f"/submissions/{target}")).text


async def test_an_admin_gets_the_files_of_a_content_synced_package_and_requeues(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    require_sandbox()
    admin = await make_account(client, "admin1", Role.ADMIN)
    learner = await make_account(client, "learner-b")
    slug = await add_hackable_problem(client, tmp_path, author_id=None)
    target = await add_accepted(client, learner.id, slug, MISREADS_MINUS_THREE)
    await add_accepted(client, learner.id, slug, solution("sum-stdio", "accepted", "ref.py"))
    hack = await client.post(
        "/api/v1/hacks", json={"target": target, "input": HACK_INPUT}, headers=learner.headers
    )
    hack_id = hack.json()["id"]

    await browser_login(client, admin.username)
    listing = await page(client, f"/problems/{slug}/hacks")
    assert f'data-add-test="{hack_id}"' in listing.text and "data-rejudge" in listing.text
    added = await form_post(client, f"/hacks/{hack_id}/add-test")
    assert added.status_code == 200
    assert "lives in git" in added.text and f"tests/hack-{hack_id}.in" in added.text
    requeued = await form_post(client, f"/problems/{slug}/rejudge")
    assert "2 accepted submissions queued for judging" in requeued.text
    status = await client.get(f"/api/v1/submissions/{target}", headers=learner.headers)
    assert (status.json()["status"], status.json()["verdict"]) == ("queued", None)
