"""The tests/ folder: pairing files, checking them per problem type, building TestCases."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from winterarc.judge.packages.display import format_input, format_value
from winterarc.judge.packages.errors import PackageIssue
from winterarc.judge.packages.model import (
    GENERATED_PREFIX,
    SAMPLE_PREFIX,
    Expected,
    FunctionSpec,
    ProblemType,
    TestCase,
    ValueKind,
)
from winterarc.judge.packages.payloads import (
    decode_json,
    design_payload,
    function_payload,
    sql_payload,
)

TESTS = "tests/"
TEST_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_EXTENSIONS = {
    ProblemType.STDIO: ("in", "out"),
    ProblemType.FUNCTION: ("json",),
    ProblemType.DESIGN: ("json",),
    ProblemType.SQL: ("json", "sql"),
}
_REQUIRED = {
    ProblemType.STDIO: ("in", "out"),
    ProblemType.FUNCTION: ("json",),
    ProblemType.DESIGN: ("json",),
    ProblemType.SQL: ("json",),
}
_KEYS = {
    ProblemType.FUNCTION: ("args", "expected"),
    ProblemType.DESIGN: ("ops", "args", "expected"),
    ProblemType.SQL: ("columns", "rows", "ordered"),
}


def is_sample_name(name: str) -> bool:
    """Samples are the tests whose name starts with "sample"."""
    return name.startswith(SAMPLE_PREFIX)


@dataclass(slots=True)
class FileIssues:
    """Issues of one file, so checks read as `issues.add(field, message)`."""

    file: str
    found: list[PackageIssue] = field(default_factory=list)

    def add(self, field_name: str | None, message: str) -> None:
        self.found.append(PackageIssue(self.file, field_name, message))


def collect_tests(
    files: Mapping[str, bytes],
    problem_type: ProblemType | None,
    function: FunctionSpec | None,
) -> tuple[list[TestCase], list[PackageIssue]]:
    """The file tests in name order, and every issue with them; type None checks names only."""
    issues: list[PackageIssue] = []
    groups: dict[str, dict[str, bytes]] = {}
    folded: dict[str, str] = {}
    for path in sorted(p for p in files if p.startswith(TESTS)):
        stem, dot, extension = path.removeprefix(TESTS).rpartition(".")
        if "/" in stem or "/" in extension:
            issues.append(PackageIssue(path, None, "subfolders are not allowed in tests/"))
        elif not dot or not TEST_NAME.fullmatch(stem):
            issues.append(
                PackageIssue(path, None, "test files are NAME.EXT; NAME is letters, digits, _.-")
            )
        elif stem.startswith(GENERATED_PREFIX):
            issues.append(PackageIssue(path, None, f"'{GENERATED_PREFIX}' names are reserved"))
        elif (first := folded.setdefault(stem.casefold(), stem)) != stem:
            issues.append(PackageIssue(path, None, f"name differs only in case from {first!r}"))
        elif problem_type is not None and extension not in _EXTENSIONS[problem_type]:
            wanted = " or ".join(f".{e}" for e in _EXTENSIONS[problem_type])
            issues.append(
                PackageIssue(path, None, f"unexpected file: {problem_type} tests are {wanted}")
            )
        else:
            groups.setdefault(stem, {})[extension] = files[path]
    if not any(is_sample_name(name) for name in groups):
        issues.append(PackageIssue("tests/", None, "at least one sample test (sample*) is needed"))
    if problem_type is None:
        return [], issues
    tests: list[TestCase] = []
    for name, parts in groups.items():
        missing = [f".{e}" for e in _REQUIRED[problem_type] if e not in parts]
        if missing:
            present = next(iter(parts))
            issues.append(
                PackageIssue(f"{TESTS}{name}.{present}", None, f"has no matching {missing[0]}")
            )
            continue
        file_issues = FileIssues(f"{TESTS}{name}.{_REQUIRED[problem_type][-1]}")
        test = _build_test(name, parts, problem_type, function, file_issues)
        issues.extend(file_issues.found)
        if test is not None:
            tests.append(test)
    return tests, issues


def _build_test(
    name: str,
    parts: dict[str, bytes],
    problem_type: ProblemType,
    function: FunctionSpec | None,
    issues: FileIssues,
) -> TestCase | None:
    built = _payload_and_expected(parts, problem_type, function, issues)
    if built is None:
        return None
    payload, expected = built
    sample = is_sample_name(name)
    return TestCase(
        name=name,
        is_sample=sample,
        payload=payload,
        expected=expected,
        display_input=format_input(problem_type, payload) if sample else "",
        display_expected=format_value(problem_type, expected) if sample else "",
    )


def _payload_and_expected(
    parts: dict[str, bytes],
    problem_type: ProblemType,
    function: FunctionSpec | None,
    issues: FileIssues,
) -> tuple[bytes, Expected] | None:
    if problem_type is ProblemType.STDIO:
        return parts["in"], parts["out"]
    data = _json_object(parts["json"], _KEYS[problem_type], issues)
    if data is None:
        return None
    if problem_type is ProblemType.FUNCTION:
        check_function_args(data["args"], function, issues)
        _check_kind(data["expected"], function.returns if function else None, "expected", issues)
        result: tuple[bytes, Expected] = (function_payload(data["args"]), data["expected"])
    elif problem_type is ProblemType.DESIGN:
        check_design_calls(data["ops"], data["args"], function, issues)
        _check_design_expected(data["ops"], data["expected"], issues)
        result = (design_payload(data["ops"], data["args"]), data["expected"])
    else:
        _check_sql_expected(data, issues)
        data_sql = parts["sql"].decode("utf-8", errors="replace") if "sql" in parts else None
        result = (sql_payload(data_sql), data)
    return None if issues.found else result


def _json_object(raw: bytes, keys: tuple[str, ...], issues: FileIssues) -> dict[str, Any] | None:
    try:
        data = decode_json(raw)
    except ValueError as error:
        issues.add(None, f"not valid JSON: {error}")
        return None
    if not isinstance(data, dict):
        issues.add(None, f"must be a JSON object with {', '.join(keys)}")
        return None
    for key in keys:
        if key not in data:
            issues.add(key, "is required")
    for key in data:
        if key not in keys:
            issues.add(key, f"unknown field (expected {', '.join(keys)})")
    return None if issues.found else data


def check_function_args(args: Any, function: FunctionSpec | None, issues: FileIssues) -> None:
    """`args` is a list matching `[function] params` (count and node shapes)."""
    if not isinstance(args, list):
        issues.add("args", "must be an array of arguments")
        return
    if function is None:
        return
    if function.params and len(args) != len(function.params):
        issues.add("args", f"[function] params declares {len(function.params)}, got {len(args)}")
    for index, arg in enumerate(args):
        _check_kind(arg, function.param_kind(index), f"args[{index}]", issues)


def check_design_calls(
    ops: Any, args: Any, function: FunctionSpec | None, issues: FileIssues
) -> None:
    """`ops` starts with the class, then public methods; `args` has one array per op."""
    if not isinstance(ops, list) or not ops or not all(isinstance(op, str) for op in ops):
        issues.add("ops", "must be a non-empty array of strings")
        return
    if function is not None and ops[0] != function.name:
        issues.add("ops[0]", f"must be the class name {function.name!r}")
    for index, op in enumerate(ops[1:], start=1):
        # Calls are looked up by name on the learner's object: dunders would reach internals.
        if not op.isidentifier() or op.startswith("_"):
            issues.add(f"ops[{index}]", f"{op!r} is not a public method name")
    if not isinstance(args, list) or len(args) != len(ops):
        issues.add("args", f"must be an array with one entry per op ({len(ops)})")
        return
    for index, call_args in enumerate(args):
        if not isinstance(call_args, list):
            issues.add(f"args[{index}]", "must be an array of arguments")


def _check_design_expected(ops: Any, expected: Any, issues: FileIssues) -> None:
    count = len(ops) if isinstance(ops, list) else None
    if not isinstance(expected, list) or (count is not None and len(expected) != count):
        issues.add("expected", f"must be an array with one result per op ({count})")
    elif expected and expected[0] is not None:
        issues.add("expected[0]", "the constructor's result must be null")


def _check_kind(value: Any, kind: ValueKind | None, field_name: str, issues: FileIssues) -> None:
    if kind is ValueKind.LIST_NODE:
        if not isinstance(value, list) or not all(_is_scalar(item) for item in value):
            issues.add(field_name, "a list_node value must be an array of plain values")
    elif kind is ValueKind.TREE_NODE:
        if not isinstance(value, list) or not all(_is_scalar(item) for item in value):
            issues.add(field_name, "a tree_node value must be a level-order array")
        elif value and value[0] is None:
            issues.add(field_name, "a tree_node array cannot start with null (use [])")


def _check_sql_expected(data: dict[str, Any], issues: FileIssues) -> None:
    columns, rows = data["columns"], data["rows"]
    if not isinstance(data["ordered"], bool):
        issues.add("ordered", "must be true or false")
    if not isinstance(columns, list) or not columns:
        issues.add("columns", "must be a non-empty array of column names")
        return
    if not all(isinstance(column, str) for column in columns):
        issues.add("columns", "column names must be strings")
    if not isinstance(rows, list):
        issues.add("rows", "must be an array of rows")
        return
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(columns):
            issues.add(f"rows[{index}]", f"must be an array of {len(columns)} values")
        elif not all(_is_scalar(value) and not isinstance(value, bool) for value in row):
            issues.add(f"rows[{index}]", "values must be null, numbers or strings")


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float)
