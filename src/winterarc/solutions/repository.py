"""Queries of the solutions domain."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, exists, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.judge import Verdict
from winterarc.solutions.models import SharedSolution, SolutionVote
from winterarc.submissions.models import Submission


async def has_solved(session: AsyncSession, user_id: int, problem_id: int) -> bool:
    query = select(
        exists().where(
            Submission.user_id == user_id,
            Submission.problem_id == problem_id,
            Submission.verdict == Verdict.AC,
        )
    )
    return bool(await session.scalar(query))


async def accepted_submission(
    session: AsyncSession, user_id: int, problem_id: int, submission_id: uuid.UUID | None
) -> Submission | None:
    """The learner's accepted submission of the problem: the one named, else the latest."""
    query = select(Submission).where(
        Submission.user_id == user_id,
        Submission.problem_id == problem_id,
        Submission.verdict == Verdict.AC,
    )
    if submission_id is not None:
        query = query.where(Submission.id == submission_id)
    query = query.order_by(Submission.created_at.desc(), Submission.id.desc()).limit(1)
    return (await session.scalars(query)).first()


async def shared_for(
    session: AsyncSession, problem_id: int
) -> list[tuple[SharedSolution, str, Submission]]:
    """Every post on a problem (hidden ones too) with its author's name and submission,
    most upvoted first, then newest."""
    query = (
        select(SharedSolution, User.username, Submission)
        .join(User, User.id == SharedSolution.user_id)
        .join(Submission, Submission.id == SharedSolution.submission_id)
        .where(SharedSolution.problem_id == problem_id)
        .order_by(SharedSolution.votes.desc(), SharedSolution.created_at.desc())
    )
    return [(post, name, sub) for post, name, sub in (await session.execute(query)).all()]


async def own_post(session: AsyncSession, user_id: int, problem_id: int) -> SharedSolution | None:
    query = select(SharedSolution).where(
        SharedSolution.user_id == user_id, SharedSolution.problem_id == problem_id
    )
    return (await session.scalars(query)).first()


async def get_post(session: AsyncSession, post_id: int) -> SharedSolution | None:
    return await session.get(SharedSolution, post_id)


async def voted_ids(session: AsyncSession, user_id: int, post_ids: list[int]) -> set[int]:
    if not post_ids:
        return set()
    query = select(SolutionVote.shared_solution_id).where(
        SolutionVote.user_id == user_id, SolutionVote.shared_solution_id.in_(post_ids)
    )
    return set((await session.scalars(query)).all())


async def toggle_vote(session: AsyncSession, post: SharedSolution, user_id: int) -> bool:
    """Add the learner's vote, or take it back; True when it is now counted. The count moves
    by one with each row added or removed, in the same transaction."""
    removed = await session.execute(
        delete(SolutionVote).where(
            SolutionVote.shared_solution_id == post.id, SolutionVote.user_id == user_id
        )
    )
    voted = getattr(removed, "rowcount", 0) == 0
    if voted:
        try:
            async with session.begin_nested():  # a double click racing itself
                session.add(SolutionVote(shared_solution_id=post.id, user_id=user_id))
        except IntegrityError:
            await session.refresh(post, ["votes"])
            return True  # the other request counted this vote
    await session.execute(
        update(SharedSolution)
        .where(SharedSolution.id == post.id)
        .values(votes=SharedSolution.votes + (1 if voted else -1))
    )
    await session.refresh(post, ["votes"])
    return voted
