"""Per-test overhead of the sandbox against a same-run baseline.

    uv run python bench/sandbox.py [RUNS]

Sandbox: one `Sandbox` (warm zygote), RUNS calls of `run()` on a trivial stdio program.
Baseline: RUNS fresh jails with the very same bubblewrap options, each running
`python -I -S -B -c "print(input())"` once, which is what a judge without a zygote pays per test.
"""

from __future__ import annotations

import statistics
import sys
import time

from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, Sandbox, Status, sandbox_available
from winterarc.judge.sandbox.bwrap import PythonRuntime
from winterarc.judge.sandbox.jail import Jail
from winterarc.judge.sandbox.sandbox import _resolve_bwrap

PROGRAM = "print(input())"
PAYLOAD = b"winter arc\n"


def _quantiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def bench_sandbox(runs: int) -> tuple[list[float], list[float]]:
    starts: list[float] = []
    for _ in range(10):
        began = time.perf_counter()
        with Sandbox(ProgramSpec(Mode.STDIO, PROGRAM), Limits(1000, 256)) as sandbox:
            assert sandbox.start() is None
            starts.append((time.perf_counter() - began) * 1000)
    timings: list[float] = []
    with Sandbox(ProgramSpec(Mode.STDIO, PROGRAM), Limits(1000, 256)) as sandbox:
        assert sandbox.start() is None
        for _ in range(runs):
            began = time.perf_counter()
            outcome = sandbox.run(PAYLOAD)
            timings.append((time.perf_counter() - began) * 1000)
            assert outcome.status is Status.OK, outcome
            assert outcome.output == PAYLOAD, outcome
    return starts, timings


def bench_baseline(runs: int) -> list[float]:
    runtime = PythonRuntime.resolve(None)
    bwrap = _resolve_bwrap(None)
    argv = [runtime.executable, "-I", "-S", "-B", "-c", PROGRAM]
    timings: list[float] = []
    for _ in range(runs):
        began = time.perf_counter()
        jail = Jail.launch(bwrap=bwrap, runtime=runtime, tmp_mb=16, argv=argv)
        out, _ = jail.process.communicate(PAYLOAD, timeout=30)
        jail.close()
        timings.append((time.perf_counter() - began) * 1000)
        assert out == PAYLOAD, out
    return timings


def main() -> int:
    ok, reason = sandbox_available()
    if not ok:
        print(f"sandbox unavailable: {reason}")
        return 1
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    starts, warm = bench_sandbox(runs)
    cold = bench_baseline(runs)
    start_median, start_p95 = _quantiles(starts)
    warm_median, warm_p95 = _quantiles(warm)
    cold_median, cold_p95 = _quantiles(cold)
    print(f"runs: {runs}  ({reason})")
    print(f"Sandbox.start()          median {start_median:7.2f} ms  p95 {start_p95:7.2f} ms")
    print(f"Sandbox.run() per test   median {warm_median:7.2f} ms  p95 {warm_p95:7.2f} ms")
    print(f"baseline bwrap+python    median {cold_median:7.2f} ms  p95 {cold_p95:7.2f} ms")
    print(
        f"ratio baseline/sandbox   median {cold_median / warm_median:7.1f}x"
        f"  p95 {cold_p95 / warm_p95:7.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
