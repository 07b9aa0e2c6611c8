"""The lab page: a tab per file with the learner's latest files, the visible checks, the
runtime and the zip; Run and Submit from its form."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import add_judged_problem, lab_solution, make_account
from tests.helpers.judge import require_lab_runtime, require_sandbox
from tests.helpers.pages import HTMX, browser_login, form_post, is_html, page
from winterarc.submissions.models import Submission

pytestmark = pytest.mark.anyio
LAB = "greeter-two-files"


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> None:
    await add_judged_problem(client, LAB)
    await make_account(client, "labber")
    await browser_login(client, "labber")


def _fields(files: dict[str, str]) -> dict[str, str]:
    return {f"file:{name}": text for name, text in files.items()}


@pytest.mark.usefixtures("learner")
async def test_the_lab_page_shows_a_tab_per_file_the_visible_checks_and_the_runtime(
    client: httpx.AsyncClient,
) -> None:
    require_lab_runtime()
    response = await page(client, f"/problems/{LAB}")
    assert response.status_code == 200 and is_html(response)
    html = response.text
    assert html.count('role="tab"') == 2
    assert 'name="file:app.py"' in html and 'name="file:greetings.py"' in html
    assert "checks/test_sample_greet.py" in html and "test_greets_ada" in html
    assert "test_greet.py" not in html.replace("test_sample_greet.py", "")  # hidden stays hidden
    assert f"/api/v1/problems/{LAB}/lab.zip" in html
    assert "<code>fastapi</code>" in html.lower()
    assert "Network: its own loopback" in html


@pytest.mark.usefixtures("learner")
async def test_run_from_the_page_shows_each_visible_checks_verdict(
    client: httpx.AsyncClient,
) -> None:
    require_sandbox()
    require_lab_runtime()
    ran = await form_post(
        client, f"/problems/{LAB}/run", _fields(lab_solution(LAB, "accepted", "ref")), headers=HTMX
    )
    assert ran.status_code == 200, ran.text
    assert 'data-verdict="AC"' in ran.text and "test_greets_ada" in ran.text
    starter = await form_post(client, f"/problems/{LAB}/run", _fields({}), headers=HTMX)
    # No file fields at all: the starter files, whose greet() is not written yet.
    assert 'data-verdict="RE"' in starter.text and "NotImplementedError" in starter.text
    bad = await form_post(client, f"/problems/{LAB}/run", {"file:nope.py": "x"}, headers=HTMX)
    assert "not part of this lab" in bad.text


@pytest.mark.usefixtures("learner")
async def test_submitting_from_the_page_stores_the_files_and_the_page_reopens_them(
    client: httpx.AsyncClient,
) -> None:
    files = lab_solution(LAB, "wrong", "rude")
    response = await form_post(client, f"/problems/{LAB}/submissions", _fields(files))
    assert response.status_code == 303
    async with sessionmaker_of(client)() as session:
        stored = (await session.scalars(select(Submission))).one()
    assert stored.files == files
    reopened = (await page(client, f"/problems/{LAB}")).text
    assert "Go away." in reopened  # the editor starts from the latest files
    detail = (await page(client, response.headers["location"])).text
    assert "greetings.py" in detail and "Go away." in detail
