"""Solutions after AC, quizzes by week, session labels and the learner-facing defects of
issue 13 in a real browser: one `winterarc serve` for the module, with sum-stdio and two
packages from the shipped bank (an editorial that starts with "# Editorial:", a pattern that
used to be a tag too, a long title)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.helpers.content import copy_content
from tests.helpers.judge import require_sandbox
from tests.web.browser.session import (
    AUTHOR,
    RIGHT,
    Session,
    WebServer,
    new_session,
    replace_code,
    serving,
    sign_up,
)

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

BANK = Path(__file__).parents[3] / "content" / "problems"
BAKERY = "bakery-best-k-day-stretch"
LONG = "backup-upload-chunk-size"  # "Smallest Chunk Size for the Nightly Backup"
TOPIC = "s1-w3-hash-maps"


def _from_the_bank(problems: Path, slug: str) -> None:
    """A shipped package, moved onto a topic of the test roadmap."""
    package = problems / slug
    shutil.copytree(BANK / slug, package)
    manifest = package / "problem.toml"
    text = re.sub(r"(?m)^topics = \[.*\]$", f'topics = ["{TOPIC}"]', manifest.read_text())
    manifest.write_text(text)


@pytest.fixture(scope="module")
def solutions_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    require_sandbox()
    root = tmp_path_factory.mktemp("solutions-web")
    content = copy_content(root, ["sum-stdio"])
    for slug in (BAKERY, LONG):
        _from_the_bank(content / "problems", slug)
    with serving(root, content) as server:
        yield server


def _solve_sum(session: Session) -> None:
    page = session.page
    page.goto("/problems/sum-stdio")
    expect(page.locator(".cm-editor")).to_be_visible()
    replace_code(session, RIGHT)
    page.get_by_role("button", name="Submit", exact=True).click()
    expect(page.locator("#verdict-panel")).to_have_attribute("data-verdict", "AC", timeout=60_000)


def _fits(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url}: {width}px wide"  # type: ignore[index]


def _clean(session: Session) -> None:
    assert session.violations == []
    assert session.errors == []
    session.context.close()


def test_roadmap_labels_editorials_and_tags(browser: Browser, solutions_server: WebServer) -> None:
    session = new_session(browser, solutions_server.url)
    page = session.page
    page.on("dialog", lambda dialog: dialog.accept())  # "Give up …?"
    page.goto("/")
    # Computed from the test roadmap's labels (Week 1-2, Week 3-4 | Week 6), not "ten-week".
    expect(page.locator("[data-roadmap-length]")).to_contain_text(
        "A roadmap in two sessions of 4 and 6 weeks"
    )
    sign_up(session, "sol-roadmap")
    expect(page.get_by_role("heading", level=2, name="Session 1 · Core")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Session 2 · Backend")).to_be_visible()

    # One chip per label: sliding-window is the bakery's pattern and no longer also a tag.
    page.goto(f"/problems/{BAKERY}")
    expect(page.locator(".chips li", has_text=re.compile(r"^sliding-window$"))).to_have_count(1)
    page.get_by_role("button", name="Give up and read it").click()
    page.wait_for_url(re.compile(rf"/problems/{BAKERY}/editorial$"))
    # The file starts with "# Editorial: The Bakery's Best Stretch"; the page says it once.
    expect(page.get_by_text("Editorial: The Bakery's Best Stretch", exact=True)).to_have_count(1)
    expect(page.locator("article.prose h1")).to_have_count(0)
    expect(page.locator("article.prose h2").first).to_have_text("Idea")

    _clean(session)

    # The topic's practice list on a phone (its own session, so its screenshot is filed under
    # phone/): each badge on its problem's line.
    session = new_session(browser, solutions_server.url, viewport="phone")
    page = session.page
    page.goto(f"/roadmap/{TOPIC}")
    expect(
        page.get_by_role("link", name="Smallest Chunk Size for the Nightly Backup")
    ).to_be_visible()
    expect(page.locator(".breadcrumbs")).to_contain_text("Session 1 · Week 3-4 · Data Structures")
    rows = page.locator("li.practice-problem")
    assert rows.count() >= 2
    for index in range(rows.count()):
        link = rows.nth(index).locator("a").bounding_box()
        badge = rows.nth(index).locator(".badge").bounding_box()
        assert link is not None and badge is not None
        # The badge shares the link's line box: they overlap vertically.
        assert badge["y"] < link["y"] + link["height"] and badge["y"] + badge["height"] > link["y"]
    session.shot("topic-practice-badges")
    _clean(session)


def test_solutions_after_ac_and_quizzes(browser: Browser, solutions_server: WebServer) -> None:
    session = new_session(browser, solutions_server.url)
    page = session.page
    sign_up(session, "sol-author-a")
    response = page.goto("/problems/sum-stdio/solutions")
    assert response is not None and response.status == 403
    expect(page.get_by_text("Solve the problem (get AC) to see its solutions.")).to_be_visible()

    _solve_sum(session)
    box = page.locator(".editorial-box")
    expect(box.get_by_text("now that you solved it")).to_be_visible()
    expect(box.get_by_text("Opens after you solve the problem")).to_be_hidden()
    page.reload()  # the page as the server renders it for a solver
    expect(box.get_by_text("Opens after you solve the problem")).to_have_count(0)
    box.get_by_role("link", name="Solutions").click()
    page.wait_for_url(re.compile(r"/problems/sum-stdio/solutions$"))
    reference = page.locator('[data-solution="ref.py"]')
    expect(reference).to_contain_text("Reference")
    expect(reference.locator("[data-complexity]")).to_have_text(
        "O(n) time and memory: one pass over the tokens."
    )
    page.get_by_label(re.compile("Share your accepted solution")).fill(
        "One pass: **sum** the numbers after the count.\n\n<script>alert(1)</script>"
    )
    page.get_by_role("button", name="Share my solution").click()
    post = page.locator("[data-post]").first
    expect(post.locator("[data-writeup] strong")).to_have_text("sum")
    expect(post.locator("[data-writeup] script")).to_have_count(0)
    expect(post.locator("[data-votes]")).to_have_text("0 upvotes")
    session.shot("solutions")

    # A quiz with one of two right: the result line, then /quizzes by week and /me.
    page.goto("/quizzes/keys-basics")
    page.get_by_label("It is unique and not null").check()
    page.get_by_label("The id column").check()
    page.get_by_role("button", name="Check my answers").click()
    page.wait_for_url(re.compile(r"/quizzes/keys-basics/result$"))
    expect(page.locator("[data-result-line]")).to_contain_text("1 of 2 right — 50 %; 70 % passes.")
    page.goto("/quizzes")
    week = page.locator('[data-quiz-week="s2-w6"]')
    expect(week.get_by_role("heading", level=2)).to_have_text("Session 2 · Week 6 · DBMS Concepts")
    expect(week.locator('[data-quiz="keys-basics"] [data-best-score]')).to_have_text(
        "your best 50 %"
    )
    session.shot("quizzes")
    page.goto("/me")
    expect(page.locator("[data-quiz-history]")).to_contain_text(
        "Keys basics 1 of 2 right — 50 % · not yet passed"
    )
    expect(
        page.get_by_role("link", name="Session 1 · Week 1-2 · Syntax and data types")
    ).to_be_visible()
    _clean(session)

    # Another solver, on a phone: reads the post, upvotes it (a toggle), and sees /quizzes.
    phone = new_session(browser, solutions_server.url, viewport="phone")
    page = phone.page
    sign_up(phone, "sol-reader-b")
    _solve_sum(phone)
    page.goto("/problems/sum-stdio/solutions")
    post = page.locator("[data-post]", has_text="sol-author-a")
    post.get_by_role("button", name="Upvote").click()
    expect(post.locator("[data-votes]")).to_have_text("1 upvote")
    expect(post.get_by_role("button", name="Remove upvote")).to_have_attribute(
        "aria-pressed", "true"
    )
    _fits(page)
    phone.shot("solutions")
    post.get_by_role("button", name="Remove upvote").click()
    expect(post.locator("[data-votes]")).to_have_text("0 upvotes")

    # An author hides the post: marked for staff, gone for other solvers.
    staff = new_session(browser, solutions_server.url)
    staff.page.goto("/login")
    staff.page.get_by_label("Username").fill(AUTHOR[0])
    staff.page.get_by_label("Password").fill(AUTHOR[1])
    staff.page.get_by_role("button", name="Log in").click()
    staff.page.wait_for_url(re.compile(r"/roadmap$|/$"))
    staff.page.goto("/problems/sum-stdio/solutions")
    hidden = staff.page.locator("[data-post]", has_text="sol-author-a")
    hidden.get_by_role("button", name="Hide").click()
    expect(hidden.locator("[data-hidden-mark]")).to_have_text("Hidden")
    expect(hidden.get_by_role("button", name="Show again")).to_be_visible()
    _clean(staff)
    page.reload()
    expect(page.locator("[data-post]")).to_have_count(0)
    expect(page.get_by_text("Nobody has shared a solution yet")).to_be_visible()
    page.goto("/quizzes")
    expect(page.locator('[data-quiz="keys-basics"] [data-best-score]')).to_have_text(
        "not taken yet"
    )
    _fits(page)
    phone.shot("quizzes")
    _clean(phone)
