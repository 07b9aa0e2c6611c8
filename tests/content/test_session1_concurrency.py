"""Session 1's concurrency problems need the concurrency they teach (issue 11).

Each of the nine is a lab whose checks see real concurrency from outside the learner's code:
asyncio jobs are HTTP requests to a loopback server of the check's that counts what is in
flight; threading checks run the learner's objects from the judge's own threads
(`learner.hammer`, switching between every bytecode); multiprocessing checks read from the
kernel where the CPU went (`lab.cpu()`). The fakes (sequential code, no threads, no lock, a
single-process "pool") are wrong solutions. These checks are static and cheap; `winterarc
problem check` judges every solution, and the starter, in CI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from winterarc.curriculum.files import load_roadmap
from winterarc.judge.packages import (
    LabServe,
    NetworkAccess,
    Package,
    ProblemType,
    SolutionKind,
    load_package,
)

CONTENT = Path(__file__).parents[2] / "content"


@dataclass(frozen=True)
class Shape:
    topic: str  # the roadmap topic the package keeps
    evidence: str  # what the checks call to see the concurrency from outside
    fakes: tuple[str, ...]  # wrong solutions that skip the concurrency the topic teaches


ASYNCIO = "ThreadingHTTPServer"  # a loopback server of the check's own
THREADS = "learner.hammer("
PROCESSES = "lab.cpu()"

NINE = {
    "async-gather-finish-order": Shape(
        "s1-w1-asyncio", ASYNCIO, ("sequential-awaits", "blocking-client")
    ),
    "semaphore-bounded-jobs": Shape("s1-w1-asyncio", ASYNCIO, ("sequential",)),
    "async-supervisor-timeout": Shape("s1-w1-asyncio", ASYNCIO, ("sequential",)),
    "locked-counter-burst": Shape("s1-w1-threading", THREADS, ("no-lock",)),
    "condition-turn-taking": Shape("s1-w1-threading", THREADS, ("no-condition",)),
    "lock-interleaving-simulator": Shape(
        "s1-w1-threading", THREADS, ("check-then-set", "wraps-threading")
    ),
    "pool-map-chunksize": Shape(
        "s1-w1-multiprocessing", PROCESSES, ("single-process", "thread-pool")
    ),
    "sharded-word-count": Shape(
        "s1-w1-multiprocessing", PROCESSES, ("single-process", "thread-pool")
    ),
    "chunksize-tuning-simulation": Shape(
        "s1-w1-multiprocessing", PROCESSES, ("single-process", "thread-pool")
    ),
}

CAUGHT_BY = re.compile(r"#\s*Caught by (test_\w+)")


@cache
def package(slug: str) -> Package:
    topics = set(load_roadmap(CONTENT / "roadmap.yaml").topic_ids())
    return load_package(CONTENT / "problems" / slug, known_topics=topics)


def checks_text(found: Package) -> str:
    assert found.lab is not None
    return "\n".join(text for _, text in found.lab.checks)


@pytest.mark.parametrize("slug", sorted(NINE))
def test_is_a_library_lab_on_its_topic(slug: str) -> None:
    found = package(slug)
    assert found.slug == slug
    assert found.type is ProblemType.LAB
    assert found.lab is not None and found.lab.serve is LabServe.LIBRARY
    assert NINE[slug].topic in found.roadmap_topics


@pytest.mark.parametrize("slug", sorted(NINE))
def test_carries_the_grant_its_concurrency_needs(slug: str) -> None:
    found = package(slug)
    evidence = NINE[slug].evidence
    if evidence == ASYNCIO:
        assert found.sandbox.network is NetworkAccess.LOOPBACK
        assert found.sandbox.processes == 1
    elif evidence == PROCESSES:
        # The learner's process and up to four workers; no network needed.
        assert found.sandbox.processes == 5
        assert found.sandbox.network is NetworkAccess.NONE
    else:  # the judge's threads run inside the plain jail
        assert found.sandbox.is_default


@pytest.mark.parametrize("slug", sorted(NINE))
def test_checks_see_the_concurrency_from_outside(slug: str) -> None:
    text = checks_text(package(slug))
    assert NINE[slug].evidence in text
    if NINE[slug].evidence == PROCESSES:
        assert "children_ms" in text


@pytest.mark.parametrize("slug", sorted(NINE))
def test_the_fakes_are_wrong_solutions(slug: str) -> None:
    found = package(slug)
    wrong = {solution.name for solution in found.solutions_of(SolutionKind.WRONG)}
    assert len(wrong) >= 3
    assert set(NINE[slug].fakes) <= wrong
    assert found.solutions_of(SolutionKind.ACCEPTED)


@pytest.mark.parametrize("slug", sorted(NINE))
def test_every_wrong_solution_names_a_check_that_exists(slug: str) -> None:
    found = package(slug)
    defined = set(re.findall(r"^def (test_\w+)", checks_text(found), re.MULTILINE))
    for solution in found.solutions_of(SolutionKind.WRONG):
        header = "\n".join(text for _, text in solution.files)
        named = CAUGHT_BY.search(header)
        assert named is not None, f"{solution.name}: no '# Caught by test_...' comment"
        assert named.group(1) in defined, f"{solution.name} names {named.group(1)}"


@pytest.mark.parametrize("slug", sorted(NINE))
def test_the_starter_is_not_an_accepted_solution(slug: str) -> None:
    found = package(slug)
    assert found.lab is not None
    starter = dict(found.lab.starter)
    for solution in found.solutions_of(SolutionKind.ACCEPTED):
        assert dict(solution.files) != starter, solution.name
