"""The "Run on custom input" button: the learner's code once, on the learner's own input."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from winterarc.judge.checkers import CheckOutcome
from winterarc.judge.checking import CheckerFailure, OutputChecker
from winterarc.judge.packages import Package, ProblemType, TestCase
from winterarc.judge.packages.display import format_output
from winterarc.judge.packages.payloads import (
    decode_json,
    design_payload,
    function_payload,
    sql_payload,
)
from winterarc.judge.packages.testcases import FileIssues, check_design_calls, check_function_args
from winterarc.judge.programs import learner_limits, learner_program
from winterarc.judge.sandbox import RunOutcome, Sandbox, Status, sandbox_available
from winterarc.judge.sandbox.model import internal_error

logger = logging.getLogger("winterarc.judge")

INPUT_CAP = 1024 * 1024  # bytes of custom input accepted
OUTPUT_CAP = 64 * 1024  # characters of output returned
STDERR_CAP = 4 * 1024  # characters of the stderr tail returned
_FORMS = {
    ProblemType.FUNCTION: "a JSON array of the arguments",
    ProblemType.DESIGN: 'a JSON object {"ops": [...], "args": [...]}',
}
EXAMPLE_CAP = 200  # characters of a sample quoted as an example; a longer one is left out


class CustomInputError(ValueError):
    """The learner's custom input does not fit the problem's input shape."""


@dataclass(frozen=True, slots=True)
class RunOutput:
    """One run on custom input: no expected output, so no verdict."""

    status: Status
    output: str  # stdout (stdio) or the returned value as JSON text, capped
    stderr: str  # the tail of standard error (prints and tracebacks)
    cpu_ms: int
    wall_ms: int
    memory_kb: int
    message: str  # why it failed: compile error with line, runtime error, limit
    # The package's own checker on a sample's expected output (run_custom's `sample`), as
    # Submit would judge it; None with no sample, a failed run or a failing checker.
    check: CheckOutcome | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict for the API."""
        return {
            "status": self.status.value,
            "output": self.output,
            "stderr": self.stderr,
            "cpu_ms": self.cpu_ms,
            "wall_ms": self.wall_ms,
            "memory_kb": self.memory_kb,
            "message": self.message,
        }


def custom_payload(package: Package, text: str) -> bytes:
    """The sandbox payload for learner input; raises CustomInputError with a clear reason."""
    if len(text.encode()) > INPUT_CAP:
        raise CustomInputError(f"custom input is larger than {INPUT_CAP // 1024} KiB")
    if package.type is ProblemType.STDIO:
        return text.encode()
    if package.type is ProblemType.SQL:
        return sql_payload(text if text.strip() else None)
    try:
        data = decode_json(text)
    except (ValueError, RecursionError) as error:
        raise CustomInputError(f"custom input must be {_expected_form(package)}: {error}") from None
    issues = FileIssues("custom input")
    if package.type is ProblemType.FUNCTION:
        args = data["args"] if isinstance(data, dict) and set(data) == {"args"} else data
        if not isinstance(args, list):
            raise CustomInputError(f"custom input must be {_expected_form(package)}")
        check_function_args(args, package.function, issues)
        payload = function_payload(args)
    else:
        if not isinstance(data, dict) or set(data) != {"ops", "args"}:
            raise CustomInputError(f"custom input must be {_expected_form(package)}")
        check_design_calls(data["ops"], data["args"], package.function, issues)
        payload = design_payload(data["ops"], data["args"])
    if issues.found:
        raise CustomInputError("; ".join(str(issue) for issue in issues.found))
    return payload


def _expected_form(package: Package) -> str:
    """What the JSON input of a function or design problem looks like, with this problem's
    first sample as the example (the arguments the page shows one a line, as one array)."""
    form = _FORMS[package.type]
    if not package.samples:
        return form
    data = decode_json(package.samples[0].payload)
    shown = data["args"] if package.type is ProblemType.FUNCTION else data
    example = json.dumps(shown, ensure_ascii=False)
    return form if len(example) > EXAMPLE_CAP else f"{form}, e.g. {example}"


def run_custom(
    package: Package,
    source: str,
    stdin_or_args: str,
    *,
    python: str | None = None,
    sample: TestCase | None = None,
) -> RunOutput:
    """Run `source` once on learner input (stdin, JSON args or calls); raises CustomInputError.
    With `sample` (the input is that sample's), the output is also checked against its expected
    output by the package's checker (float, unordered, custom...), as Submit checks it."""
    payload = custom_payload(package, stdin_or_args)
    ok, reason = sandbox_available()
    if not ok:
        logger.error("run_custom %s: the sandbox is unavailable: %s", package.slug, reason)
        return _output(package, internal_error(f"the sandbox is unavailable: {reason}"))
    with Sandbox(
        learner_program(package, source), learner_limits(package), python=python
    ) as sandbox:
        failure = sandbox.start()
        outcome = failure if failure is not None else sandbox.run(payload)
    if outcome.status is Status.INTERNAL_ERROR:
        logger.error("run_custom %s: internal error: %s", package.slug, outcome.message)
    check = None
    if sample is not None and outcome.status is Status.OK:
        check = _check_sample(package, sample, outcome, python)
    return _output(package, outcome, check)


def _check_sample(
    package: Package, sample: TestCase, outcome: RunOutcome, python: str | None
) -> CheckOutcome | None:
    try:
        with OutputChecker(package, python=python) as checker:
            return checker.check(sample, outcome.output)
    except CheckerFailure as error:
        logger.error("run_custom %s: checking %s failed: %s", package.slug, sample.name, error)
        return None


def _output(package: Package, outcome: RunOutcome, check: CheckOutcome | None = None) -> RunOutput:
    output = format_output(package.type, outcome.output) if outcome.output else ""
    if len(output) > OUTPUT_CAP:
        output = output[:OUTPUT_CAP] + "\n… (truncated)"
    stderr = outcome.stderr.decode("utf-8", errors="replace")
    if len(stderr) > STDERR_CAP:
        stderr = "…" + stderr[-STDERR_CAP:]
    return RunOutput(
        status=outcome.status,
        output=output,
        stderr=stderr,
        cpu_ms=round(outcome.cpu_ms),
        wall_ms=round(outcome.wall_ms),
        memory_kb=int(outcome.memory_kb),
        message=outcome.message,
        check=check,
    )


CASE_SEPARATOR = "---"  # a line of its own between cases of one Run on the problem page
MAX_CASES = 10
_CALL = re.compile(r"^\s*([A-Za-z_]\w*)\s*\((.*)\)\s*$")


def split_cases(text: str) -> list[str]:
    """The cases of a page's custom input: blocks between lines that are only `---`."""
    cases: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        if line.strip() == CASE_SEPARATOR:
            cases.append([])
        else:
            cases[-1].append(line)
    found = ["".join(lines) for lines in cases]
    return [case for case in found if case.strip()] or [""]


def page_input(package: Package, text: str) -> str:
    """The problem page's custom input, written as the samples are shown (one argument a line;
    one `Name(args)` call a line), as the JSON `custom_payload` takes; stdin and SQL unchanged.
    The JSON form itself is still accepted. Raises CustomInputError naming the line at fault."""
    if package.type not in (ProblemType.FUNCTION, ProblemType.DESIGN):
        return text
    lines = [(number, line) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
    if package.type is ProblemType.FUNCTION:
        if len(lines) == 1 and _is_json_form(package, lines[0][1]):
            return lines[0][1]
        return json.dumps([_json_line(package, number, line) for number, line in lines])
    if text.lstrip().startswith("{"):
        return text
    ops, args = [], []
    for number, line in lines:
        call = _CALL.match(line)
        if call is None:
            raise CustomInputError(
                f"line {number}: {line.strip()[:60]!r} is not a call like {_first_line(package)}"
            )
        ops.append(call.group(1))
        args.append(_json_line(package, number, f"[{call.group(2)}]"))
    return json.dumps({"ops": ops, "args": args})


def sample_input(package: Package) -> str:
    """The first sample's input as the page's Run takes it (empty for SQL: data is fixed)."""
    if package.type is ProblemType.SQL or not package.samples:
        return ""
    return package.samples[0].display_input


def _first_line(package: Package) -> str:
    first = sample_input(package).strip().splitlines()
    return repr(first[0]) if first else "the samples"


def _json_line(package: Package, number: int, line: str) -> Any:
    try:
        return decode_json(line)
    except (ValueError, RecursionError) as error:
        raise CustomInputError(
            f"line {number}: not a JSON value ({error}); write one argument a line, as the "
            f"samples show, e.g. {_first_line(package)}"
        ) from None


def _is_json_form(package: Package, line: str) -> bool:
    """A single line holding every argument as one JSON array (the API's form)."""
    arity = len(package.function.params) if package.function is not None else 0
    if arity == 1:
        return False
    try:
        data = decode_json(line)
    except (ValueError, RecursionError):
        return False
    if isinstance(data, dict):
        return set(data) == {"args"}
    return isinstance(data, list) and arity > 1 and len(data) == arity
