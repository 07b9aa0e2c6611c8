"""Built-in checkers: is a sandbox's output right, and if not, where does it first differ."""

from __future__ import annotations

import decimal
import json
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from itertools import zip_longest
from typing import Any

from winterarc.judge.packages.model import CheckerKind, CheckSpec, Expected, Package, ProblemType
from winterarc.judge.packages.payloads import decode_json, encode_json

SHOW_CHARS = 40  # characters of a value quoted in a message
CHECKER_MESSAGE_CAP = 500
_NUMBER = re.compile(
    rb"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|infinity|nan)", re.IGNORECASE
)
# Exact enough for any sane token, and no trap when a difference overflows.
_MATH = decimal.Context(
    prec=60, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[decimal.InvalidOperation]
)


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """A checker's answer; `message` says where a wrong answer first differs."""

    ok: bool
    message: str = ""


ACCEPTED = CheckOutcome(True)


class InvalidOutputError(ValueError):
    """The program's output cannot be handed to a checker (not JSON where JSON is due)."""


class CheckerProtocolError(ValueError):
    """A custom checker answered something other than `[ok, message]`: an internal error."""


def compare(target: Package | CheckSpec, expected: Expected, actual_output: bytes) -> CheckOutcome:
    """Compare a sandbox's output with the expected value using the problem's built-in checker."""
    spec = target.check_spec if isinstance(target, Package) else target
    if spec.checker is CheckerKind.CUSTOM:
        raise ValueError("custom checkers run in the sandbox: use custom_checker_payload")
    try:
        if spec.problem_type is ProblemType.STDIO:
            if not isinstance(expected, bytes | str):
                raise TypeError("stdio expected output must be bytes or str")
            return _compare_text(spec, _as_bytes(expected), actual_output)
        try:
            actual = decode_output(actual_output)
        except InvalidOutputError as error:
            return CheckOutcome(False, str(error))
        if spec.problem_type is ProblemType.SQL:
            return _compare_sql(spec, expected, actual)
        return _compare_json(spec, expected, actual)
    except RecursionError:
        return CheckOutcome(False, "output is nested too deeply to compare")


def decode_output(output: bytes) -> Any:
    """The JSON value a function, design or sql run printed."""
    try:
        return decode_json(output)
    except (ValueError, RecursionError) as error:
        raise InvalidOutputError(f"output is not valid JSON: {_clip(str(error))}") from error


# --- stdio ---------------------------------------------------------------------------------


def _as_bytes(text: bytes | str) -> bytes:
    return text.encode() if isinstance(text, str) else text


def _normalise(output: bytes) -> bytes:
    """CRLF becomes LF; whitespace at the very end of the output is dropped."""
    return output.replace(b"\r\n", b"\n").rstrip()


def _compare_text(spec: CheckSpec, expected: bytes, actual: bytes) -> CheckOutcome:
    expected, actual = _normalise(expected), _normalise(actual)
    if spec.checker is CheckerKind.EXACT:
        return _compare_lines(expected, actual)
    if spec.checker is CheckerKind.UNORDERED:
        return _compare_line_multisets(expected, actual)
    tolerance = _tolerance(spec) if spec.checker is CheckerKind.FLOAT else None
    return _compare_tokens(expected, actual, tolerance)


def _compare_lines(expected: bytes, actual: bytes) -> CheckOutcome:
    if expected == actual:
        return ACCEPTED
    if not actual:
        return CheckOutcome(False, "output is empty")
    pairs = zip_longest(expected.split(b"\n"), actual.split(b"\n"))
    for number, (want, got) in enumerate(pairs, start=1):
        if want == got:
            continue
        if want is None:
            return CheckOutcome(False, f"line {number}: expected end of output, got {_show(got)}")
        if got is None:
            return CheckOutcome(False, f"line {number}: expected {_show(want)}, got end of output")
        return CheckOutcome(False, f"line {number}: {_text_difference(want, got)}")
    return CheckOutcome(False, "output differs")  # unreachable: equal lines mean equal text


def _compare_tokens(expected: bytes, actual: bytes, tolerance: Decimal | None) -> CheckOutcome:
    want_tokens, got_tokens = expected.split(), actual.split()
    # Equal text is equal, except that NaN equals nothing under a tolerance.
    if want_tokens == got_tokens and (tolerance is None or b"nan" not in actual.lower()):
        return ACCEPTED
    if not got_tokens:
        return CheckOutcome(False, "output is empty")
    for index, (want, got) in enumerate(zip(want_tokens, got_tokens, strict=False)):
        difference = _token_difference(want, got, tolerance)
        if difference:
            where = f"token {index + 1} (line {_line_of_token(actual, index)})"
            return CheckOutcome(False, f"{where}: {difference}")
    if len(got_tokens) == len(want_tokens):
        return ACCEPTED  # every token equal within the tolerance
    if len(got_tokens) < len(want_tokens):
        missing = len(want_tokens) - len(got_tokens)
        return CheckOutcome(
            False, f"expected {len(want_tokens)} tokens, got {len(got_tokens)} ({missing} missing)"
        )
    extra = _show(got_tokens[len(want_tokens)])
    return CheckOutcome(
        False, f"expected {len(want_tokens)} tokens, got {len(got_tokens)} (extra: {extra})"
    )


def _token_difference(want: bytes, got: bytes, tolerance: Decimal | None) -> str | None:
    if tolerance is None or not _NUMBER.fullmatch(want):
        return None if want == got else _text_difference(want, got)
    expected_number = _parse_number(want)
    actual_number = _parse_number(got) if _NUMBER.fullmatch(got) else None
    if expected_number is None:
        return None if want == got else _text_difference(want, got)
    if actual_number is None:
        return f"expected the number {_show(want)}, got {_show(got)}"
    return _number_difference(expected_number, actual_number, tolerance, _show(want), _show(got))


def _line_of_token(output: bytes, index: int) -> int:
    seen = 0
    for number, line in enumerate(output.split(b"\n"), start=1):
        seen += len(line.split())
        if seen > index:
            return number
    return number


def _compare_line_multisets(expected: bytes, actual: bytes) -> CheckOutcome:
    def lines(output: bytes) -> list[tuple[int, tuple[bytes, ...]]]:
        split = (tuple(line.split()) for line in output.split(b"\n"))
        return [(number, tokens) for number, tokens in enumerate(split, start=1) if tokens]

    want, got = lines(expected), lines(actual)
    remaining = Counter(tokens for _, tokens in want)
    for number, tokens in got:
        if remaining[tokens] > 0:
            remaining[tokens] -= 1
            continue
        text = b" ".join(tokens)
        why = "appears more often than expected" if tokens in remaining else "is not expected"
        return CheckOutcome(False, f"line {number} {_show(text)} {why}")
    if len(got) < len(want):
        return CheckOutcome(False, f"expected {len(want)} lines, got {len(got)}")
    return ACCEPTED


def _text_difference(want: bytes, got: bytes) -> str:
    """ "expected 'x', got 'y'", quoting around the first differing character of long text."""
    want_text = want.decode("utf-8", errors="replace")
    got_text = got.decode("utf-8", errors="replace")
    column = next(
        (i for i, (a, b) in enumerate(zip(want_text, got_text, strict=False)) if a != b),
        min(len(want_text), len(got_text)),
    )
    where = f"column {column + 1}: " if max(len(want_text), len(got_text)) > SHOW_CHARS else ""
    return f"{where}expected {_excerpt(want_text, column)}, got {_excerpt(got_text, column)}"


def _excerpt(text: str, column: int) -> str:
    if len(text) <= SHOW_CHARS:
        return repr(text)
    start = max(0, min(column - SHOW_CHARS // 4, len(text) - SHOW_CHARS))
    piece = text[start : start + SHOW_CHARS]
    return ("…" if start else "") + repr(piece) + ("…" if start + SHOW_CHARS < len(text) else "")


def _show(value: bytes | str) -> str:
    text = value.decode("utf-8", errors="replace") if isinstance(value, bytes) else value
    return _excerpt(text, 0)


# --- numbers -------------------------------------------------------------------------------


def _tolerance(spec: CheckSpec) -> Decimal:
    # repr, not the binary float: 1e-6 must mean exactly one millionth at the boundary.
    return Decimal(repr(spec.float_tolerance))


def _parse_number(token: bytes) -> Decimal | None:
    try:
        return Decimal(token.decode("ascii"))
    except (decimal.InvalidOperation, ValueError):
        return None  # an exponent beyond Decimal's range: compared as text


def _as_decimal(value: int | float) -> Decimal:
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


def _numbers_close(actual: Decimal, expected: Decimal, tolerance: Decimal) -> bool:
    """|a - e| <= tol or |a - e| <= tol * |e|; NaN equals nothing; infinities only themselves."""
    if actual.is_nan() or expected.is_nan():
        return False
    if actual.is_infinite() or expected.is_infinite():
        return actual == expected
    error = _MATH.abs(_MATH.subtract(actual, expected))
    return error <= tolerance or error <= _MATH.multiply(tolerance, _MATH.abs(expected))


def _number_difference(
    expected: Decimal, actual: Decimal, tolerance: Decimal, shown_expected: str, shown_actual: str
) -> str | None:
    if _numbers_close(actual, expected, tolerance):
        return None
    message = f"expected {shown_expected}, got {shown_actual}"
    if expected.is_finite() and actual.is_finite():
        error = _MATH.abs(_MATH.subtract(actual, expected))
        message += f" (off by {float(error):.3g}, tolerance {tolerance})"
    return message


# --- JSON (function, design) ---------------------------------------------------------------


def _compare_json(spec: CheckSpec, expected: Any, actual: Any) -> CheckOutcome:
    if spec.checker is CheckerKind.UNORDERED:
        difference = _unordered_difference(spec, expected, actual)
    else:
        tolerance = _tolerance(spec) if spec.checker is CheckerKind.FLOAT else None
        difference = _json_difference(expected, actual, "result", tolerance)
    return CheckOutcome(False, difference) if difference else ACCEPTED


def _unordered_difference(spec: CheckSpec, expected: Any, actual: Any) -> str | None:
    nested = spec.unordered_nested
    if spec.problem_type is not ProblemType.DESIGN or not _both_lists(expected, actual):
        return _multiset_difference(expected, actual, "result", nested)
    # design: each call's result is its own multiset; the calls keep their order.
    for index, (want, got) in enumerate(zip(expected, actual, strict=False)):
        difference = _multiset_difference(want, got, f"result[{index}]", nested)
        if difference:
            return difference
    return _length_difference("result", expected, actual)


def _both_lists(expected: Any, actual: Any) -> bool:
    return isinstance(expected, list) and isinstance(actual, list)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _json_difference(
    expected: Any, actual: Any, path: str, tolerance: Decimal | None
) -> str | None:
    """Where `actual` first differs from `expected`; booleans never equal numbers."""
    if _is_number(expected) and _is_number(actual):
        if tolerance is not None:
            want, got = _as_decimal(expected), _as_decimal(actual)
            difference = _number_difference(want, got, tolerance, _dump(expected), _dump(actual))
            return f"{path}: {difference}" if difference else None
        # JSON has one number type: 2 and 2.0 are the same answer (NaN equals nothing).
        return None if expected == actual else _value_difference(expected, actual, path)
    if _both_lists(expected, actual):
        for index, (want, got) in enumerate(zip(expected, actual, strict=False)):
            difference = _json_difference(want, got, f"{path}[{index}]", tolerance)
            if difference:
                return difference
        return _length_difference(path, expected, actual)
    if isinstance(expected, dict) and isinstance(actual, dict):
        missing = [key for key in expected if key not in actual]
        if missing:
            return f"{path}: missing key {_dump(missing[0])}"
        extra = [key for key in actual if key not in expected]
        if extra:
            return f"{path}: unexpected key {_dump(extra[0])}"
        for key, want in expected.items():
            difference = _json_difference(want, actual[key], f"{path}[{_dump(key)}]", tolerance)
            if difference:
                return difference
        return None
    if type(expected) is type(actual) and expected == actual:
        return None
    return _value_difference(expected, actual, path)


def _value_difference(expected: Any, actual: Any, path: str) -> str:
    kind_expected, kind_actual = _json_kind(expected), _json_kind(actual)
    if kind_expected == kind_actual:
        return f"{path}: expected {_dump(expected)}, got {_dump(actual)}"
    return f"{path}: expected {kind_expected} {_dump(expected)}, got {kind_actual} {_dump(actual)}"


def _length_difference(path: str, expected: list[Any], actual: list[Any]) -> str | None:
    if len(expected) == len(actual):
        return None
    return f"{path}: expected {len(expected)} items, got {len(actual)}"


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if _is_number(value):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else "null"


def _dump(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOW_CHARS else text[: SHOW_CHARS - 1] + "…"


def _multiset_difference(expected: Any, actual: Any, path: str, nested: bool) -> str | None:
    """Compare two lists as multisets (their inner lists too when `nested`)."""
    if not _both_lists(expected, actual):
        return _json_difference(expected, actual, path, None)
    if len(expected) != len(actual):
        return _length_difference(path, expected, actual)
    remaining = Counter(_canonical(item, nested) for item in expected)
    for index, item in enumerate(actual):
        key = _canonical(item, nested)
        if remaining[key] > 0:
            remaining[key] -= 1
            continue
        why = "appears more often than expected" if key in remaining else "is not expected"
        return f"{path}[{index}] = {_dump(item)} {why}"
    return None


def _canonical(value: Any, unordered: bool) -> Any:
    """A hashable form equal exactly when the values are equal (order-free when `unordered`)."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, float):
        if value != value:
            return ("nan", object())  # NaN equals nothing, not even another NaN
        return ("number", int(value) if value.is_integer() else value)
    if isinstance(value, int):
        return ("number", value)
    if isinstance(value, list):
        items = [_canonical(item, False) for item in value]
        return ("bag", tuple(sorted(items, key=repr))) if unordered else ("list", tuple(items))
    if isinstance(value, dict):
        return ("object", tuple(sorted((k, _canonical(v, False)) for k, v in value.items())))
    return (type(value).__name__, value)


# --- sql ----------------------------------------------------------------------------------


def _compare_sql(spec: CheckSpec, expected: Any, actual: Any) -> CheckOutcome:
    """Columns by name (case-insensitive), then rows; ordered=false compares sorted rows."""
    if not (
        isinstance(actual, dict)
        and isinstance(actual.get("columns"), list)
        and isinstance(actual.get("rows"), list)
    ):
        return CheckOutcome(False, "query result is malformed (no columns and rows)")
    columns, rows = actual["columns"], actual["rows"]
    want_columns = [str(name).casefold() for name in expected["columns"]]
    if [str(name).casefold() for name in columns] != want_columns:
        return CheckOutcome(
            False, f"columns: expected {_dump(expected['columns'])}, got {_dump(columns)}"
        )
    want_rows: list[Any] = expected["rows"]
    if len(rows) != len(want_rows):
        return CheckOutcome(False, f"expected {len(want_rows)} rows, got {len(rows)}")
    ordered = expected.get("ordered") is True
    if not ordered:
        want_rows, rows = sorted(want_rows, key=_row_key), sorted(rows, key=_row_key)
    tolerance = _tolerance(spec) if spec.checker is CheckerKind.FLOAT else None
    for number, (want, got) in enumerate(zip(want_rows, rows, strict=True), start=1):
        if _json_difference(want, got, "", tolerance):
            where = f"row {number}" if ordered else f"row {number} of the sorted rows"
            message = f"{where}: expected {_dump(want)}, got {_dump(got)}"
            return CheckOutcome(False, message + ("" if ordered else " (row order is ignored)"))
    return ACCEPTED


def _row_key(row: Any) -> tuple[Any, ...]:
    if not isinstance(row, list):
        return ((9, _dump(row)),)
    return tuple(_value_key(value) for value in row)


def _value_key(value: Any) -> tuple[int, Any]:
    """A total order for SQLite values: NULL, then numbers by value, then text."""
    if value is None:
        return (0, 0)
    if _is_number(value) and value == value:
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    return (3, json.dumps(value, sort_keys=True))


# --- custom checkers -----------------------------------------------------------------------


def custom_checker_payload(
    target: Package | CheckSpec, test_payload: bytes, expected: Expected, actual_output: bytes
) -> bytes:
    """The sandbox payload `{"input", "expected", "actual"}` for checker.py's check()."""
    spec = target.check_spec if isinstance(target, Package) else target
    if spec.problem_type is ProblemType.STDIO:
        if not isinstance(expected, bytes | str):
            raise TypeError("stdio expected output must be bytes or str")
        checker_input: Any = test_payload.decode("utf-8", errors="replace")
        expected_value: Any = _as_bytes(expected).decode("utf-8", errors="replace")
        actual: Any = actual_output.decode("utf-8", errors="replace")
    elif spec.problem_type is ProblemType.SQL:
        raise ValueError("sql problems have no custom checker")
    else:
        request = decode_json(test_payload)
        checker_input = request["args"] if spec.problem_type is ProblemType.FUNCTION else request
        expected_value, actual = expected, decode_output(actual_output)
    return encode_json({"input": checker_input, "expected": expected_value, "actual": actual})


def custom_checker_outcome(output: bytes) -> CheckOutcome:
    """Read the custom checker's `[ok, message]`; anything else raises CheckerProtocolError."""
    try:
        answer = decode_json(output)
    except ValueError as error:
        raise CheckerProtocolError(
            f"custom checker output is not JSON: {_clip(str(error))}"
        ) from error
    if (
        not isinstance(answer, list)
        or len(answer) != 2
        or not isinstance(answer[0], bool)
        or not isinstance(answer[1], str)
    ):
        raise CheckerProtocolError(f"custom checker must answer [ok, message], got {_dump(answer)}")
    return CheckOutcome(answer[0], _clip(answer[1], CHECKER_MESSAGE_CAP))


def _clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
