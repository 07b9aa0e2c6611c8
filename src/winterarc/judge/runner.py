"""Judging one submission: a fresh sandbox for the learner's code, one fresh process per test."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from winterarc.judge.assessment import assess, is_sql_parse_error
from winterarc.judge.checking import OutputChecker
from winterarc.judge.generation import GenerationError, materialise_tests
from winterarc.judge.packages import Package, TestCase
from winterarc.judge.programs import learner_limits, learner_program
from winterarc.judge.sandbox import Sandbox, Status, sandbox_available
from winterarc.judge.verdicts import Result, TestResult, Verdict, summary

logger = logging.getLogger("winterarc.judge")

# on_test(done, total, result): `done` counts finished tests from 1; `total` is every test.
OnTest = Callable[[int, int, TestResult], None]


def judge(
    package: Package,
    source: str,
    *,
    all_tests: bool = False,
    on_test: OnTest | None = None,
    cache_dir: Path | None = None,
    python: str | None = None,
) -> Result:
    """Judge `source` on every test of `package`; stop at the first failure unless all_tests."""
    try:
        return _judge(package, source, all_tests, on_test, cache_dir, python)
    except Exception as error:  # a worker must record IE, never crash on a judge bug
        logger.exception("judge %s: unexpected failure", package.slug)
        return Result.internal_error(f"the judge failed: {type(error).__name__}: {error}")


def _judge(
    package: Package,
    source: str,
    all_tests: bool,
    on_test: OnTest | None,
    cache_dir: Path | None,
    python: str | None,
) -> Result:
    ok, reason = sandbox_available()
    if not ok:
        return _internal_error(package, f"the sandbox is unavailable: {reason}")
    try:
        materialised = materialise_tests(package, cache_dir=cache_dir, python=python).tests
    except GenerationError as error:
        return _internal_error(package, f"cannot build the generated tests: {error}")
    # Samples first: a learner who fails one sees its input and the diff, not a hidden test.
    tests = tuple(sorted(materialised, key=lambda test: not test.is_sample))
    with Sandbox(
        learner_program(package, source), learner_limits(package), python=python
    ) as sandbox:
        failure = sandbox.start()
        if failure is not None:
            if failure.status is Status.COMPILE_ERROR:
                return Result.compile_error(failure.message)
            return _internal_error(package, f"cannot start the sandbox: {failure.message}")
        with OutputChecker(package, python=python) as checker:
            return _run_tests(package, tests, sandbox, checker, all_tests, on_test)


def _run_tests(
    package: Package,
    tests: tuple[TestCase, ...],
    sandbox: Sandbox,
    checker: OutputChecker,
    all_tests: bool,
    on_test: OnTest | None,
) -> Result:
    results: list[TestResult] = []
    for done, test in enumerate(tests, start=1):
        outcome = sandbox.run(test.payload)
        if is_sql_parse_error(package, outcome):
            return Result.compile_error(outcome.message)
        result = assess(package, test, outcome, checker)
        results.append(result)
        if on_test is not None:
            on_test(done, len(tests), result)
        # An internal error makes everything after it untrustworthy, even for authors.
        if result.verdict is Verdict.IE or (result.verdict is not Verdict.AC and not all_tests):
            break
    return Result.from_tests(results, summary(results, len(tests)))


def _internal_error(package: Package, reason: str) -> Result:
    logger.error("judge %s: internal error: %s", package.slug, reason)
    return Result.internal_error(reason)
