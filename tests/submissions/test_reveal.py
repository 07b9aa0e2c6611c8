"""Help after failing: the first failed hidden test, revealed once the learner has failed three
times or given up, one per learner and problem, enforced on the server for page and API."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from tests.helpers.api import assert_problem
from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import Account, add_judged_problem, make_account
from tests.helpers.judge import FIXTURES
from tests.helpers.pages import browser_login, form_post, page
from winterarc.db.base import utcnow
from winterarc.judge import Verdict
from winterarc.problems.models import GiveUp, Problem
from winterarc.submissions.models import Submission, SubmissionStatus, SubmissionTest
from winterarc.submissions.reveal import MAX_SHOWN_CHARS

pytestmark = pytest.mark.anyio
REVEAL = "/api/v1/submissions/reveal-hidden-test"


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    await add_judged_problem(client, "sum-stdio")
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    return account


async def failed(
    client: httpx.AsyncClient, user_id: int, failing: str, n: int = 1, slug: str = "sum-stdio"
) -> None:
    """`n` judged WA submissions to `slug`, each passing the samples, failing `failing`."""
    async with sessionmaker_of(client)() as session:
        problem_id = await session.scalar(select(Problem.id).where(Problem.slug == slug))
        assert problem_id is not None
        for _ in range(n):
            submission = Submission(
                user_id=user_id,
                problem_id=problem_id,
                source="print(1)",
                status=SubmissionStatus.DONE,
                verdict=Verdict.WA,
                created_at=utcnow() + timedelta(microseconds=1),
            )
            session.add(submission)
            await session.flush()
            tests = [("sample-1", True, Verdict.AC), ("sample-2", True, Verdict.AC)]
            tests.append((failing, failing.startswith("sample"), Verdict.WA))
            session.add_all(
                SubmissionTest(
                    submission_id=submission.id,
                    ordinal=ordinal,
                    name=name,
                    verdict=verdict,
                    cpu_ms=1.0,
                    wall_ms=1.0,
                    memory_kb=1000,
                    sample=sample,
                )
                for ordinal, (name, sample, verdict) in enumerate(tests, start=1)
            )
        await session.commit()


async def test_help_opens_after_three_failures_and_shows_the_test(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await failed(client, learner.id, "01-empty", n=2)
    text = (await page(client, "/problems/sum-stdio")).text
    assert 'data-help-test="01-empty"' in text
    assert "after 3 failed submissions (you have 2) or after giving up" in text
    refused = await client.post(REVEAL, json={"problem": "sum-stdio"}, headers=learner.headers)
    assert_problem(refused, 403, "reveal-refused")
    assert (await form_post(client, "/problems/sum-stdio/reveal-hidden-test")).status_code == 403

    await failed(client, learner.id, "01-empty")
    text = (await page(client, "/problems/sum-stdio")).text
    assert 'action="/problems/sum-stdio/reveal-hidden-test"' in text
    assert "data-revealed-input" not in text  # offered, not shown before asked
    response = await client.post(REVEAL, json={"problem": "sum-stdio"}, headers=learner.headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"name": "01-empty", "input": "0\n\n", "expected": "0\n"}
    shown = (await page(client, "/problems/sum-stdio")).text
    assert "<pre data-revealed-input>0\n\n</pre>" in shown


async def test_one_hidden_test_per_problem_so_failing_on_purpose_leaks_no_more(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await failed(client, learner.id, "01-empty", n=3)
    redirect = await form_post(client, "/problems/sum-stdio/reveal-hidden-test")
    assert redirect.status_code == 303
    assert redirect.headers["location"] == "/problems/sum-stdio#help-after-failing"
    await failed(client, learner.id, "02-big-values")
    text = (await page(client, "/problems/sum-stdio")).text
    assert "You revealed 01-empty already: one hidden test per problem." in text
    refused = await client.post(REVEAL, json={"problem": "sum-stdio"}, headers=learner.headers)
    assert_problem(refused, 403, "reveal-refused")
    assert "You revealed 01-empty already" in refused.json()["detail"]


async def test_giving_up_opens_help_at_once_and_a_failed_sample_needs_none(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await failed(client, learner.id, "sample-2")
    text = (await page(client, "/problems/sum-stdio")).text
    assert "data-help-test" not in text  # the sample's diff already helps
    await failed(client, learner.id, "03-mixed-signs")
    async with sessionmaker_of(client)() as session:
        problem_id = await session.scalar(select(Problem.id).where(Problem.slug == "sum-stdio"))
        assert problem_id is not None
        session.add(GiveUp(user_id=learner.id, problem_id=problem_id))
        await session.commit()
    response = await client.post(REVEAL, json={"problem": "sum-stdio"}, headers=learner.headers)
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "03-mixed-signs"
    other = await make_account(client, "learner2")
    nothing = await client.post(REVEAL, json={"problem": "sum-stdio"}, headers=other.headers)
    assert_problem(nothing, 403, "reveal-refused")


async def refusal(client: httpx.AsyncClient, learner: Account, slug: str) -> str:
    """The API's refusal to reveal `slug`'s failing hidden test: its reason."""
    response = await client.post(REVEAL, json={"problem": slug}, headers=learner.headers)
    assert_problem(response, 403, "reveal-refused")
    detail: str = response.json()["detail"]
    return detail


async def test_a_generated_test_is_never_shown(client: httpx.AsyncClient, learner: Account) -> None:
    await failed(client, learner.id, "gen-2", n=3)
    reason = "gen-2 is a generated test, too large to show."
    assert await refusal(client, learner, "sum-stdio") == reason
    text = (await page(client, "/problems/sum-stdio")).text
    assert 'data-help-test="gen-2"' in text and reason in text
    assert "Show this test" not in text


async def test_a_test_over_the_size_limit_is_never_shown(
    client: httpx.AsyncClient, tmp_path: Path
) -> None:
    """sum-stdio with one more hidden test whose input is over MAX_SHOWN_CHARS characters."""
    folder = tmp_path / "sum-stdio"
    shutil.copytree(FIXTURES / "sum-stdio", folder)
    values = [1000 + i for i in range(MAX_SHOWN_CHARS // 4)]
    given = f"{len(values)}\n{' '.join(map(str, values))}\n"
    assert len(given) > MAX_SHOWN_CHARS
    (folder / "tests" / "04-long.in").write_text(given)
    (folder / "tests" / "04-long.out").write_text(f"{sum(values)}\n")
    await add_judged_problem(client, "sum-stdio", folder=folder)
    learner = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    await failed(client, learner.id, "04-long", n=3)
    reason = f"04-long is too large to show (over {MAX_SHOWN_CHARS} characters)."
    assert await refusal(client, learner, "sum-stdio") == reason
    assert reason in (await page(client, "/problems/sum-stdio")).text
    # The small hidden test of the same problem is shown: only size refused this one.
    await failed(client, learner.id, "01-empty", n=1)
    shown = await client.post(REVEAL, json={"problem": "sum-stdio"}, headers=learner.headers)
    assert shown.status_code == 200, shown.text


async def test_a_labs_checks_are_never_shown(client: httpx.AsyncClient, learner: Account) -> None:
    await add_judged_problem(client, "greeter-two-files")
    await failed(
        client, learner.id, "test_greet.py::test_greets_anyone", n=3, slug="greeter-two-files"
    )
    assert await refusal(client, learner, "greeter-two-files") == (
        "Labs never show hidden checks: one check file holds several tests."
    )
