"""What each mode does with a well-behaved program, through the real jail."""

from __future__ import annotations

import json
import textwrap

import pytest
from sandbox_helpers import run_one, run_program

from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, Status

pytestmark = pytest.mark.sandbox


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def function(source: str, entry: str = "solve", **kw: object) -> ProgramSpec:
    return ProgramSpec(Mode.FUNCTION, source, entry=entry, **kw)  # type: ignore[arg-type]


def test_stdio_program_reads_stdin_and_its_stdout_is_the_output() -> None:
    program = ProgramSpec(
        Mode.STDIO,
        code("""
            import sys
            n = int(input())
            rows = sys.stdin.read().split()
            print(n, len(rows), rows[-1])
        """),
    )
    outcome = run_one(program, b"3\nalpha\nbeta\ngamma\n")
    assert outcome.status is Status.OK
    assert outcome.output == b"3 3 gamma\n"
    assert outcome.exit_code == 0
    assert outcome.signal is None


def test_stdin_of_several_megabytes_is_read_completely() -> None:
    numbers = " ".join(str(i) for i in range(10**6)).encode() + b"\n"
    program = ProgramSpec(Mode.STDIO, "import sys\nprint(sum(map(int, sys.stdin.read().split())))")
    outcome = run_one(program, numbers, Limits(cpu_time_ms=5000, memory_mb=256))
    assert outcome.status is Status.OK
    assert outcome.output == f"{sum(range(10**6))}\n".encode()


def test_unicode_round_trips_through_stdin_and_stdout() -> None:
    text = "zima → арка ❄"
    outcome = run_one(ProgramSpec(Mode.STDIO, "print(input()[::-1])"), f"{text}\n".encode())
    assert outcome.output == f"{text[::-1]}\n".encode()


def test_large_output_within_the_cap_is_ok() -> None:
    program = ProgramSpec(Mode.STDIO, "import sys\nsys.stdout.write('y' * (6 * 1024 * 1024))")
    outcome = run_one(program, b"", Limits(cpu_time_ms=2000, memory_mb=256))
    assert outcome.status is Status.OK
    assert outcome.output == b"y" * (6 * 1024 * 1024)


def test_output_just_over_the_cap_is_output_limit() -> None:
    program = ProgramSpec(Mode.STDIO, "import sys\nsys.stdout.write('y' * 1001)")
    outcome = run_one(program, b"", Limits(cpu_time_ms=1000, memory_mb=64, output_bytes=1000))
    assert outcome.status is Status.OUTPUT_LIMIT


def test_syntax_error_is_compile_error_with_its_line() -> None:
    outcome = run_one(ProgramSpec(Mode.STDIO, "x = 1\ny = 2\nif x == y\n    print(x)\n"))
    assert outcome.status is Status.COMPILE_ERROR
    assert outcome.message.startswith("line 3:")


def test_indentation_error_in_a_function_program_is_compile_error() -> None:
    outcome = run_one(function("class Solution:\n    def solve(self):\n    return 1\n"))
    assert outcome.status is Status.COMPILE_ERROR
    assert outcome.message.startswith("line 3:")


def test_a_failed_start_keeps_returning_the_compile_error() -> None:
    outcomes = run_program(ProgramSpec(Mode.STDIO, "def broken(:\n"), [b"", b""])
    assert [o.status for o in outcomes] == [Status.COMPILE_ERROR]


def test_runtime_error_message_names_the_learner_line() -> None:
    outcome = run_one(ProgramSpec(Mode.STDIO, "a = 1\nb = 0\n\nprint(a // b)\n"))
    assert outcome.status is Status.RUNTIME_ERROR
    assert outcome.message == "ZeroDivisionError: integer division or modulo by zero (line 4)"
    assert b'File "solution.py", line 4' in outcome.stderr
    assert b"harness" not in outcome.stderr


def test_sys_exit_zero_is_ok_and_non_zero_is_runtime_error() -> None:
    program = ProgramSpec(Mode.STDIO, "import sys\nprint('bye')\nsys.exit(int(input()))")
    ok, failed = run_program(program, [b"0\n", b"3\n"])
    assert ok.status is Status.OK
    assert ok.output == b"bye\n"
    assert failed.status is Status.RUNTIME_ERROR
    assert failed.exit_code == 3
    assert failed.message == "exit code 3"


def test_each_test_runs_in_a_fresh_process() -> None:
    program = ProgramSpec(
        Mode.STDIO,
        "import os\ncounter = globals().setdefault('counter', 0) + 1\n"
        "os.environ['SEEN'] = os.environ.get('SEEN', '') + 'x'\nprint(counter, os.environ['SEEN'])",
    )
    outcomes = run_program(program, [b"", b"", b""])
    assert [o.output for o in outcomes] == [b"1 x\n"] * 3


def test_non_daemon_threads_finish_before_the_output_is_taken() -> None:
    program = ProgramSpec(
        Mode.STDIO,
        "import threading, time\n"
        "def late():\n    time.sleep(0.05)\n    print('late')\n"
        "threading.Thread(target=late).start()\nprint('early')",
    )
    assert run_one(program).output == b"early\nlate\n"


def test_cpu_time_and_memory_are_measured() -> None:
    program = ProgramSpec(
        Mode.STDIO,
        "import time\nblob = bytearray(96 * 1024 * 1024)\nend = time.process_time() + 0.2\n"
        "while time.process_time() < end:\n    pass\nprint(len(blob))",
    )
    outcome = run_one(program, b"", Limits(cpu_time_ms=3000, memory_mb=256))
    assert outcome.status is Status.OK
    assert 150 <= outcome.cpu_ms < 2000
    assert outcome.wall_ms >= outcome.cpu_ms * 0.5
    assert 96 * 1024 <= outcome.memory_kb < 200 * 1024


def test_a_program_that_uses_the_whole_memory_limit_is_ok() -> None:
    program = ProgramSpec(Mode.STDIO, "blob = bytearray(200 * 1024 * 1024)\nprint(len(blob))")
    outcome = run_one(program, b"", Limits(cpu_time_ms=2000, memory_mb=256))
    assert outcome.status is Status.OK


def test_function_mode_returns_json_of_the_return_value() -> None:
    program = function(
        "class Solution:\n    def solve(self, nums, target):\n"
        "        seen = {}\n        for i, n in enumerate(nums):\n"
        "            if target - n in seen:\n                return [seen[target - n], i]\n"
        "            seen[n] = i\n"
    )
    outcome = run_one(program, {"args": [[2, 7, 11, 15], 9]})
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == [0, 1]


def test_function_prints_do_not_corrupt_the_result_and_go_to_stderr() -> None:
    program = function(
        "class Solution:\n    def solve(self, x):\n"
        "        print('debug', x)\n        print('{\"fake\": 1}')\n        return {'x': x}\n"
    )
    outcome = run_one(program, {"args": ["é"]})
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == {"x": "é"}
    assert b"debug" in outcome.stderr


def test_the_learner_module_is_named_solution_not_main() -> None:
    program = function(
        "class Solution:\n    def solve(self):\n        return [__name__, ListNode(3).val]\n"
    )
    assert json.loads(run_one(program, {"args": []}).output) == ["solution", 3]


def test_a_missing_method_is_runtime_error() -> None:
    outcome = run_one(function("class Solution:\n    pass\n"), {"args": []})
    assert outcome.status is Status.RUNTIME_ERROR
    assert "has no method 'solve'" in outcome.message


@pytest.mark.parametrize("values", [[], [1], [1, 2, 3, 4, 5]])
def test_list_node_arguments_and_results_round_trip(values: list[int]) -> None:
    program = function(
        "class Solution:\n    def solve(self, head):\n        prev = None\n"
        "        while head:\n            head.next, prev, head = prev, head, head.next\n"
        "        return prev\n",
        params=("list_node",),
        returns="list_node",
    )
    outcome = run_one(program, {"args": [values]})
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == values[::-1]


def test_a_cyclic_list_result_is_runtime_error() -> None:
    program = function(
        code("""
            class Solution:
                def solve(self, head):
                    head.next = head
                    return head
        """),
        params=("list_node",),
        returns="list_node",
    )
    outcome = run_one(program, {"args": [[1, 2]]})
    assert outcome.status is Status.RUNTIME_ERROR
    assert "cycle" in outcome.message


@pytest.mark.parametrize(
    "tree",
    [[], [1], [1, None, 2], [4, 2, 7, 1, 3, 6, 9], [1, 2, None, 3, None, 4], [5, 3, 8, None, 4]],
)
def test_tree_node_arguments_and_results_round_trip(tree: list[int | None]) -> None:
    program = function(
        "class Solution:\n    def solve(self, root):\n        return root\n",
        params=("tree_node",),
        returns="tree_node",
    )
    outcome = run_one(program, {"args": [tree]})
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == tree


def test_tree_results_drop_trailing_nulls() -> None:
    program = function(
        code("""
            class Solution:
                def solve(self, root):
                    root.right = None
                    return root
        """),
        params=("tree_node",),
        returns="tree_node",
    )
    assert json.loads(run_one(program, {"args": [[1, 2, 3]]}).output) == [1, 2]


def test_an_async_method_is_awaited() -> None:
    program = function(
        code("""
            import asyncio
            class Solution:
                async def solve(self, xs):
                    async def twice(x):
                        await asyncio.sleep(0)
                        return 2 * x
                    return list(await asyncio.gather(*(twice(x) for x in xs)))
        """)
    )
    outcome = run_one(program, {"args": [[1, 2, 3]]})
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == [2, 4, 6]


def test_design_calls_methods_in_order_with_null_for_the_constructor() -> None:
    program = ProgramSpec(
        Mode.DESIGN,
        code("""
            from collections import OrderedDict
            class LRUCache:
                def __init__(self, capacity):
                    self.cap, self.d = capacity, OrderedDict()
                def get(self, key):
                    if key not in self.d:
                        return -1
                    self.d.move_to_end(key)
                    return self.d[key]
                def put(self, key, value):
                    self.d[key] = value
                    self.d.move_to_end(key)
                    if len(self.d) > self.cap:
                        self.d.popitem(last=False)
        """),
        entry="LRUCache",
    )
    payload = {
        "ops": ["LRUCache", "put", "put", "get", "put", "get", "get"],
        "args": [[2], [1, 1], [2, 2], [1], [3, 3], [2], [3]],
    }
    outcome = run_one(program, payload)
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == [None, None, None, 1, None, -1, 3]


def test_design_async_methods_share_one_event_loop() -> None:
    program = ProgramSpec(
        Mode.DESIGN,
        code("""
            import asyncio
            class Box:
                def __init__(self):
                    self.q = None
                async def put(self, x):
                    self.q = self.q or asyncio.Queue()
                    await self.q.put(x)
                async def take(self):
                    return await self.q.get()
        """),
        entry="Box",
    )
    outcome = run_one(program, {"ops": ["Box", "put", "put", "take"], "args": [[], [1], [2], []]})
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == [None, None, None, 1]


def test_design_exception_in_a_method_is_runtime_error_with_its_line() -> None:
    program = ProgramSpec(
        Mode.DESIGN,
        "class Stack:\n    def __init__(self):\n        self.items = []\n"
        "    def pop(self):\n        return self.items.pop()\n",
        entry="Stack",
    )
    outcome = run_one(program, {"ops": ["Stack", "pop"], "args": [[], []]})
    assert outcome.status is Status.RUNTIME_ERROR
    assert outcome.message == "IndexError: pop from empty list (line 5)"


SCHEMA = "CREATE TABLE people(name TEXT, age INTEGER, photo BLOB);"


def test_sql_query_returns_columns_and_rows() -> None:
    program = ProgramSpec(
        Mode.SQL, "SELECT name, age FROM people WHERE age > 1 ORDER BY age;", schema_sql=SCHEMA
    )
    data = "INSERT INTO people VALUES ('ann', 3, NULL), ('bo', 1, NULL), ('cy', 2, x'00ff');"
    outcome = run_one(program, {"data_sql": data})
    assert outcome.status is Status.OK
    assert json.loads(outcome.output) == {
        "columns": ["name", "age"],
        "rows": [["cy", 2], ["ann", 3]],
    }


def test_every_sql_test_gets_a_fresh_database() -> None:
    program = ProgramSpec(Mode.SQL, "SELECT count(*) AS n FROM people", schema_sql=SCHEMA)
    data = json.dumps({"data_sql": "INSERT INTO people VALUES ('a', 1, NULL);"}).encode()
    outcomes = run_program(program, [data, data])
    assert [json.loads(o.output)["rows"] for o in outcomes] == [[[1]], [[1]]]


def test_sql_syntax_error_is_runtime_error_with_sqlite_message() -> None:
    program = ProgramSpec(Mode.SQL, "SELEC name FROM people", schema_sql=SCHEMA)
    outcome = run_one(program, {"data_sql": None})
    assert outcome.status is Status.RUNTIME_ERROR
    assert 'near "SELEC": syntax error' in outcome.message


def test_sql_with_two_statements_is_runtime_error() -> None:
    program = ProgramSpec(Mode.SQL, "SELECT 1; DROP TABLE people;", schema_sql=SCHEMA)
    outcome = run_one(program, {"data_sql": None})
    assert outcome.status is Status.RUNTIME_ERROR
    assert "one statement" in outcome.message


def test_a_broken_schema_is_internal_error_not_the_learners_fault() -> None:
    outcome = run_one(ProgramSpec(Mode.SQL, "SELECT 1", schema_sql="CREATE TABLE ("))
    assert outcome.status is Status.INTERNAL_ERROR


def test_checker_verdicts_come_back_as_ok_and_message() -> None:
    program = ProgramSpec(
        Mode.CHECKER,
        "def check(input, expected, actual):\n"
        "    if actual == expected:\n        return True\n"
        "    return False, f'wanted {expected}, got {actual}'\n",
    )
    payloads = [
        json.dumps({"input": [1], "expected": 2, "actual": 2}).encode(),
        json.dumps({"input": [1], "expected": 2, "actual": 3}).encode(),
    ]
    good, bad = run_program(program, payloads)
    assert json.loads(good.output) == [True, ""]
    assert json.loads(bad.output) == [False, "wanted 2, got 3"]


def test_a_checker_returning_something_else_is_runtime_error() -> None:
    program = ProgramSpec(Mode.CHECKER, "def check(input, expected, actual):\n    return 'yes'\n")
    outcome = run_one(program, {"input": 1, "expected": 1, "actual": 1})
    assert outcome.status is Status.RUNTIME_ERROR
    assert "bool" in outcome.message


def test_a_payload_that_does_not_fit_the_mode_is_internal_error() -> None:
    outcomes = run_program(
        function("class Solution:\n    def solve(self):\n        return 1\n"),
        [
            b"not json",
            b'{"args": []}',
        ],
    )
    assert outcomes[0].status is Status.INTERNAL_ERROR
    assert outcomes[1].status is Status.OK
