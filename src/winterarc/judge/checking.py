"""Checking one output: the built-in checkers, or checker.py in its own sandbox."""

from __future__ import annotations

from winterarc.judge.checkers import (
    CheckerProtocolError,
    CheckOutcome,
    InvalidOutputError,
    compare,
    custom_checker_outcome,
    custom_checker_payload,
)
from winterarc.judge.packages import CheckerKind, Package, TestCase
from winterarc.judge.programs import author_limits, checker_program
from winterarc.judge.sandbox import Sandbox, Status


class CheckerFailure(Exception):
    """checker.py could not give a verdict: the test is an internal error."""


class OutputChecker:
    """Checks a submission's outputs; checker.py's sandbox starts once, when first needed."""

    def __init__(self, package: Package, *, python: str | None = None) -> None:
        self._package = package
        self._python = python
        self._sandbox: Sandbox | None = None

    def __enter__(self) -> OutputChecker:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def check(self, test: TestCase, output: bytes) -> CheckOutcome:
        """Is `output` right for `test`? Raises CheckerFailure when checker.py fails."""
        if test.expected is None:
            raise CheckerFailure(f"{test.name} has no expected value")
        if self._package.checker is not CheckerKind.CUSTOM:
            return compare(self._package, test.expected, output)
        try:
            payload = custom_checker_payload(self._package, test.payload, test.expected, output)
        except InvalidOutputError as error:
            return CheckOutcome(False, str(error))
        outcome = self._custom().run(payload)
        if outcome.status is not Status.OK:
            raise CheckerFailure(f"checker.py failed: {outcome.status.value}: {outcome.message}")
        try:
            return custom_checker_outcome(outcome.output)
        except CheckerProtocolError as error:
            raise CheckerFailure(str(error)) from None

    def close(self) -> None:
        """Stop the checker's sandbox, if it was started."""
        if self._sandbox is not None:
            self._sandbox.close()

    def _custom(self) -> Sandbox:
        if self._sandbox is None:
            package = self._package
            self._sandbox = Sandbox(
                checker_program(package), author_limits(package), python=self._python
            )
            failure = self._sandbox.start()
            if failure is not None:
                if failure.status is Status.COMPILE_ERROR:
                    raise CheckerFailure(f"checker.py does not compile: {failure.message}")
                raise CheckerFailure(f"cannot start the checker's sandbox: {failure.message}")
        return self._sandbox
