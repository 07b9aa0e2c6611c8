"""Daily-loop test kit: a clock the test moves, and dated submissions straight into the DB (with
what the worker and the quiz service do in the same transaction: the stored streak kept)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import select

from tests.helpers.app import app_of, sessionmaker_of
from tests.helpers.content import copy_content
from tests.helpers.factories import Account, join_new_cohort, make_account
from tests.helpers.pages import form_post
from winterarc.auth.models import Role
from winterarc.daily import service as daily_service
from winterarc.daily.clock import get_clock
from winterarc.judge import Verdict
from winterarc.leaderboards import service as leaderboards
from winterarc.problems.models import Problem
from winterarc.quizzes.models import QuizAttempt
from winterarc.submissions.models import Submission, SubmissionStatus


@dataclass
class FakeClock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def install_clock(client: httpx.AsyncClient, clock: FakeClock) -> None:
    """Every request of the app in process reads `clock` instead of the system time."""
    app_of(client).dependency_overrides[get_clock] = lambda: clock


# A Medium problem in week 1's first topic, ordered before its Easy ones (it syncs first): the
# drill must still start with an Easy one. Its other topics stay, for the tests that use them.
MEDIUM_IN_WEEK_ONE = "lru-design"


def daily_content(target: Path) -> Path:
    """The fixture content, with MEDIUM_IN_WEEK_ONE also in week 1's first topic."""
    content = copy_content(target)
    toml = content / "problems" / MEDIUM_IN_WEEK_ONE / "problem.toml"
    text = toml.read_text()
    old = 'topics = ["s1-w3-hash-maps", "s1-w3-linked-lists"]'
    new = 'topics = ["s1-w1-syntax-data-types", "s1-w3-hash-maps", "s1-w3-linked-lists"]'
    assert old in text, "the fixture package changed: update daily_content"
    toml.write_text(text.replace(old, new))
    return content


async def submit_at(
    client: httpx.AsyncClient, user_id: int, slug: str, verdict: str, at: datetime
) -> None:
    """A submission judged at `at` with `verdict`."""
    async with sessionmaker_of(client)() as session:
        problem_id = await session.scalar(select(Problem.id).where(Problem.slug == slug))
        assert problem_id is not None, slug
        submission = Submission(
            user_id=user_id,
            problem_id=problem_id,
            source="print(1)",
            status=SubmissionStatus.DONE,
            verdict=Verdict(verdict),
            created_at=at - timedelta(seconds=5),
            judged_at=at,
        )
        session.add(submission)
        await session.flush()
        if submission.verdict is Verdict.AC:  # as the worker scores a verdict it stores
            await leaderboards.record_accepted(session, submission.id)
        await session.commit()


async def pass_quiz_at(client: httpx.AsyncClient, user_id: int, quiz_id: str, at: datetime) -> None:
    async with sessionmaker_of(client)() as session:
        session.add(
            QuizAttempt(
                user_id=user_id, quiz_id=quiz_id, correct=3, total=3, answers={}, created_at=at
            )
        )
        await session.flush()
        await daily_service.refresh_streak(session, user_id)  # as a passed quiz does
        await session.commit()


async def join_an_auckland_cohort(client: httpx.AsyncClient, learner: Account) -> None:
    """The learner (signed in to the pages) joins a cohort whose Week 3-4 starts on Monday
    9 November and lives in Auckland: at 12:00 UTC on Sunday 8 November it is already Monday
    there, so the cohort's current week differs between the UTC date and the learner's."""
    organiser = await make_account(client, "organiser1", role=Role.ORGANISER)
    await join_new_cohort(client, organiser, learner, name="Autumn", starts_on="2026-11-02")
    await form_post(
        client, "/me/day-settings", {"time_zone": "Pacific/Auckland", "drill_size": "4"}
    )
