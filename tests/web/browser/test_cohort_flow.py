"""Cohorts in a real browser against a real `winterarc serve`: an organiser creates a cohort,
a learner joins with its code, and the organiser's dashboard shows them (desktop and phone)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from playwright.sync_api import Browser, expect

from tests.helpers.processes import base_env
from tests.web.browser.session import Session, WebServer, new_session, sign_up, unnamed_controls

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]
ORGANISER = ("organiser1", "an-organisers-long-passphrase")


def _create_organiser(server: WebServer) -> None:
    subprocess.run(
        [sys.executable, "-m", "winterarc", "user", "create", ORGANISER[0], "--role",
         "organiser", "--password-stdin"],
        input=ORGANISER[1].encode(), env=base_env(server.data_dir), check=True,
        capture_output=True,
    )  # fmt: skip


def _log_in(session: Session) -> None:
    page = session.page
    page.goto("/login")
    page.get_by_label("Username").fill(ORGANISER[0])
    page.get_by_label("Password").fill(ORGANISER[1])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/(roadmap)?$"))


def _clean(session: Session) -> None:
    assert session.violations == [], session.violations
    assert session.errors == [], session.errors
    assert unnamed_controls(session.page) == []


def test_an_organiser_creates_a_cohort_a_learner_joins_and_the_dashboard_shows_them(
    browser: Browser, web_server: WebServer
) -> None:
    _create_organiser(web_server)
    organiser = new_session(browser, web_server.url)
    _log_in(organiser)
    page = organiser.page
    page.goto("/cohorts")
    page.get_by_label("Name").fill("Winter cohort")
    page.get_by_role("button", name="Create").click()
    page.wait_for_url(re.compile(r"/cohorts/\d+$"))
    dashboard = page.url
    code = page.locator("#join-code").inner_text().strip()
    assert len(code) >= 12
    expect(page.get_by_text("Nobody has joined yet")).to_be_visible()

    learner = new_session(browser, web_server.url)
    sign_up(learner, "cohort-learner")
    learner.page.goto("/cohorts")
    learner.page.get_by_label("Join code").fill(code)
    learner.page.get_by_role("button", name="Join").click()
    expect(learner.page.locator("[data-my-cohort]")).to_contain_text("Winter cohort")
    _clean(learner)

    page.goto(dashboard)
    row = page.locator('[data-member="cohort-learner"]')
    expect(row).to_be_visible()
    expect(row).to_contain_text("never")  # no submission yet
    _clean(organiser)
    organiser.shot("cohort-dashboard")

    phone = new_session(browser, web_server.url, viewport="phone")
    _log_in(phone)
    phone.page.goto(dashboard)
    expect(phone.page.locator('[data-member="cohort-learner"]')).to_be_visible()
    _clean(phone)
    phone.shot("cohort-dashboard")
    for session in (organiser, learner, phone):
        session.context.close()
