"""The code a learner starts from: the signature the statement shows, or a stdio skeleton."""

from __future__ import annotations

import re

_PYTHON_BLOCK = re.compile(r"^```(?:python|py)[ \t]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_DEFINES = re.compile(r"^\s*(class|def)\s+\w+", re.MULTILINE)

STDIO_STARTER = """import sys


def main() -> None:
    data = sys.stdin.read().split()


main()
"""
SQL_STARTER = "-- One SELECT statement; the schema is in the statement.\nSELECT 1;\n"


def starter_code(problem_type: str, statement: str) -> str:
    """For function and design problems, the statement's first Python block that defines a
    class or function (the signature); otherwise a skeleton for the problem type."""
    if problem_type == "sql":
        return SQL_STARTER
    if problem_type in ("function", "design"):
        for block in _PYTHON_BLOCK.findall(statement):
            if _DEFINES.search(block):
                return str(block).rstrip() + "\n"
        return "class Solution:\n    pass\n"
    return STDIO_STARTER
