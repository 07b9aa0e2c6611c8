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
n, k = int_line(rows[0], 2, 1, 2 * 10**5, "line 1")
need(k <= 10**5, f"k = {k} is over 10^5")
line_count(rows, k + 2)
total = 0
for i in range(1, k + 1):
    values = int_line(rows[i], None, 1, 2 * 10**5, f"line {i + 1}")
    stops = values[1:]
    need(values[0] == len(stops), f"line {i + 1}: L does not count the stops")
    need(all(s <= n for s in stops), f"line {i + 1}: a stop is over n = {n}")
    need(len(set(stops)) == len(stops), f"line {i + 1}: stops must be distinct")
    total += len(stops)
need(total <= 2 * 10**5, f"the lines hold {total} stops, over 2*10^5")
int_line(rows[k + 1], 2, 1, n, f"line {k + 2}")
