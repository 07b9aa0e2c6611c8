"""Stress testing: small random inputs from generator.py's `stress` mode, every solution
compared with the reference (through the package's checker) on each of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from winterarc.judge.generation import GenerationError, with_tests
from winterarc.judge.packages import (
    GeneratedTestError,
    Package,
    SolutionKind,
    TestCase,
    expected_from_reference_output,
    format_input,
    format_value,
    payload_from_generated,
)
from winterarc.judge.programs import (
    author_limits,
    generator_program,
    learner_program,
    reference_limits,
)
from winterarc.judge.runner import judge
from winterarc.judge.sandbox import RunOutcome, Sandbox, Status
from winterarc.judge.validation import ValidatorError, refused_tests
from winterarc.judge.verdicts import Result, Verdict

STRESS_PREFIX = "stress-"
INPUT_QUOTE_CAP = 160  # characters of a failing input quoted in the report
NO_STRESS_GENERATOR = "no stress generator"
# A correct solution may be slow (solutions/slow/), never wrong.
_DISAGREEING = frozenset({Verdict.WA, Verdict.RE, Verdict.MLE, Verdict.OLE, Verdict.IE})


def stress_input(seed: int) -> bytes:
    """generator.py's stdin in stress mode (`python3 generator.py stress SEED` for authors)."""
    return f"stress {seed}\n".encode()


@dataclass(slots=True)
class StressCheck:
    """What `problem check --stress N` found about one package."""

    runs: int
    first_seed: int
    generator: bool  # False: the package has no stress mode (nothing else ran)
    failures: list[str] = field(default_factory=list)  # disagreements, refused inputs, crashes
    warnings: list[str] = field(default_factory=list)  # wrong solutions no stress input caught

    @property
    def message(self) -> str:
        """One line for reports."""
        if not self.generator:
            return NO_STRESS_GENERATOR
        seeds = f"seeds {self.first_seed}..{self.first_seed + self.runs - 1}"
        return f"{self.runs} stress inputs ({seeds}), {len(self.failures)} failures"


def stress_package(
    package: Package, runs: int, *, first_seed: int = 0, python: str | None = None
) -> StressCheck:
    """Generate `runs` stress inputs, validate them, and judge every solution against the
    reference on them. The package must be a loaded non-lab package."""
    check = StressCheck(runs, first_seed, package.stress_generator)
    if not package.stress_generator or runs <= 0:
        return check
    seeds = range(first_seed, first_seed + runs)
    try:
        tests = _stress_tests(package, seeds, python=python)
        check.failures.extend(refused_tests(package, tests, python=python))
        tests = _with_expected(package, tests, check, python=python)
    except (GenerationError, ValidatorError) as error:
        check.failures.append(str(error))
        return check
    if not tests:
        return check
    stressed = with_tests(package, tests)
    for solution in package.solutions:
        if solution is package.reference:
            continue
        result = judge(stressed, solution.source, all_tests=True, python=python)
        _compare(solution.path, solution.kind, result, tests, check)
    return check


def _stress_tests(package: Package, seeds: range, *, python: str | None) -> tuple[TestCase, ...]:
    tests: list[TestCase] = []
    with Sandbox(generator_program(package), author_limits(package), python=python) as sandbox:
        failure = sandbox.start()
        if failure is not None:
            raise GenerationError(f"generator.py cannot start: {failure.message}")
        for seed in seeds:
            outcome = sandbox.run(stress_input(seed))
            if outcome.status is not Status.OK:
                raise GenerationError(f"generator.py stress {seed} failed: {_why(outcome)}")
            try:
                payload = payload_from_generated(package, outcome.output)
            except GeneratedTestError as error:
                raise GenerationError(f"generator.py stress {seed}: {error}") from None
            tests.append(TestCase(f"{STRESS_PREFIX}{seed}", False, payload, None))
    return tuple(tests)


def _with_expected(
    package: Package, tests: tuple[TestCase, ...], check: StressCheck, *, python: str | None
) -> tuple[TestCase, ...]:
    """The tests with the reference's answers; an input the reference fails on is a failure."""
    reference = package.reference
    ready: list[TestCase] = []
    program = learner_program(package, reference.source)
    with Sandbox(program, reference_limits(package), python=python) as sandbox:
        failure = sandbox.start()
        if failure is not None:
            raise GenerationError(f"reference {reference.path} cannot start: {failure.message}")
        for test in tests:
            outcome = sandbox.run(test.payload)
            if outcome.status is not Status.OK:
                check.failures.append(
                    f"reference {reference.path} fails on {test.name}: {_why(outcome)}"
                    f" (input: {_quote(test)})"
                )
                continue
            try:
                expected = expected_from_reference_output(package, outcome.output)
            except GeneratedTestError as error:
                check.failures.append(f"reference {reference.path} on {test.name}: {error}")
                continue
            # As samples, so that a disagreement's result says what was expected and what came.
            ready.append(
                TestCase(
                    test.name,
                    True,
                    test.payload,
                    expected,
                    display_input=format_input(package.type, test.payload),
                    display_expected=format_value(package.type, expected),
                )
            )
    return tuple(ready)


def _compare(
    path: str,
    kind: SolutionKind,
    result: Result,
    tests: tuple[TestCase, ...],
    check: StressCheck,
) -> None:
    if result.verdict in (Verdict.CE, Verdict.IE) and not result.tests:
        what = result.verdict.value
        check.failures.append(f"{path}: {what} on the stress inputs: {result.message}")
        return
    by_name = {test.name: test for test in tests}
    if kind is SolutionKind.WRONG:
        if all(test.verdict is Verdict.AC for test in result.tests):
            check.warnings.append(
                f"{path}: passed all {len(tests)} stress inputs (its bug needs larger inputs, "
                "or it is not wrong)"
            )
        return
    failing = next((test for test in result.tests if test.verdict in _DISAGREEING), None)
    if failing is not None:
        detail = f": {failing.message}" if failing.message else ""
        check.failures.append(
            f"{path} disagrees with the reference on {failing.name} ({failing.verdict.value}"
            f"{detail}; input: {_quote(by_name[failing.name])})"
        )
    elif kind is SolutionKind.ACCEPTED and result.verdict is not Verdict.AC:
        check.failures.append(f"{path}: {result.verdict.value} on a stress input")


def _quote(test: TestCase) -> str:
    text = test.payload.decode("utf-8", "replace")
    if len(text) > INPUT_QUOTE_CAP:
        text = text[:INPUT_QUOTE_CAP] + "…"
    return repr(text)


def _why(outcome: RunOutcome) -> str:
    stderr = outcome.stderr.decode("utf-8", "replace").strip().splitlines()
    tail = f" ({stderr[-1][:200]})" if stderr else ""
    return f"{outcome.status.value}: {outcome.message or outcome.status.value}{tail}"
