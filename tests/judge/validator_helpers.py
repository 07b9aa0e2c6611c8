"""Fixture packages with a validator and a stress mode, built from sum-stdio in a test's tmp."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.judge import copy_fixture

SUM_VALIDATOR = """\
import sys

tokens = sys.stdin.read().split()
n = int(tokens[0])
if not 0 <= n <= {max_n}:
    sys.exit(f"n = {{n}} is not in [0, {max_n}]")
if len(tokens) != n + 1:
    sys.exit(f"expected {{n}} numbers, got {{len(tokens) - 1}}")
for token in tokens[1:]:
    if not -10**9 <= int(token) <= 10**9:
        sys.exit(f"{{token}} is not in [-10^9, 10^9]")
"""

# The fixture's generator, plus `stress SEED`: up to 8 numbers in [-10, 10].
SUM_GENERATOR = """\
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    if args[0] == "stress":
        rng = random.Random(int(args[1]))
        n = rng.randint(0, {stress_max_n})
        numbers = [rng.randint(-10, 10) for _ in range(n)]
    else:
        seed = int(args[0])
        rng = random.Random(seed)
        n = {{1: 10, 2: 1000}}.get(seed, 20000)
        numbers = [rng.randint(-(10**9), 10**9) for _ in range(n)]
    print(n)
    print(" ".join(map(str, numbers)))


main()
"""


def sum_package(
    tmp_path: Path, *, max_n: int = 20000, stress: bool = True, stress_max_n: int = 8
) -> Path:
    """sum-stdio with validator.py (n at most `max_n`) and, if `stress`, a stress mode."""
    package = copy_fixture("sum-stdio", tmp_path)
    (package / "validator.py").write_text(SUM_VALIDATOR.format(max_n=max_n))
    if stress:
        (package / "generator.py").write_text(SUM_GENERATOR.format(stress_max_n=stress_max_n))
    return package
