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


def level_order(values: object, lo: int, hi: int, max_nodes: int, what: str) -> list[list]:
    """A LeetCode level-order tree (null = no child) as nodes [value, left, right] (indices or
    None), root first; values are integers in [lo, hi]. Raises nothing: fails with a reason."""
    need(isinstance(values, list), f"{what} must be a list")
    if not values:
        return []
    need(values[0] is not None, f"{what} must not start with null")
    need(values[-1] is not None, f"{what} must not end with null")
    nodes: list[list] = []
    queue: list[int] = []
    head = 0
    for i, value in enumerate(values):
        if value is not None:
            int_in(value, lo, hi, f"{what}[{i}]")
        if i == 0:
            nodes.append([value, None, None])
            queue.append(0)
            continue
        need(head < len(queue), f"{what}[{i}] has no parent left")
        parent, side = queue[head], 1 if i % 2 == 1 else 2
        # children come in pairs: entries 1,2 belong to the first parent, 3,4 to the next...
        if value is not None:
            nodes.append([value, None, None])
            nodes[parent][side] = len(nodes) - 1
            queue.append(len(nodes) - 1)
        if side == 2:
            head += 1
    need(len(nodes) <= max_nodes, f"{what} has {len(nodes)} nodes, more than {max_nodes}")
    return nodes


def height(nodes: list[list]) -> int:
    """Nodes on the longest root-to-leaf path (0 for the empty tree), without recursion."""
    best, stack = 0, [(0, 1)] if nodes else []
    while stack:
        index, depth = stack.pop()
        best = max(best, depth)
        for child in nodes[index][1:]:
            if child is not None:
                stack.append((child, depth + 1))
    return best


def in_order(nodes: list[list]) -> list:
    """Values in in-order, without recursion."""
    out, stack, index = [], [], 0 if nodes else None
    while stack or index is not None:
        while index is not None:
            stack.append(index)
            index = nodes[index][1]
        index = stack.pop()
        out.append(nodes[index][0])
        index = nodes[index][2]
    return out


(tree,) = args(1)
nodes = level_order(tree, -(10**9), 10**9, 2 * 10**5, "root")
need(height(nodes) <= 500, f"the tree's height {height(nodes)} is over 500")
