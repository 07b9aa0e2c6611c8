"""/problems pages: the catalogue with forgiving filters, a problem with its editor, editorials."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers.content import copy_content, load_content
from tests.helpers.factories import Account, add_submission, db_scalar, make_account, make_problem
from tests.helpers.pages import browser_login, form_post, is_html, page
from winterarc.auth.models import Role
from winterarc.catalogue.pages import statement_body
from winterarc.problems.models import GiveUp
from winterarc.problems.starter import STDIO_STARTER

pytestmark = pytest.mark.anyio
FIXTURE_SLUGS = 12


@pytest.fixture
async def catalogue(client: httpx.AsyncClient, tmp_path: Path) -> None:
    await load_content(client, copy_content(tmp_path))


@pytest.fixture
async def learner(client: httpx.AsyncClient, catalogue: None) -> Account:
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    return account


def listed(response: httpx.Response) -> list[str]:
    """The slugs in the results table, in order."""
    assert response.status_code == 200, response.text
    return re.findall(r'<tr data-problem="([^"]+)"', response.text)


def links(response: httpx.Response, rel: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(rf'<a href="([^"]+)" rel="{rel}">', response.text)]


def textarea(response: httpx.Response, name: str) -> str:
    match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', response.text, re.S)
    assert match, f"no textarea {name}"
    return html.unescape(match.group(1))


# --- The catalogue ---------------------------------------------------------------------------


async def test_the_catalogue_lists_every_problem_for_a_visitor(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    response = await page(client, "/problems")
    slugs = listed(response)
    assert len(slugs) == FIXTURE_SLUGS
    assert {"sum-stdio", "two-sum-fn", "lru-design"} <= set(slugs)
    assert f"{FIXTURE_SLUGS} problems" in response.text
    assert 'name="status"' not in response.text  # the status filter needs a login
    assert 'data-status="' not in response.text


async def test_an_empty_catalogue_says_so(client: httpx.AsyncClient) -> None:
    response = await page(client, "/problems")
    assert listed(response) == []
    assert "No problem matches these filters" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("difficulty=medium", {"lru-design"}),
        ("tag=sql", {"ranked-customers-sql", "top-customers-sql"}),
        ("pattern=counting", {"pairs-unordered"}),
        ("q=sum", {"sum-stdio", "two-sum-fn"}),
        ("topic=s1-w3-linked-lists", {"reverse-list", "lru-design"}),
        ("tag=hash-map&pattern=design", {"lru-design"}),
        ("difficulty=hard", set()),
    ],
)
async def test_filters_narrow_the_catalogue(
    client: httpx.AsyncClient, catalogue: None, query: str, expected: set[str]
) -> None:
    response = await page(client, f"/problems?{query}")
    assert set(listed(response)) == expected
    if not expected:
        assert "No problem matches these filters" in response.text
    assert 'href="/problems">Clear filters</a>' in response.text


async def test_the_chosen_filters_are_shown_selected(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    response = await page(client, "/problems?difficulty=easy&tag=sql&q=customer&sort=title")
    assert 'value="easy" checked' in response.text
    assert '<option value="sql" selected>' in response.text
    assert 'id="q" name="q" type="search" value="customer"' in response.text
    assert '<option value="title" selected>' in response.text


@pytest.mark.parametrize(
    "query",
    [
        "difficulty=impossible",
        "tag=%3Cscript%3E&pattern=Not_A_Label",
        "sort=drop-table",
        "status=bogus",
        "topic=..%2F..%2Fetc&week=x%2F%2E",  # (a NUL is refused: tests/kit/test_text_guard.py)
        "tag=" + "a" * 60,
        "&".join(f"tag=t{i}" for i in range(40)),
        "q=%25%27%22%5C_",
    ],
)
async def test_bad_filter_values_are_ignored_not_errors(
    client: httpx.AsyncClient, catalogue: None, query: str
) -> None:
    response = await page(client, f"/problems?{query}")
    assert response.status_code == 200, response.text
    assert "<script>" not in response.text.split("</header>", 1)[1]


async def test_an_unknown_difficulty_or_sort_falls_back_to_everything_in_order(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    everything = listed(await page(client, "/problems"))
    assert listed(await page(client, "/problems?difficulty=impossible&sort=nope")) == everything


async def test_sorting_hardest_first_puts_the_medium_problem_first(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    assert listed(await page(client, "/problems?sort=-difficulty"))[0] == "lru-design"


async def test_a_visitor_cannot_filter_by_status(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    assert len(listed(await page(client, "/problems?status=solved"))) == FIXTURE_SLUGS


async def test_a_learner_sees_and_filters_by_status(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await add_submission(client, learner.id, "sum-stdio", "AC")
    await add_submission(client, learner.id, "two-sum-fn", "WA")
    everything = await page(client, "/problems")
    assert '<tr data-problem="sum-stdio" data-status="solved">' in everything.text
    assert '<tr data-problem="two-sum-fn" data-status="attempted">' in everything.text
    assert listed(await page(client, "/problems?status=solved")) == ["sum-stdio"]
    assert listed(await page(client, "/problems?status=attempted")) == ["two-sum-fn"]
    assert len(listed(await page(client, "/problems?status=new"))) == FIXTURE_SLUGS - 2


async def test_pagination_links_keep_the_filters(client: httpx.AsyncClient) -> None:
    author = await make_account(client, "author1", role=Role.AUTHOR)
    for number in range(30):
        await make_problem(client, author, f"bulk-{number:02d}", tags=["bulk"])
    await make_problem(client, author, "other-one", tags=["other"])
    first = await page(client, "/problems?tag=bulk&difficulty=easy&sort=title")
    assert len(listed(first)) == 25
    assert "Page 1 of 2" in first.text
    assert links(first, "prev") == []
    (following,) = links(first, "next")
    assert following == "/problems?difficulty=easy&tag=bulk&sort=title&page=2"
    second = await page(client, following)
    assert len(listed(second)) == 5
    assert "other-one" not in listed(second)
    assert links(second, "next") == []
    assert links(second, "prev") == ["/problems?difficulty=easy&tag=bulk&sort=title&page=1"]


async def test_a_page_past_the_end_is_empty_not_an_error(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    response = await page(client, "/problems?page=99")
    assert listed(response) == []


# --- One problem -----------------------------------------------------------------------------


async def test_a_visitor_sees_the_statement_samples_and_a_login_prompt(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    response = await page(client, "/problems/sum-stdio")
    assert response.status_code == 200
    assert is_html(response)
    assert "<h1>Sum of a List" in response.text
    statement = response.text.split('aria-label="Statement">', 1)[1].split("</article>", 1)[0]
    assert "<h1>" not in statement  # the title is not repeated
    assert "Print the sum of <code>n</code> integers." in statement
    assert "<h3>sample-1</h3>" in response.text
    assert "<pre>3\n1 2 3\n</pre>" in response.text or "<pre>3\n1 2 3</pre>" in response.text
    assert 'href="/login?next=/problems/sum-stdio"' in response.text
    assert 'id="submit-form"' not in response.text
    assert "Time limit 1000 ms" in response.text


async def test_a_learner_gets_the_editor_with_the_starter_code(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await page(client, "/problems/sum-stdio")
    assert 'action="/problems/sum-stdio/submissions"' in response.text
    assert textarea(response, "code") == STDIO_STARTER
    assert 'data-editor="python"' in response.text
    assert "None yet." in response.text
    assert "disabled" not in response.text.split('id="submit-form"', 1)[1].split("</form>")[0]


async def test_the_editor_opens_with_the_last_submitted_code(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await add_submission(client, learner.id, "sum-stdio", "WA")
    response = await page(client, "/problems/sum-stdio")
    assert textarea(response, "code") == "print(1)"
    assert "data-reset-starter" in response.text  # the starter stays one click away
    assert "None yet." not in response.text


async def test_someone_elses_code_never_shows_in_my_editor(
    client: httpx.AsyncClient, learner: Account
) -> None:
    other = await make_account(client, "learner2")
    await add_submission(client, other.id, "sum-stdio", "AC")
    response = await page(client, "/problems/sum-stdio")
    assert textarea(response, "code") == STDIO_STARTER


async def test_sql_problems_get_the_sql_editor(client: httpx.AsyncClient, learner: Account) -> None:
    response = await page(client, "/problems/top-customers-sql")
    assert 'data-editor="sql"' in response.text
    assert textarea(response, "code").startswith("-- One SELECT statement")


async def test_a_function_problem_starts_from_the_signature_in_its_statement(
    client: httpx.AsyncClient,
) -> None:
    author = await make_account(client, "author1", role=Role.AUTHOR)
    statement = (
        "# Add\n\nImplement:\n\n```python\nclass Solution:\n"
        "    def add(self, a: int, b: int) -> int: ...\n```\n"
    )
    await make_problem(client, author, "add-fn", title="Add", type="function", statement=statement)
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    response = await page(client, "/problems/add-fn")
    assert textarea(response, "code") == (
        "class Solution:\n    def add(self, a: int, b: int) -> int: ...\n"
    )
    assert "This problem has no tests to judge against yet." in response.text


async def test_an_unknown_problem_is_a_404_page(client: httpx.AsyncClient) -> None:
    response = await page(client, "/problems/does-not-exist")
    assert response.status_code == 404
    assert is_html(response)


async def test_a_hostile_statement_is_rendered_inert(client: httpx.AsyncClient) -> None:
    author = await make_account(client, "author1", role=Role.AUTHOR)
    await make_problem(
        client,
        author,
        "hostile",
        statement=(
            "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n"
            '<img src=x onerror="alert(1)">'
        ),
    )
    response = await page(client, "/problems/hostile")
    statement = response.text.split('aria-label="Statement">', 1)[1].split("</article>", 1)[0]
    assert "<script" not in statement and "<img" not in statement
    assert 'href="javascript' not in statement
    assert "&lt;script&gt;" in statement


# --- Editorials ------------------------------------------------------------------------------


async def test_the_editorial_is_locked_until_solved_or_given_up(
    client: httpx.AsyncClient, learner: Account
) -> None:
    locked = await page(client, "/problems/sum-stdio/editorial")
    assert locked.status_code == 403
    assert is_html(locked)
    assert "Read all tokens" not in locked.text
    detail = await page(client, "/problems/sum-stdio")
    assert 'action="/problems/sum-stdio/give-up"' in detail.text


async def test_giving_up_records_it_and_opens_the_editorial(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, "/problems/sum-stdio/give-up")
    assert response.status_code == 303
    assert response.headers["location"] == "/problems/sum-stdio/editorial"
    assert await db_scalar(client, select(func.count()).select_from(GiveUp)) == 1
    editorial = await page(client, "/problems/sum-stdio/editorial")
    assert editorial.status_code == 200
    assert "Editorial: Sum of a List" in editorial.text
    assert "Read all tokens and add them up in one pass" in editorial.text
    listed_again = await page(client, "/problems?status=solved")
    assert "sum-stdio" not in listed(listed_again)  # giving up is not solving


async def test_solving_opens_the_editorial(client: httpx.AsyncClient, learner: Account) -> None:
    await add_submission(client, learner.id, "sum-stdio", "AC")
    assert (await page(client, "/problems/sum-stdio/editorial")).status_code == 200
    detail = await page(client, "/problems/sum-stdio")
    assert 'href="/problems/sum-stdio/editorial">Read the editorial</a>' in detail.text
    assert 'action="/problems/sum-stdio/give-up"' not in detail.text


async def test_another_learners_solve_does_not_open_my_editorial(
    client: httpx.AsyncClient, learner: Account
) -> None:
    other = await make_account(client, "learner2")
    await add_submission(client, other.id, "sum-stdio", "AC")
    assert (await page(client, "/problems/sum-stdio/editorial")).status_code == 403


async def test_authors_read_editorials_without_solving(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    await make_account(client, "author1", role=Role.AUTHOR)
    await browser_login(client, "author1")
    assert (await page(client, "/problems/sum-stdio/editorial")).status_code == 200


async def test_a_visitor_is_sent_to_login_for_the_editorial(
    client: httpx.AsyncClient, catalogue: None
) -> None:
    response = await page(client, "/problems/sum-stdio/editorial")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/problems/sum-stdio/editorial"


async def test_giving_up_on_an_unknown_problem_is_a_404(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, "/problems/nope/give-up")
    assert response.status_code == 404
    assert await db_scalar(client, select(func.count()).select_from(GiveUp)) == 0


# --- statement_body --------------------------------------------------------------------------


def test_statement_body_drops_a_leading_title_heading() -> None:
    assert statement_body("# Two Sum\n\nFind two numbers.", "Two Sum") == "Find two numbers."
    assert statement_body("\n\n# Two Sum  \n\nBody", "Two Sum") == "Body"


@pytest.mark.parametrize(
    "statement",
    ["# Another Title\n\nBody", "## Two Sum\n\nBody", "Body first\n# Two Sum", "", "#Two Sum\n"],
)
def test_statement_body_keeps_anything_else(statement: str) -> None:
    assert statement_body(statement, "Two Sum") == statement
