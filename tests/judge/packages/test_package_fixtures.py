"""The fixture packages are valid, and their solutions do what their folders promise."""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest
from package_helpers import FIXTURES, LocalJudge, fixture_slugs, load_fixture, run_locally

from winterarc.judge.packages import (
    SolutionKind,
    generator_input,
    payload_from_generated,
    quality_warnings,
)

SLUGS = fixture_slugs()


def _solutions(kind: SolutionKind) -> list[tuple[str, str]]:
    return [
        (slug, solution.name)
        for slug in SLUGS
        for solution in load_fixture(slug).solutions_of(kind)
    ]


def test_the_fixture_set_covers_every_problem_type_and_checker() -> None:
    packages = [load_fixture(slug) for slug in SLUGS]
    assert {str(p.type) for p in packages} == {"stdio", "function", "design", "sql"}
    assert {str(p.checker) for p in packages} == {"exact", "tokens", "float", "unordered", "custom"}


@pytest.mark.parametrize("slug", SLUGS)
def test_fixture_package_loads_without_issues(slug: str) -> None:
    package = load_fixture(slug)
    assert package.slug == slug
    assert package.samples
    assert package.reference.kind is SolutionKind.ACCEPTED
    warnings = {issue.message for issue in quality_warnings(package)}
    assert warnings <= {f"{len(package.tests)} tests; aim for at least 20"}


@pytest.mark.parametrize(("slug", "name"), _solutions(SolutionKind.ACCEPTED))
def test_accepted_fixture_solution_passes_every_test(
    slug: str, name: str, local_judge: LocalJudge
) -> None:
    package = load_fixture(slug)
    outcomes = local_judge.outcomes(package)[f"solutions/accepted/{name}"]
    failed = {test: outcome.message for test, outcome in outcomes.items() if not outcome.ok}
    assert failed == {}


@pytest.mark.parametrize(("slug", "name"), _solutions(SolutionKind.WRONG))
def test_wrong_fixture_solution_fails_at_least_one_test(
    slug: str, name: str, local_judge: LocalJudge
) -> None:
    outcomes = local_judge.outcomes(load_fixture(slug))[f"solutions/wrong/{name}"]
    assert not all(outcome.ok for outcome in outcomes.values())


@pytest.mark.parametrize(("slug", "name"), _solutions(SolutionKind.SLOW))
def test_slow_fixture_solution_is_right_on_the_small_tests(
    slug: str, name: str, local_judge: LocalJudge
) -> None:
    outcomes = local_judge.outcomes(load_fixture(slug))[f"solutions/slow/{name}"]
    assert outcomes
    assert all(outcome.ok for outcome in outcomes.values())


@pytest.mark.parametrize(
    "slug", [slug for slug in SLUGS if (FIXTURES / slug / "generator.py").exists()]
)
def test_generator_reads_the_seed_from_argv_or_stdin_and_is_deterministic(slug: str) -> None:
    package = load_fixture(slug)
    seed = package.generator_seeds[0]
    script = str(FIXTURES / slug / "generator.py")
    by_argv = subprocess.run(
        [sys.executable, script, str(seed)], capture_output=True, check=True, timeout=30
    ).stdout
    by_stdin = subprocess.run(
        [sys.executable, script], input=generator_input(seed), capture_output=True, check=True
    ).stdout
    assert by_argv == by_stdin
    assert payload_from_generated(package, by_argv)


@pytest.mark.slow
@pytest.mark.parametrize(("slug", "name"), _solutions(SolutionKind.SLOW))
def test_slow_fixture_solution_overruns_the_time_limit_where_the_reference_does_not(
    slug: str, name: str, local_judge: LocalJudge
) -> None:
    package = load_fixture(slug)
    largest = local_judge.resolved_tests(package)[-1]
    assert largest.is_generated
    limit_s = package.time_limit_ms / 1000
    # CPU time, not the wall clock: a busy machine slows the clock, not the work.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run_locally(package, str(package.type), [(package.reference.source, [largest.payload])])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_s = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert cpu_s < limit_s  # interpreter start-up included: a third of it is the goal
    slow = next(s for s in package.solutions_of(SolutionKind.SLOW) if s.name == name)
    jobs = [(slow.source, [largest.payload])]
    with pytest.raises(subprocess.TimeoutExpired):
        run_locally(package, str(package.type), jobs, timeout=2 * limit_s)
