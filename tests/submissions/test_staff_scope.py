"""Authors read submissions only to the problems they own, admins all; staff reads of another
person's source are written to the audit log."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select, update

from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import (
    Account,
    add_judged_problem,
    add_submission,
    db_scalar,
    make_account,
)
from winterarc.audit.models import AuditEntry
from winterarc.auth.models import Role
from winterarc.problems.models import Problem
from winterarc.submissions.models import Submission

pytestmark = pytest.mark.anyio


async def _setup(client: httpx.AsyncClient) -> tuple[dict[str, Account], str]:
    people = {
        "owner": await make_account(client, "owner", Role.AUTHOR),
        "other": await make_account(client, "other", Role.AUTHOR),
        "admin": await make_account(client, "boss", Role.ADMIN),
        "learner": await make_account(client, "ada"),
    }
    await add_judged_problem(client)
    async with sessionmaker_of(client)() as session:
        await session.execute(update(Problem).values(author_id=people["owner"].id))
        await session.commit()
    await add_submission(client, people["learner"].id, "sum-stdio", "AC")
    submission_id = await db_scalar(client, select(Submission.id))
    return people, str(submission_id)


async def _audit(client: httpx.AsyncClient) -> list[tuple[int | None, str, str]]:
    async with sessionmaker_of(client)() as session:
        rows = await session.execute(
            select(AuditEntry.actor_id, AuditEntry.action, AuditEntry.subject).order_by(
                AuditEntry.id
            )
        )
        return [tuple(row) for row in rows]


async def test_an_author_reads_only_submissions_to_their_own_problems(
    client: httpx.AsyncClient,
) -> None:
    people, submission_id = await _setup(client)
    url = f"/api/v1/submissions/{submission_id}"
    assert (await client.get(url, headers=people["other"].headers)).status_code == 404
    owner = await client.get(url, headers=people["owner"].headers)
    assert owner.status_code == 200
    assert owner.json()["source"] == "print(1)"
    assert (await client.get(url, headers=people["admin"].headers)).status_code == 200


async def test_staff_reads_of_anothers_source_are_audited_and_own_reads_are_not(
    client: httpx.AsyncClient,
) -> None:
    people, submission_id = await _setup(client)
    url = f"/api/v1/submissions/{submission_id}"
    for who in ("learner", "owner", "admin", "other"):
        await client.get(url, headers=people[who].headers)
    assert await _audit(client) == [
        (people["owner"].id, "read-source", submission_id),
        (people["admin"].id, "read-source", submission_id),
    ]
