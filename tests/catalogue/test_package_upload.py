"""Authors upload a package zip: validated, judged, published only when everything passes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers.api import assert_problem
from tests.helpers.app import app_client
from tests.helpers.content import UPLOADED_SLUG as SLUG
from tests.helpers.content import copy_content, load_content, package_zip
from tests.helpers.factories import Account, db_scalar, make_account
from tests.helpers.judge import edit, require_sandbox
from tests.helpers.pages import HTML, browser_login, is_html, page, token
from winterarc.auth.models import Role
from winterarc.problems.models import Problem
from winterarc.settings import Settings

pytestmark = [pytest.mark.anyio, pytest.mark.sandbox, pytest.mark.slow]
UPLOAD = "/api/v1/problems/packages"


def without_statement(folder: Path) -> None:
    (folder / "statement.md").unlink()


def with_a_wrong_reference(folder: Path) -> None:
    edit(folder / "solutions" / "accepted" / "ref.py", "number * 7919", "number * 7")


def with_a_new_title(folder: Path) -> None:
    edit(folder / "problem.toml", 'title = "Ticket Codes"', 'title = "Ticket Codes, Revised"')


async def stored_problems(client: httpx.AsyncClient) -> int:
    return int(await db_scalar(client, select(func.count()).select_from(Problem)))


def files(data: bytes, name: str = "uploaded-ticket.zip") -> dict[str, Any]:
    return {"file": (name, data, "application/zip")}


@pytest.fixture
async def author(client: httpx.AsyncClient, tmp_path: Path) -> Account:
    """An author, with the fixture roadmap loaded (the package names one of its topics)."""
    require_sandbox()
    await load_content(client, copy_content(tmp_path, slugs=()))
    return await make_account(client, "author1", role=Role.AUTHOR)


# --- The API ---------------------------------------------------------------------------------


async def test_a_valid_package_is_published_and_listed(
    client: httpx.AsyncClient, author: Account, tmp_path: Path
) -> None:
    response = await client.post(UPLOAD, files=files(package_zip(tmp_path)), headers=author.headers)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["accepted"], body["outcome"], body["filename"]) == (
        True,
        "added",
        "uploaded-ticket.zip",
    )
    assert body["report"]["ok"] is True
    assert body["report"]["failures"] == []
    assert body["report"]["slug"] == SLUG
    assert {s["path"] for s in body["report"]["solutions"]} >= {"solutions/accepted/ref.py"}
    problem = await client.get(f"/api/v1/problems/{SLUG}")
    assert problem.status_code == 200
    assert problem.json()["title"] == "Ticket Codes"
    assert f'data-problem="{SLUG}"' in (await page(client, "/problems")).text
    detail = await page(client, f"/problems/{SLUG}")
    assert detail.status_code == 200
    assert "<h3>sample-1</h3>" in detail.text


async def test_the_same_package_again_is_unchanged_and_a_new_version_updates(
    client: httpx.AsyncClient, author: Account, tmp_path: Path
) -> None:
    data = package_zip(tmp_path)
    first = await client.post(UPLOAD, files=files(data), headers=author.headers)
    assert first.status_code == 201
    again = await client.post(UPLOAD, files=files(data), headers=author.headers)
    assert again.status_code == 200, again.text
    assert again.json()["outcome"] == "unchanged"
    revised = await client.post(
        UPLOAD, files=files(package_zip(tmp_path, with_a_new_title)), headers=author.headers
    )
    assert revised.status_code == 200, revised.text
    assert revised.json()["outcome"] == "updated"
    assert (await client.get(f"/api/v1/problems/{SLUG}")).json()["title"] == (
        "Ticket Codes, Revised"
    )
    assert await stored_problems(client) == 1


@pytest.mark.parametrize(
    ("change", "mentions"),
    [(without_statement, "statement"), (with_a_wrong_reference, "ref.py")],
    ids=["missing-statement", "wrong-reference-solution"],
)
async def test_a_broken_package_is_refused_with_its_report_and_nothing_stored(
    client: httpx.AsyncClient,
    author: Account,
    tmp_path: Path,
    change: Callable[[Path], None],
    mentions: str,
) -> None:
    response = await client.post(
        UPLOAD, files=files(package_zip(tmp_path, change)), headers=author.headers
    )
    body = assert_problem(response, 422, "validation-error")
    report: Any = body["report"]
    assert report["ok"] is False
    assert report["failures"]
    assert any(mentions in line for line in report["failures"]), report["failures"]
    assert mentions in str(body["detail"])
    assert await stored_problems(client) == 0
    assert (await client.get(f"/api/v1/problems/{SLUG}")).status_code == 404


async def test_a_file_that_is_not_a_zip_is_refused(
    client: httpx.AsyncClient, author: Account
) -> None:
    response = await client.post(
        UPLOAD, files=files(b"definitely not a zip", "notes.txt"), headers=author.headers
    )
    body = assert_problem(response, 422, "validation-error")
    assert body["report"]
    assert await stored_problems(client) == 0


async def test_an_empty_upload_is_refused(client: httpx.AsyncClient, author: Account) -> None:
    response = await client.post(UPLOAD, files=files(b""), headers=author.headers)
    assert_problem(response, 422, "validation-error")


async def test_a_learner_may_not_upload(
    client: httpx.AsyncClient, author: Account, tmp_path: Path
) -> None:
    learner = await make_account(client, "learner1")
    response = await client.post(
        UPLOAD, files=files(package_zip(tmp_path)), headers=learner.headers
    )
    assert_problem(response, 403, "forbidden")
    assert_problem(
        await client.post(UPLOAD, files=files(package_zip(tmp_path))), 401, "unauthorized"
    )
    assert await stored_problems(client) == 0


async def test_another_authors_problem_cannot_be_replaced(
    client: httpx.AsyncClient, author: Account, tmp_path: Path
) -> None:
    data = package_zip(tmp_path)
    assert (await client.post(UPLOAD, files=files(data), headers=author.headers)).status_code == 201
    rival = await make_account(client, "author2", role=Role.AUTHOR)
    response = await client.post(
        UPLOAD, files=files(package_zip(tmp_path, with_a_new_title)), headers=rival.headers
    )
    body = assert_problem(response, 422, "validation-error")
    assert "another author" in str(body["detail"])
    assert (await client.get(f"/api/v1/problems/{SLUG}")).json()["title"] == "Ticket Codes"


async def test_an_oversize_package_is_refused_with_413(settings: Settings, tmp_path: Path) -> None:
    require_sandbox()
    small = settings.model_copy(update={"package_upload_max_bytes": 64 * 1024})
    async with app_client(small) as client:
        author = await make_account(client, "author1", role=Role.AUTHOR)
        over_the_package_cap = b"PK" + b"\0" * (100 * 1024)
        over_the_body_cap = b"PK" + b"\0" * (2 * 1024 * 1024)
        for data in (over_the_package_cap, over_the_body_cap):
            response = await client.post(UPLOAD, files=files(data), headers=author.headers)
            assert_problem(response, 413, "payload-too-large")
        assert await stored_problems(client) == 0


# --- The page --------------------------------------------------------------------------------


async def upload_from_page(client: httpx.AsyncClient, data: bytes) -> httpx.Response:
    return await client.post(
        "/author/packages",
        data={"csrf_token": await token(client, "/author/packages")},
        files=files(data),
        headers=HTML,
    )


async def test_the_page_shows_the_form_to_authors(
    client: httpx.AsyncClient, author: Account
) -> None:
    await browser_login(client, "author1")
    response = await page(client, "/author/packages")
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.text
    assert 'name="file" type="file"' in response.text
    assert re.search(r"at most (16 MiB|16384 KiB)", response.text)  # the limit is stated
    assert 'href="/author/packages" aria-current="page"' in response.text


async def test_publishing_from_the_page_shows_the_report(
    client: httpx.AsyncClient, author: Account, tmp_path: Path
) -> None:
    await browser_login(client, "author1")
    response = await upload_from_page(client, package_zip(tmp_path))
    assert response.status_code == 200, response.text
    assert is_html(response)
    assert 'data-report="accepted"' in response.text
    assert f'Published: <a href="/problems/{SLUG}">{SLUG}</a> was added.' in response.text
    assert "<code>solutions/accepted/ref.py</code>" in response.text
    assert await stored_problems(client) == 1


async def test_a_refused_package_on_the_page_lists_what_to_fix(
    client: httpx.AsyncClient, author: Account, tmp_path: Path
) -> None:
    await browser_login(client, "author1")
    response = await upload_from_page(client, package_zip(tmp_path, with_a_wrong_reference))
    assert response.status_code == 422
    assert 'data-report="refused"' in response.text
    assert "Refused: nothing was changed." in response.text
    problems = response.text.split("<h3>Problems</h3>", 1)[1].split("</ul>", 1)[0]
    assert "ref.py" in problems
    assert await stored_problems(client) == 0


async def test_a_learner_gets_a_403_page(
    client: httpx.AsyncClient, author: Account, tmp_path: Path
) -> None:
    await make_account(client, "learner1")
    await browser_login(client, "learner1")
    assert (await page(client, "/author/packages")).status_code == 403
    response = await upload_from_page_as_learner(client, package_zip(tmp_path))
    assert response.status_code == 403
    assert is_html(response)
    assert await stored_problems(client) == 0


async def upload_from_page_as_learner(client: httpx.AsyncClient, data: bytes) -> httpx.Response:
    return await client.post(
        "/author/packages",
        data={"csrf_token": await token(client, "/problems")},
        files=files(data),
        headers=HTML,
    )
