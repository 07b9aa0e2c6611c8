"""Every lab of the bank judged as a worker judges it: the reference, all checks, one warm jail.

Run: .venv/bin/python bench/lab_bank.py [--only SLUG ...] [--repeat 1]

For each lab under content/problems, `judge_lab(all_tests=True)` on its first accepted solution
with a jail a pool booted ahead; prints each lab's time, the slowest, how many exceed the
curriculum's target (2 s a lab, issue 11), and, in the same run, the same judgement of a
two-check fixture lab as the baseline: a lab's time as a multiple of the smallest lab's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from winterarc.judge.lab_runner import judge_lab
from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.packages import Package, load_package
from winterarc.judge.sandbox import sandbox_available
from winterarc.judge.sandbox.lab_pool import LabPool
from winterarc.judge.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[1]
BANK = ROOT / "content" / "problems"
BASELINE = ROOT / "tests" / "judge" / "fixtures" / "labs" / "greeter-two-files"
TARGET_MS = 2000.0


def reference(folder: Path) -> dict[str, str]:
    accepted = sorted((folder / "solutions" / "accepted").iterdir())[0]
    return {path.name: path.read_text() for path in sorted(accepted.iterdir())}


def timed(package: Package, files: dict[str, str], pool: LabPool) -> tuple[float, str]:
    pool.wait_ready(120)
    started = time.perf_counter()
    result = judge_lab(package, files, all_tests=True, pool=pool)
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, result.verdict.value if result.verdict is not Verdict.AC else "AC"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=None, help="lab slugs to judge")
    parser.add_argument("--repeat", type=int, default=1, help="judgements per lab (median)")
    args = parser.parse_args()
    ok, reason = sandbox_available()
    if not ok:
        print(f"sandbox unavailable: {reason}", file=sys.stderr)
        return 1
    try:
        runtime = locate()
    except LabRuntimeUnavailable as error:
        print(f"lab runtime unavailable: {error}", file=sys.stderr)
        return 1
    folders = [
        path.parent
        for path in sorted(BANK.glob("*/problem.toml"))
        if 'type = "lab"' in path.read_text()
        and (args.only is None or path.parent.name in args.only)
    ]
    pool = LabPool(runtime.path)
    try:
        base_package = load_package(BASELINE)
        base = statistics.median(
            timed(base_package, reference(BASELINE), pool)[0] for _ in range(3)
        )
        print(f"baseline {BASELINE.name} (2 checks): {base:.0f} ms\n")
        times: dict[str, float] = {}
        for folder in folders:
            package = load_package(folder, known_topics=None)
            runs = [timed(package, reference(folder), pool) for _ in range(args.repeat)]
            times[folder.name] = statistics.median(ms for ms, _ in runs)
            verdicts = {verdict for _, verdict in runs}
            flag = "" if verdicts == {"AC"} else f"  verdict {sorted(verdicts)}"
            over = "  over 2 s" if times[folder.name] > TARGET_MS else ""
            print(f"{folder.name:40} {times[folder.name]:7.0f} ms  "
                  f"{times[folder.name] / base:5.1f}x baseline{over}{flag}")  # fmt: skip
    finally:
        pool.close()
    if not times:
        return 0
    slowest = max(times, key=times.__getitem__)
    late = [slug for slug, ms in times.items() if ms > TARGET_MS]
    median = statistics.median(times.values())
    print(f"\n{len(times)} labs: median {median:.0f} ms, slowest {slowest} "
          f"{times[slowest]:.0f} ms, {len(late)} over {TARGET_MS:.0f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
