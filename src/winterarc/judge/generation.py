"""Generated tests: generator.py in a sandbox, then the reference in another; cached by hash."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from winterarc.judge import generated_cache
from winterarc.judge.generated_cache import GeneratedRun
from winterarc.judge.packages import (
    GeneratedTestError,
    Package,
    TestCase,
    expected_from_reference_output,
    generator_input,
    payload_from_generated,
)
from winterarc.judge.programs import (
    author_limits,
    generator_program,
    learner_program,
    reference_limits,
)
from winterarc.judge.sandbox import RunOutcome, Sandbox, Status

STDERR_TAIL = 300


class GenerationError(Exception):
    """The generator or the reference failed: the judgement is an internal error."""


@dataclass(frozen=True, slots=True)
class Materialised:
    """Every test of a package, generated ones included, ready to run."""

    tests: tuple[TestCase, ...]


def materialise_tests(
    package: Package, *, cache_dir: Path | None = None, python: str | None = None
) -> Materialised:
    """The package's tests with generated payloads and expected values filled in."""
    if not any(test.expected is None for test in package.tests):
        return Materialised(package.tests)
    runs = generated_cache.load(cache_dir, package) if cache_dir is not None else None
    if runs is not None:
        return Materialised(resolve(package, runs))
    payloads = run_generator(package, python=python)
    outputs = [outcome.output for outcome in run_reference(package, payloads, python=python)]
    names = [test.name for test in generated_tests(package)]
    runs = [GeneratedRun(*run) for run in zip(names, payloads, outputs, strict=True)]
    tests = resolve(package, runs)  # before storing: never cache what cannot be used
    if cache_dir is not None:
        try:
            generated_cache.store(cache_dir, package, runs)
        except OSError as error:
            generated_cache.logger.warning(
                "cannot cache generated tests in %s: %s", cache_dir, error
            )
    return Materialised(tests)


def generated_tests(package: Package) -> list[TestCase]:
    """The `gen-<seed>` tests, in seed order."""
    return [test for test in package.tests if test.is_generated]


def run_generator(package: Package, *, python: str | None = None) -> list[bytes]:
    """generator.py's output for every seed, as sandbox payloads; one fresh sandbox."""
    tests = generated_tests(package)
    payloads: list[bytes] = []
    with Sandbox(generator_program(package), author_limits(package), python=python) as sandbox:
        _start(sandbox, "generator.py")
        for test in tests:
            seed = test.seed if test.seed is not None else 0
            outcome = sandbox.run(generator_input(seed))
            _require_ok(outcome, f"generator.py on seed {seed}")
            try:
                payloads.append(payload_from_generated(package, outcome.output))
            except GeneratedTestError as error:
                raise GenerationError(f"generator.py on seed {seed}: {error}") from None
    return payloads


def run_reference(
    package: Package, payloads: Sequence[bytes], *, python: str | None = None
) -> list[RunOutcome]:
    """The reference solution's run on each payload (its output, its time); one fresh sandbox."""
    reference = package.reference
    program = learner_program(package, reference.source)
    outcomes: list[RunOutcome] = []
    with Sandbox(program, reference_limits(package), python=python) as sandbox:
        _start(sandbox, f"reference solution {reference.path}")
        for test, payload in zip(generated_tests(package), payloads, strict=True):
            outcome = sandbox.run(payload)
            _require_ok(outcome, f"reference solution {reference.path} on {test.name}")
            outcomes.append(outcome)
    return outcomes


def resolve(package: Package, runs: Sequence[GeneratedRun]) -> tuple[TestCase, ...]:
    """The package's tests with each generated test's payload and expected value set."""
    by_name = {run.name: run for run in runs}
    tests: list[TestCase] = []
    for test in package.tests:
        run = by_name.get(test.name)
        if not test.is_generated or run is None:
            tests.append(test)
            continue
        try:
            expected = expected_from_reference_output(package, run.reference_output)
        except GeneratedTestError as error:
            raise GenerationError(f"{test.name}: {error}") from None
        tests.append(test.with_generated(run.payload, expected))
    if any(test.expected is None for test in tests):
        raise GenerationError("some generated tests were not produced")
    return tuple(tests)


def with_tests(package: Package, tests: tuple[TestCase, ...]) -> Package:
    """The same package with its tests replaced (generated ones materialised)."""
    return dataclasses.replace(package, tests=tests)


def _start(sandbox: Sandbox, what: str) -> None:
    failure = sandbox.start()
    if failure is None:
        return
    if failure.status is Status.COMPILE_ERROR:
        raise GenerationError(f"{what} does not compile: {failure.message}")
    raise GenerationError(f"cannot start the sandbox for {what}: {failure.message}")


def _require_ok(outcome: RunOutcome, what: str) -> None:
    if outcome.status is Status.OK:
        return
    detail = outcome.message or str(outcome.status)
    stderr = outcome.stderr.decode("utf-8", errors="replace").strip()[-STDERR_TAIL:]
    tail = f" (stderr: {stderr})" if stderr else ""
    raise GenerationError(f"{what} failed: {outcome.status.value}: {detail}{tail}")
