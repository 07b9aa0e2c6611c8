"""The solutions page without a browser: a 403 page before AC, sanitised write-ups, forms
that need the CSRF token, and refusals shown on the form."""

from __future__ import annotations

import httpx
import pytest

from tests.hacks.helpers import add_accepted
from tests.helpers.factories import add_judged_problem, make_account
from tests.helpers.pages import another_browser, browser_login, form_post, page

pytestmark = pytest.mark.anyio
SLUG = "sum-stdio"
CODE = "print(sum(map(int, open(0).read().split()[1:])))\n"
HOSTILE = "Idea: **one pass**.<script>alert(1)</script><img src=x onerror=alert(2)>"


async def test_the_solutions_page_is_locked_then_shares_sanitised_write_ups(
    client: httpx.AsyncClient,
) -> None:
    await add_judged_problem(client, SLUG)
    a = await make_account(client, "learner-a")
    b = await make_account(client, "learner-b")
    await browser_login(client, a.username)
    locked = await page(client, f"/problems/{SLUG}/solutions")
    assert locked.status_code == 403
    assert "Solve the problem" in locked.text and "data-package-solutions" not in locked.text

    await add_accepted(client, a.id, SLUG, CODE)
    shown = await page(client, f"/problems/{SLUG}/solutions")
    assert shown.status_code == 200
    assert "O(n) time and memory: one pass over the tokens." in shown.text
    assert "complexity not stated" not in shown.text  # both fixture solutions state theirs
    assert "Nobody has shared a solution yet" in shown.text

    no_token = await form_post(client, f"/problems/{SLUG}/solutions", {"writeup": "hi"}, csrf=None)
    assert no_token.status_code == 403
    empty = await form_post(client, f"/problems/{SLUG}/solutions", {"writeup": "   "})
    assert empty.status_code == 422 and "data-share-error" in empty.text
    done = await form_post(client, f"/problems/{SLUG}/solutions", {"writeup": HOSTILE})
    assert done.status_code == 303
    assert done.headers["location"].startswith(f"/problems/{SLUG}/solutions#post-")

    await add_accepted(client, b.id, SLUG, CODE)
    async with another_browser(client) as browser_b:
        await browser_login(browser_b, b.username)
        seen = await page(browser_b, f"/problems/{SLUG}/solutions")
        assert "<strong>one pass</strong>" in seen.text
        # Raw HTML in Markdown is shown as text, never run.
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in seen.text
        assert "<img src=x" not in seen.text and "<script>alert" not in seen.text
        post_id = done.headers["location"].rsplit("-", 1)[1]
        voted = await form_post(browser_b, f"/problems/{SLUG}/solutions/{post_id}/vote")
        assert voted.status_code == 303
        after = await page(browser_b, f"/problems/{SLUG}/solutions")
        assert "1 upvote<" in after.text and "Remove upvote" in after.text
