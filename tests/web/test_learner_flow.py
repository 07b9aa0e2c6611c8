"""The learner's day in a real browser against a real `winterarc serve`: sign up, find the
problem through the roadmap, fail a sample and see its diff arrive live, fix it, see it solved
and the topic move, then log out and be refused."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Browser, expect

from tests.web.browser import Session, new_session
from tests.web.conftest import WebServer

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

PASSWORD = "a-long-and-unusual-passphrase"
WRONG = "import sys\ndata = sys.stdin.read().split()\nprint(sum(map(int, data[2:])))\n"
RIGHT = "import sys\ndata = sys.stdin.read().split()\nprint(sum(map(int, data[1:])))\n"
TOPIC = "s1-w1-syntax-data-types"


def sign_up(session: Session, username: str) -> None:
    page = session.page
    page.goto("/signup")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(re.compile(r"/roadmap$"))


def replace_code(session: Session, code: str) -> None:
    """Select all in the editor and insert the code as one edit (no auto-indent on the way)."""
    page = session.page
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.insert_text(code)
    expect(page.locator("textarea#code")).to_have_value(code)


def topic_progress(session: Session) -> int:
    session.page.goto(f"/roadmap/{TOPIC}")
    value = session.page.locator("[data-topic-progress] progress").get_attribute("value")
    return int(value or 0)


def test_sign_up_solve_a_problem_live_and_log_out(browser: Browser, web_server: WebServer) -> None:
    session = new_session(browser, web_server.url)
    page = session.page
    page.goto("/signup")
    session.shot("signup")
    sign_up(session, "learner-flow")
    expect(page.get_by_role("heading", name="Roadmap", level=1)).to_be_visible()
    session.shot("roadmap")
    before = topic_progress(session)
    session.shot("topic")

    page.get_by_role("link", name="Sum of a List").click()
    page.wait_for_url(re.compile(r"/problems/sum-stdio$"))
    expect(page.locator(".cm-editor")).to_be_visible()
    expect(page.locator("[data-solved-mark]").first).to_be_hidden()

    replace_code(session, WRONG)
    page.keyboard.press("Control+Enter")  # the keyboard shortcut submits
    panel = page.locator("#verdict-panel")
    expect(panel).to_have_attribute("data-state", "pending")
    expect(panel).to_have_attribute("data-verdict", "WA", timeout=60_000)
    diff = panel.locator(".sample-diff").first
    expect(diff).to_be_visible()
    expect(diff).to_contain_text("1 2 3")  # the sample's input
    expect(diff.locator(".diff-del")).to_contain_text("6")  # expected
    expect(diff.locator(".diff-add")).to_contain_text("5")  # what the wrong code printed
    session.shot("problem-wrong-answer")

    replace_code(session, RIGHT)
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(panel).to_have_attribute("data-verdict", "AC", timeout=60_000)
    expect(page.locator("h1 [data-solved-mark]")).to_be_visible()
    session.shot("problem-accepted")
    page.get_by_role("link", name="Open submission").click()
    expect(page.locator(".submission-verdict")).to_have_attribute("data-verdict", "AC")
    session.shot("submission")

    page.goto("/problems")
    expect(page.locator('tr[data-problem="sum-stdio"]')).to_have_attribute("data-status", "solved")
    session.shot("problems")
    assert topic_progress(session) > before
    page.goto("/me")
    expect(page.get_by_role("heading", name="Solved by topic")).to_be_visible()
    session.shot("me")
    page.goto("/")
    session.shot("home")

    cookie = next(c for c in session.context.cookies() if c["name"] == "winterarc_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and not cookie["secure"]  # plain http
    page.get_by_role("button", name="Log out").click()
    page.wait_for_url(re.compile(r"/login\?logged_out=1$"))
    page.goto("/me")
    page.wait_for_url(re.compile(r"/login\?next=/me$"))
    # The old cookie is dead on the server too, not only forgotten by this browser.
    stale = httpx.get(
        f"{web_server.url}/me",
        cookies={"winterarc_session": cookie["value"]},
        headers={"Accept": "text/html"},
    )
    assert stale.status_code == 303 and stale.headers["location"].startswith("/login")
    api = httpx.get(
        f"{web_server.url}/api/v1/submissions", cookies={"winterarc_session": cookie["value"]}
    )
    assert api.status_code == 401

    assert session.violations == []
    assert session.errors == []
    session.context.close()


def test_quiz_and_phone_layout(browser: Browser, web_server: WebServer) -> None:
    session = new_session(browser, web_server.url, viewport="phone")
    page = session.page
    sign_up(session, "learner-phone")

    def fits_the_screen(name: str) -> None:
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= page.viewport_size["width"], f"{name}: {width}px wide"  # type: ignore[index]
        session.shot(name)

    fits_the_screen("roadmap")
    page.get_by_role("button", name="Menu").click()
    expect(page.get_by_role("link", name="Problems")).to_be_visible()
    fits_the_screen("menu-open")
    page.get_by_role("link", name="Problems").click()
    fits_the_screen("problems")
    page.goto("/problems/sum-stdio")
    expect(page.locator(".cm-editor")).to_be_visible()
    replace_code(session, WRONG)
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.locator("#verdict-panel")).to_have_attribute("data-verdict", "WA", timeout=60_000)
    fits_the_screen("problem-wrong-answer")

    page.goto("/quizzes/keys-basics")
    page.get_by_role("button", name="Check my answers").click()
    expect(page.get_by_role("alert")).to_contain_text("Answer every question")
    page.get_by_label("It is unique and not null").check()
    page.get_by_label("The id column").check()
    page.get_by_label("The email column with a unique constraint").check()
    page.get_by_role("button", name="Check my answers").click()
    page.wait_for_url(re.compile(r"/quizzes/keys-basics/result$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("2/2")
    fits_the_screen("quiz-result")
    page.goto("/")
    fits_the_screen("home")
    page.goto("/no-such-page")
    expect(page.get_by_role("heading", name="Not Found")).to_be_visible()
    fits_the_screen("not-found")
    assert session.violations == []
    assert session.errors == []
    session.context.close()
