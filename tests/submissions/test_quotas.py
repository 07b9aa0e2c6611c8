"""One learner's burst is refused with 429 and RateLimit headers; other learners go on."""

from __future__ import annotations

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.app import app_client, app_of
from tests.helpers.factories import add_judged_problem, make_account
from winterarc.settings import Settings

pytestmark = pytest.mark.anyio
SOURCE = {"problem": "sum-stdio", "code": "print(sum(map(int, input().split())))"}


async def _submit(client: httpx.AsyncClient, headers: dict[str, str]) -> httpx.Response:
    return await client.post("/api/v1/submissions", json=SOURCE, headers=headers)


async def test_submissions_over_the_rate_are_refused_with_ratelimit_headers(
    settings: Settings,
) -> None:
    limited = settings.model_copy(update={"submission_rate_limit": "3/minute"})
    async with app_client(limited) as client:
        await add_judged_problem(client)
        flooder = await make_account(client, "flood")
        other = await make_account(client, "calm")
        for _ in range(3):
            assert (await _submit(client, flooder.headers)).status_code == 202
        refused = await _submit(client, flooder.headers)
        assert_problem(refused, 429, "rate-limited")
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert refused.headers["RateLimit-Policy"] == '"submit";q=3;w=60'
        assert refused.headers["RateLimit"].startswith('"submit";r=0;t=')
        assert (await _submit(client, other.headers)).status_code == 202


async def test_too_many_unjudged_submissions_are_refused(settings: Settings) -> None:
    limited = settings.model_copy(update={"submission_in_flight_max": 2})
    async with app_client(limited) as client:
        await add_judged_problem(client)
        learner = await make_account(client, "ada")
        for _ in range(2):  # no worker runs here: both stay queued
            assert (await _submit(client, learner.headers)).status_code == 202
        refused = await _submit(client, learner.headers)
        assert_problem(refused, 429, "rate-limited")
        assert refused.headers["Retry-After"]
        assert refused.headers["RateLimit-Policy"] == '"in-flight";q=2'


async def test_runs_over_the_rate_are_refused(settings: Settings) -> None:
    limited = settings.model_copy(update={"run_rate_limit": "1/minute"})
    async with app_client(limited) as client:
        await add_judged_problem(client)
        learner = await make_account(client, "ada")
        body = {**SOURCE, "input": "1 2"}
        first = await client.post("/api/v1/runs", json=body, headers=learner.headers)
        assert first.status_code != 429, first.text
        refused = await client.post("/api/v1/runs", json=body, headers=learner.headers)
        assert_problem(refused, 429, "rate-limited")
        assert refused.headers["RateLimit-Policy"] == '"run";q=1;w=60'


async def test_a_run_while_the_learner_has_too_many_going_is_refused(settings: Settings) -> None:
    limited = settings.model_copy(update={"run_in_flight_max": 1})
    async with app_client(limited) as client:
        await add_judged_problem(client)
        learner = await make_account(client, "ada")
        other = await make_account(client, "grace")
        body = {**SOURCE, "input": "1 2"}
        limiter = app_of(client).state.rate_limiter
        # A run of theirs is going (in this replica or another sharing Redis).
        going = limiter.at_once(1, "runs-in-flight", str(learner.id), ttl_seconds=60, message="")
        async with going:
            refused = await client.post("/api/v1/runs", json=body, headers=learner.headers)
            assert_problem(refused, 429, "rate-limited")
            assert refused.headers["RateLimit-Policy"] == '"runs-in-flight";q=1'
            assert refused.headers["Retry-After"]
            allowed = await client.post("/api/v1/runs", json=body, headers=other.headers)
            assert allowed.status_code != 429, allowed.text
        again = await client.post("/api/v1/runs", json=body, headers=learner.headers)
        assert again.status_code != 429, again.text  # the finished run gave its place back
