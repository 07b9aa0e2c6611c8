from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.content import sync as _sync
from tests.helpers.factories import make_account

pytestmark = pytest.mark.anyio


async def test_a_learner_takes_a_quiz_and_sees_explanations_only_after(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    learner = await make_account(client)
    listing = (
        await client.get("/api/v1/quizzes?topic=s2-w6-relational-model", headers=learner.headers)
    ).json()
    assert listing["total"] == 1 and listing["items"][0]["questions"] == 2
    quiz = (await client.get("/api/v1/quizzes/keys-basics")).json()
    text = json.dumps(quiz)
    assert (
        "answer" not in text and "explanation" not in text and "unique and never null" not in text
    )

    attempt = await client.post(
        "/api/v1/quizzes/keys-basics/attempts",
        json={"answers": {"primary": ["a"], "candidates": ["a"]}},
        headers=learner.headers,
    )
    assert attempt.status_code == 201
    body = attempt.json()
    assert (body["correct"], body["total"], body["passed"]) == (1, 2, False)
    assert body["results"][1]["answer"] == ["a", "b"]
    assert "timestamps can collide" in body["results"][1]["explanation"]

    better = await client.post(
        "/api/v1/quizzes/keys-basics/attempts",
        json={"answers": {"primary": ["a"], "candidates": ["b", "a"]}},
        headers=learner.headers,
    )
    assert better.json()["score"] == 1.0
    topic = (
        await client.get("/api/v1/roadmap/topics/s2-w6-relational-model", headers=learner.headers)
    ).json()
    assert topic["quizzes"][0]["passed"] is True
    history = (
        await client.get("/api/v1/quizzes/keys-basics/attempts", headers=learner.headers)
    ).json()
    assert [a["score"] for a in history] == [1.0, 0.5]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"primary": ["a"]}, "every question needs an answer"),
        ({"primary": ["a", "b"], "candidates": ["a"]}, "exactly one"),
        ({"primary": ["z"], "candidates": ["a"]}, "choices"),
        ({"primary": ["a"], "candidates": ["a"], "bonus": ["a"]}, "no such question"),
        ({"primary": ["a"], "candidates": ["a", "a"]}, "distinct"),
    ],
)
async def test_bad_attempts_are_422_and_not_recorded(
    client: httpx.AsyncClient, content_dir: Path, answers: dict[str, list[str]], message: str
) -> None:
    await _sync(client, content_dir)
    learner = await make_account(client)
    response = await client.post(
        "/api/v1/quizzes/keys-basics/attempts", json={"answers": answers}, headers=learner.headers
    )
    body = assert_problem(response, 422, "validation-error")
    assert message in json.dumps(body)
    history = (
        await client.get("/api/v1/quizzes/keys-basics/attempts", headers=learner.headers)
    ).json()
    assert history == []


async def test_unknown_quiz_and_anonymous_attempt(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    await _sync(client, content_dir)
    assert_problem(await client.get("/api/v1/quizzes/nope"), 404, "not-found")
    assert_problem(
        await client.post("/api/v1/quizzes/keys-basics/attempts", json={"answers": {}}),
        401,
        "unauthorized",
    )
