"""Accepting, reading and listing submissions."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.audit import repository as audit
from winterarc.auth.models import Role, User
from winterarc.broker.base import JUDGE_QUEUE, Message
from winterarc.judge import LabFilesError
from winterarc.judge.lab_runner import lab_files
from winterarc.judge.packages import Package
from winterarc.kit.errors import AppError, Conflict, InvalidInput, NotFound
from winterarc.kit.pagination import CursorPage, decode_cursor, encode_cursor
from winterarc.outbox.store import add_message
from winterarc.problems import repository as problems_repository
from winterarc.problems.labs import bundle
from winterarc.problems.models import Problem
from winterarc.problems.packages import PackageCache
from winterarc.submissions import repository
from winterarc.submissions.models import Submission, SubmissionStatus
from winterarc.submissions.repository import ListFilters, Position
from winterarc.submissions.schemas import (
    SubmissionDetail,
    SubmissionSummary,
    TestResultOut,
)


class PayloadTooLarge(AppError):
    status, code, title = 413, "payload-too-large", "Payload too large"


def _invalid(field: str, message: str) -> InvalidInput:
    return InvalidInput(f"{field}: {message}", errors=[{"loc": ["body", field], "msg": message}])


def checked_code(code: str, max_bytes: int) -> str:
    """The source as stored: UTF-8 text within the size cap, without NUL characters."""
    try:
        size = len(code.encode("utf-8"))
    except UnicodeEncodeError:
        raise _invalid("code", "must be UTF-8 text") from None
    if size > max_bytes:
        raise PayloadTooLarge(f"code: at most {max_bytes} bytes are accepted (got {size})")
    if not code.strip():
        raise _invalid("code", "must not be empty")
    if "\x00" in code:
        raise _invalid("code", "must be text (it contains NUL characters)")
    return code


def decode_upload(data: bytes, max_bytes: int) -> str:
    """An uploaded source file as text: UTF-8 (a BOM is dropped), within the cap."""
    if len(data) > max_bytes:
        raise PayloadTooLarge(f"file: at most {max_bytes} bytes are accepted")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise _invalid("file", "must be UTF-8 text") from None


def language_for(problem: Problem, requested: str | None) -> str:
    expected = "sql" if problem.type == "sql" else "python"
    if requested is not None and requested != expected:
        raise _invalid("language", f"problem {problem.slug!r} takes {expected}")
    return expected


async def lab_package(session: AsyncSession, problem: Problem, packages: PackageCache) -> Package:
    """The package of a lab problem, which its files are checked against."""
    package = await packages.readable(session, problem)
    if package is None or package.lab is None:
        raise _invalid("problem", f"problem {problem.slug!r} cannot take files yet")
    return package


def checked_files(package: Package, files: Mapping[str, str], max_bytes: int) -> dict[str, str]:
    """A lab's complete file set (the starter's for those left out), within its caps: each
    file its lab's, all of them together `max_bytes`."""
    assert package.lab is not None
    try:
        complete = lab_files(package.lab, files)
    except LabFilesError as error:
        raise _invalid("files", str(error)) from None
    size = sum(len(text.encode("utf-8", errors="surrogatepass")) for text in complete.values())
    if size > max_bytes:
        raise PayloadTooLarge(f"files: at most {max_bytes} bytes in all are accepted (got {size})")
    return complete


async def accept(
    session: AsyncSession,
    *,
    user: User,
    problem_slug: str,
    language: str | None,
    code: str | None,
    idempotency_key: str | None,
    files: Mapping[str, str] | None = None,
    packages: PackageCache | None = None,
    lab_max_bytes: int = 1024 * 1024,
) -> tuple[Submission, bool]:
    """Store a submission and its judge message in the caller's transaction (the outbox);
    (submission, True when it was created now). A lab takes `files` (checked against its
    package, from `packages`), any other problem `code`.

    The same Idempotency-Key returns the submission it created first; reusing a key for a
    different request is a 409."""
    problem = await problems_repository.get_by_slug(session, problem_slug)
    if problem is None:
        raise _invalid("problem", f"no problem with slug {problem_slug!r}")
    language = language_for(problem, language)
    stored_files = None
    if problem.type == "lab":
        if files is None or packages is None:
            raise _invalid("files", f"problem {problem_slug!r} is a lab: send its files")
        package = await lab_package(session, problem, packages)
        stored_files = checked_files(package, files, lab_max_bytes)
        code = bundle(stored_files)
    elif files is not None or code is None:
        raise _invalid("code", f"problem {problem_slug!r} takes code, not files")
    # Plain values: a rollback below expires the ORM objects.
    user_id, request = user.id, (problem.id, language, code)
    if idempotency_key is not None:
        earlier = await repository.by_idempotency_key(session, user_id, idempotency_key)
        if earlier is not None:
            return _same_request(earlier, request), False
    if problem.package_hash is None:
        raise _invalid("problem", f"problem {problem_slug!r} has no tests to judge against yet")
    submission = Submission(
        id=uuid.uuid4(),
        user_id=user.id,
        problem_id=problem.id,
        language=language,
        source=code,
        files=stored_files,
        status=SubmissionStatus.QUEUED,
        idempotency_key=idempotency_key,
    )
    session.add(submission)
    add_message(session, JUDGE_QUEUE, judge_message(submission.id), fair_key=learner_key(user_id))
    try:
        await session.flush()
    except IntegrityError:
        # A concurrent retry with the same key won the race: answer with its submission.
        await session.rollback()
        if idempotency_key is None:
            raise
        earlier = await repository.by_idempotency_key(session, user_id, idempotency_key)
        if earlier is None:
            raise
        return _same_request(earlier, request), False
    return submission, True


def judge_message(submission_id: uuid.UUID) -> Message:
    return Message(id=f"judge:{submission_id}", body={"submission_id": str(submission_id)})


def learner_key(user_id: int) -> str:
    """The outbox's fair key of a learner's judgements (see winterarc.outbox.relay)."""
    return f"user:{user_id}"


def _same_request(earlier: Submission, request: tuple[int, str, str]) -> Submission:
    if (earlier.problem_id, earlier.language, earlier.source) != request:
        raise Conflict("This Idempotency-Key was already used for a different submission.")
    return earlier


def can_see(user: User, submission: Submission, problem_author_id: int | None) -> bool:
    """Its owner; an admin; an author only for the problems they own."""
    if submission.user_id == user.id or user.role is Role.ADMIN:
        return True
    return user.role is Role.AUTHOR and problem_author_id == user.id


async def get_visible(session: AsyncSession, user: User, submission_id: uuid.UUID) -> Submission:
    """The submission when `user` may see it; otherwise 404, exactly as if it did not exist."""
    found = await repository.get_with_slug(session, submission_id)
    if found is None or not can_see(user, found[0], found[2]):
        raise NotFound("No such submission.")
    return found[0]


async def detail(session: AsyncSession, user: User, submission_id: uuid.UUID) -> SubmissionDetail:
    """Verdict, per-test results and source (only owners and staff get this far)."""
    found = await repository.get_with_slug(session, submission_id)
    if found is None or not can_see(user, found[0], found[2]):
        raise NotFound("No such submission.")
    submission, slug, _author = found
    if submission.user_id != user.id:  # staff reading someone's source: on the record
        audit.record(session, actor_id=user.id, action="read-source", subject=str(submission.id))
    tests = await repository.tests_of(session, submission_id)
    return SubmissionDetail(
        **_summary(submission, slug).model_dump(),
        message=submission.message,
        cpu_ms=submission.cpu_ms,
        memory_kb=submission.memory_kb,
        source=submission.source,
        files=submission.files,
        shared=submission.shared,
        hacked_at=submission.hacked_at,
        own=submission.user_id == user.id,
        tests=[
            TestResultOut(
                ordinal=t.ordinal,
                name=t.name,
                verdict=t.verdict,
                cpu_ms=t.cpu_ms,
                wall_ms=t.wall_ms,
                memory_kb=t.memory_kb,
                sample=t.sample,
                message=t.message,
                # Only samples ever stored their texts; hidden tests have none to leak.
                **((t.data or {}) if t.sample else {}),
            )
            for t in tests
        ],
    )


def _summary(submission: Submission, slug: str) -> SubmissionSummary:
    return SubmissionSummary(
        id=submission.id,
        problem=slug,
        language=submission.language,
        status=submission.status,
        verdict=submission.verdict,
        created_at=submission.created_at,
        judged_at=submission.judged_at,
    )


CURSOR_KEYS = ("created_at", "id")


async def list_own(
    session: AsyncSession,
    user: User,
    *,
    problem_slug: str | None,
    verdict: str | None,
    cursor: str | None,
    limit: int,
) -> CursorPage[SubmissionSummary]:
    """The caller's submissions, newest first, a page at a time."""
    problem_id = None
    if problem_slug is not None:
        problem = await problems_repository.get_by_slug(session, problem_slug)
        if problem is None:
            return CursorPage(items=[], next_cursor=None)
        problem_id = problem.id
    after = _position(cursor) if cursor else None
    rows = await repository.list_page(
        session, ListFilters(user.id, problem_id, verdict), after, limit + 1
    )
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more:
        last = rows[-1][0]
        next_cursor = encode_cursor({"created_at": last.created_at.isoformat(), "id": str(last.id)})
    return CursorPage(
        items=[_summary(s, slug).model_copy(update={"problem_title": t}) for s, slug, t in rows],
        next_cursor=next_cursor,
    )


async def submitted_problems(session: AsyncSession, user: User) -> list[tuple[str, str]]:
    """(slug, title) of the problems the learner has submitted to: the history's filter."""
    return await repository.submitted_problems(session, user.id)


async def recent(
    session: AsyncSession, user: User, *, limit: int, problem_slug: str | None = None
) -> list[SubmissionSummary]:
    """The caller's newest submissions (of one problem, if given), for pages."""
    page = await list_own(
        session, user, problem_slug=problem_slug, verdict=None, cursor=None, limit=limit
    )
    return page.items


def _position(cursor: str) -> Position:
    position = decode_cursor(cursor, CURSOR_KEYS)
    try:
        return Position(datetime.fromisoformat(position["created_at"]), uuid.UUID(position["id"]))
    except ValueError:
        raise InvalidInput(
            "cursor: not a cursor from this list",
            errors=[{"loc": ["query", "cursor"], "msg": "not a cursor from this list"}],
        ) from None
