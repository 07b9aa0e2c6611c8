"""The hacks API: sharing, hacking (validated, judged against the reference), the author adding
a hack as a test (a new package version, or files to commit), and re-judging."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.hacks.helpers import HACK_INPUT, MISREADS_MINUS_THREE, add_accepted, add_hackable_problem
from tests.helpers.api import assert_problem
from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import Account, db_scalar, make_account, solution
from tests.helpers.judge import require_sandbox
from tests.helpers.pubsub import MemoryPubSub
from winterarc.auth.models import Role
from winterarc.broker.base import Delivery, Message
from winterarc.judge.packages import load_package_bytes
from winterarc.outbox.models import OutboxEvent
from winterarc.problems.models import Problem, ProblemPackage
from winterarc.submissions.models import Submission
from winterarc.worker.consumer import JudgeContext, judge_submission

pytestmark = pytest.mark.anyio
REFERENCE = solution("sum-stdio", "accepted", "ref.py")


class World:
    """An author's uploaded problem; A's wrong-but-accepted solution; B's right one."""

    def __init__(self, author: Account, a: Account, b: Account, slug: str, a_sub: str, b_sub: str):
        self.author, self.a, self.b, self.slug = author, a, b, slug
        self.a_submission, self.b_submission = a_sub, b_sub


@pytest.fixture
async def world(client: httpx.AsyncClient, tmp_path: Path) -> World:
    require_sandbox()
    author = await make_account(client, "author1", Role.AUTHOR)
    a = await make_account(client, "learner-a")
    b = await make_account(client, "learner-b")
    slug = await add_hackable_problem(client, tmp_path, author_id=author.id)
    a_sub = await add_accepted(client, a.id, slug, MISREADS_MINUS_THREE)
    b_sub = await add_accepted(client, b.id, slug, REFERENCE)
    return World(author, a, b, slug, a_sub, b_sub)


async def _hack(client: httpx.AsyncClient, who: Account, target: str, text: str) -> httpx.Response:
    return await client.post(
        "/api/v1/hacks", json={"target": target, "input": text}, headers=who.headers
    )


async def _share(client: httpx.AsyncClient, who: Account, submission: str) -> httpx.Response:
    return await client.put(
        f"/api/v1/submissions/{submission}/shared", json={"shared": True}, headers=who.headers
    )


async def test_a_shared_accepted_solution_is_hacked_and_shown_hacked(
    client: httpx.AsyncClient, world: World
) -> None:
    # Not shared yet: B cannot see it as a target, nor hack it.
    targets = await client.get(
        "/api/v1/hacks/targets", params={"problem": world.slug}, headers=world.b.headers
    )
    assert [t["own"] for t in targets.json()] == [True]
    assert_problem(await _hack(client, world.b, world.a_submission, HACK_INPUT), 404, "not-found")

    assert (await _share(client, world.a, world.a_submission)).json()["shared"] is True
    targets = await client.get(
        "/api/v1/hacks/targets", params={"problem": world.slug}, headers=world.b.headers
    )
    assert {(t["owner"], t["own"]) for t in targets.json()} == {
        ("learner-a", False),
        ("learner-b", True),
    }

    response = await _hack(client, world.b, world.a_submission, HACK_INPUT)
    assert response.status_code == 201, response.text
    hack = response.json()
    assert (hack["status"], hack["verdict"], hack["expected"].strip()) == ("successful", "WA", "-3")
    assert response.headers["location"] == f"/api/v1/hacks/{hack['id']}"

    detail = await client.get(f"/api/v1/submissions/{world.a_submission}", headers=world.a.headers)
    assert detail.json()["hacked_at"] is not None and detail.json()["verdict"] == "AC"
    # The hacker sees the hack; the target's owner (not the author of the problem) does not.
    assert (
        await client.get(f"/api/v1/hacks/{hack['id']}", headers=world.b.headers)
    ).status_code == 200
    mine = await client.get(f"/api/v1/hacks/{hack['id']}", headers=world.a.headers)
    assert_problem(mine, 404, "not-found")


async def test_a_hack_the_target_survives_is_recorded_as_failed(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await _hack(client, world.b, world.b_submission, HACK_INPUT)
    assert response.status_code == 201, response.text
    assert (response.json()["status"], response.json()["verdict"]) == ("failed", "AC")
    detail = await client.get(f"/api/v1/submissions/{world.b_submission}", headers=world.b.headers)
    assert detail.json()["hacked_at"] is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2\n1 2000000000\n", "input: invalid input: 2000000000 is not in [-10^9, 10^9]"),
        ("3\n1 2\n", "input: invalid input: expected 3 numbers, got 2"),
        ("   ", "input: must not be empty"),
    ],
)
async def test_an_invalid_input_is_refused_with_the_validators_reason(
    client: httpx.AsyncClient, world: World, text: str, reason: str
) -> None:
    response = await _hack(client, world.a, world.a_submission, text)
    body = assert_problem(response, 422, "validation-error")
    assert body["detail"] == reason
    assert await db_scalar(client, select(func.count()).select_from(OutboxEvent)) == 0


async def test_only_solvers_hack_and_only_accepted_submissions_are_targets(
    client: httpx.AsyncClient, world: World
) -> None:
    outsider = await make_account(client, "outsider")
    await _share(client, world.a, world.a_submission)
    refused = await _hack(client, outsider, world.a_submission, HACK_INPUT)
    assert_problem(refused, 403, "forbidden")
    assert (
        await client.get(
            "/api/v1/hacks/targets", params={"problem": world.slug}, headers=outsider.headers
        )
    ).json() == []
    # Sharing is for the owner's accepted submissions only.
    assert_problem(await _share(client, world.b, world.a_submission), 404, "not-found")
    async with sessionmaker_of(client)() as session:
        submission = await session.get(Submission, uuid.UUID(world.b_submission))
        assert submission is not None
        submission.verdict = "WA"  # type: ignore[assignment]
        await session.commit()
    assert_problem(await _share(client, world.b, world.b_submission), 422, "validation-error")
    assert_problem(await _hack(client, world.a, world.b_submission, HACK_INPUT), 404, "not-found")


async def test_a_problem_without_a_validator_cannot_be_hacked(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    require_sandbox()
    learner = await make_account(client, "learner-c")
    slug = await add_hackable_problem(client, tmp_path, author_id=None, validator=False)
    target = await add_accepted(client, learner.id, slug, REFERENCE)
    body = assert_problem(await _hack(client, learner, target, HACK_INPUT), 422, "validation-error")
    assert "has no validator.py" in str(body["detail"])


async def test_the_author_adds_the_hack_and_a_rejudge_turns_the_solution_wa(
    client: httpx.AsyncClient, world: World
) -> None:
    await _share(client, world.a, world.a_submission)
    hack = (await _hack(client, world.b, world.a_submission, HACK_INPUT)).json()
    # Learners may not; the author sees every hack on the problem and adds it.
    assert_problem(
        await client.post(f"/api/v1/hacks/{hack['id']}/add-test", headers=world.b.headers),
        403,
        "forbidden",
    )
    listed = await client.get(
        "/api/v1/hacks", params={"problem": world.slug}, headers=world.author.headers
    )
    assert [h["id"] for h in listed.json()] == [hack["id"]]
    added = await client.post(f"/api/v1/hacks/{hack['id']}/add-test", headers=world.author.headers)
    assert added.status_code == 200, added.text
    body = added.json()
    name = f"hack-{hack['id']}"
    assert body["test"] == name and body["stored"] is True
    assert body["files"] == {f"tests/{name}.in": HACK_INPUT, f"tests/{name}.out": "-3\n"}
    archive = await db_scalar(client, select(ProblemPackage.archive))
    package = load_package_bytes(archive, filename="new.zip")
    assert package.content_hash == body["package_hash"]
    assert await db_scalar(client, select(Problem.package_hash)) == body["package_hash"]
    assert name in [test.name for test in package.tests]
    again = await client.post(f"/api/v1/hacks/{hack['id']}/add-test", headers=world.author.headers)
    assert_problem(again, 409, "conflict")

    assert_problem(
        await client.post(
            "/api/v1/hacks/rejudge", json={"problem": world.slug}, headers=world.b.headers
        ),
        403,
        "forbidden",
    )
    rejudged = await client.post(
        "/api/v1/hacks/rejudge", json={"problem": world.slug}, headers=world.author.headers
    )
    assert rejudged.json() == {"problem": world.slug, "queued": 2}
    queued = await db_scalar(
        client, select(func.count()).where(OutboxEvent.message_id.like("judge:%:r%"))
    )
    assert queued == 2
    ctx = JudgeContext(sessionmaker_of(client), MemoryPubSub(), cache_dir=None)
    for submission in (world.a_submission, world.b_submission):
        message = Message(id=f"judge:{submission}", body={"submission_id": submission})
        await judge_submission(ctx, Delivery("judge", message, attempt=1))
    a = await client.get(f"/api/v1/submissions/{world.a_submission}", headers=world.a.headers)
    b = await client.get(f"/api/v1/submissions/{world.b_submission}", headers=world.b.headers)
    assert (a.json()["verdict"], b.json()["verdict"]) == ("WA", "AC")
    assert a.json()["tests"][-1]["name"] == name


async def test_a_content_synced_package_gets_the_files_to_commit(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    require_sandbox()
    admin = await make_account(client, "admin1", Role.ADMIN)
    author = await make_account(client, "author2", Role.AUTHOR)
    learner = await make_account(client, "learner-d")
    slug = await add_hackable_problem(client, tmp_path, author_id=None)
    target = await add_accepted(client, learner.id, slug, MISREADS_MINUS_THREE)
    hack = (await _hack(client, learner, target, HACK_INPUT)).json()
    before = await db_scalar(client, select(Problem.package_hash))
    # Only admins manage the shipped curriculum.
    assert_problem(
        await client.post(f"/api/v1/hacks/{hack['id']}/add-test", headers=author.headers),
        404,
        "not-found",
    )
    added = await client.post(f"/api/v1/hacks/{hack['id']}/add-test", headers=admin.headers)
    assert added.json()["stored"] is False and added.json()["package_hash"] is None
    assert added.json()["files"][f"tests/hack-{hack['id']}.out"] == "-3\n"
    assert await db_scalar(client, select(Problem.package_hash)) == before
