"""Text renderings of inputs, expected values and outputs, shaped for line diffs."""

from __future__ import annotations

import json
from typing import Any

from winterarc.judge.packages.model import Expected, ProblemType


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def format_input(problem_type: ProblemType, payload: bytes) -> str:
    """A test's input as a learner reads it: stdin text, one argument a line, calls, data SQL."""
    if problem_type is ProblemType.STDIO:
        return payload.decode("utf-8", errors="replace")
    data: Any = json.loads(payload)
    if problem_type is ProblemType.FUNCTION:
        return _lines([_dump(arg) for arg in data["args"]])
    if problem_type is ProblemType.DESIGN:
        calls = zip(data["ops"], data["args"], strict=True)
        return _lines([f"{op}({', '.join(_dump(arg) for arg in args)})" for op, args in calls])
    return str(data["data_sql"] or "")


def format_value(problem_type: ProblemType, value: Expected) -> str:
    """An expected value or a decoded output: design one result a line, sql one row a line."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if problem_type is ProblemType.DESIGN and isinstance(value, list):
        return _lines([_dump(item) for item in value])
    if problem_type is ProblemType.SQL and isinstance(value, dict):
        rows = value.get("rows")
        if isinstance(rows, list):
            return _lines([_dump(value.get("columns")), *(_dump(row) for row in rows)])
    return _dump(value) + "\n"


def format_output(problem_type: ProblemType, output: bytes) -> str:
    """The sandbox's output rendered like `format_value` renders the expected value."""
    if problem_type is ProblemType.STDIO:
        return output.decode("utf-8", errors="replace")
    try:
        value = json.loads(output)
    except ValueError:
        return output.decode("utf-8", errors="replace")
    return format_value(problem_type, value)
