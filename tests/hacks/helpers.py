"""A hackable problem in the app's database, and accepted submissions to hack."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx

from tests.helpers.app import sessionmaker_of
from tests.judge.validator_helpers import sum_package
from winterarc.curriculum.packing import zip_package
from winterarc.judge import Verdict
from winterarc.judge.packages import load_package
from winterarc.problems.models import Problem
from winterarc.problems.packages import store_package
from winterarc.submissions.models import Submission, SubmissionStatus

# Accepted by sum-stdio's tests (none holds -3), broken by the hack "1\n-3\n".
MISREADS_MINUS_THREE = """\
import sys

data = sys.stdin.read().split()
n = int(data[0])
print(sum(3 if t == "-3" else int(t) for t in data[1 : 1 + n]))
"""
HACK_INPUT = "1\n-3\n"


async def add_hackable_problem(
    client: httpx.AsyncClient, tmp_path: Path, *, author_id: int | None, validator: bool = True
) -> str:
    """sum-stdio with a validator, stored as an upload by `author_id` (None: content sync)."""
    folder = sum_package(tmp_path)
    # The test database has no roadmap: a package naming a topic could not be stored.
    manifest = folder / "problem.toml"
    manifest.write_text(manifest.read_text().replace('"s1-w1-syntax-data-types"', ""))
    if not validator:
        (folder / "validator.py").unlink()
    package = load_package(folder)
    async with sessionmaker_of(client)() as session:
        await store_package(
            session, package, zip_package(folder), problem=None, author_id=author_id
        )
        await session.commit()
    return package.slug


async def add_accepted(client: httpx.AsyncClient, user_id: int, slug: str, source: str) -> str:
    """An accepted submission straight into the database; its id."""
    async with sessionmaker_of(client)() as session:
        problem = (
            await session.execute(Problem.__table__.select().where(Problem.slug == slug))
        ).first()
        assert problem is not None
        submission = Submission(
            id=uuid.uuid4(),
            user_id=user_id,
            problem_id=problem.id,
            source=source,
            status=SubmissionStatus.DONE,
            verdict=Verdict.AC,
        )
        session.add(submission)
        await session.commit()
        return str(submission.id)
