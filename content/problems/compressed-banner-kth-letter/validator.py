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


code, ks = args(2)
text(code, 1, 2 * 10**4, "abcdefghijklmnopqrstuvwxyz0123456789[]", "code")
# Iterative parse: each frame is [length so far, letters seen, repeat count].
stack: list[list[int]] = [[0, 0, 1]]
i = 0
while i < len(code):
    c = code[i]
    if c.isdigit():
        j = i
        while j < len(code) and code[j].isdigit():
            j += 1
        need(code[i] != "0", f"repeat count at {i} has a leading zero or is 0")
        count = int(code[i:j])
        need(count <= 10**9, f"repeat count {count} at {i} is over 10^9")
        need(j < len(code) and code[j] == "[", f"repeat count at {i} is not followed by '['")
        stack.append([0, 0, count])
        need(len(stack) - 1 <= 30, "brackets nest more than 30 deep")
        i = j + 1
    elif c == "[":
        fail(f"'[' at {i} has no repeat count")
    elif c == "]":
        need(len(stack) > 1, f"']' at {i} closes nothing")
        length, letters, count = stack.pop()
        need(letters > 0, f"the brackets closed at {i} hold no letter")
        stack[-1][0] += length * count
        stack[-1][1] += letters
        i += 1
    else:
        stack[-1][0] += 1
        stack[-1][1] += 1
        i += 1
need(len(stack) == 1, "a '[' is never closed")
total = stack[0][0]
ints(ks, 1, 10**4, 1, min(total, 10**18), "ks")
