"""Input validator (see docs/authoring.md): reads the test input on stdin; exit 0 if it meets
every constraint of the statement and the exact format, else exit 1 naming the first violation."""

import re
import sys

INT = re.compile(r"-?(0|[1-9][0-9]*)")


def fail(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.exit(1)


def need(condition: bool, message: str) -> None:
    if not condition:
        fail(message)


def lines() -> list[str]:
    """The input's lines: ASCII, LF line ends, ending with exactly one newline."""
    raw = sys.stdin.buffer.read()
    try:
        data = raw.decode("ascii")
    except UnicodeDecodeError:
        fail("input is not ASCII")
    need(data.endswith("\n"), "input must end with a newline")
    need("\r" not in data, "input must use LF line ends")
    return data[:-1].split("\n")


def tokens(line: str, where: str) -> list[str]:
    """The line's fields, separated by single spaces with none leading or trailing."""
    need(line != "", f"{where}: empty line")
    parts = line.split(" ")
    need(all(parts), f"{where}: fields must be separated by single spaces")
    return parts


def as_int(token: str, lo: int, hi: int, what: str) -> int:
    need(INT.fullmatch(token) is not None and token != "-0", f"{what}: {token!r:.30} is not an integer")
    value = int(token)
    need(lo <= value <= hi, f"{what} = {value} is outside [{lo}, {hi}]")
    return value


def int_line(line: str, count: int | None, lo: int, hi: int, where: str) -> list[int]:
    """A line of integers in [lo, hi]; exactly `count` of them unless count is None."""
    parts = tokens(line, where)
    if count is not None:
        need(len(parts) == count, f"{where}: expected {count} integers, got {len(parts)}")
    return [as_int(p, lo, hi, f"{where} value {i + 1}") for i, p in enumerate(parts)]


def line_count(rows: list[str], count: int) -> None:
    need(len(rows) == count, f"expected {count} lines, got {len(rows)}")


rows = lines()
(t,) = int_line(rows[0], 1, 1, 10**4, "line 1")
line_count(rows, t + 1)
total = 0
for i in range(1, t + 1):
    snippet = rows[i]
    need(1 <= len(snippet) <= 2 * 10**5, f"line {i + 1}: snippet length {len(snippet)}")
    need(all(33 <= ord(c) <= 126 for c in snippet), f"line {i + 1}: not printable ASCII without spaces")
    total += len(snippet)
need(total <= 2 * 10**5, f"total snippet length {total} is over 2*10^5")
