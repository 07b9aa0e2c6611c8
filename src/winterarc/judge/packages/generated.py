"""Generated tests: the generator's stdin, its output as a payload, the reference's output."""

from __future__ import annotations

from winterarc.judge.packages.model import Expected, Package, ProblemType
from winterarc.judge.packages.payloads import decode_json, design_payload, function_payload
from winterarc.judge.packages.testcases import FileIssues, check_design_calls, check_function_args


class GeneratedTestError(ValueError):
    """The generator or the reference produced something unusable: an internal error."""


def generator_input(seed: int) -> bytes:
    """Stdin for generator.py run as a stdio program: the seed as decimal text."""
    return f"{seed}\n".encode()


def payload_from_generated(package: Package, text: bytes | str) -> bytes:
    """The sandbox payload for a generated test, from generator.py's standard output."""
    raw = text.encode() if isinstance(text, str) else text
    if package.type is ProblemType.STDIO:
        return raw
    if package.type is ProblemType.SQL:
        raise GeneratedTestError("sql problems have no generated tests")
    try:
        data = decode_json(raw)
    except ValueError as error:
        raise GeneratedTestError(f"generator.py output is not valid JSON: {error}") from error
    issues = FileIssues("generator.py output")
    keys = ("args",) if package.type is ProblemType.FUNCTION else ("ops", "args")
    if not isinstance(data, dict) or sorted(data) != sorted(keys):
        raise GeneratedTestError(f"generator.py must print a JSON object with {', '.join(keys)}")
    if package.type is ProblemType.FUNCTION:
        check_function_args(data["args"], package.function, issues)
        payload = function_payload(data["args"])
    else:
        check_design_calls(data["ops"], data["args"], package.function, issues)
        payload = design_payload(data["ops"], data["args"])
    if issues.found:
        raise GeneratedTestError("; ".join(str(issue) for issue in issues.found))
    return payload


def expected_from_reference_output(package: Package, output: bytes) -> Expected:
    """The expected value of a generated test, from the reference solution's output."""
    if package.type is ProblemType.STDIO:
        return output
    try:
        value: Expected = decode_json(output)
    except ValueError as error:
        raise GeneratedTestError(f"reference output is not valid JSON: {error}") from error
    return value
