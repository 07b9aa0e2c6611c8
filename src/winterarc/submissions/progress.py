"""What "accepted", "solved" and "attempted" mean: defined here once, for the catalogue, the
roadmap, the profile and the statistics alike.

- A submission counts from the moment it is accepted for judging (the 202), whatever its state:
  a queued or running one is already the learner's attempt.
- Accepted: a submission whose verdict is AC.
- Solved: a problem with at least one accepted submission by the learner.
- Attempted: a problem with at least one submission by the learner, solved or not. The
  catalogue's "attempted" status is attempted and not (yet) solved."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, distinct, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from winterarc.judge import Verdict
from winterarc.problems.models import ProblemTag, Tag
from winterarc.problems.schemas import SolveStatus
from winterarc.submissions.models import Submission

ACCEPTED: ColumnElement[bool] = Submission.verdict == Verdict.AC
IntColumn = ColumnElement[int] | QueryableAttribute[int]


def solved(user_id: int, problem_id: IntColumn) -> ColumnElement[bool]:
    """The learner has an accepted submission for the problem `problem_id` refers to."""
    return exists().where(
        Submission.user_id == user_id, Submission.problem_id == problem_id, ACCEPTED
    )


def attempted(user_id: int, problem_id: IntColumn) -> ColumnElement[bool]:
    """The learner has submitted anything for the problem `problem_id` refers to."""
    return exists().where(Submission.user_id == user_id, Submission.problem_id == problem_id)


def with_status(user_id: int, status: SolveStatus, problem_id: IntColumn) -> ColumnElement[bool]:
    """A filter on problems: those where the learner stands at `status`."""
    if status is SolveStatus.SOLVED:
        return solved(user_id, problem_id)
    if status is SolveStatus.ATTEMPTED:
        return attempted(user_id, problem_id) & ~solved(user_id, problem_id)
    return ~attempted(user_id, problem_id)


# Aggregates over a group of submissions (a learner's, a problem's).
def submission_count() -> ColumnElement[int]:
    return func.count(Submission.id)


def accepted_count() -> ColumnElement[int]:
    return func.coalesce(func.sum(case((ACCEPTED, 1), else_=0)), 0)


def solved_count(of: IntColumn) -> ColumnElement[int]:
    """Distinct `of` values with an accepted submission: problems solved, or solvers."""
    return func.count(distinct(case((ACCEPTED, of))))


def attempted_count(of: IntColumn) -> ColumnElement[int]:
    """Distinct `of` values with any submission: problems attempted, or attempters."""
    return func.count(distinct(of))


@dataclass(frozen=True, slots=True)
class Standing:
    """A learner's solved and attempted problems (only those asked about, when narrowed)."""

    solved: frozenset[int]
    attempted: frozenset[int]

    def status(self, problem_id: int) -> SolveStatus:
        if problem_id in self.solved:
            return SolveStatus.SOLVED
        return SolveStatus.ATTEMPTED if problem_id in self.attempted else SolveStatus.NEW


async def standing(
    session: AsyncSession, user_id: int, problem_ids: Iterable[int] | None = None
) -> Standing:
    """Where the learner stands on every problem, or on `problem_ids`, in one query."""
    query = (
        select(Submission.problem_id, func.max(case((ACCEPTED, 1), else_=0)))
        .where(Submission.user_id == user_id)
        .group_by(Submission.problem_id)
    )
    if problem_ids is not None:
        query = query.where(Submission.problem_id.in_(list(problem_ids)))
    rows = (await session.execute(query)).all()
    return Standing(
        solved=frozenset(pid for pid, accepted in rows if accepted),
        attempted=frozenset(pid for pid, _ in rows),
    )


async def standings(session: AsyncSession, user_ids: Sequence[int]) -> dict[int, Standing]:
    """`standing` of several learners on every problem, in one query (empty for none)."""
    rows = (
        await session.execute(
            select(
                Submission.user_id, Submission.problem_id, func.max(case((ACCEPTED, 1), else_=0))
            )
            .where(Submission.user_id.in_(list(user_ids)))
            .group_by(Submission.user_id, Submission.problem_id)
        )
    ).all()
    solved: dict[int, set[int]] = {uid: set() for uid in user_ids}
    attempted: dict[int, set[int]] = {uid: set() for uid in user_ids}
    for user_id, problem_id, accepted in rows:
        attempted[user_id].add(problem_id)
        if accepted:
            solved[user_id].add(problem_id)
    return {uid: Standing(frozenset(solved[uid]), frozenset(attempted[uid])) for uid in user_ids}


async def statuses(
    session: AsyncSession, user_id: int, problem_ids: Iterable[int]
) -> dict[int, SolveStatus]:
    """solved / attempted / new for each of the problems."""
    ids = list(problem_ids)
    if not ids:
        return {}
    found = await standing(session, user_id, ids)
    return {pid: found.status(pid) for pid in ids}


@dataclass(frozen=True, slots=True)
class Totals:
    submissions: int
    accepted: int
    solved: int
    attempted: int


async def totals(session: AsyncSession, user_id: int) -> Totals:
    """A learner's submissions, accepted ones, solved and attempted problems, counted now."""
    row = (
        await session.execute(
            select(
                submission_count(),
                accepted_count(),
                solved_count(Submission.problem_id),
                attempted_count(Submission.problem_id),
            ).where(Submission.user_id == user_id)
        )
    ).one()
    return Totals(*(int(value) for value in row))


async def solved_by_label(
    session: AsyncSession, user_id: int, kind: str
) -> list[tuple[str, int, int]]:
    """(label, problems the learner solved, problems) for every tag or pattern, by label."""
    solved_ids = (
        select(Submission.problem_id)
        .where(Submission.user_id == user_id, ACCEPTED)
        .distinct()
        .subquery()
    )
    rows = await session.execute(
        select(Tag.name, func.count(solved_ids.c.problem_id), func.count(ProblemTag.problem_id))
        .join(ProblemTag, ProblemTag.tag_id == Tag.id)
        .outerjoin(solved_ids, solved_ids.c.problem_id == ProblemTag.problem_id)
        .where(Tag.kind == kind)
        .group_by(Tag.name)
        .order_by(Tag.name)
    )
    return [(name, int(done), int(total)) for name, done, total in rows]
