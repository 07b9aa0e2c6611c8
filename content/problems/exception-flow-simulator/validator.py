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


raw = sys.stdin.buffer.read()
need(len(raw) <= 100 * 1024, f"the input is {len(raw)} bytes, over 100 KB")
sys.stdin = __import__("io").TextIOWrapper(__import__("io").BytesIO(raw))
classes, functions, main = args(3)
known = {"BaseException", "Exception", "RuntimeError"}
list_of(classes, 0, 12, "classes")
for i, pair in enumerate(classes):
    need(isinstance(pair, list) and len(pair) == 2, f"classes[{i}] must be [name, parent]")
    name, parent = pair
    need(isinstance(name, str) and name.isidentifier() and name not in known, f"classes[{i}] name")
    need(parent in known, f"classes[{i}]: parent {parent!r:.30} is not defined before it")
    known.add(name)
need(isinstance(functions, dict) and len(functions) <= 7, "functions: an object of at most 7")
calls_of: dict[str, set] = {}


def body(statements: object, where: str, function: str, in_loop: bool, depth: int) -> None:
    need(depth <= 12, f"{where}: nesting deeper than 12")
    need(isinstance(statements, list), f"{where} must be a list of statements")
    for i, st in enumerate(statements):
        at = f"{where}[{i}]"
        need(isinstance(st, list) and st and isinstance(st[0], str), f"{at} is not a statement")
        kind, rest = st[0], st[1:]
        if kind in ("print", "return"):
            need(len(rest) == 1 and isinstance(rest[0], str), f"{at}: {kind} takes one text")
        elif kind == "raise":
            need(1 <= len(rest) <= 2 and rest[0] in known, f"{at}: raise of an unknown class")
            need(len(rest) == 1 or rest[1] in ("from", "from_none"), f"{at}: bad raise form")
        elif kind == "reraise":
            need(not rest, f"{at}: reraise takes nothing")
        elif kind == "call":
            need(len(rest) == 1 and rest[0] in functions, f"{at}: call of an unknown function")
            calls_of.setdefault(function, set()).add(rest[0])
        elif kind in ("break", "continue"):
            need(not rest and in_loop, f"{at}: {kind} outside a loop")
        elif kind == "loop":
            need(len(rest) == 2, f"{at}: loop takes n and a body")
            int_in(rest[0], 1, 3, f"{at} loop count")
            body(rest[1], f"{at}.body", function, True, depth + 1)
        elif kind == "try":
            need(len(rest) == 4, f"{at}: try takes body, handlers, else, finally")
            try_body, handlers, else_body, finally_body = rest
            body(try_body, f"{at}.body", function, in_loop, depth + 1)
            need(isinstance(handlers, list), f"{at}: handlers must be a list")
            for j, handler in enumerate(handlers):
                need(isinstance(handler, list) and len(handler) == 2, f"{at} handler {j}")
                need(isinstance(handler[0], list), f"{at} handler {j}: classes must be a list")
                need(all(c in known for c in handler[0]), f"{at} handler {j}: unknown class")
                body(handler[1], f"{at}.handler{j}", function, in_loop, depth + 1)
            body(else_body, f"{at}.else", function, in_loop, depth + 1)
            body(finally_body, f"{at}.finally", function, in_loop, depth + 1)
            need(bool(handlers) or bool(finally_body), f"{at}: no handler and no finally")
            need(not else_body or bool(handlers), f"{at}: else without handlers")
        else:
            fail(f"{at}: unknown statement {kind!r:.20}")


for fname, fbody in functions.items():
    need(fname.isidentifier(), f"function name {fname!r:.30}")
    body(fbody, f"functions[{fname!r}]", fname, False, 1)
body(main, "main", "", False, 1)
# No recursion: the call graph among functions is acyclic (iterative colouring).
state: dict[str, int] = {}
for start in functions:
    if state.get(start):
        continue
    stack = [(start, iter(sorted(calls_of.get(start, ()))))]
    state[start] = 1
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:
            state[node] = 2
            stack.pop()
        elif state.get(child) == 1:
            fail(f"function {child!r} can call itself back")
        elif not state.get(child):
            state[child] = 1
            stack.append((child, iter(sorted(calls_of.get(child, ())))))
