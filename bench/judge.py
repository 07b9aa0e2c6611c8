"""Judge benchmark: per-test overhead against a fresh sandboxed interpreter per test; throughput.

Run: .venv/bin/python bench/judge.py [--tests 200] [--submissions 200] [--rounds 3]

1. A temporary stdio package with N tiny tests and a trivial accepted solution. `judge()` runs
   it (one warm sandbox, one fork per test); per test we report the time between consecutive
   `on_test` calls (everything the judge does for a test) and the sandbox's own wall_ms.
2. In the same run, the baseline: for every test a fresh bubblewrap jail (the sandbox's own jail
   launcher, so the same namespaces and mounts) starting `python3 -I -S` on the solution.
3. Submissions per second with 1 and 2 judge worker processes over M small submissions (the
   sum-stdio fixture without its generator: 5 tests each).
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from winterarc.judge import Verdict, judge, load_package, sandbox_available
from winterarc.judge.packages import Package
from winterarc.judge.sandbox.bwrap import PythonRuntime
from winterarc.judge.sandbox.jail import Jail

ROOT = Path(__file__).resolve().parents[1]
SUM_STDIO = ROOT / "tests" / "judge" / "fixtures" / "problems" / "sum-stdio"
SOLUTION = "a, b = map(int, input().split())\nprint(a + b)\n"
TARGET_MS = 3.0
TARGET_RATIO = 3.0

PROBLEM_TOML = """slug = "bench-add"
title = "Add Two Numbers"
difficulty = "easy"
type = "stdio"
time_limit_ms = 1000
memory_limit_mb = 256
checker = "tokens"
"""


@dataclass(frozen=True)
class Timing:
    """Per-test times in milliseconds and the whole run's time."""

    per_test: list[float]
    total_ms: float  # one run, sandbox start included
    tests: int  # tests in that run

    @property
    def median(self) -> float:
        return statistics.median(self.per_test)

    @property
    def p95(self) -> float:
        ordered = sorted(self.per_test)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def amortised(self) -> float:
        return self.total_ms / self.tests


def build_package(folder: Path, tests: int) -> Path:
    """A stdio package with `tests` tiny tests (the first a sample) and a trivial solution."""
    package = folder / "bench-add"
    (package / "tests").mkdir(parents=True)
    (package / "solutions" / "accepted").mkdir(parents=True)
    (package / "solutions" / "wrong").mkdir(parents=True)
    (package / "problem.toml").write_text(PROBLEM_TOML)
    (package / "statement.md").write_text("# Add\n\nPrint the sum of two integers.\n")
    (package / "editorial.md").write_text("Read, add, print.\n")
    (package / "solutions" / "accepted" / "ref.py").write_text(SOLUTION)
    (package / "solutions" / "wrong" / "minus.py").write_text(SOLUTION.replace("+", "-"))
    for number in range(tests):
        name = "sample-1" if number == 0 else f"{number:04d}"
        (package / "tests" / f"{name}.in").write_text(f"{number} {number * 7}\n")
        (package / "tests" / f"{name}.out").write_text(f"{number * 8}\n")
    return package


def time_judge(package: Package) -> tuple[Timing, Timing]:
    """(interval between on_test calls, sandbox wall_ms) for one judgement of the solution."""
    marks: list[float] = []
    started = time.perf_counter()
    result = judge(package, SOLUTION, on_test=lambda *_: marks.append(time.perf_counter()))
    total = (time.perf_counter() - started) * 1000
    if result.verdict is not Verdict.AC:
        sys.exit(f"bench: the trivial solution got {result.verdict}: {result.message}")
    # The first interval includes starting the sandbox; it is counted in `total` only.
    intervals = [(b - a) * 1000 for a, b in itertools.pairwise(marks)]
    count = len(result.tests)
    walls = [float(t.wall_ms) for t in result.tests]
    return Timing(intervals, total, count), Timing(walls, total, count)


def time_baseline(package: Package) -> Timing:
    """A fresh jail + interpreter per test, output compared by tokens like the judge does."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        sys.exit("bench: bwrap not found")
    runtime = PythonRuntime.resolve(None)
    per_test: list[float] = []
    started = time.perf_counter()
    for test in package.tests:
        begin = time.perf_counter()
        jail = Jail.launch(
            bwrap=bwrap,
            runtime=runtime,
            tmp_mb=16,
            argv=[runtime.executable, "-I", "-S", "-c", SOLUTION],
        )
        try:
            assert jail.process.stdin is not None
            assert jail.process.stdout is not None
            jail.process.stdin.write(test.payload)
            jail.process.stdin.close()
            output = jail.process.stdout.read()
            jail.process.wait(timeout=10)
        finally:
            jail.close()
        if not isinstance(test.expected, bytes) or output.split() != test.expected.split():
            sys.exit(f"bench: baseline output {output!r} is wrong on {test.name}")
        per_test.append((time.perf_counter() - begin) * 1000)
    return Timing(per_test, (time.perf_counter() - started) * 1000, len(per_test))


_WORKER_PACKAGE: Package | None = None


def _worker_init(path: str) -> None:
    global _WORKER_PACKAGE
    _WORKER_PACKAGE = load_package(Path(path))
    sandbox_available()  # the one-off probe jail, outside the timed work


def _worker_judge(source: str) -> str:
    assert _WORKER_PACKAGE is not None
    return judge(_WORKER_PACKAGE, source).verdict.value


def throughput(package_dir: Path, sources: Sequence[str], workers: int) -> float:
    """Submissions per second with `workers` judge processes."""
    context = get_context("fork")
    with ProcessPoolExecutor(workers, context, _worker_init, (str(package_dir),)) as pool:
        list(pool.map(_worker_judge, sources[:workers]))  # warm every worker
        started = time.perf_counter()
        verdicts = list(pool.map(_worker_judge, sources))
        elapsed = time.perf_counter() - started
    if set(verdicts) - {"AC", "WA"}:
        sys.exit(f"bench: unexpected verdicts {sorted(set(verdicts))}")
    return len(sources) / elapsed


def small_package(folder: Path) -> Path:
    """sum-stdio without its generator: 5 small file tests."""
    target = folder / "sum-stdio"
    shutil.copytree(SUM_STDIO, target, ignore=shutil.ignore_patterns("generator.py"))
    toml = target / "problem.toml"
    toml.write_text(re.sub(r"\[generator\]\n(?:[^\[].*\n|\n)*", "", toml.read_text()))
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", type=int, default=200)
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="judge and baseline rounds")
    args = parser.parse_args(argv)
    ok, reason = sandbox_available()
    if not ok:
        sys.exit(f"bench: the sandbox is unavailable: {reason}")
    with tempfile.TemporaryDirectory(prefix="winterarc-bench-") as scratch:
        folder = Path(scratch)
        package = load_package(build_package(folder, args.tests))
        time_judge(package)  # warm caches and page tables
        judged: list[Timing] = []
        walls: list[Timing] = []
        baselines: list[Timing] = []
        for _ in range(args.rounds):  # interleaved, so load changes hit both alike
            interval, wall = time_judge(package)
            judged.append(interval)
            walls.append(wall)
            baselines.append(time_baseline(package))
        judge_timing = _merge(judged)
        wall_timing = _merge(walls)
        baseline = _merge(baselines)
        small = small_package(folder)
        reference = load_package(small)
        sources = [s.source for s in reference.solutions if s.kind.value in ("accepted", "wrong")]
        submissions = [sources[i % len(sources)] for i in range(args.submissions)]
        one = throughput(small, submissions, 1)
        two = throughput(small, submissions, 2)
    ratio = baseline.median / judge_timing.median
    met = judge_timing.median <= TARGET_MS and ratio >= TARGET_RATIO
    rows = [
        ("judge: per test (between on_test calls)", judge_timing),
        ("judge: sandbox wall_ms per test", wall_timing),
        ("baseline: fresh bwrap + python3 -I -S per test", baseline),
    ]
    print(f"winterarc judge benchmark: {args.tests} tiny stdio tests x {args.rounds} rounds,")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}\n")
    print(f"{'':50} {'median':>9} {'p95':>9} {'total/N':>9}")
    for label, timing in rows:
        print(f"{label:50} {timing.median:7.2f}ms {timing.p95:7.2f}ms {timing.amortised:7.2f}ms")
    print(f"\n{'baseline median / judge median':50} {ratio:8.1f}x")
    print(f"{'submissions/s, 1 judge process':50} {one:9.1f}")
    print(f"{'submissions/s, 2 judge processes':50} {two:9.1f}")
    print(f"  ({args.submissions} submissions of sum-stdio, 5 tests each, AC and WA mixed)\n")
    verdict = "MET" if met else "MISSED"
    print(
        f"target: overhead <= {TARGET_MS:g} ms and >= {TARGET_RATIO:g}x below baseline: {verdict}"
    )
    return 0 if met else 1


def _merge(timings: list[Timing]) -> Timing:
    """Every round's per-test times; the mean round's total."""
    per_test = [value for timing in timings for value in timing.per_test]
    total = statistics.mean(timing.total_ms for timing in timings)
    return Timing(per_test, total, timings[0].tests)


if __name__ == "__main__":
    raise SystemExit(main())
