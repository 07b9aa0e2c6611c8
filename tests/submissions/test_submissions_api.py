"""Submitting, reading and listing submissions through the API (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from tests.helpers.api import assert_problem
from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import (
    Account,
    add_judged_problem,
    add_submission,
    count_rows,
    make_account,
    make_problem,
)
from tests.helpers.waiting import eventually
from winterarc.auth.models import Role
from winterarc.broker.models import QueuedMessage
from winterarc.outbox.models import OutboxEvent
from winterarc.submissions.models import Submission, SubmissionTest

pytestmark = pytest.mark.anyio
CODE = "print(sum(map(int, open(0).read().split()[1:])))\n"


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    await add_judged_problem(client, "sum-stdio")
    return await make_account(client, "learner1")


async def submit(
    client: httpx.AsyncClient, account: Account, code: str = CODE, **extra: Any
) -> httpx.Response:
    headers = {**account.headers, "Content-Type": "application/json", **extra.pop("headers", {})}
    body = {"problem": "sum-stdio", "code": code, **extra}
    # json.dumps escapes non-ASCII, so even a lone surrogate reaches the server as JSON.
    return await client.post("/api/v1/submissions", content=json.dumps(body), headers=headers)


async def _rows(client: httpx.AsyncClient, model: Any) -> list[Any]:
    async with sessionmaker_of(client)() as session:
        return list((await session.scalars(select(model))).all())


async def test_submit_answers_202_with_where_to_follow_and_writes_an_outbox_event(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await submit(client, learner)
    assert response.status_code == 202, response.text
    body = response.json()
    submission_id = uuid.UUID(body["id"])
    assert body["status"] == "queued"
    assert body["url"] == f"/api/v1/submissions/{submission_id}"
    assert body["events_url"] == f"/api/v1/submissions/{submission_id}/events"
    assert response.headers["location"] == body["url"]
    [event] = await _rows(client, OutboxEvent)
    assert event.queue == "judge"
    assert str(submission_id) in event.body
    [stored] = await _rows(client, Submission)
    assert (stored.language, stored.source, stored.status) == ("python", CODE, "queued")


async def test_the_relay_publishes_the_outbox_event_to_the_queue_and_marks_it_published(
    client: httpx.AsyncClient, learner: Account
) -> None:
    submission_id = (await submit(client, learner)).json()["id"]

    async def published() -> list[Any] | None:
        events = await _rows(client, OutboxEvent)
        return events if events and events[0].published_at is not None else None

    await eventually(published, seconds=10)
    [queued] = await _rows(client, QueuedMessage)
    assert queued.queue == "judge"
    assert queued.message_id == f"judge:{submission_id}"


async def test_a_multipart_upload_of_the_py_file_is_a_submission(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await client.post(
        "/api/v1/submissions",
        data={"problem": "sum-stdio"},
        files={"file": ("solution.py", CODE.encode(), "text/x-python")},
        headers=learner.headers,
    )
    assert response.status_code == 202, response.text
    [stored] = await _rows(client, Submission)
    assert stored.source == CODE


async def test_an_upload_that_is_not_utf8_text_is_refused(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await client.post(
        "/api/v1/submissions",
        data={"problem": "sum-stdio"},
        files={"file": ("solution.py", b"print('\xff\xfe')", "text/x-python")},
        headers=learner.headers,
    )
    assert_problem(response, 422, "validation-error")
    assert "UTF-8" in response.json()["detail"]
    assert await count_rows(client, Submission) == 0


async def test_an_upload_that_is_not_a_py_file_is_refused(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await client.post(
        "/api/v1/submissions",
        data={"problem": "sum-stdio"},
        files={"file": ("solution.exe", CODE.encode(), "application/octet-stream")},
        headers=learner.headers,
    )
    assert_problem(response, 422, "validation-error")


@pytest.mark.parametrize(
    ("code", "status", "kind"),
    [
        ("x" * (64 * 1024 + 1), 413, "payload-too-large"),
        ("   \n", 422, "validation-error"),
        ("print(1)\x00", 422, "validation-error"),
        ("print('\ud800')", 422, "validation-error"),
    ],
    ids=["over-the-size-cap", "blank", "nul-character", "lone-surrogate"],
)
async def test_code_outside_the_rules_is_refused_and_nothing_is_stored(
    client: httpx.AsyncClient, learner: Account, code: str, status: int, kind: str
) -> None:
    response = await submit(client, learner, code)
    assert_problem(response, status, kind)
    assert await count_rows(client, Submission) == 0
    assert await count_rows(client, OutboxEvent) == 0


async def test_an_unknown_problem_or_wrong_language_is_a_validation_error(
    client: httpx.AsyncClient, learner: Account
) -> None:
    unknown = await client.post(
        "/api/v1/submissions",
        json={"problem": "no-such-problem", "code": CODE},
        headers=learner.headers,
    )
    assert_problem(unknown, 422, "validation-error")
    wrong_language = await submit(client, learner, language="sql")
    assert_problem(wrong_language, 422, "validation-error")
    assert await count_rows(client, Submission) == 0


async def test_a_problem_without_a_package_cannot_take_submissions(
    client: httpx.AsyncClient, learner: Account
) -> None:
    author = await make_account(client, "author1", Role.AUTHOR)
    await make_problem(client, author, "no-tests-yet")
    response = await client.post(
        "/api/v1/submissions",
        json={"problem": "no-tests-yet", "code": CODE},
        headers=learner.headers,
    )
    assert_problem(response, 422, "validation-error")


async def test_other_content_types_and_anonymous_callers_are_refused(
    client: httpx.AsyncClient, learner: Account
) -> None:
    text = await client.post(
        "/api/v1/submissions",
        content=CODE,
        headers={**learner.headers, "Content-Type": "text/plain"},
    )
    assert_problem(text, 415, "unsupported-media-type")
    anonymous = await client.post(
        "/api/v1/submissions", json={"problem": "sum-stdio", "code": CODE}
    )
    assert_problem(anonymous, 401, "unauthorized")


async def test_the_same_idempotency_key_twice_gives_one_submission(
    client: httpx.AsyncClient, learner: Account
) -> None:
    key = {"Idempotency-Key": "retry-" + uuid.uuid4().hex}
    first = await submit(client, learner, headers=key)
    second = await submit(client, learner, headers=key)
    assert first.status_code == second.status_code == 202
    assert first.json() == second.json()
    assert await count_rows(client, Submission) == 1
    assert await count_rows(client, OutboxEvent) == 1


async def test_an_idempotency_key_reused_for_different_code_is_a_conflict(
    client: httpx.AsyncClient, learner: Account
) -> None:
    key = {"Idempotency-Key": "key-1"}
    assert (await submit(client, learner, headers=key)).status_code == 202
    assert_problem(await submit(client, learner, "print(2)", headers=key), 409, "conflict")


async def test_idempotency_keys_belong_to_one_learner(
    client: httpx.AsyncClient, learner: Account
) -> None:
    other = await make_account(client, "learner2")
    key = {"Idempotency-Key": "shared-key"}
    mine = (await submit(client, learner, headers=key)).json()
    theirs = (await submit(client, other, headers=key)).json()
    assert mine["id"] != theirs["id"]


async def test_owner_reads_status_and_source_others_get_404_and_staff_may_read(
    client: httpx.AsyncClient, learner: Account
) -> None:
    submission_id = (await submit(client, learner)).json()["id"]
    mine = await client.get(f"/api/v1/submissions/{submission_id}", headers=learner.headers)
    assert mine.status_code == 200
    body = mine.json()
    assert (body["problem"], body["status"], body["verdict"]) == ("sum-stdio", "queued", None)
    assert body["source"] == CODE
    assert body["tests"] == []

    stranger = await make_account(client, "learner2")
    hidden = await client.get(f"/api/v1/submissions/{submission_id}", headers=stranger.headers)
    missing = await client.get(f"/api/v1/submissions/{uuid.uuid4()}", headers=stranger.headers)
    assert_problem(hidden, 404, "not-found")
    assert hidden.json()["detail"] == missing.json()["detail"]

    # An author who does not own the problem is a stranger here (see test_staff_scope.py).
    author = await make_account(client, "author1", Role.AUTHOR)
    not_theirs = await client.get(f"/api/v1/submissions/{submission_id}", headers=author.headers)
    assert_problem(not_theirs, 404, "not-found")
    admin = await make_account(client, "admin1", Role.ADMIN)
    staff = await client.get(f"/api/v1/submissions/{submission_id}", headers=admin.headers)
    assert staff.status_code == 200
    assert staff.json()["source"] == CODE


async def test_hidden_test_results_never_carry_expected_output(
    client: httpx.AsyncClient, learner: Account
) -> None:
    submission_id = uuid.UUID((await submit(client, learner)).json()["id"])
    async with sessionmaker_of(client)() as session:
        submission = await session.get(Submission, submission_id)
        assert submission is not None
        submission.status, submission.verdict = "done", "WA"
        session.add_all(
            [
                SubmissionTest(
                    submission_id=submission_id,
                    ordinal=1,
                    name="sample-1",
                    verdict="AC",
                    cpu_ms=1,
                    wall_ms=2,
                    memory_kb=3,
                    sample=True,
                    data={"input": "2 1 2", "expected": "3", "actual": "3"},
                ),
                SubmissionTest(
                    submission_id=submission_id,
                    ordinal=2,
                    name="01-empty",
                    verdict="WA",
                    cpu_ms=1,
                    wall_ms=2,
                    memory_kb=3,
                    sample=False,
                ),
            ]
        )
        await session.commit()
    body = (
        await client.get(f"/api/v1/submissions/{submission_id}", headers=learner.headers)
    ).json()
    sample, hidden = body["tests"]
    assert (sample["input"], sample["expected"], sample["actual"]) == ("2 1 2", "3", "3")
    assert (hidden["input"], hidden["expected"], hidden["actual"]) == (None, None, None)


async def _page(client: httpx.AsyncClient, account: Account, query: str = "") -> dict[str, Any]:
    response = await client.get(f"/api/v1/submissions?{query}", headers=account.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_the_list_holds_only_my_submissions_newest_first_with_filters(
    client: httpx.AsyncClient, learner: Account
) -> None:
    other = await make_account(client, "learner2")
    await add_submission(client, other.id, "sum-stdio", "AC")
    await add_submission(client, learner.id, "sum-stdio", "WA")
    await add_submission(client, learner.id, "sum-stdio", "AC")
    page = await _page(client, learner)
    assert [item["verdict"] for item in page["items"]] == ["AC", "WA"]
    assert page["next_cursor"] is None
    assert [i["verdict"] for i in (await _page(client, learner, "verdict=WA"))["items"]] == ["WA"]
    assert (await _page(client, learner, "problem=unknown-problem"))["items"] == []
    assert len((await _page(client, learner, "problem=sum-stdio"))["items"]) == 2


async def test_cursor_pages_stay_stable_while_new_submissions_arrive(
    client: httpx.AsyncClient, learner: Account
) -> None:
    for _ in range(5):
        await submit(client, learner)
    first = await _page(client, learner, "page_size=2")
    assert len(first["items"]) == 2
    for _ in range(3):
        await submit(client, learner)  # newer than everything already listed
    second = await _page(client, learner, f"page_size=2&cursor={first['next_cursor']}")
    third = await _page(client, learner, f"page_size=2&cursor={second['next_cursor']}")
    seen = [item["id"] for page in (first, second, third) for item in page["items"]]
    assert len(seen) == len(set(seen)) == 5
    assert third["next_cursor"] is None


async def test_a_cursor_that_is_not_ours_is_a_validation_error(
    client: httpx.AsyncClient, learner: Account
) -> None:
    for cursor in ("garbage!", "eyJhIjoxfQ", "e30"):
        response = await client.get(f"/api/v1/submissions?cursor={cursor}", headers=learner.headers)
        assert_problem(response, 422, "validation-error")


async def test_the_problem_list_shows_solved_once_a_submission_is_accepted(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await add_submission(client, learner.id, "sum-stdio", "WA")
    listed = (await client.get("/api/v1/problems", headers=learner.headers)).json()
    assert listed["items"][0]["status"] == "attempted"
    await add_submission(client, learner.id, "sum-stdio", "AC")
    listed = (await client.get("/api/v1/problems", headers=learner.headers)).json()
    assert listed["items"][0]["status"] == "solved"
