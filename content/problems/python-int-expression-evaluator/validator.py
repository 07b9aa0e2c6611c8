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


import operator

sys.setrecursionlimit(10**6)  # 3.11 keeps pure-Python recursion off the C stack
TOKEN = re.compile(r"[ \t]*(?:(0|[1-9][0-9]*)|(\*\*|//|<<|>>|[-+*%&|^~()]))")
BINARY = {"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "//": 6, "%": 6, "**": 8}
LIMIT = 2**62
APPLY = {"|": operator.or_, "^": operator.xor, "&": operator.and_, "<<": operator.lshift,
         ">>": operator.rshift, "+": operator.add, "-": operator.sub, "*": operator.mul,
         "//": operator.floordiv, "%": operator.mod, "**": operator.pow}


def tokenize(s: str, where: str) -> list:
    toks: list = []
    pos, end = 0, len(s.rstrip(" \t"))
    while pos < end:
        m = TOKEN.match(s, pos)
        need(m is not None, f"{where}: no token at column {pos + 1}")
        num, op = m.groups()
        need(num is not None or op is not None, f"{where}: no token at column {pos + 1}")
        toks.append(int(num) if num is not None else op)
        pos = m.end()
    toks.append(None)
    return toks


class Parser:
    def __init__(self, toks: list, where: str) -> None:
        self.t, self.i, self.where, self.depth = toks, 0, where, 0

    def check(self, v: int) -> int:
        need(abs(v) < LIMIT, f"{self.where}: a sub-expression's value reaches 2^62")
        return v

    def expr(self, min_bp: int) -> int:
        tok = self.t[self.i]
        self.i += 1
        if tok == "(":
            self.depth += 1
            need(self.depth <= 1100, f"{self.where}: parentheses nest deeper than 1100")
            left = self.expr(0)
            need(self.t[self.i] == ")", f"{self.where}: a '(' is not closed")
            self.i += 1
            self.depth -= 1
        elif tok in ("-", "+", "~"):
            v = self.expr(7)
            left = self.check(-v if tok == "-" else v if tok == "+" else ~v)
        else:
            need(isinstance(tok, int), f"{self.where}: expected a number, '(' or a unary operator")
            left = self.check(tok)
        while True:
            op = self.t[self.i]
            bp = BINARY.get(op) if isinstance(op, str) else None
            if bp is None or bp <= min_bp:
                return left
            self.i += 1
            right = self.expr(7 if op == "**" else bp)
            if op in ("//", "%"):
                need(right != 0, f"{self.where}: division or modulo by zero")
            if op in ("**", "<<", ">>"):
                need(0 <= right <= 64, f"{self.where}: right operand of {op} outside [0, 64]")
            if op == "**" and abs(left) > 1 and right > 62:
                fail(f"{self.where}: a sub-expression's value reaches 2^62")
            left = self.check(APPLY[op](left, right))


rows = lines()
(t,) = int_line(rows[0], 1, 1, 1000, "line 1")
line_count(rows, t + 1)
total = 0
for i in range(1, t + 1):
    where = f"line {i + 1}"
    need(1 <= len(rows[i]) <= 2 * 10**5, f"{where}: expression length {len(rows[i])}")
    total += len(rows[i])
    parser = Parser(tokenize(rows[i], where), where)
    parser.expr(0)
    need(parser.t[parser.i] is None, f"{where}: unexpected token after the expression")
need(total <= 3 * 10**5, f"the expressions hold {total} characters, over 3*10^5")
