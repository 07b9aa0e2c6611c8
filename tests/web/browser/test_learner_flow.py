"""The learner's day in a real browser against a real `winterarc serve`: sign up, find the
problem through the roadmap, fail a sample and see its diff arrive live, fix it, see it solved
and the topic move, then log out and be refused."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Browser, expect

from tests.web.browser.session import (
    RIGHT,
    VIEWPORTS,
    Session,
    WebServer,
    new_session,
    replace_code,
    screenshots_dir,
    sign_up,
    unnamed_controls,
)

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

WRONG = "import sys\ndata = sys.stdin.read().split()\nprint(sum(map(int, data[2:])))\n"
TOPIC = "s1-w1-syntax-data-types"


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
    # The recent submissions list refreshes itself after each verdict.
    expect(page.locator("#recent-submissions tbody tr")).to_have_count(2)
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
    for path in ("/", "/roadmap", f"/roadmap/{TOPIC}", "/problems", "/problems/sum-stdio",
                 "/submissions", "/quizzes/keys-basics", "/me"):  # fmt: skip
        page.goto(path)
        page.wait_for_load_state("load")
        assert unnamed_controls(page) == [], path
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
    # Measured once the list has loaded, not while the document is being replaced.
    expect(page).to_have_url(re.compile(r"/problems(\?|$)"))
    expect(page.locator("#problem-results")).to_be_visible()
    fits_the_screen("problems")
    page.goto("/problems/sum-stdio")
    expect(page.locator(".cm-editor")).to_be_visible()
    replace_code(session, WRONG)
    page.get_by_role("button", name="Submit", exact=True).click()
    panel = page.locator("#verdict-panel")
    expect(panel).to_have_attribute("data-verdict", "WA", timeout=60_000)
    fits_the_screen("problem-wrong-answer")
    panel.screenshot(path=screenshots_dir() / "phone" / "verdict-panel.png")

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


def test_filters_run_and_dark_theme(browser: Browser, web_server: WebServer) -> None:
    session = new_session(browser, web_server.url)
    page = session.page
    sign_up(session, "learner-tools")

    # htmx filters the list in place and keeps the filter in the address.
    page.goto("/problems")
    rows = page.locator("#problem-results tbody tr")
    expect(rows).to_have_count(2)
    page.get_by_label("Search").fill("attacks")
    expect(rows).to_have_count(1)
    expect(page).to_have_url(re.compile(r"q=attacks"))
    page.reload()  # the address alone reproduces the filtered list
    expect(rows).to_have_count(1)
    page.get_by_label("Search").fill("")
    page.get_by_label("Hard").check()
    expect(page.locator("#problem-results .empty")).to_be_visible()
    session.shot("problems-filtered-empty")

    # Run on custom input swaps the output under the editor without a submission.
    page.goto("/problems/sum-stdio")
    replace_code(session, RIGHT)
    page.get_by_text("Custom input", exact=True).click()
    page.get_by_label(re.compile("Input for Run")).fill("2\n5 7\n")
    page.keyboard.press("Control+Shift+Enter")
    expect(page.locator("#run-result pre").first).to_have_text("12", timeout=60_000)
    session.shot("problem-run")
    page.goto("/submissions")
    expect(page.locator(".empty")).to_contain_text("not submitted anything")
    page.goto("/docs")  # the API documentation starts under the same CSP
    expect(page.get_by_role("heading", level=1)).to_contain_text("Winter Arc")
    assert session.violations == []
    assert session.errors == []
    session.context.close()

    # The same pages in the dark, as a system in dark mode shows them.
    dark = browser.new_context(base_url=web_server.url, color_scheme="dark", **VIEWPORTS["desktop"])
    dark_page = dark.new_page()
    for name, path in (("dark-roadmap", "/roadmap"), ("dark-problem", "/problems/sum-stdio")):
        dark_page.goto(path)
        background = dark_page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(15, 17, 21)", background
        dark_page.screenshot(path=screenshots_dir() / "desktop" / f"{name}.png", full_page=True)
    dark.close()


def test_reading_pages_work_without_javascript(browser: Browser, web_server: WebServer) -> None:
    context = browser.new_context(
        base_url=web_server.url, java_script_enabled=False, **VIEWPORTS["phone"]
    )
    page = context.new_page()
    page.goto("/roadmap")
    expect(page.get_by_role("link", name="Syntax and data types")).to_be_visible()
    expect(page.get_by_role("link", name="Problems")).to_be_visible()  # the menu stays open
    page.get_by_role("link", name="Syntax and data types").click()
    expect(page.get_by_role("heading", name="Objectives")).to_be_visible()
    page.get_by_role("link", name="Sum of a List").click()
    expect(page.locator(".statement")).to_contain_text("Print the sum")
    expect(page.locator(".samples pre").first).to_have_text("3\n1 2 3")
    page.goto("/problems?difficulty=easy&q=sum")
    expect(page.locator("#problem-results tbody tr")).to_have_count(1)
    page.goto("/quizzes/keys-basics")
    expect(page.get_by_text("Which property must a primary key have?")).to_be_visible()
    page.screenshot(path=screenshots_dir() / "phone" / "no-javascript-problem-list.png")
    context.close()
