"""Solutions after AC: the package's other accepted solutions with their complexity, and the
write-ups learners share, read and upvote; all only for those who solved the problem."""

from __future__ import annotations

import re
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.audit import repository as audit
from winterarc.auth.models import User
from winterarc.db.base import utcnow
from winterarc.judge.packages import Package, Solution, SolutionKind
from winterarc.kit.errors import AppError, Forbidden, InvalidInput, NotFound
from winterarc.problems import service as problems_service
from winterarc.problems.models import Problem
from winterarc.problems.packages import PackageCache
from winterarc.solutions import repository
from winterarc.solutions.models import SharedSolution
from winterarc.solutions.schemas import (
    WRITEUP_MAX_CHARS,
    PackageSolutionOut,
    SharedSolutionOut,
    SolutionsOut,
    VoteOut,
)
from winterarc.submissions.models import Submission

# "# Complexity: O(n log n) time, O(n) memory" among a solution's leading comment lines.
_COMPLEXITY = re.compile(r"^Complexity:\s*(?P<text>\S.*?)\s*$", re.IGNORECASE)
# Python and SQL solutions: a comment line starts with "#" or "--".
_COMMENT = re.compile(r"^(?:#|--)\s*(?P<text>.*?)\s*$")


class SolutionsLocked(AppError):
    status, code, title = 403, "solutions-locked", "Solutions locked"


def complexity_of(source: str) -> str | None:
    """The text of a "# Complexity:" line ("-- Complexity:" in SQL) in the opening comment
    block, with the comment lines that continue it (up to a blank comment line or the code),
    if there is one."""
    lines = source.splitlines()
    for index, line in enumerate(lines):
        comment = _COMMENT.match(line)
        if comment is None:
            break
        found = _COMPLEXITY.match(comment.group("text"))
        if found:
            parts = [found.group("text")]
            for more in lines[index + 1 :]:
                following = _COMMENT.match(more)
                if following is None or not following.group("text"):
                    break
                parts.append(following.group("text"))
            return " ".join(parts)
    return None


def _solution_out(solution: Solution, reference: Solution) -> PackageSolutionOut:
    source = solution.source
    if solution.files:
        source = "\n\n".join(f"# ---- {name} ----\n{text}" for name, text in solution.files)
    first_file = solution.files[0][1] if solution.files else source
    return PackageSolutionOut(
        name=solution.name,
        reference=solution is reference,
        complexity=complexity_of(first_file),
        source=source,
    )


def package_solutions(package: Package | None) -> list[PackageSolutionOut]:
    """The package's accepted solutions, the reference first."""
    if package is None:
        return []
    accepted = package.solutions_of(SolutionKind.ACCEPTED)
    if not accepted:
        return []
    return [_solution_out(s, package.reference) for s in accepted]


async def _unlocked(session: AsyncSession, user: User, slug: str) -> Problem:
    """The problem, once the learner has an accepted submission (staff always)."""
    problem = await problems_service.get_model(session, slug)
    if not user.is_staff and not await repository.has_solved(session, user.id, problem.id):
        raise SolutionsLocked("Solve the problem (get AC) to see its solutions.")
    return problem


def can_moderate(user: User) -> bool:
    """Authors and admins may hide anyone's post."""
    return user.is_staff


def _shared_out(
    post: SharedSolution, author: str, submission: Submission, user: User, voted: set[int]
) -> SharedSolutionOut:
    return SharedSolutionOut(
        id=post.id,
        author=author,
        writeup=post.writeup,
        source=submission.source,
        language=submission.language,
        votes=post.votes,
        voted=post.id in voted,
        mine=post.user_id == user.id,
        hidden=post.hidden_at is not None,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


async def shared(session: AsyncSession, user: User, problem: Problem) -> list[SharedSolutionOut]:
    """The posts the learner may read: visible ones, plus their own and (staff) hidden ones."""
    rows = [
        row
        for row in await repository.shared_for(session, problem.id)
        if row[0].hidden_at is None or row[0].user_id == user.id or can_moderate(user)
    ]
    voted = await repository.voted_ids(session, user.id, [post.id for post, _, _ in rows])
    return [_shared_out(post, name, sub, user, voted) for post, name, sub in rows]


async def solutions(
    session: AsyncSession, user: User, slug: str, packages: PackageCache
) -> SolutionsOut:
    """Everything the solutions tab shows; SolutionsLocked before AC."""
    problem = await _unlocked(session, user, slug)
    package = await packages.readable(session, problem)
    return SolutionsOut(
        slug=slug,
        solutions=package_solutions(package),
        shared=await shared(session, user, problem),
    )


def _checked_writeup(writeup: str) -> str:
    text = writeup.strip()
    if not text:
        raise InvalidInput("writeup: write a sentence or two about your idea.")
    if len(text) > WRITEUP_MAX_CHARS:
        raise InvalidInput(f"writeup: at most {WRITEUP_MAX_CHARS} characters, got {len(text)}.")
    return text


async def share(
    session: AsyncSession,
    user: User,
    slug: str,
    writeup: str,
    submission_id: uuid.UUID | None = None,
) -> SharedSolutionOut:
    """Share an accepted submission with a write-up; sharing again replaces your post."""
    problem = await _unlocked(session, user, slug)
    text = _checked_writeup(writeup)
    submission = await repository.accepted_submission(session, user.id, problem.id, submission_id)
    if submission is None:
        raise InvalidInput("submission_id: not one of your accepted submissions of this problem.")
    post = await repository.own_post(session, user.id, problem.id)
    if post is None:
        post = SharedSolution(
            problem_id=problem.id, user_id=user.id, submission_id=submission.id, writeup=text
        )
        session.add(post)
    else:
        post.submission_id, post.writeup, post.updated_at = submission.id, text, utcnow()
    await session.flush()
    return _shared_out(post, user.username, submission, user, set())


async def _readable_post(session: AsyncSession, user: User, post_id: int) -> SharedSolution:
    """A post the learner may see, of a problem they solved; NotFound otherwise."""
    post = await repository.get_post(session, post_id)
    if post is None or (
        post.hidden_at is not None and post.user_id != user.id and not can_moderate(user)
    ):
        raise NotFound("No such shared solution.")
    if not user.is_staff and not await repository.has_solved(session, user.id, post.problem_id):
        raise SolutionsLocked("Solve the problem (get AC) to read and vote on its solutions.")
    return post


async def toggle_vote(session: AsyncSession, user: User, post_id: int) -> VoteOut:
    """Upvote a post, or take the vote back; one vote per learner, never on your own."""
    post = await _readable_post(session, user, post_id)
    if post.user_id == user.id:
        raise Forbidden("You cannot upvote your own solution.")
    if post.hidden_at is not None:
        raise InvalidInput("This solution is hidden: it takes no votes.")
    voted = await repository.toggle_vote(session, post, user.id)
    return VoteOut(id=post.id, votes=post.votes, voted=voted)


async def set_hidden(session: AsyncSession, user: User, post_id: int, hidden: bool) -> int:
    """Hide a post (or show it again): its author, or an author or admin; audit-logged.
    Returns the problem's id."""
    post = await _readable_post(session, user, post_id)
    if post.user_id != user.id and not can_moderate(user):
        raise Forbidden("Only its author, problem authors and admins can hide a solution.")
    if hidden and post.hidden_at is None:
        post.hidden_at, post.hidden_by_id = utcnow(), user.id
    elif not hidden and post.hidden_at is not None:
        post.hidden_at, post.hidden_by_id = None, None
    else:
        return post.problem_id
    audit.record(
        session,
        actor_id=user.id,
        action="hide-solution" if hidden else "show-solution",
        subject=str(post.id),
    )
    await session.flush()
    return post.problem_id
