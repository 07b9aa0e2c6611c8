"""From a sandbox outcome to a test's verdict and the result learners may see."""

from __future__ import annotations

import builtins
import logging
import re
from dataclasses import dataclass

from winterarc.judge.checking import CheckerFailure, OutputChecker
from winterarc.judge.harness.protocol import time_limit_message
from winterarc.judge.packages import Package, ProblemType, TestCase
from winterarc.judge.packages.display import format_input, format_output, format_value
from winterarc.judge.sandbox import RunOutcome, Status
from winterarc.judge.verdicts import TestResult, Verdict

logger = logging.getLogger("winterarc.judge")

STDERR_TAIL = 1_500
HIDDEN_WRONG_ANSWER = "wrong answer"
HIDDEN_CHECKER_FAILURE = "the custom checker failed; the reason is in the judge log"
_STATUS_VERDICTS = {
    Status.RUNTIME_ERROR: Verdict.RE,
    Status.TIME_LIMIT: Verdict.TLE,
    Status.MEMORY_LIMIT: Verdict.MLE,
    Status.OUTPUT_LIMIT: Verdict.OLE,
    Status.COMPILE_ERROR: Verdict.CE,
    Status.INTERNAL_ERROR: Verdict.IE,
}
# "ValueError: <learner text> (line 3)": on a hidden test the learner's text (or a class name
# made up at run time) could smuggle the test's input out, so only a built-in exception's name
# and the line are kept.
_EXCEPTION = re.compile(r"^([A-Za-z_][\w.]{0,80})(?:: .*?)?(?: \(line (\d+)\))?$", re.DOTALL)
_BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)
# sqlite's parser complaints: the query itself is broken, whatever the data.
_SQL_PARSE_ERROR = re.compile(
    r"^(?:OperationalError|ProgrammingError|Warning): "
    r".*(?:syntax error|incomplete input|only execute one statement)",
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Assessment:
    """A test's verdict, the message for people, and the output to show for a sample."""

    verdict: Verdict
    message: str
    detail: str = ""  # extra text for samples only: the checker's message, the stderr tail
    hidden: str | None = None  # what a hidden test says instead of `message`, when it must differ


def assess(
    package: Package, test: TestCase, outcome: RunOutcome, checker: OutputChecker
) -> TestResult:
    """Judge one test's outcome and shape the result (samples with data, hidden tests without)."""
    assessment = _assess(package, test, outcome, checker)
    if assessment.verdict is Verdict.IE:
        logger.error(
            "judge %s: internal error on %s: %s", package.slug, test.name, assessment.message
        )
    metrics = {
        "cpu_ms": round(outcome.cpu_ms),
        "wall_ms": round(outcome.wall_ms),
        "memory_kb": int(outcome.memory_kb),
    }
    if test.is_sample:
        message = "\n".join(part for part in (assessment.message, assessment.detail) if part)
        return TestResult.for_sample(
            test.name,
            assessment.verdict,
            **metrics,
            message=message,
            input=test.display_input or format_input(package.type, test.payload),
            expected=test.display_expected or _expected_text(package, test),
            actual=_actual_text(package, outcome),
        )
    return TestResult.for_hidden(
        test.name, assessment.verdict, **metrics, message=hidden_message(assessment)
    )


def is_sql_parse_error(package: Package, outcome: RunOutcome) -> bool:
    """True when a sql query failed to parse: the submission is a compile error."""
    return (
        package.type is ProblemType.SQL
        and outcome.status is Status.RUNTIME_ERROR
        and _SQL_PARSE_ERROR.match(outcome.message) is not None
    )


def hidden_message(assessment: Assessment) -> str:
    """What a hidden test may say: never expected output, never learner-chosen text."""
    if assessment.hidden is not None:
        return assessment.hidden
    if assessment.verdict is Verdict.WA:
        return HIDDEN_WRONG_ANSWER
    if assessment.verdict is Verdict.RE:
        match = _EXCEPTION.match(assessment.message)
        if match is not None:
            name, line = match.groups()
            if name not in _BUILTIN_EXCEPTIONS:
                name = "an exception of the solution's own class"
            return f"{name} (line {line})" if line else name
    return assessment.message


def _assess(
    package: Package, test: TestCase, outcome: RunOutcome, checker: OutputChecker
) -> Assessment:
    limit = package.time_limit_ms
    if outcome.status is Status.OK and outcome.cpu_ms > limit:
        # The process finished, but after its CPU budget ran out: still too slow.
        return Assessment(Verdict.TLE, time_limit_message("CPU time", limit, outcome.cpu_ms))
    if outcome.status is not Status.OK:
        verdict = _STATUS_VERDICTS[outcome.status]
        detail = _stderr_tail(outcome) if verdict is Verdict.RE else ""
        return Assessment(verdict, outcome.message or outcome.status.value, detail)
    try:
        checked = checker.check(test, outcome.output)
    except CheckerFailure as error:
        return Assessment(Verdict.IE, str(error), hidden=HIDDEN_CHECKER_FAILURE)
    if checked.ok:
        return Assessment(Verdict.AC, "", checked.message)
    return Assessment(Verdict.WA, checked.message or HIDDEN_WRONG_ANSWER)


def _stderr_tail(outcome: RunOutcome) -> str:
    text = outcome.stderr.decode("utf-8", errors="replace").strip()
    return text if len(text) <= STDERR_TAIL else "…" + text[-STDERR_TAIL:]


def _expected_text(package: Package, test: TestCase) -> str:
    return "" if test.expected is None else format_value(package.type, test.expected)


def _actual_text(package: Package, outcome: RunOutcome) -> str:
    return format_output(package.type, outcome.output) if outcome.output else ""
