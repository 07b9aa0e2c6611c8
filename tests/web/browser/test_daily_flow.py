"""Three days of the daily drill in a real browser against a real `winterarc serve`.

The server runs on the system clock and has no test hook to move it (nothing a production
server could be talked into). Instead, between two "days" the test moves the learner's whole
history one day into the past, straight in the server's SQLite database: their stored drills
and their submissions. For the server, which derives everything from those rows, that is
exactly the next morning: yesterday's drill is done, today has no drill yet."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from tests.helpers.content import copy_content
from tests.helpers.judge import FIXTURES as PROBLEMS
from tests.helpers.judge import require_sandbox
from tests.web.browser.session import (
    Session,
    WebServer,
    new_session,
    serving,
    sign_up,
    unnamed_controls,
)

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

# Four easy problems of the fixture roadmap's first week: a drill for three days.
SLUGS = ("sum-stdio", "mean-float", "parity-custom", "ticket-code")


@pytest.fixture(scope="module")
def web_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    require_sandbox()
    root = tmp_path_factory.mktemp("daily-web")
    content = copy_content(root, SLUGS)
    with serving(root, content) as server:
        yield server


def one_day_later(server: WebServer, username: str) -> None:
    """Move the learner's drills and submissions one day back: for the server, a new day."""
    with sqlite3.connect(server.data_dir / "winterarc.db", timeout=30) as db:
        (user_id,) = db.execute("SELECT id FROM users WHERE username = ?", (username,)).fetchone()
        db.execute(
            "UPDATE daily_drills SET day = date(day, '-1 day') WHERE user_id = ?", (user_id,)
        )
        db.execute(
            "UPDATE submissions SET created_at = datetime(created_at, '-1 day'),"
            " judged_at = datetime(judged_at, '-1 day') WHERE user_id = ?",
            (user_id,),
        )


def solve_first_open_item(session: Session) -> None:
    page = session.page
    page.goto("/daily")
    item = page.locator(".drill-open").first
    slug = item.get_attribute("data-drill-item")
    assert slug in SLUGS, slug
    item.get_by_role("link", name="Solve it").click()
    page.wait_for_url(re.compile(rf"/problems/{slug}$"))
    code = (PROBLEMS / slug / "solutions" / "accepted" / "ref.py").read_text()
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.insert_text(code)
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.locator("#verdict-panel")).to_have_attribute("data-verdict", "AC", timeout=60_000)


def active_cells(session: Session) -> int:
    session.page.goto("/me")
    return session.page.locator(".heatmap-cell:not(.level-0):not(.level-future)").count()


def test_a_learner_follows_the_drill_for_three_days(
    browser: Browser, web_server: WebServer
) -> None:
    session = new_session(browser, web_server.url)
    page = session.page
    sign_up(session, "daily-flow")
    zone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    page.goto("/me")
    expect(page.get_by_label("Time zone (IANA name)")).to_have_value(zone)  # from sign-up

    for day in (1, 2, 3):
        if day > 1:
            # A page left open (here /me) hears that the new day's drill is ready.
            watcher = new_session(browser, web_server.url)
            watcher.page.goto("/login")
            watcher.page.get_by_label("Username").fill("daily-flow")
            watcher.page.get_by_label("Password").fill("a-long-and-unusual-passphrase")
            watcher.page.get_by_role("button", name="Log in").click()
            watcher.page.goto("/me")
            one_day_later(web_server, "daily-flow")
            page.goto("/daily")
            expect(watcher.page.locator("#daily-nudge")).to_be_visible()
            expect(watcher.page.locator("#daily-nudge")).to_contain_text("Today's drill is ready")
            watcher.context.close()
        page.goto("/daily")
        expect(page.get_by_role("heading", name="Today's drill", level=1)).to_be_visible()
        expect(page.locator(".drill-item .eyebrow").first).to_contain_text(
            re.compile("new: |review: ")
        )
        solve_first_open_item(session)
        page.goto("/daily")
        expect(page.locator("[data-streak]")).to_have_text(str(day))
        expect(page.locator(".drill-completed")).to_have_count(1)
        assert active_cells(session) == day
        expect(page.locator("[data-current-streak]")).to_have_text(str(day))

    page.goto("/daily")
    session.shot("daily")
    page.goto("/me")
    session.shot("me")
    assert unnamed_controls(page) == []
    assert session.violations == [] and session.errors == []

    phone = new_session(browser, web_server.url, "phone")
    phone.page.goto("/login")
    phone.page.get_by_label("Username").fill("daily-flow")
    phone.page.get_by_label("Password").fill("a-long-and-unusual-passphrase")
    phone.page.get_by_role("button", name="Log in").click()
    phone.page.goto("/daily")
    expect(phone.page.locator("[data-streak]")).to_have_text("3")
    phone.shot("daily")
    phone.page.goto("/me")
    phone.shot("me")
    assert phone.violations == [] and phone.errors == []
