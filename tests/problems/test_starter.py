"""The code a learner starts from: the statement's signature, or a skeleton for the type."""

from __future__ import annotations

import ast

import pytest

from winterarc.problems.starter import SQL_STARTER, STDIO_STARTER, starter_code


def test_stdio_problems_start_from_a_skeleton_that_reads_stdin() -> None:
    code = starter_code("stdio", "# Sum\n\n```python\ndef not_used(): ...\n```")
    assert code == STDIO_STARTER
    assert "sys.stdin.read()" in code
    ast.parse(code)


def test_sql_problems_start_from_a_select() -> None:
    assert starter_code("sql", "```python\ndef f(): ...\n```") == SQL_STARTER
    assert "SELECT" in SQL_STARTER


@pytest.mark.parametrize("kind", ["function", "design"])
def test_the_first_python_block_that_defines_something_is_the_starter(kind: str) -> None:
    statement = (
        "# Cache\n\nUsage:\n\n```python\ncache = LRUCache(2)\ncache.put(1, 1)\n```\n\n"
        "Implement:\n\n```python\nclass LRUCache:\n    def __init__(self, capacity: int) -> None:"
        "\n        ...\n\n\n```\n\nAnother:\n\n```python\ndef later(): ...\n```\n"
    )
    code = starter_code(kind, statement)
    assert code == (
        "class LRUCache:\n    def __init__(self, capacity: int) -> None:\n        ...\n"
    )
    ast.parse(code)


def test_a_py_fence_and_a_top_level_function_count_too() -> None:
    statement = "Write it:\n\n```py\ndef total(xs: list[int]) -> int:\n    ...\n```\n"
    assert starter_code("function", statement) == "def total(xs: list[int]) -> int:\n    ...\n"


def test_an_indented_definition_counts() -> None:
    statement = "```python\n    def solve(self) -> None: ...\n```\n"
    assert starter_code("function", statement) == "    def solve(self) -> None: ...\n"


@pytest.mark.parametrize(
    "statement",
    [
        "",
        "No code at all.",
        "```python\nprint('an example, no definition')\n```",
        "```sql\nCREATE TABLE t (id int);\n```",
        "```\ndef untyped_fence(): ...\n```",
        "Inline `def f(): ...` is not a block.",
    ],
)
def test_without_a_signature_function_problems_start_from_a_solution_class(
    statement: str,
) -> None:
    assert starter_code("function", statement) == "class Solution:\n    pass\n"
    assert starter_code("design", statement) == "class Solution:\n    pass\n"


def test_an_unknown_type_falls_back_to_the_stdio_skeleton() -> None:
    assert starter_code("something-new", "") == STDIO_STARTER
