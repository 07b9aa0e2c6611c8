"""Help after failing: revealing the first hidden test a learner's latest submission failed.

The rule (docs/web.md, "Help after failing"): the latest judged submission failed first on a
hidden test; the learner has failed the problem `FAILS_BEFORE_HELP` times or given up; the
test is small (input and expected output each at most `MAX_SHOWN_CHARS` characters) and fixed
(generated tests are large by design); the problem is not a lab (one check file holds several
tests); and the learner has revealed no other hidden test of this problem: one per learner and
problem, so failing on purpose never uncovers the test set. Enforced here, for the page and the
API alike."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.judge import Verdict
from winterarc.judge.packages.display import format_input, format_value
from winterarc.kit.errors import AppError
from winterarc.problems import repository as problems_repository
from winterarc.problems.models import Problem
from winterarc.problems.packages import PackageCache
from winterarc.submissions import repository

FAILS_BEFORE_HELP = 3
MAX_SHOWN_CHARS = 1000


class RevealRefused(AppError):
    status, code, title = 403, "reveal-refused", "Not available"


@dataclass(frozen=True, slots=True)
class RevealedTest:
    name: str
    input: str
    expected: str


@dataclass(frozen=True, slots=True)
class Help:
    """What the problem page offers after the latest submission failed on a hidden test."""

    test_name: str
    revealed: RevealedTest | None  # shown: revealed now or before
    available: bool  # the learner may reveal it now
    reason: str  # why not (when not available and not revealed)


async def help_for(
    session: AsyncSession, user: User, problem: Problem, packages: PackageCache
) -> Help | None:
    """The help on offer for the learner's latest submission; None when it did not fail on a
    hidden test (a failed sample already shows its diff)."""
    latest = await repository.latest_judged(session, user.id, problem.id)
    if latest is None or latest.verdict in (None, Verdict.AC):
        return None
    failing = await repository.first_failed_test(session, latest.id)
    if failing is None or failing.sample:
        return None
    shown, reason = await _check(session, user, problem, packages, failing.name)
    earlier = await repository.revealed_test(session, user.id, problem.id)
    if shown is not None and earlier == failing.name:
        return Help(failing.name, shown, False, "")
    return Help(failing.name, None, shown is not None, reason)


async def reveal(
    session: AsyncSession, user: User, problem: Problem, packages: PackageCache
) -> RevealedTest:
    """Reveal (and record) the first failing hidden test of the latest submission; refused
    with the reason when the rule does not allow it."""
    help_ = await help_for(session, user, problem, packages)
    if help_ is None:
        raise RevealRefused("Your latest submission did not fail on a hidden test.")
    if help_.revealed is not None:
        return help_.revealed
    shown, reason = await _check(session, user, problem, packages, help_.test_name)
    if shown is None:
        raise RevealRefused(reason)
    await repository.record_reveal(session, user.id, problem.id, shown.name)
    return shown


async def _check(
    session: AsyncSession, user: User, problem: Problem, packages: PackageCache, name: str
) -> tuple[RevealedTest | None, str]:
    """The test as it would be shown, or None and why it may not be."""
    if problem.type == "lab":
        return None, "Labs never show hidden checks: one check file holds several tests."
    earlier = await repository.revealed_test(session, user.id, problem.id)
    if earlier is not None and earlier != name:
        return None, f"You revealed {earlier} already: one hidden test per problem."
    failed = await repository.failed_count(session, user.id, problem.id)
    gave_up = await problems_repository.gave_up(session, user.id, problem.id)
    if failed < FAILS_BEFORE_HELP and not gave_up:
        return None, (
            f"You can see this test after {FAILS_BEFORE_HELP} failed submissions "
            f"(you have {failed}) or after giving up."
        )
    package = await packages.readable(session, problem)
    test = None if package is None else next((t for t in package.tests if t.name == name), None)
    if package is None or test is None or test.expected is None or test.is_generated:
        return None, f"{name} is a generated test, too large to show."
    given = format_input(package.type, test.payload)
    expected = format_value(package.type, test.expected)
    if max(len(given), len(expected)) > MAX_SHOWN_CHARS:
        return None, f"{name} is too large to show (over {MAX_SHOWN_CHARS} characters)."
    return RevealedTest(name, given, expected), ""
