"""Input validator (see docs/authoring.md): reads the test's JSON payload on stdin; exit 0 if it
meets every constraint of the statement, else exit 1 naming the first violation on stderr."""

import json
import sys


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(1)


def need(condition: bool, message: str) -> None:
    if not condition:
        fail(message)


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def int_in(value: object, lo: int, hi: int, what: str) -> int:
    need(is_int(value), f"{what} must be an integer, got {value!r:.40}")
    need(lo <= value <= hi, f"{what} = {value} is outside [{lo}, {hi}]")
    return value


def list_of(value: object, lo: int, hi: int, what: str) -> list:
    need(isinstance(value, list), f"{what} must be a list")
    need(lo <= len(value) <= hi, f"len({what}) = {len(value)} is outside [{lo}, {hi}]")
    return value


def ints(value: object, lo_len: int, hi_len: int, lo: int, hi: int, what: str) -> list:
    items = list_of(value, lo_len, hi_len, what)
    for i, item in enumerate(items):
        int_in(item, lo, hi, f"{what}[{i}]")
    return items


def text(value: object, lo_len: int, hi_len: int, alphabet: str | None, what: str) -> str:
    need(isinstance(value, str), f"{what} must be a string")
    need(lo_len <= len(value) <= hi_len, f"len({what}) = {len(value)} is outside [{lo_len}, {hi_len}]")
    if alphabet is not None:
        bad = next((c for c in value if c not in alphabet), None)
        need(bad is None, f"{what} holds {bad!r}, outside the allowed characters")
    return value


def payload(keys: tuple[str, ...]) -> dict:
    try:
        data = json.loads(sys.stdin.buffer.read())
    except ValueError as error:
        fail(f"input is not JSON: {error}")
    need(isinstance(data, dict) and all(k in data for k in keys), f"input must hold {keys}")
    return data


def args(count: int) -> list:
    """A function problem's argument list, of exactly `count` arguments."""
    values = payload(("args",))["args"]
    need(isinstance(values, list) and len(values) == count, f"expected {count} arguments")
    return values


def calls(cls: str, methods: dict[str, int], lo: int, hi: int) -> list[tuple[str, list]]:
    """A design test's calls after the constructor: (method, args) with each arity checked."""
    data = payload(("ops", "args"))
    ops, arguments = data["ops"], data["args"]
    need(isinstance(ops, list) and isinstance(arguments, list), "ops and args must be lists")
    need(len(ops) == len(arguments), "ops and args differ in length")
    need(len(ops) >= 1 and ops[0] == cls, f"the first op must be {cls}")
    need(lo <= len(ops) - 1 <= hi, f"{len(ops) - 1} calls, outside [{lo}, {hi}]")
    out = []
    for i, (op, arg) in enumerate(zip(ops, arguments)):
        need(isinstance(arg, list), f"args[{i}] must be a list")
        if i == 0:
            out.append((op, arg))
            continue
        need(op in methods, f"ops[{i}] = {op!r:.30} is not a method")
        need(len(arg) == methods[op], f"ops[{i}] {op} takes {methods[op]} arguments")
        out.append((op, arg))
    return out


first, second = args(2)
ints(first, 0, 10**5, -(10**9), 10**9, "first")
ints(second, 0, 10**5, -(10**9), 10**9, "second")
