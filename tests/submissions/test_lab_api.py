"""Labs through the API: the lab's files and visible checks, its zip, Run on the visible
checks, and submissions of files judged by a real worker in the sandbox."""

from __future__ import annotations

import asyncio
import io
import zipfile
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.app import app_of
from tests.helpers.factories import (
    Account,
    add_judged_problem,
    count_rows,
    lab_solution,
    make_account,
)
from tests.helpers.judge import LAB_FIXTURES, require_lab_runtime, require_sandbox
from tests.helpers.waiting import eventually
from winterarc.settings import Settings
from winterarc.submissions.models import Submission
from winterarc.submissions.quotas import check_submit_quota
from winterarc.worker.main import run_worker

pytestmark = pytest.mark.anyio
LAB = "greeter-two-files"


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    await add_judged_problem(client, LAB)
    await add_judged_problem(client, "sum-stdio")
    return await make_account(client, "labber")


@pytest.fixture
async def worker(settings: Settings) -> AsyncIterator[None]:
    require_sandbox()
    require_lab_runtime()
    stopping = asyncio.Event()
    task = asyncio.create_task(run_worker(settings, concurrency=1, stopping=stopping))
    yield
    stopping.set()
    await asyncio.wait_for(task, 60)


async def test_a_labs_detail_has_its_files_starter_visible_checks_and_runtime(
    client: httpx.AsyncClient, learner: Account
) -> None:
    require_lab_runtime()
    body = (await client.get(f"/api/v1/problems/{LAB}")).json()
    assert body["type"] == "lab"
    lab = body["lab"]
    assert lab["files"] == ["app.py", "greetings.py"]
    assert "raise NotImplementedError" in lab["starter"]["greetings.py"]
    assert list(lab["checks"]) == ["test_sample_greet.py"]  # the hidden check stays hidden
    names = {package["name"].lower() for package in lab["runtime"]}
    assert {"fastapi", "httpx", "pytest", "sqlalchemy"} <= names
    assert (lab["network"], lab["processes"], lab["services"]) == ("loopback", 1, [])
    plain = (await client.get("/api/v1/problems/sum-stdio")).json()
    assert plain["lab"] is None


async def test_the_zip_holds_the_starter_and_visible_checks_and_runs_with_pytest(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await client.get(f"/api/v1/problems/{LAB}/lab.zip")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert f'filename="{LAB}.zip"' in response.headers["content-disposition"]
    names = set(zipfile.ZipFile(io.BytesIO(response.content)).namelist())
    assert {f"{LAB}/app.py", f"{LAB}/greetings.py", f"{LAB}/checks/test_sample_greet.py"} <= names
    assert {f"{LAB}/pytest.ini", f"{LAB}/winterarc_lab.py"} <= names
    assert f"{LAB}/checks/test_greet.py" not in names

    mine = {"greetings.py": "def greet(name):\n    return 'mine'\n"}
    url = f"/api/v1/problems/{LAB}/lab.zip"
    assert_problem(await client.post(url, json={"files": mine}), 401, "unauthorized")
    posted = await client.post(url, json={"files": mine}, headers=learner.headers)
    assert posted.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(posted.content))
    assert archive.read(f"{LAB}/greetings.py").decode() == mine["greetings.py"]
    assert "FastAPI()" in archive.read(f"{LAB}/app.py").decode()  # the starter fills the rest
    refused = await client.post(url, json={"files": {"x.py": ""}}, headers=learner.headers)
    assert_problem(refused, 422, "validation-error")
    assert_problem(await client.get("/api/v1/problems/sum-stdio/lab.zip"), 404, "not-found")


async def test_run_judges_only_the_visible_checks_and_records_nothing(
    client: httpx.AsyncClient, learner: Account
) -> None:
    require_sandbox()
    require_lab_runtime()
    ran = await client.post(
        "/api/v1/runs/lab",
        json={"problem": LAB, "files": lab_solution(LAB, "accepted", "ref")},
        headers=learner.headers,
    )
    assert ran.status_code == 200, ran.text
    body = ran.json()
    assert body["verdict"] == "AC"
    assert [(t["name"], t["verdict"], t["sample"]) for t in body["tests"]] == [
        ("test_greets_ada", "AC", True),
        ("test_greets_grace", "AC", True),
    ]
    starter = await client.post(
        "/api/v1/runs/lab", json={"problem": LAB, "files": {}}, headers=learner.headers
    )
    failed = starter.json()
    assert failed["verdict"] != "AC"
    assert failed["verdict"] == "RE"
    assert "NotImplementedError" in failed["tests"][0]["message"]  # a sample shows the detail
    assert await count_rows(client, Submission) == 0
    not_a_lab = await client.post(
        "/api/v1/runs/lab", json={"problem": "sum-stdio", "files": {}}, headers=learner.headers
    )
    assert_problem(not_a_lab, 422, "validation-error")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"problem": LAB, "code": "print(1)"}, "files"),  # a lab takes files
        ({"problem": "sum-stdio", "files": {"main.py": "print(1)"}}, "code"),  # others take code
        ({"problem": LAB, "files": {"evil.py": "x = 1"}}, "files"),  # not one of the lab's files
        ({"problem": LAB, "files": {"app.py": "x" * 70_000}}, "files"),  # over the lab's cap
        ({"problem": LAB, "files": {"app.py": "a\x00b"}}, "files"),  # not text
        ({"problem": LAB, "files": {}, "code": "x"}, "body"),  # both
    ],
)
async def test_bad_lab_submissions_are_refused_and_store_nothing(
    client: httpx.AsyncClient, learner: Account, body: dict[str, Any], field: str
) -> None:
    response = await client.post("/api/v1/submissions", json=body, headers=learner.headers)
    problem = assert_problem(response, 422, "validation-error")
    assert field in str(problem["detail"]) or field == "body"
    assert await count_rows(client, Submission) == 0


async def test_a_lab_submission_over_the_total_cap_is_413(
    settings: Settings, client: httpx.AsyncClient, learner: Account
) -> None:
    settings.lab_submission_max_bytes = 64 * 1024  # the app reads its settings per request
    files = {"app.py": "#" * 40_000, "greetings.py": "#" * 40_000}  # each within the lab's cap
    response = await client.post(
        "/api/v1/submissions", json={"problem": LAB, "files": files}, headers=learner.headers
    )
    assert_problem(response, 413, "payload-too-large")
    assert await count_rows(client, Submission) == 0


async def _judged(client: httpx.AsyncClient, account: Account, submission_id: str) -> Any:
    async def done() -> dict[str, Any] | None:
        response = await client.get(f"/api/v1/submissions/{submission_id}", headers=account.headers)
        body: dict[str, Any] = response.json()
        return body if body["status"] == "done" else None

    return await eventually(done, seconds=120, every=0.1)


@pytest.mark.usefixtures("worker")
async def test_submitted_files_are_judged_check_by_check_by_a_worker(
    client: httpx.AsyncClient, learner: Account
) -> None:
    async def submit(files: dict[str, str]) -> Any:
        response = await client.post(
            "/api/v1/submissions", json={"problem": LAB, "files": files}, headers=learner.headers
        )
        assert response.status_code == 202, response.text
        return await _judged(client, learner, response.json()["id"])

    right = await submit(lab_solution(LAB, "accepted", "ref"))
    assert right["verdict"] == "AC", right
    assert [t["name"] for t in right["tests"]] == [
        "test_greets_ada",
        "test_greets_grace",
        "test_greets_anyone",
        "test_a_greeting_needs_a_name",
    ]
    assert right["files"] == lab_solution(LAB, "accepted", "ref")
    assert "# ==> greetings.py <==" in right["source"]

    wrong = await submit(lab_solution(LAB, "wrong", "rude"))
    assert wrong["verdict"] == "WA"
    hidden = wrong["tests"][-1]  # both samples pass: the hidden check is the first to fail
    assert (hidden["sample"], hidden["verdict"]) == (False, "WA")
    # A hidden check says that it failed and its doc line, never the assertion's values.
    assert "Go away" not in (hidden["message"] or "")
    assert "Any name is greeted" in hidden["message"]

    only_one = await submit({"greetings.py": lab_solution(LAB, "accepted", "ref")["greetings.py"]})
    assert only_one["verdict"] == "WA"  # app.py left out: the starter's, with the wrong key
    assert '"message"' in only_one["files"]["app.py"]


EXAMPLE_LABS = sorted(
    path.parent.name for path in LAB_FIXTURES.glob("*/problem.toml") if path.parent.name != LAB
)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # the judging is the point
@pytest.mark.usefixtures("worker")
async def test_every_example_lab_is_judged_through_the_api(
    client: httpx.AsyncClient, learner: Account
) -> None:
    """Each capability end to end (ASGI over loopback, JWT, Redis in the jail, a RESP server,
    processes, asyncio, threads, a Dockerfile, a manifest): the reference gets AC and the
    first wrong solution does not."""
    # One learner submits every lab at once: the per-learner quotas are not what this tests.
    app_of(client).dependency_overrides[check_submit_quota] = lambda: None
    submitted: dict[str, tuple[str, str]] = {}
    for slug in EXAMPLE_LABS:
        await add_judged_problem(client, slug)
        ids = []
        for kind in ("accepted", "wrong"):
            name = sorted(p.name for p in (LAB_FIXTURES / slug / "solutions" / kind).iterdir())[0]
            response = await client.post(
                "/api/v1/submissions",
                json={"problem": slug, "files": lab_solution(slug, kind, name)},
                headers=learner.headers,
            )
            assert response.status_code == 202, response.text
            ids.append(response.json()["id"])
        submitted[slug] = (ids[0], ids[1])
    verdicts = {
        slug: (
            (await _judged(client, learner, right))["verdict"],
            (await _judged(client, learner, wrong))["verdict"],
        )
        for slug, (right, wrong) in submitted.items()
    }
    assert len(verdicts) >= 9
    assert {slug: v[0] for slug, v in verdicts.items()} == dict.fromkeys(verdicts, "AC")
    assert all(v[1] not in ("AC", "IE") for v in verdicts.values()), verdicts
