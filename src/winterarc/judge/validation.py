"""Input validators: validator.py, run in the sandbox on a test's input, accepts it (exit 0) or
refuses it (any other exit; the reason is its first line of standard error)."""

from __future__ import annotations

from types import TracebackType

from winterarc.judge.packages import Package, TestCase
from winterarc.judge.programs import AUTHOR_CPU_MS, validator_program
from winterarc.judge.sandbox import Limits, RunOutcome, Sandbox, Status

REASON_CAP = 300  # characters of a refusal's reason
_VALIDATOR_OUTPUT_BYTES = 64 * 1024  # a validator answers with its exit status, not output
_LIMIT_REASONS = {
    Status.TIME_LIMIT: "validator.py ran out of time on this input",
    Status.MEMORY_LIMIT: "validator.py ran out of memory on this input",
    Status.OUTPUT_LIMIT: "validator.py printed too much",
}


class ValidatorError(Exception):
    """validator.py cannot run at all (it does not compile, or the sandbox cannot start)."""


def validator_input(test: TestCase) -> bytes:
    """What validator.py reads on stdin: the input exactly as the solution's harness gets it
    (stdio: the text; function: `{"args": [...]}`; design: `{"ops": [...], "args": [...]}`;
    sql: `{"data_sql": "..."}`, null when the test has no data script)."""
    return test.payload


def validator_limits(package: Package) -> Limits:
    """The problem's memory limit and a generous CPU cap: validators are author code."""
    return Limits(
        cpu_time_ms=max(AUTHOR_CPU_MS, package.time_limit_ms),
        memory_mb=package.memory_limit_mb,
        output_bytes=_VALIDATOR_OUTPUT_BYTES,
    )


class InputValidator:
    """One sandbox for validator.py; `refusal(data)` per input (a fresh process each run)."""

    def __init__(self, package: Package, *, python: str | None = None) -> None:
        if package.validator_source is None:
            raise ValueError(f"{package.slug} has no validator.py")
        self._sandbox = Sandbox(
            validator_program(package), validator_limits(package), python=python
        )

    def __enter__(self) -> InputValidator:
        self._sandbox.__enter__()
        failure = self._sandbox.start()
        if failure is not None:
            self._sandbox.close()
            if failure.status is Status.COMPILE_ERROR:
                raise ValidatorError(f"validator.py does not compile: {failure.message}")
            raise ValidatorError(f"cannot start the sandbox for validator.py: {failure.message}")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._sandbox.close()

    def refusal(self, data: bytes) -> str | None:
        """None when validator.py accepts `data`; otherwise why it refused it."""
        outcome = self._sandbox.run(data)
        if outcome.status is Status.OK:
            return None
        if outcome.status is Status.INTERNAL_ERROR:
            raise ValidatorError(f"the sandbox failed running validator.py: {outcome.message}")
        return refusal_reason(outcome)


def refusal_reason(outcome: RunOutcome) -> str:
    """The first line of stderr; for an uncaught exception, its last line (the exception)."""
    if outcome.status in _LIMIT_REASONS:
        return _LIMIT_REASONS[outcome.status]
    lines = [line.strip() for line in outcome.stderr.decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return outcome.message or f"validator.py exited with {outcome.exit_code}"
    reason = lines[-1] if lines[0].startswith("Traceback (most recent call last)") else lines[0]
    return reason[:REASON_CAP]


def refused_tests(
    package: Package, tests: tuple[TestCase, ...], *, python: str | None = None
) -> list[str]:
    """`<test>: invalid input: <reason>` for every test validator.py refuses."""
    if package.validator_source is None:
        return []
    found: list[str] = []
    with InputValidator(package, python=python) as validator:
        for test in tests:
            reason = validator.refusal(validator_input(test))
            if reason is not None:
                found.append(f"{test.name}: invalid input: {reason}")
    return found
