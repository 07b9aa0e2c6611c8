"""A small PromQL reader and evaluator for the checks: enough of the language to run alert
expressions against made-up series and see whether they fire.

Supported: selectors with =, !=, =~, !~ matchers and [range] windows; numbers; + - * / %
and the comparisons (with `bool`); and, or, unless; on(...) / ignoring(...) matching;
sum, avg, min, max, count with by/without; rate, irate, increase, histogram_quantile, absent,
abs, clamp_min, clamp_max. Anything else is reported as unsupported.

Series are modelled, not sampled: a counter has a lifetime total and a steady per-second
rate (rate/irate give the rate, increase gives rate x window); a gauge has a value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

AGGREGATIONS = {"sum", "avg", "min", "max", "count"}
FUNCTIONS = {"rate", "irate", "increase", "histogram_quantile", "absent", "abs", "clamp_min", "clamp_max"}
UNSUPPORTED = {
    "offset", "group_left", "group_right", "topk", "bottomk", "quantile", "stddev", "stdvar",
    "count_values", "avg_over_time", "sum_over_time", "max_over_time", "min_over_time",
    "predict_linear", "deriv", "delta", "label_replace", "label_join", "time", "vector", "scalar",
}
COMPARISONS = {"==", "!=", ">", "<", ">=", "<="}
DURATION = re.compile(r"(?:\d+(?:ms|y|w|d|h|m|s))+")
UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}
TOKEN = re.compile(
    r"""\s*(?:
        (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w:]))
      | (?P<duration>\[[^\]]*\])
      | (?P<string>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')
      | (?P<op>==|!=|>=|<=|=~|!~|[-+*/%^<>=(){},])
      | (?P<name>[A-Za-z_:][A-Za-z0-9_:]*)
    )""",
    re.VERBOSE,
)


class PromQLError(ValueError):
    """The expression cannot be read (or uses something the checks do not support)."""


def seconds(text: str) -> float:
    if not DURATION.fullmatch(text):
        raise PromQLError(f"{text!r} is not a duration such as 5m or 1h30m")
    return sum(int(n) * UNITS[unit] for n, unit in re.findall(r"(\d+)(ms|y|w|d|h|m|s)", text))


# -- the syntax tree ------------------------------------------------------------------------


@dataclass
class Number:
    value: float


@dataclass
class Selector:
    matchers: list[tuple[str, str, str]]  # (label, op, value), __name__ included
    window: float | None = None  # seconds, for a range vector

    @property
    def name(self) -> str | None:
        return next((v for label, op, v in self.matchers if label == "__name__" and op == "="), None)


@dataclass
class Call:
    function: str
    args: list


@dataclass
class Aggregate:
    op: str
    expr: object
    by: list[str] | None = None
    without: list[str] | None = None


@dataclass
class Binary:
    op: str
    left: object
    right: object
    bool_: bool = False
    on: list[str] | None = None
    ignoring: list[str] | None = None


@dataclass
class Negate:
    expr: object


def walk(node):
    """Every node of the tree, depth first."""
    yield node
    for child in (
        [node.expr] if isinstance(node, (Aggregate, Negate))
        else [node.left, node.right] if isinstance(node, Binary)
        else node.args if isinstance(node, Call)
        else []
    ):
        yield from walk(child)


# -- the parser -----------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str):
        self.tokens: list[tuple[str, str]] = []
        position = 0
        text = re.sub(r"#[^\n]*", "", text)
        while position < len(text):
            if text[position:].strip() == "":
                break
            match = TOKEN.match(text, position)
            if not match or match.end() == position:
                raise PromQLError(f"cannot read {text[position:position + 20].strip()!r}")
            kind = match.lastgroup
            self.tokens.append((kind, match.group(kind)))
            position = match.end()
        self.index = 0

    def peek(self, offset=0):
        index = self.index + offset
        return self.tokens[index] if index < len(self.tokens) else ("end", "")

    def take(self, value=None):
        token = self.peek()
        if value is not None and token[1] != value:
            raise PromQLError(f"expected {value!r}, found {token[1] or 'the end'!r}")
        self.index += 1
        return token

    def parse(self):
        node = self.binary(0)
        if self.peek()[0] != "end":
            raise PromQLError(f"unexpected {self.peek()[1]!r}")
        return node

    LEVELS = [("or",), ("and", "unless"), tuple(COMPARISONS), ("+", "-"), ("*", "/", "%")]

    def binary(self, level):
        if level == len(self.LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek()[1] in self.LEVELS[level] and self.peek()[0] in ("op", "name"):
            op = self.take()[1]
            is_bool = False
            if self.peek() == ("name", "bool"):
                self.take()
                is_bool = True
            on = ignoring = None
            if self.peek()[1] in ("on", "ignoring"):
                keyword = self.take()[1]
                labels = self.labels()
                on, ignoring = (labels, None) if keyword == "on" else (None, labels)
            if self.peek()[1] in ("group_left", "group_right"):
                raise PromQLError(f"{self.peek()[1]} is not supported by the checks")
            right = self.binary(level + 1)
            left = Binary(op, left, right, is_bool, on, ignoring)
        return left

    def unary(self):
        if self.peek()[1] in ("-", "+"):
            sign = self.take()[1]
            inner = self.unary()
            return Negate(inner) if sign == "-" else inner
        node = self.atom()
        if self.peek()[1] == "^":
            raise PromQLError("^ is not supported by the checks")
        return node

    def labels(self):
        self.take("(")
        found = []
        while self.peek()[1] != ")":
            kind, value = self.take()
            if kind != "name":
                raise PromQLError(f"expected a label name, found {value!r}")
            found.append(value)
            if self.peek()[1] == ",":
                self.take()
        self.take(")")
        return found

    def atom(self):
        kind, value = self.peek()
        if kind == "number":
            self.take()
            return Number(float(value))
        if kind == "string":
            raise PromQLError("a string is not a value here")
        if value == "(":
            self.take()
            node = self.binary(0)
            self.take(")")
            return self.range(node)
        if value == "{":
            return self.selector(None)
        if kind != "name":
            raise PromQLError(f"unexpected {value or 'end of expression'!r}")
        lowered = value.lower()
        if lowered in ("inf", "nan") and self.peek(1)[1] != "(":
            self.take()
            return Number(math.inf if lowered == "inf" else math.nan)
        if value in UNSUPPORTED:
            raise PromQLError(f"{value} is not supported by the checks")
        if value in AGGREGATIONS and self.peek(1)[1] in ("(", "by", "without"):
            return self.aggregate()
        if self.peek(1)[1] == "(":
            if value not in FUNCTIONS:
                raise PromQLError(f"unknown or unsupported function {value}()")
            self.take()
            self.take("(")
            args = []
            while self.peek()[1] != ")":
                args.append(self.binary(0))
                if self.peek()[1] == ",":
                    self.take()
            self.take(")")
            return Call(value, args)
        return self.selector(self.take()[1])

    def aggregate(self):
        op = self.take()[1]
        by = without = None
        if self.peek()[1] in ("by", "without"):
            keyword = self.take()[1]
            labels = self.labels()
            by, without = (labels, None) if keyword == "by" else (None, labels)
        self.take("(")
        expr = self.binary(0)
        if self.peek()[1] == ",":
            raise PromQLError(f"{op} takes one argument")
        self.take(")")
        if self.peek()[1] in ("by", "without"):
            keyword = self.take()[1]
            labels = self.labels()
            by, without = (labels, None) if keyword == "by" else (None, labels)
        return Aggregate(op, expr, by, without)

    def selector(self, name):
        matchers = [("__name__", "=", name)] if name else []
        if self.peek()[1] == "{":
            self.take()
            while self.peek()[1] != "}":
                label = self.take()
                if label[0] != "name":
                    raise PromQLError(f"expected a label name, found {label[1]!r}")
                op = self.take()[1]
                if op not in ("=", "!=", "=~", "!~"):
                    raise PromQLError(f"expected =, !=, =~ or !~ after {label[1]}")
                kind, raw = self.take()
                if kind != "string":
                    raise PromQLError(f"label values are quoted strings: {label[1]}{op}{raw}")
                value = bytes(raw[1:-1], "utf-8").decode("unicode_escape")
                matchers.append((label[1], op, value))
                if self.peek()[1] == ",":
                    self.take()
            self.take("}")
        if not matchers:
            raise PromQLError("a selector needs a metric name or a matcher")
        return self.range(Selector(matchers))

    def range(self, node):
        if self.peek()[0] == "duration":
            text = self.take()[1][1:-1].strip()
            if ":" in text:
                raise PromQLError("subqueries are not supported by the checks")
            if not isinstance(node, Selector):
                raise PromQLError("a [range] follows a selector")
            node.window = seconds(text)
        if self.peek() == ("name", "offset"):
            raise PromQLError("offset is not supported by the checks")
        return node


def parse(text) -> object:
    if not isinstance(text, str) or not text.strip():
        raise PromQLError("the expression is empty")
    return _Parser(text).parse()


# -- evaluation ------------------------------------------------------------------------------


@dataclass
class Series:
    labels: dict[str, str]
    value: float = 0.0  # a gauge's value, a counter's lifetime total
    rate: float = 0.0  # a counter's per-second rate (0 for gauges)
    counter: bool = False


@dataclass
class World:
    series: list[Series] = field(default_factory=list)


Vector = list  # of (labels: dict, value: float)


def _matches(series: Series, matchers) -> bool:
    for label, op, wanted in matchers:
        have = series.labels.get(label, "")
        if op == "=" and have != wanted or op == "!=" and have == wanted:
            return False
        if op in ("=~", "!~"):
            found = re.fullmatch(wanted, have) is not None
            if found != (op == "=~"):
                return False
    return True


def _key(labels, on=None, ignoring=None):
    if on is not None:
        return tuple(sorted((k, v) for k, v in labels.items() if k in on))
    dropped = set(ignoring or ()) | {"__name__"}
    return tuple(sorted((k, v) for k, v in labels.items() if k not in dropped))


def _compare(op, a, b):
    return {
        "==": a == b, "!=": a != b, ">": a > b, "<": a < b, ">=": a >= b, "<=": a <= b,
    }[op]


def _arith(op, a, b):
    try:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b if b else (math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a))
        if op == "%":
            return math.fmod(a, b) if b else math.nan
    except OverflowError:
        return math.inf
    raise PromQLError(f"unknown operator {op}")


def _quantile(q, buckets):
    """Prometheus's histogram_quantile over [(le, cumulative count)]."""
    buckets = sorted(buckets)
    if not buckets or not math.isinf(buckets[-1][0]):
        return math.nan
    total = buckets[-1][1]
    if total <= 0 or math.isnan(q):
        return math.nan
    if q < 0:
        return -math.inf
    if q > 1:
        return math.inf
    rank = q * total
    for index, (bound, count) in enumerate(buckets):
        if count >= rank:
            if math.isinf(bound):
                return buckets[-2][0] if len(buckets) > 1 else math.nan
            lower, below = (0.0, 0.0) if index == 0 else buckets[index - 1]
            if index == 0 and bound <= 0:
                return bound
            inside = count - below
            return bound if inside <= 0 else lower + (bound - lower) * (rank - below) / inside
    return math.nan


def evaluate(node, world: World):
    """A float (scalar), a Vector, or ("range", [Series], window) for a range selector."""
    if isinstance(node, Number):
        return node.value
    if isinstance(node, Negate):
        value = evaluate(node.expr, world)
        if isinstance(value, float):
            return -value
        return [(_drop(labels), -v) for labels, v in _vector(value, "-")]
    if isinstance(node, Selector):
        found = [s for s in world.series if _matches(s, node.matchers)]
        if node.window is not None:
            return ("range", found, node.window)
        return [(dict(s.labels), s.value) for s in found]
    if isinstance(node, Call):
        return _call(node, world)
    if isinstance(node, Aggregate):
        vector = _vector(evaluate(node.expr, world), node.op)
        groups: dict[tuple, list] = {}
        for labels, value in vector:
            if node.by is not None:
                kept = {k: v for k, v in labels.items() if k in node.by}
            elif node.without is None:
                kept = {}
            else:
                kept = {k: v for k, v in labels.items() if k not in set(node.without or ()) | {"__name__"}}
            groups.setdefault(tuple(sorted(kept.items())), []).append(value)
        result = []
        for key, values in groups.items():
            if node.op == "sum":
                total = sum(values)
            elif node.op == "avg":
                total = sum(values) / len(values)
            elif node.op == "min":
                total = min(values)
            elif node.op == "max":
                total = max(values)
            else:
                total = float(len(values))
            result.append((dict(key), total))
        return result
    if isinstance(node, Binary):
        return _binary(node, world)
    raise PromQLError(f"cannot evaluate {node!r}")


def _drop(labels):
    return {k: v for k, v in labels.items() if k != "__name__"}


def _vector(value, where):
    if isinstance(value, tuple):
        raise PromQLError(f"{where}: a range vector (a selector with [window]) must go through "
                          "rate(), irate() or increase() first")
    if not isinstance(value, list):
        raise PromQLError(f"{where} expects an instant vector, not a number")
    return value


def _call(node, world):
    name, args = node.function, node.args
    if name in ("rate", "irate", "increase"):
        if len(args) != 1:
            raise PromQLError(f"{name}() takes one range vector")
        value = evaluate(args[0], world)
        if not isinstance(value, tuple):
            raise PromQLError(f"{name}() needs a range vector, such as {name}(metric[5m])")
        _, found, window = value
        factor = window if name == "increase" else 1.0
        return [(_drop(s.labels), s.rate * factor if s.counter else 0.0) for s in found]
    if name == "histogram_quantile":
        if len(args) != 2:
            raise PromQLError("histogram_quantile(q, buckets) takes two arguments")
        q = evaluate(args[0], world)
        if not isinstance(q, float):
            raise PromQLError("histogram_quantile's first argument is a number such as 0.95")
        vector = _vector(evaluate(args[1], world), "histogram_quantile")
        groups: dict[tuple, list] = {}
        for labels, value in vector:
            if "le" not in labels:
                continue  # Prometheus ignores series without an le label
            key = tuple(sorted((k, v) for k, v in labels.items() if k not in ("le", "__name__")))
            groups.setdefault(key, []).append((float(labels["le"]), value))
        return [(dict(key), _quantile(q, buckets)) for key, buckets in groups.items()]
    if name == "absent":
        if len(args) != 1:
            raise PromQLError("absent() takes one instant vector")
        vector = _vector(evaluate(args[0], world), "absent")
        return [] if vector else [({}, 1.0)]
    if name == "abs":
        return [(_drop(l), abs(v)) for l, v in _vector(evaluate(args[0], world), "abs")]
    if name in ("clamp_min", "clamp_max"):
        if len(args) != 2:
            raise PromQLError(f"{name}(vector, number)")
        vector = _vector(evaluate(args[0], world), name)
        bound = evaluate(args[1], world)
        pick = max if name == "clamp_min" else min
        return [(_drop(l), pick(v, bound)) for l, v in vector]
    raise PromQLError(f"unsupported function {name}()")


def _binary(node, world):
    op = node.op
    left, right = evaluate(node.left, world), evaluate(node.right, world)
    if op in ("and", "or", "unless"):
        left, right = _vector(left, op), _vector(right, op)
        keys = {_key(l, node.on, node.ignoring) for l, _ in right}
        if op == "and":
            return [(l, v) for l, v in left if _key(l, node.on, node.ignoring) in keys]
        if op == "unless":
            return [(l, v) for l, v in left if _key(l, node.on, node.ignoring) not in keys]
        mine = {_key(l, node.on, node.ignoring) for l, _ in left}
        return left + [(l, v) for l, v in right if _key(l, node.on, node.ignoring) not in mine]
    comparison = op in COMPARISONS
    if isinstance(left, tuple) or isinstance(right, tuple):
        _vector(left if isinstance(left, tuple) else right, op)
    if isinstance(left, float) and isinstance(right, float):
        if comparison:
            if not node.bool_:
                raise PromQLError("comparing two numbers needs bool")
            return float(_compare(op, left, right))
        return _arith(op, left, right)
    if isinstance(right, float) or isinstance(left, float):
        vector_on_left = isinstance(right, float)
        vector, scalar = (left, right) if vector_on_left else (right, left)
        result = []
        for labels, value in vector:
            a, b = (value, scalar) if vector_on_left else (scalar, value)
            if comparison:
                passed = _compare(op, a, b)
                if node.bool_:
                    result.append((_drop(labels), float(passed)))
                elif passed:
                    result.append((labels, value))
            else:
                result.append((_drop(labels), _arith(op, a, b)))
        return result
    index: dict[tuple, tuple] = {}
    for labels, value in right:
        key = _key(labels, node.on, node.ignoring)
        if key in index:
            raise PromQLError(
                f"{op}: several series on the right have the labels {dict(key)}: aggregate "
                "both sides to the same labels (sum by (...)) before dividing or comparing"
            )
        index[key] = (labels, value)
    result, seen = [], set()
    for labels, value in left:
        key = _key(labels, node.on, node.ignoring)
        if key not in index:
            continue
        if key in seen:
            raise PromQLError(
                f"{op}: several series on the left have the labels {dict(key)}: aggregate both "
                "sides to the same labels (sum by (...)) before dividing or comparing"
            )
        seen.add(key)
        other = index[key][1]
        if comparison:
            passed = _compare(op, value, other)
            if node.bool_:
                result.append((_drop(labels), float(passed)))
            elif passed:
                result.append((labels, value))
        else:
            kept = dict(key) if node.on is not None else _drop(labels)
            result.append((kept, _arith(op, value, other)))
    return result


def fires(expr: str, world: World) -> Vector:
    """The alert's result in that world: an empty vector means it does not fire."""
    value = evaluate(parse(expr), world)
    if not isinstance(value, list):
        raise PromQLError("an alert's expr must give an instant vector (a number never fires)")
    return value  # as in Prometheus, any element fires (even a NaN)
