"""A practiser's loop in a real browser (issue #13): the problem list with statistics, Run that
helps, a failed hidden test and a TLE in words, and the learner-flow defects (sign-up errors,
the submission history, search history, the phone layout). One server for the module."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Locator, expect

from tests.helpers.content import copy_content
from tests.helpers.judge import require_sandbox
from tests.web.browser.session import (
    RIGHT,
    Session,
    WebServer,
    new_session,
    replace_code,
    serving,
    sign_up,
)

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

# Right on both samples, wrong on the hidden test with no numbers.
HIDDEN_WRONG = (
    "import sys\ndata = sys.stdin.read().split()\n"
    "print(sum(map(int, data[1:])) if int(data[0]) else 1)\n"
)
TWO_SUM = (
    "class Solution:\n"
    "    def two_sum(self, nums, target):\n"
    "        print('looking for', target)\n"
    "        seen = {}\n"
    "        for j, x in enumerate(nums):\n"
    "            if target - x in seen:\n"
    "                return [seen[target - x], j]\n"
    "            seen[x] = j\n"
    "        return []\n"
)


@pytest.fixture(scope="module")
def practice_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    """sum-stdio and a function problem, with two more week-1 problems (a stdio and a
    function one) for the list's filters; statistics recomputed every second, so the list
    shows a verdict's effect without waiting minutes."""
    require_sandbox()
    root = tmp_path_factory.mktemp("practice")
    content = copy_content(root, ["sum-stdio", "two-sum-fn", "mean-float", "ticket-code"])
    with serving(root, content, with_author=False, stats_interval_seconds="1") as server:
        yield server


def _stats_computed(url: str, slug: str, solvers: int, deadline_s: float = 60) -> None:
    """Wait until the workers' statistics count `solvers` solvers of the problem."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        stats = httpx.get(f"{url}/api/v1/stats/problems/{slug}").json()
        if stats["solvers"] == solvers:
            return
        time.sleep(0.2)
    raise AssertionError(f"statistics of {slug} never reached {solvers} solvers: {stats}")


def _expect_rows(rows: Locator, slugs: list[str]) -> None:
    """The problem list shows exactly these problems, in this order."""
    expect(rows).to_have_count(len(slugs))
    for index, slug in enumerate(slugs):
        expect(rows.nth(index)).to_have_attribute("data-problem", slug)


def _submit(session: Session, code: str, verdict: str) -> None:
    page = session.page
    replace_code(session, code)
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.locator("#verdict-panel")).to_have_attribute(
        "data-verdict", verdict, timeout=60_000
    )


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_run_helps_a_hidden_failure_and_the_list_shows_statistics(
    browser: Browser, practice_server: WebServer, viewport: str
) -> None:
    session = new_session(browser, practice_server.url, viewport)
    page = session.page
    sign_up(session, f"practiser-{viewport}")

    page.goto("/problems/sum-stdio")
    if viewport == "phone":
        # "Jump to the editor" lands with the editor below the sticky header, not under it.
        page.get_by_role("link", name="Jump to the editor").click()
        page.wait_for_function("() => location.hash === '#submit-form'")
        page.wait_for_function(
            "() => Math.abs(document.querySelector('#submit-form').getBoundingClientRect().top"
            " - document.querySelector('.site-header').getBoundingClientRect().bottom) < 40"
        )
        form_top = page.evaluate(
            "document.querySelector('#submit-form').getBoundingClientRect().top"
        )
        header = page.evaluate(
            "document.querySelector('.site-header').getBoundingClientRect().bottom"
        )
        assert form_top >= header, (form_top, header)
    page.locator(".custom-input summary").click()
    custom = page.locator("#custom-input")
    expect(custom).to_have_value("3\n1 2 3\n")  # the first sample, as Run takes it

    # Run on the sample and on a second case at once; the sample's is compared.
    replace_code(session, RIGHT)
    custom.fill("3\n1 2 3\n---\n2\n10 20\n")
    page.get_by_role("button", name="Run", exact=True).click()
    cases = page.locator("#run-result [data-run-case]")
    expect(cases).to_have_count(2)
    expect(cases.nth(0)).to_have_attribute("data-matches", "yes")
    expect(cases.nth(0).locator(".run-status strong")).to_have_text("Finished")
    expect(cases.nth(1).locator("[data-run-output]")).to_have_text(re.compile(r"^30\s*$"))

    # A wrong output on the sample: its expected output and the line diff are shown.
    replace_code(session, "print(7)\n")
    custom.fill("3\n1 2 3\n")
    page.get_by_role("button", name="Run", exact=True).click()
    expect(cases).to_have_count(1)
    expect(cases.nth(0)).to_have_attribute("data-matches", "no")
    expect(cases.nth(0).locator("[data-run-expected]")).to_have_text(re.compile(r"^6\s*$"))
    expect(cases.nth(0).locator(".run-diff .diff-del")).to_have_text("- 6")
    expect(cases.nth(0).locator(".run-diff .diff-add")).to_have_text("+ 7")

    # An endless loop: the run's status in words, and which limit was hit.
    replace_code(session, "while True:\n    pass\n")
    custom.fill("3\n1 2 3\n")
    page.get_by_role("button", name="Run", exact=True).click()
    expect(cases.nth(0).locator(".run-status strong")).to_have_text("Time limit exceeded")
    expect(cases.nth(0)).to_contain_text(
        re.compile(r"Time limit exceeded: the (CPU time|wall-clock) limit of \d+ ms was hit")
    )

    # Submitted, it is a TLE whose message names the limit, its time read as CPU time.
    panel = page.locator("#verdict-panel")
    _submit(session, "while True:\n    pass\n", "TLE")
    expect(panel).to_contain_text(
        re.compile(r"Time limit exceeded: the (CPU time|wall-clock) limit of \d+ ms was hit")
    )
    expect(panel.locator(".verdict-test-time").first).to_contain_text(re.compile(r"\d+ ms CPU"))

    # A hidden test failed: the page names it; help opens after three failures.
    help_box = page.locator("#help-after-failing")
    failures = 3 if viewport == "desktop" else 1
    for _ in range(failures):
        _submit(session, HIDDEN_WRONG, "WA")
        expect(panel).to_contain_text("01-empty")
    expect(help_box).to_have_attribute("data-help-test", "01-empty")
    if viewport == "desktop":
        help_box.get_by_role("button", name="Show this test").click()
        page.wait_for_url(re.compile(r"#help-after-failing$"))
        expect(page.locator("[data-revealed-input]")).to_have_text(re.compile(r"^0\s*$"))
        expect(page.locator("[data-revealed-expected]")).to_have_text(re.compile(r"^0\s*$"))
    else:
        expect(help_box.locator("[data-help-reason]")).to_contain_text("after 3 failed")
    session.shot("problem-failed-hidden-test")

    _submit(session, RIGHT, "AC")
    _stats_computed(practice_server.url, "sum-stdio", 1 if viewport == "desktop" else 2)
    page.goto("/problems/sum-stdio")
    expect(page.locator("[data-problem-stats] [data-solvers]")).not_to_have_text("0")
    expect(page.locator("[data-problem-stats] [data-acceptance]")).to_have_text(
        re.compile(r"^\d+ %$")
    )

    page.goto("/problems")
    row = page.locator('tr[data-problem="sum-stdio"]')
    expect(row.locator("[data-acceptance]")).to_have_text(re.compile(r"^\d+ %$"))
    expect(row.locator("[data-solvers]")).not_to_have_text("0")
    expect(page.locator('tr[data-problem="two-sum-fn"] [data-acceptance]')).to_have_text("—")
    if viewport == "desktop":
        expect(row.locator("[data-type]")).to_have_text("stdio")
        expect(row.locator("[data-type-chip]")).to_be_hidden()  # the column says it
    else:
        # The Type column is hidden on a phone: a small chip under the title says it.
        expect(row.locator("[data-type]")).to_be_hidden()
        expect(row.locator("[data-type-chip]")).to_be_visible()
        expect(row.locator("[data-type-chip]")).to_have_text("stdio")
        expect(page.locator('tr[data-problem="two-sum-fn"] [data-type-chip]')).to_have_text(
            "function"
        )
        # The status column is as narrow as its mark; every filter fits the screen.
        ratio = page.evaluate(
            "document.querySelector('tr[data-problem=\"sum-stdio\"] .status-cell')"
            ".getBoundingClientRect().width / document.querySelector('.problem-table')"
            ".getBoundingClientRect().width"
        )
        assert ratio < 0.12, ratio
        overflowing = page.evaluate(
            "() => { const form = document.querySelector('form.filters').getBoundingClientRect();"
            " return [...document.querySelectorAll('form.filters select, form.filters input')]"
            ".filter((el) => el.getClientRects().length"
            " && el.getBoundingClientRect().right > form.right + 1).map((el) => el.id); }"
        )
        assert overflowing == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        wrap = "document.querySelector('#problem-results .table-wrap')"
        assert page.evaluate(f"{wrap}.scrollWidth <= {wrap}.clientWidth")  # no column cut off
    session.shot("problems-with-statistics")

    # Filters and sorts: week 1 in roadmap order (its one topic, then the problems' order),
    # then only stdio problems, then the most solved first.
    rows = page.locator("#problem-results tbody tr")
    page.locator("#week").select_option("s1-w1")
    page.wait_for_url(re.compile(r"week=s1-w1"))
    _expect_rows(rows, ["mean-float", "sum-stdio", "ticket-code"])
    page.get_by_role("checkbox", name="stdio").check()
    page.wait_for_url(re.compile(r"type=stdio"))
    _expect_rows(rows, ["mean-float", "sum-stdio"])
    page.locator("#sort").select_option("-solvers")
    page.wait_for_url(re.compile(r"sort=-solvers"))
    _expect_rows(rows, ["sum-stdio", "mean-float"])
    expect(rows.nth(0).locator("[data-solvers]")).not_to_have_text("0")
    expect(rows.nth(1).locator("[data-solvers]")).to_have_text("0")
    # The filters survive a reload: they are in the address.
    page.reload()
    expect(page.locator("#week")).to_have_value("s1-w1")
    expect(page.get_by_role("checkbox", name="stdio")).to_be_checked()
    _expect_rows(rows, ["sum-stdio", "mean-float"])

    assert session.violations == []
    assert session.errors == []
    session.context.close()


def test_a_function_problems_run_takes_the_samples_form_and_labels_prints(
    browser: Browser, practice_server: WebServer
) -> None:
    session = new_session(browser, practice_server.url)
    page = session.page
    sign_up(session, "function-runner")
    page.goto("/problems/two-sum-fn")
    expect(page.locator("label[for=custom-input]")).to_contain_text("one JSON argument a line")
    page.locator(".custom-input summary").click()
    custom = page.locator("#custom-input")
    expect(custom).to_have_value("[2, 7, 11, 15]\n9\n")
    replace_code(session, TWO_SUM)
    custom.fill("[2, 7, 11, 15]\n9\n---\n[3, 3]\n6\n")
    page.get_by_role("button", name="Run", exact=True).click()
    cases = page.locator("#run-result [data-run-case]")
    expect(cases).to_have_count(2)
    expect(cases.nth(0)).to_have_attribute("data-matches", "yes")
    expect(cases.nth(0).locator("[data-run-stdout]")).to_have_text(re.compile(r"looking for 9"))
    expect(cases.nth(0).locator(".stderr")).to_have_count(0)
    expect(cases.nth(1).locator("[data-run-output]")).to_have_text(re.compile(r"\[0, 1\]"))
    session.shot("problem-run-function")
    assert session.errors == []
    session.context.close()


def test_sign_up_shows_every_error_in_plain_words(
    browser: Browser, practice_server: WebServer
) -> None:
    session = new_session(browser, practice_server.url)
    page = session.page
    page.goto("/signup")
    page.get_by_label("Username").fill("ab")
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Sign up").click()
    expect(page.locator("#username-error")).to_have_text("Use 3 to 32 characters (this one has 2).")
    expect(page.locator("#password-error")).to_contain_text("must be at least 10 characters")
    expect(page.locator("body")).not_to_contain_text("String should")
    session.context.close()


def test_a_search_pushes_one_history_entry_and_back_restores_the_box(
    browser: Browser, practice_server: WebServer
) -> None:
    session = new_session(browser, practice_server.url)
    page = session.page
    sign_up(session, "searcher")
    page.goto("/problems")
    before = page.evaluate("history.length")
    page.locator("#q").fill("sum of")
    page.wait_for_url(re.compile(r"q=sum(\+|%20)of"))
    expect(page.locator("#problem-results tbody tr")).to_have_count(1)
    page.locator("#q").press("Tab")  # leaving the box fires "change" for the same text
    page.locator("#sort").focus()
    page.wait_for_load_state("networkidle")
    assert page.evaluate("history.length") == before + 1

    page.get_by_role("link", name="Sum of a List").click()
    page.wait_for_url(re.compile(r"/problems/sum-stdio$"))
    page.go_back()
    page.wait_for_url(re.compile(r"q=sum(\+|%20)of"))
    expect(page.locator("#q")).to_have_value("sum of")
    expect(page.locator("#problem-results tbody tr")).to_have_count(1)

    # The history of submissions: titles, and a choice of problems rather than a slug box.
    page.goto("/problems/sum-stdio")
    _submit(session, RIGHT, "AC")
    page.goto("/submissions")
    expect(page.locator("table").get_by_role("link", name="Sum of a List")).to_be_visible()
    options = page.locator("select#problem option")
    expect(options).to_have_text(["Any problem", "Sum of a List"])
    page.locator("select#problem").select_option("sum-stdio")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"problem=sum-stdio"))
    expect(page.locator("table tbody tr")).to_have_count(1)
    assert session.errors == []
    session.context.close()
