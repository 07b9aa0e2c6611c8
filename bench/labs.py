"""Lab benchmark: a 20-check FastAPI lab end to end, the per-check overhead, and a baseline.

Run: .venv/bin/python bench/labs.py [--rounds 3] [--baseline 5]

1. A temporary lab: an in-memory FastAPI CRUD app and 20 checks that drive it over HTTP.
   `judge_lab(all_tests=True)` judges it (one jail, the runtime imported once, every check a
   fresh check process and a fresh app process); we report the whole judgement — with a jail
   a pool booted ahead (as a worker judges its next submission) and cold — and the time
   between consecutive checks.
2. The per-check overhead, with no-op checks: once with nothing served (what the platform adds
   around a check: a check process, pytest's protocol, the reports) and once with the FastAPI
   app started for every check (that plus the learner's process and its app).
3. In the same run, the baseline: for each of a few checks, a fresh jail that imports the
   runtime, collects that one check file and runs it (pytest on one check at a time).
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from measure import percentile

from winterarc.judge.lab_runner import judge_lab, lab_limits, preloads, runtime_dir
from winterarc.judge.packages import Package, load_package
from winterarc.judge.programs import grants
from winterarc.judge.sandbox import sandbox_available
from winterarc.judge.sandbox.lab import LabProgram, LabSandbox
from winterarc.judge.sandbox.lab_pool import LabPool
from winterarc.judge.verdicts import TestResult, Verdict

ROOT = Path(__file__).resolve().parents[1]
APP = (ROOT / "tests/judge/fixtures/labs/items-crud/solutions/accepted/ref/app.py").read_text()
CHECKS = 20
TARGET_TOTAL_MS = 1000.0
TARGET_OVERHEAD_MS = 10.0
TARGET_RATIO = 10.0

MANIFEST = """slug = "{slug}"
title = "Bench"
difficulty = "easy"
type = "lab"
time_limit_ms = 2000
memory_limit_mb = 256

[lab]
files = ["app.py"]
serve = "{serve}"
{entry}

[sandbox]
network = "loopback"
"""

HTTP_CHECKS = """
import pytest


@pytest.mark.parametrize("n", range({count}))
def test_create_and_read(http, n):
    created = http.post("/items", json={{"name": f"item{{n}}", "price": n}})
    assert created.status_code == 201
    assert http.get(f"/items/{{created.json()['id']}}").json()["name"] == f"item{{n}}"
"""

NOOP_CHECKS = """
import pytest


@pytest.mark.parametrize("n", range({count}))
def test_nothing(n):
    assert n >= 0
"""


def make_lab(root: Path, slug: str, serve: str, checks: str) -> Package:
    folder = root / slug
    for sub in ("starter", "checks", "solutions/accepted/ref"):
        (folder / sub).mkdir(parents=True)
    entry = 'entry = "app:app"' if serve == "asgi" else ""
    (folder / "problem.toml").write_text(MANIFEST.format(slug=slug, serve=serve, entry=entry))
    (folder / "statement.md").write_text("bench\n")
    for sub in ("starter", "solutions/accepted/ref"):
        (folder / sub / "app.py").write_text(APP)
    (folder / "checks" / "test_sample_bench.py").write_text(
        textwrap.dedent(checks.format(count=CHECKS))
    )
    return load_package(folder)


def judge_timed(package: Package, pool: LabPool | None = None) -> tuple[float, list[float]]:
    """(whole judgement in ms, the gaps between consecutive checks in ms); with a pool, timed
    once it has a booted jail ready, as a worker's next submission finds it."""
    marks: list[float] = []

    def on_test(done: int, total: int, result: TestResult) -> None:
        marks.append(time.perf_counter())

    if pool is not None and not pool.wait_ready(60):
        sys.exit("the pool booted no jail in 60 s")
    started = time.perf_counter()
    result = judge_lab(package, {"app.py": APP}, all_tests=True, on_test=on_test, pool=pool)
    total = (time.perf_counter() - started) * 1000
    if result.verdict is not Verdict.AC or len(result.tests) != CHECKS:
        got = f"{result.verdict}: {result.message}"
        sys.exit(f"{package.slug}: expected AC on {CHECKS} checks, got {got}")
    return total, [(b - a) * 1000 for a, b in itertools.pairwise(marks)]


def baseline(package: Package, count: int) -> list[float]:
    """A fresh jail per check: the runtime imported, the check file collected, one check run."""
    assert package.lab is not None
    program = LabProgram(
        files={"app.py": APP},
        serve=package.lab.serve.value,
        entry=package.lab.entry,
        grants=grants(package),
        preload=preloads(package.lab, {"app.py": APP}),
    )
    learner, check = lab_limits(package)
    times = []
    for index in range(count):
        started = time.perf_counter()
        with LabSandbox(runtime_dir().resolve()) as box:
            if box.start(program, learner, check, dict(package.lab.checks)) is not None:
                sys.exit("baseline: the lab did not start")
            outcome = box.run(index)
            if outcome.check.outcome != "passed":
                sys.exit(f"baseline: check {index} did not pass: {outcome.check.message}")
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(name: str, values: list[float]) -> str:
    return (
        f"{name:<44} median {statistics.median(values):7.1f} ms"
        f"   p95 {percentile(values, 0.95):7.1f} ms   n={len(values)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=int, default=5, help="checks run by the baseline")
    args = parser.parse_args()
    ok, reason = sandbox_available()
    if not ok:
        sys.exit(f"the sandbox is unavailable: {reason}")
    if not (runtime_dir() / "winterarc-runtime.json").is_file():
        sys.exit(f"the lab runtime is not built ({runtime_dir()}): run scripts/bootstrap")
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        fastapi_lab = make_lab(root, "bench-fastapi", "asgi", HTTP_CHECKS)
        noop_lab = make_lab(root, "bench-noop", "none", NOOP_CHECKS)
        noop_app_lab = make_lab(root, "bench-noop-app", "asgi", NOOP_CHECKS)
        pool = LabPool(runtime_dir().resolve())
        cold, totals, gaps, noop_gaps, noop_app_gaps = [], [], [], [], []
        try:
            for _ in range(args.rounds):  # interleaved, so load changes hit every kind alike
                cold.append(judge_timed(fastapi_lab)[0])
                total, gap = judge_timed(fastapi_lab, pool)
                totals.append(total)
                gaps += gap
                noop_gaps += judge_timed(noop_lab, pool)[1]
                noop_app_gaps += judge_timed(noop_app_lab, pool)[1]
        finally:
            pool.close()
        base = baseline(fastapi_lab, args.baseline)
    print(f"20-check FastAPI lab, {args.rounds} rounds; baseline on {args.baseline} checks\n")
    print(summary("judge_lab end to end, booted jail ready", totals))
    print(summary("judge_lab end to end, cold (jail booted)", cold))
    print(summary("per check: FastAPI app + HTTP checks", gaps))
    print(summary("per check: no-op check, nothing served", noop_gaps))
    print(summary("per check: no-op check, FastAPI app started", noop_app_gaps))
    print(summary("baseline: fresh jail + pytest, one check", base))
    ratio = statistics.median(base) / statistics.median(gaps)
    overhead = statistics.median(noop_gaps)
    total = statistics.median(totals)
    print()
    print(f"end to end:        {total:7.1f} ms (target <= {TARGET_TOTAL_MS:.0f} ms)")
    print(f"per-check overhead:{overhead:7.1f} ms (target <= {TARGET_OVERHEAD_MS:.0f} ms)")
    print(f"baseline / judge:  {ratio:7.1f}x (target >= {TARGET_RATIO:.0f}x)")


if __name__ == "__main__":
    main()
