"""This machine's speed at the reference workload `problem check` calibrates with.

    .venv/bin/python bench/calibration.py [RUNS]

Runs the calibration workload (winterarc.judge.calibration) RUNS times (default 20), each in a
fresh sandbox, and prints the best and median CPU time, and the slowdown `problem check` would
scale a reference's budget by (best / NOMINAL_CPU_MS, within [1, MAX_SLOWDOWN]). On the reference
machine, quiet, the best is NOMINAL_CPU_MS: re-measure it here when the workload changes.
"""

from __future__ import annotations

import statistics
import sys

from winterarc.judge import calibration
from winterarc.judge.sandbox import sandbox_available


def main() -> None:
    if not sandbox_available():
        sys.exit("the sandbox is unavailable here (bubblewrap): nothing to measure")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    samples = [calibration.workload_cpu_ms(runs=1) for _ in range(runs)]
    best = min(samples)
    print(
        f"calibration workload, {runs} runs: best {best:.1f} ms CPU, "
        f"median {statistics.median(samples):.1f} ms"
    )
    print(
        f"nominal (reference machine) {calibration.NOMINAL_CPU_MS:.1f} ms: ratio "
        f"{best / calibration.NOMINAL_CPU_MS:.2f}, budget scale {calibration.slowdown(best):.2f}"
    )


if __name__ == "__main__":
    main()
