"""Shared by the submission pipeline tests: judgeable problems, solutions, waiting."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import httpx

from winterarc.curriculum.packing import zip_package
from winterarc.judge.packages import Package, load_package
from winterarc.problems.models import Problem, ProblemPackage

PROBLEMS = Path(__file__).parent / "judge" / "fixtures" / "problems"
T = TypeVar("T")


@cache
def _package(slug: str) -> tuple[Package, bytes]:
    folder = PROBLEMS / slug
    return load_package(folder), zip_package(folder)


def solution(slug: str, kind: str, name: str) -> str:
    """A fixture package's solution source, e.g. solution("sum-stdio", "accepted", "ref.py")."""
    return (PROBLEMS / slug / "solutions" / kind / name).read_text()


def problem_row(slug: str) -> tuple[Problem, ProblemPackage]:
    """A fixture package as the rows content sync would write (problem id left to the caller)."""
    package, archive = _package(slug)
    problem = Problem(
        slug=package.slug,
        title=package.title,
        difficulty=package.difficulty.value,
        type=package.type.value,
        checker=package.checker.value,
        time_limit_ms=package.time_limit_ms,
        memory_limit_mb=package.memory_limit_mb,
        statement=package.statement,
        package_hash=package.content_hash,
    )
    return problem, ProblemPackage(content_hash=package.content_hash, archive=archive)


async def add_judged_problem(client: httpx.AsyncClient, slug: str = "sum-stdio") -> None:
    """A judgeable problem (with its package) straight into the app's database."""
    app: Any = client.app  # type: ignore[attr-defined]
    problem, package = problem_row(slug)
    async with app.state.sessionmaker() as session:
        session.add(problem)
        await session.flush()
        package.problem_id = problem.id
        session.add(package)
        await session.commit()


async def eventually(
    probe: Callable[[], Awaitable[T | None]], *, seconds: float = 30.0, every: float = 0.05
) -> T:
    """Poll `probe` until it returns something other than None; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        value = await probe()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {seconds} s waiting for {probe}")
        await asyncio.sleep(every)


async def follow_events(
    base_url: str,
    submission_id: str,
    headers: dict[str, str],
    *,
    seconds: float = 60.0,
    on_event: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Every event of the submission's WebSocket until the server closes it after `final`."""
    import json

    from websockets.asyncio.client import connect

    ws_url = base_url.replace("http://", "ws://") + f"/api/v1/submissions/{submission_id}/events"
    events: list[dict[str, Any]] = []
    async with asyncio.timeout(seconds), connect(ws_url, additional_headers=headers) as socket:
        async for message in socket:
            events.append(json.loads(message))
            if on_event is not None:
                on_event(events[-1])
    return events


def progress(events: list[dict[str, Any]]) -> list[str]:
    """The events as short labels, heartbeats left out: queued, running, test 1/5, final AC."""
    labels = []
    for event in events:
        kind = event["type"]
        if kind == "heartbeat":
            continue
        if kind == "test":
            labels.append(f"test {event['done']}/{event['total']}")
        elif kind == "final":
            labels.append(f"final {event['verdict']}")
        else:
            labels.append(kind)
    return labels


def expected_progress(tests: int, verdict: str = "AC") -> list[str]:
    return [
        "queued",
        "running",
        *[f"test {k}/{tests}" for k in range(1, tests + 1)],
        f"final {verdict}",
    ]


SLOW_SUM = """import sys, time
time.sleep(0.4)
data = sys.stdin.read().split()
print(sum(int(t) for t in data[1 : 1 + int(data[0])]))
"""
