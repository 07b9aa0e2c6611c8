"""The hack workflow in a real browser against a real `winterarc serve`: an author uploads a
package with a validator; learner A's wrong solution is accepted and shared; learner B solves
the problem and hacks A's; the author adds the hack as a test and re-judges; A's becomes WA."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.hacks.helpers import HACK_INPUT, MISREADS_MINUS_THREE
from tests.helpers.judge import FIXTURES as PROBLEMS
from tests.judge.validator_helpers import SUM_VALIDATOR
from tests.web.browser.session import (
    AUTHOR,
    RIGHT,
    Session,
    WebServer,
    new_session,
    replace_code,
    sign_up,
)
from winterarc.curriculum.packing import zip_package

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]
SLUG = "hackable-sum"


def _package_zip(tmp_path: Path) -> Path:
    folder = tmp_path / SLUG
    shutil.copytree(PROBLEMS / "sum-stdio", folder)
    manifest = folder / "problem.toml"
    manifest.write_text(manifest.read_text().replace('"sum-stdio"', f'"{SLUG}"'))
    (folder / "validator.py").write_text(SUM_VALIDATOR.format(max_n=20000))
    target = tmp_path / f"{SLUG}.zip"
    target.write_bytes(zip_package(folder))
    return target


def _solve(session: Session, code: str) -> str:
    """Submit from the problem page; wait for AC; the submission's page URL."""
    page = session.page
    page.goto(f"/problems/{SLUG}")
    replace_code(session, code)
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.locator("#verdict-panel")).to_have_attribute("data-verdict", "AC", timeout=60_000)
    page.get_by_role("link", name="Open submission").click()
    page.wait_for_url(re.compile(r"/submissions/[0-9a-f-]+$"))
    return page.url


def _choose_target(session: Session, owner: str) -> None:
    option = session.page.locator("#target option", has_text=owner)
    session.page.get_by_label("Target").select_option(option.get_attribute("value"))


def test_a_hack_becomes_a_test_and_a_rejudge_turns_the_hacked_solution_wa(
    browser: Browser, web_server: WebServer, tmp_path: Path
) -> None:
    author = new_session(browser, web_server.url)
    page = author.page
    page.goto("/login")
    page.get_by_label("Username").fill(AUTHOR[0])
    page.get_by_label("Password").fill(AUTHOR[1])
    page.get_by_role("button", name="Log in").click()
    page.goto("/author/packages")
    page.get_by_label("Package (.zip)").set_input_files(_package_zip(tmp_path))
    page.get_by_role("button", name="Validate and publish").click()
    expect(page.locator("[data-report]")).to_have_attribute(
        "data-report", "accepted", timeout=120_000
    )

    a = new_session(browser, web_server.url)
    sign_up(a, "hack-target")
    a_submission = _solve(a, MISREADS_MINUS_THREE)
    a.page.get_by_role("button", name="Share for hacks").click()
    expect(a.page.get_by_role("button", name="Stop sharing for hacks")).to_be_visible()

    b = new_session(browser, web_server.url)
    sign_up(b, "hacker")
    _solve(b, RIGHT)
    b.page.goto(f"/problems/{SLUG}")
    b.page.get_by_role("link", name="Hacks", exact=True).click()
    _choose_target(b, "hack-target")
    b.page.get_by_label("Input").fill("1\n5000000000\n")
    b.page.get_by_role("button", name="Hack", exact=True).click()
    expect(b.page.locator("[data-hack-error]")).to_contain_text("is not in [-10^9, 10^9]")
    _choose_target(b, "hack-target")
    b.page.get_by_label("Input").fill(HACK_INPUT)
    b.page.get_by_role("button", name="Hack", exact=True).click()
    b.page.wait_for_url(re.compile(r"/hacks/\d+$"))
    expect(b.page.locator("[data-hack-status]")).to_have_attribute("data-hack-status", "successful")
    b.shot("hack-successful")

    a.page.goto(a_submission)
    expect(a.page.locator("[data-hacked]")).to_contain_text("Hacked")
    expect(a.page.locator(".submission-verdict")).to_have_attribute("data-verdict", "AC")

    page.goto(f"/problems/{SLUG}/hacks")
    page.locator("[data-add-test]").click()
    expect(page.locator("[data-hack-notice]")).to_contain_text("the package has a new version")
    author.shot("hack-added-as-test")
    page.get_by_role("button", name="Re-judge accepted submissions").click()
    expect(page.locator("[data-hack-notice]")).to_contain_text("2 accepted submissions queued")

    a.page.goto(a_submission)
    expect(a.page.locator("[data-verdict]").first).to_have_attribute(
        "data-verdict", "WA", timeout=120_000
    )
    a.shot("hacked-submission-rejudged")
    for session in (author, a, b):
        assert session.violations == []
        assert session.errors == []
        session.context.close()
