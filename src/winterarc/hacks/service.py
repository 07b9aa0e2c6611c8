"""Hacking accepted submissions, sharing them for hacks, and the authors' follow-up: a hack
becomes a package test, and a problem's accepted submissions are judged again.

Hacks are judged in the API process, like "Run" on custom input (submissions/runs.py): the
hacker waits for one short judgement (the validator, the reference and the target on one
input), so a queue round-trip would add latency and no safety. At most HACK_SLOTS run at once
per API process; more wait up to WINTERARC_RUN_WAIT_SECONDS, then get a 503."""

from __future__ import annotations

import asyncio
import json
import uuid

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import Role, User
from winterarc.broker.base import JUDGE_QUEUE, Message
from winterarc.daily import service as daily_service
from winterarc.db.base import utcnow
from winterarc.hacks import repository
from winterarc.hacks.models import Hack, HackStatus
from winterarc.hacks.schemas import AddedTest, HackOut, HackTarget, RejudgeOut, ShareOut
from winterarc.judge import PackageError, Verdict, load_package_bytes
from winterarc.judge.custom_run import CustomInputError, custom_payload
from winterarc.judge.hacking import (
    HackFailed,
    HackOutcome,
    HackRefused,
    archive_with_files,
    hack_test_files,
    hackable,
    try_hack,
)
from winterarc.judge.packages import Expected, Package, ProblemType
from winterarc.kit.errors import AppError, Conflict, Forbidden, InvalidInput, NotFound
from winterarc.outbox.store import add_message
from winterarc.problems import repository as problems_repository
from winterarc.problems.models import Problem
from winterarc.problems.packages import PackageCache, store_package
from winterarc.settings import Settings
from winterarc.submissions.models import Submission

HACK_SLOTS = 1
_slots = asyncio.Semaphore(HACK_SLOTS)


class HacksBusy(AppError):
    status, code, title = 503, "busy", "Busy"


class JudgeUnavailable(AppError):
    status, code, title = 503, "judge-unavailable", "The judge could not decide"


class HackInputTooLarge(AppError):
    status, code, title = 413, "payload-too-large", "Payload too large"


def can_manage(user: User, problem: Problem) -> bool:
    """Admins manage every problem; an author the problems they uploaded."""
    if user.role is Role.ADMIN:
        return True
    return user.role is Role.AUTHOR and problem.author_id == user.id


async def _problem(session: AsyncSession, slug: str) -> Problem:
    problem = await problems_repository.get_by_slug(session, slug)
    if problem is None:
        raise NotFound(f"No problem with slug {slug!r}.")
    return problem


async def _package(session: AsyncSession, packages: PackageCache, problem: Problem) -> Package:
    package = await packages.readable(session, problem)
    if package is None:
        raise InvalidInput(f"problem: {problem.slug!r} has no package to judge against")
    return package


async def share(
    session: AsyncSession, user: User, submission_id: uuid.UUID, shared: bool
) -> ShareOut:
    """The owner lets other solvers of the problem hack an accepted submission (or stops)."""
    submission = await session.get(Submission, submission_id)
    if submission is None or submission.user_id != user.id:
        raise NotFound("No such submission.")
    if shared and submission.verdict is not Verdict.AC:
        raise InvalidInput("submission: only accepted submissions can be shared for hacks")
    submission.shared = shared
    await session.flush()
    return ShareOut(submission=submission.id, shared=shared)


async def targets(session: AsyncSession, user: User, slug: str) -> list[HackTarget]:
    """What the user may hack on this problem (nothing before they solved it)."""
    problem = await _problem(session, slug)
    if not await repository.has_solved(session, user.id, problem.id):
        return []
    rows = await repository.targets(session, user.id, problem.id)
    return [
        HackTarget(
            id=submission.id,
            owner=owner,
            own=submission.user_id == user.id,
            created_at=submission.created_at,
            hacked=submission.hacked_at is not None,
        )
        for submission, owner in rows
    ]


async def create(
    session: AsyncSession,
    packages: PackageCache,
    settings: Settings,
    user: User,
    target_id: uuid.UUID,
    text: str,
) -> HackOut:
    """Judge a hack and record it; a successful one marks its target hacked."""
    target = await session.get(Submission, target_id)
    if target is None or not (target.user_id == user.id or target.shared):
        raise NotFound("No such submission to hack (yours, or one its owner shared).")
    if target.verdict is not Verdict.AC:
        raise InvalidInput("target: only accepted submissions can be hacked")
    problem = await session.get(Problem, target.problem_id)
    if problem is None:
        raise NotFound("No such submission to hack.")
    if not await repository.has_solved(session, user.id, problem.id):
        raise Forbidden("Solve this problem before hacking its solutions.")
    size = len(text.encode("utf-8", errors="replace"))
    if size > settings.run_input_max_bytes:
        raise HackInputTooLarge(f"input: at most {settings.run_input_max_bytes} bytes")
    if not text.strip():
        raise InvalidInput("input: must not be empty")
    package = await _package(session, packages, problem)
    reason = hackable(package)
    if reason is not None:
        raise InvalidInput(f"problem: {reason}")
    outcome = await _judge(package, target.source, text, settings.run_wait_seconds)
    hack = Hack(
        problem_id=problem.id,
        hacker_id=user.id,
        target_id=target.id,
        input=text,
        status=HackStatus.SUCCESSFUL if outcome.successful else HackStatus.FAILED,
        verdict=outcome.verdict,
        message=outcome.message or None,
        expected=expected_text(outcome.expected),
        package_hash=package.content_hash,
    )
    session.add(hack)
    if outcome.successful and target.hacked_at is None:
        target.hacked_at = utcnow()
    await session.flush()
    return hack_out(hack, problem.slug, user.username)


async def _judge(package: Package, source: str, text: str, wait_seconds: float) -> HackOutcome:
    try:
        await asyncio.wait_for(_slots.acquire(), timeout=wait_seconds)
    except TimeoutError:
        raise HacksBusy("Too many hacks at once; try again in a moment.") from None
    try:
        return await anyio.to_thread.run_sync(lambda: try_hack(package, source, text))
    except HackRefused as error:
        raise InvalidInput(f"input: {error}") from None
    except HackFailed as error:
        raise JudgeUnavailable(str(error)) from None
    finally:
        _slots.release()


def expected_text(expected: Expected) -> str:
    """The reference's answer as text: stdio output, or JSON."""
    if isinstance(expected, bytes):
        return expected.decode("utf-8", errors="replace")
    return json.dumps(expected, ensure_ascii=False)


def _expected_value(package: Package, text: str) -> Expected:
    return text.encode() if package.type is ProblemType.STDIO else json.loads(text)


def hack_out(hack: Hack, slug: str, hacker: str) -> HackOut:
    return HackOut(
        id=hack.id,
        problem=slug,
        target=hack.target_id,
        hacker=hacker,
        status=hack.status,
        verdict=hack.verdict,
        message=hack.message,
        input=hack.input,
        expected=hack.expected,
        added_as=hack.added_as,
        created_at=hack.created_at,
    )


async def visible_hack(
    session: AsyncSession, user: User, hack_id: int
) -> tuple[Hack, Problem, str]:
    """A hack its hacker or the problem's managers may see, with its problem and hacker's name
    (404 for anyone else, as if it did not exist)."""
    found = await repository.get(session, hack_id)
    if found is None:
        raise NotFound("No such hack.")
    hack, _, hacker = found
    problem = await session.get(Problem, hack.problem_id)
    if problem is None or not (hack.hacker_id == user.id or can_manage(user, problem)):
        raise NotFound("No such hack.")
    return hack, problem, hacker


async def detail(session: AsyncSession, user: User, hack_id: int) -> HackOut:
    hack, problem, hacker = await visible_hack(session, user, hack_id)
    return hack_out(hack, problem.slug, hacker)


async def listed(session: AsyncSession, user: User, slug: str | None) -> list[HackOut]:
    """A learner's own hacks; an author's also every hack on their problems; an admin's all."""
    problem_id = (await _problem(session, slug)).id if slug else None
    mine = await repository.listed(
        session, problem_id=problem_id, hacker_id=user.id, authored_by=None
    )
    rows = list(mine)
    if user.role is Role.ADMIN:
        rows = list(
            await repository.listed(
                session, problem_id=problem_id, hacker_id=None, authored_by=None
            )
        )
    elif user.role is Role.AUTHOR:
        theirs = await repository.listed(
            session, problem_id=problem_id, hacker_id=None, authored_by=user.id
        )
        seen = {hack.id for hack, _, _ in rows}
        rows += [row for row in theirs if row[0].id not in seen]
        rows.sort(key=lambda row: (row[0].created_at, row[0].id), reverse=True)
    return [hack_out(hack, slug_, hacker) for hack, slug_, hacker in rows]


async def add_test(
    session: AsyncSession, packages: PackageCache, user: User, hack_id: int
) -> AddedTest:
    """Make a successful hack a test: a new package version for an uploaded package; for a
    content-synced one (it lives in git), the files to commit."""
    hack, problem, _ = await visible_hack(session, user, hack_id)
    if not can_manage(user, problem):
        raise Forbidden("Only the problem's author or an admin can add tests.")
    if hack.status is not HackStatus.SUCCESSFUL:
        raise InvalidInput("hack: only a successful hack becomes a test")
    if hack.added_as is not None:
        raise Conflict(f"This hack is already the test {hack.added_as!r}.")
    package = await _package(session, packages, problem)
    name = f"hack-{hack.id}"
    try:
        payload = custom_payload(package, hack.input)
    except CustomInputError as error:
        raise InvalidInput(f"hack: its input no longer fits the problem: {error}") from None
    files = hack_test_files(package, name, payload, _expected_value(package, hack.expected))
    shown = {path: data.decode("utf-8", errors="replace") for path, data in files.items()}
    if problem.author_id is None:
        return AddedTest(test=name, stored=False, package_hash=None, files=shown)
    stored = await problems_repository.package_archive(session, problem.id)
    if stored is None:
        raise InvalidInput(f"problem: {problem.slug!r} has no stored package")
    try:
        archive = archive_with_files(stored[1], problem.slug, files)
        new_package = await anyio.to_thread.run_sync(
            lambda: load_package_bytes(archive, filename=f"{problem.slug}.zip")
        )
    except HackRefused as error:
        raise Conflict(str(error)) from None
    except PackageError as error:
        raise InvalidInput(f"the package with this test is invalid: {error}") from None
    await store_package(session, new_package, archive, problem=problem)
    hack.added_as = name
    await session.flush()
    return AddedTest(test=name, stored=True, package_hash=new_package.content_hash, files=shown)


async def rejudge(session: AsyncSession, user: User, slug: str) -> RejudgeOut:
    """Queue every accepted submission of the problem for judging against its current package."""
    problem = await _problem(session, slug)
    if not can_manage(user, problem):
        raise Forbidden("Only the problem's author or an admin can re-judge its submissions.")
    ids = await repository.accepted_ids(session, problem.id)
    learners = await repository.learners_of(session, ids) if ids else []
    await repository.requeue(session, ids)
    # Their accepted verdicts are gone until judged again: so are the drill days they made.
    await daily_service.refresh_streaks(session, learners)
    for submission_id in ids:
        # A new message id: the first judgement's message may still be in the outbox.
        message_id = f"judge:{submission_id}:r{uuid.uuid4().hex[:12]}"
        add_message(
            session,
            JUDGE_QUEUE,
            Message(id=message_id, body={"submission_id": str(submission_id)}),
            # One re-judge is one piece of work: it takes its fair share, not the whole queue.
            fair_key=f"rejudge:{problem.id}",
        )
    await session.flush()
    return RejudgeOut(problem=problem.slug, queued=len(ids))
