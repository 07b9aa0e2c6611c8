"""Runs trusted fixture code with no sandbox at all: for the package tests only.

One JSON request on stdin: {"mode", "entry", "params", "returns", "schema_sql", "jobs":
[{"source", "payloads": [base64...]}]}; prints {"outputs": [[{"output": base64} | {"error": str}]]},
one list per job.
It mimics the sandbox's I/O contract (stdio bytes; function/design/sql JSON; checker [ok, msg])
so the fixtures can be proven right without bubblewrap.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import io
import json
import sqlite3
import sys
import traceback
from collections import deque
from typing import Any


class ListNode:
    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


class TreeNode:
    def __init__(
        self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right


def to_list_node(values: list[Any]) -> ListNode | None:
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def from_list_node(head: ListNode | None) -> list[Any]:
    values = []
    while head is not None and len(values) <= 10**6:
        values.append(head.val)
        head = head.next
    return values


def to_tree(values: list[Any]) -> TreeNode | None:
    if not values:
        return None
    root = TreeNode(values[0])
    queue, index = deque([root]), 1
    while queue and index < len(values):
        node = queue.popleft()
        for side in ("left", "right"):
            if index < len(values) and values[index] is not None:
                child = TreeNode(values[index])
                setattr(node, side, child)
                queue.append(child)
            index += 1
    return root


def from_tree(root: TreeNode | None) -> list[Any]:
    values: list[Any] = []
    queue: deque[TreeNode | None] = deque([root] if root else [])
    while queue:
        node = queue.popleft()
        values.append(None if node is None else node.val)
        if node is not None:
            queue.extend((node.left, node.right))
    while values and values[-1] is None:
        values.pop()
    return values


_TO = {"json": lambda v: v, "list_node": to_list_node, "tree_node": to_tree}
_FROM = {"json": lambda v: v, "list_node": from_list_node, "tree_node": from_tree}


def _settle(value: Any) -> Any:
    return asyncio.run(value) if inspect.iscoroutine(value) else value


def run_stdio(source: str, payload: bytes) -> bytes:
    buffer = io.BytesIO()
    stdout = io.TextIOWrapper(buffer, encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.argv
    sys.stdin = io.TextIOWrapper(io.BytesIO(payload), encoding="utf-8")
    sys.stdout, sys.argv = stdout, ["program.py"]
    try:
        exec(compile(source, "program.py", "exec"), {"__name__": "__main__"})
    except SystemExit:
        pass
    finally:
        stdout.flush()
        stdout.detach()
        sys.stdin, sys.stdout, sys.argv = saved
    return buffer.getvalue()


def run_function(request: dict[str, Any], payload: bytes) -> bytes:
    namespace: dict[str, Any] = {"__name__": "solution", "ListNode": ListNode, "TreeNode": TreeNode}
    exec(compile(request["source"], "solution.py", "exec"), namespace)
    args = json.loads(payload)["args"]
    params = request["params"] or ["json"] * len(args)
    method = getattr(namespace["Solution"](), request["entry"])
    result = _settle(method(*(_TO[kind](arg) for kind, arg in zip(params, args, strict=True))))
    return json.dumps(_FROM[request["returns"]](result)).encode()


def run_design(request: dict[str, Any], payload: bytes) -> bytes:
    namespace: dict[str, Any] = {"__name__": "solution"}
    exec(compile(request["source"], "solution.py", "exec"), namespace)
    calls = json.loads(payload)
    instance = namespace[request["entry"]](*calls["args"][0])
    results: list[Any] = [None]
    for op, args in zip(calls["ops"][1:], calls["args"][1:], strict=True):
        results.append(_settle(getattr(instance, op)(*args)))
    return json.dumps(results).encode()


def run_sql(request: dict[str, Any], payload: bytes) -> bytes:
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(request["schema_sql"])
        data_sql = json.loads(payload)["data_sql"]
        if data_sql:
            connection.executescript(data_sql)
        cursor = connection.execute(request["source"])
        columns = [description[0] for description in cursor.description]
        rows = [list(row) for row in cursor.fetchall()]
    finally:
        connection.close()
    return json.dumps({"columns": columns, "rows": rows}).encode()


def run_checker(request: dict[str, Any], payload: bytes) -> bytes:
    namespace: dict[str, Any] = {"__name__": "checker"}
    exec(compile(request["source"], "checker.py", "exec"), namespace)
    data = json.loads(payload)
    answer = namespace["check"](data["input"], data["expected"], data["actual"])
    ok, message = answer if isinstance(answer, tuple) else (answer, "")
    return json.dumps([bool(ok), str(message)]).encode()


_MODES = {
    "function": run_function,
    "design": run_design,
    "sql": run_sql,
    "checker": run_checker,
}


def run_one(request: dict[str, Any], payload: bytes) -> dict[str, str]:
    try:
        if request["mode"] == "stdio":
            output = run_stdio(request["source"], payload)
        else:
            output = _MODES[request["mode"]](request, payload)
    except Exception as error:
        return {"error": traceback.format_exception_only(error)[-1].strip()}
    return {"output": base64.b64encode(output).decode()}


def main() -> None:
    request = json.load(sys.stdin)
    outputs = []
    for job in request["jobs"]:
        program = {**request, "source": job["source"]}
        outputs.append([run_one(program, base64.b64decode(p)) for p in job["payloads"]])
    sys.stdout.write(json.dumps({"outputs": outputs}))


if __name__ == "__main__":
    main()
