"""Verdicts and judging results, shaped so hidden tests can never carry expected output."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

SAMPLE_TEXT_CAP = 10_000  # characters kept of a sample's input, expected and actual text
MESSAGE_CAP = 2_000  # characters kept of any message
DIFF_LINE_CAP = 200
_TRUNCATED = "\n… (truncated)"
_T = TypeVar("_T")


class Verdict(StrEnum):
    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    RE = "RE"
    OLE = "OLE"
    CE = "CE"
    IE = "IE"

    @property
    def label(self) -> str:
        """The verdict in words, for people."""
        return _LABELS[self]


_LABELS = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong Answer",
    Verdict.TLE: "Time Limit Exceeded",
    Verdict.MLE: "Memory Limit Exceeded",
    Verdict.RE: "Runtime Error",
    Verdict.OLE: "Output Limit Exceeded",
    Verdict.CE: "Compilation Error",
    Verdict.IE: "Internal Error",
}


def cap_text(text: str, limit: int = SAMPLE_TEXT_CAP) -> str:
    """`text` cut to `limit` characters, marked when cut."""
    return text if len(text) <= limit else text[:limit] + _TRUNCATED


def unified_diff(expected: str, actual: str) -> str:
    """A unified diff from expected to actual, at most DIFF_LINE_CAP lines; "" when equal."""
    lines = list(
        difflib.unified_diff(
            expected.splitlines(),
            actual.splitlines(),
            fromfile="expected",
            tofile="actual",
            lineterm="",
        )
    )
    if len(lines) > DIFF_LINE_CAP:
        lines = [*lines[:DIFF_LINE_CAP], "… (diff truncated)"]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class TestResult:
    """The outcome of one test; build it with `sample` or `hidden`."""

    __test__ = False  # not a pytest class

    name: str
    verdict: Verdict
    cpu_ms: int
    wall_ms: int
    memory_kb: int
    sample: bool
    message: str = ""
    input: str | None = None
    expected: str | None = None
    actual: str | None = None

    def __post_init__(self) -> None:
        # The one place that guarantees a hidden test never carries its data.
        if not self.sample and (
            self.input is not None or self.expected is not None or self.actual is not None
        ):
            raise ValueError(f"hidden test {self.name!r} cannot carry input, expected or actual")

    @classmethod
    def for_sample(
        cls,
        name: str,
        verdict: Verdict,
        *,
        cpu_ms: int,
        wall_ms: int,
        memory_kb: int,
        message: str = "",
        input: str,
        expected: str,
        actual: str,
    ) -> TestResult:
        """A sample test's result, with its texts capped for display."""
        return cls(
            name,
            verdict,
            cpu_ms,
            wall_ms,
            memory_kb,
            sample=True,
            message=cap_text(message, MESSAGE_CAP),
            input=cap_text(input),
            expected=cap_text(expected),
            actual=cap_text(actual),
        )

    @classmethod
    def for_hidden(
        cls,
        name: str,
        verdict: Verdict,
        *,
        cpu_ms: int,
        wall_ms: int,
        memory_kb: int,
        message: str = "",
    ) -> TestResult:
        """A hidden test's result: no data; `message` must not quote expected output."""
        return cls(
            name,
            verdict,
            cpu_ms,
            wall_ms,
            memory_kb,
            sample=False,
            message=cap_text(message, MESSAGE_CAP),
        )

    def diff(self) -> str:
        """Unified diff of expected vs actual for a sample; "" for hidden tests."""
        if self.expected is None or self.actual is None:
            return ""
        return unified_diff(self.expected, self.actual)

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict; `input`, `expected` and `actual` appear for samples only."""
        data: dict[str, Any] = {
            "name": self.name,
            "verdict": self.verdict.value,
            "cpu_ms": self.cpu_ms,
            "wall_ms": self.wall_ms,
            "memory_kb": self.memory_kb,
            "sample": self.sample,
            "message": self.message,
        }
        if self.sample:
            data.update(input=self.input, expected=self.expected, actual=self.actual)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TestResult:
        """Rebuild a result stored with `to_json` (raises ValueError when malformed)."""
        try:
            name, verdict = _typed(data["name"], str), Verdict(data["verdict"])
            metrics = {key: _typed(data[key], int) for key in ("cpu_ms", "wall_ms", "memory_kb")}
            message = _typed(data.get("message", ""), str)
            if _typed(data["sample"], bool):
                return cls.for_sample(
                    name,
                    verdict,
                    **metrics,
                    message=message,
                    input=_typed(data["input"], str),
                    expected=_typed(data["expected"], str),
                    actual=_typed(data["actual"], str),
                )
            return cls.for_hidden(name, verdict, **metrics, message=message)
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"malformed test result: {error}") from error


def summary(results: Sequence[TestResult], total: int, *, noun: str = "test") -> str:
    """A judgement in one line: `passed all 12 tests`, `Wrong Answer on test 03`, or the
    reason of the first internal error."""
    failed = next((result for result in results if result.verdict is Verdict.IE), None)
    failed = failed or next((r for r in results if r.verdict is not Verdict.AC), None)
    if failed is None:
        return f"passed the only {noun}" if total == 1 else f"passed all {total} {noun}s"
    if failed.verdict is Verdict.IE:
        return failed.message
    return f"{failed.verdict.label} on {noun} {failed.name}"


@dataclass(frozen=True, slots=True)
class Result:
    """The judgement of one submission."""

    verdict: Verdict
    tests: tuple[TestResult, ...] = ()
    message: str = ""  # the compiler's message for CE, the reason for IE, else a summary

    @classmethod
    def from_tests(cls, tests: Iterable[TestResult], message: str = "") -> Result:
        """Verdict of the first failing test in run order; IE anywhere wins; no tests is IE."""
        tests = tuple(tests)
        if not tests:
            return cls(Verdict.IE, (), message or "no tests were run")
        verdicts = [test.verdict for test in tests]
        if Verdict.IE in verdicts:
            verdict = Verdict.IE
        else:
            verdict = next((v for v in verdicts if v is not Verdict.AC), Verdict.AC)
        return cls(verdict, tests, cap_text(message, MESSAGE_CAP))

    @classmethod
    def compile_error(cls, message: str) -> Result:
        """The source did not compile (or the SQL did not parse); nothing ran."""
        return cls(Verdict.CE, (), cap_text(message, SAMPLE_TEXT_CAP))

    @classmethod
    def internal_error(cls, message: str, tests: Iterable[TestResult] = ()) -> Result:
        """Judging itself failed; `message` is for operators and learners alike."""
        return cls(Verdict.IE, tuple(tests), cap_text(message, MESSAGE_CAP))

    @property
    def max_cpu_ms(self) -> int:
        """The largest CPU time of any test."""
        return max((test.cpu_ms for test in self.tests), default=0)

    @property
    def max_wall_ms(self) -> int:
        """The largest wall-clock time of any test."""
        return max((test.wall_ms for test in self.tests), default=0)

    @property
    def max_memory_kb(self) -> int:
        """The largest peak memory of any test."""
        return max((test.memory_kb for test in self.tests), default=0)

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict: verdict, message, totals and every test's result."""
        return {
            "verdict": self.verdict.value,
            "message": self.message,
            "max_cpu_ms": self.max_cpu_ms,
            "max_wall_ms": self.max_wall_ms,
            "max_memory_kb": self.max_memory_kb,
            "tests": [test.to_json() for test in self.tests],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Result:
        """Rebuild a result stored with `to_json` (raises ValueError when malformed)."""
        try:
            tests = tuple(TestResult.from_json(test) for test in _typed(data["tests"], list))
            return cls(Verdict(data["verdict"]), tests, _typed(data.get("message", ""), str))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"malformed result: {error}") from error


def _typed(value: object, kind: type[_T]) -> _T:
    # bool is an int in Python; a stored count must not be a bool, a flag must be one.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value
