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


n, stages = args(2)
int_in(n, 0, 10**18, "n")
list_of(stages, 1, 8, "stages")
SHAPES = {"map_affine": 3, "filter_mod": 2, "skip": 1, "take": 1, "take_while_lt": 1,
          "dedupe": 0, "running_sum": 0, "chunk_sum": 1, "window_max": 1}
for i, stage in enumerate(stages):
    need(isinstance(stage, list) and stage and stage[0] in SHAPES, f"stages[{i}] is not a stage")
    kind, params = stage[0], stage[1:]
    need(len(params) == SHAPES[kind], f"stages[{i}] {kind} takes {SHAPES[kind]} parameters")
    bounds = {"map_affine": [(0, 10**9), (0, 10**9), (1, 10**9 + 7)], "filter_mod": [(1, 6), (0, 5)],
              "skip": [(0, 10**5)], "take": [(0, 10**5)], "take_while_lt": [(1, 10**9)],
              "chunk_sum": [(1, 10)], "window_max": [(1, 5 * 10**4)]}.get(kind, [])
    for j, (lo, hi) in enumerate(bounds):
        int_in(params[j], lo, hi, f"stages[{i}] parameter {j + 1}")
    if kind == "filter_mod":
        need(params[1] < params[0], f"stages[{i}]: r must be below d")

# Run the pipeline lazily, counting what the source gives, to check the stated termination.
pulled = 0


def source():
    global pulled
    x = 0
    while x < n:
        x += 1
        pulled += 1
        need(pulled <= 3 * 10**5, "the pipeline takes more than 3*10^5 items from the source")
        yield x


def apply(stream, stage):
    kind, p = stage[0], stage[1:]
    if kind == "map_affine":
        return ((p[0] * x + p[1]) % p[2] for x in stream)
    if kind == "filter_mod":
        return (x for x in stream if x % p[0] == p[1])
    if kind == "skip":
        return __import__("itertools").islice(stream, p[0], None)
    if kind == "take":
        return __import__("itertools").islice(stream, p[0])
    if kind == "take_while_lt":
        return __import__("itertools").takewhile(lambda x: x < p[0], stream)
    if kind == "dedupe":
        return (key for key, _ in __import__("itertools").groupby(stream))
    if kind == "running_sum":
        return __import__("itertools").accumulate(stream)
    if kind == "chunk_sum":
        def chunks(it=iter(stream)):
            while block := list(__import__("itertools").islice(it, p[0])):
                yield sum(block)
        return chunks()
    def windows(it=stream, w=p[0]):
        dq = __import__("collections").deque()  # indices of a decreasing run of values
        for i, x in enumerate(it):
            while dq and dq[-1][1] <= x:
                dq.pop()
            dq.append((i, x))
            if dq[0][0] <= i - w:
                dq.popleft()
            if i >= w - 1:
                yield dq[0][1]
    return windows()


stream = source()
for stage in stages:
    stream = apply(stream, stage)
produced = 0
for _ in stream:
    produced += 1
    need(produced <= 10**5, "the pipeline produces more than 10^5 items")
