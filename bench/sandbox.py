"""Per-test overhead of the sandbox against a same-run baseline.

    uv run python bench/sandbox.py [RUNS]

Sandbox: one `Sandbox` (warm zygote), RUNS calls of `run()` on a trivial stdio program.
Baseline: RUNS fresh jails with the very same bubblewrap options, each running
`python -I -S -B -c "print(input())"` once, which is what a judge without a zygote pays per test.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, Sandbox, Status, sandbox_available
from winterarc.judge.sandbox.bwrap import PythonRuntime
from winterarc.judge.sandbox.jail import Jail
from winterarc.judge.sandbox.sandbox import _resolve_bwrap

PROGRAM = "print(input())"
PAYLOAD = b"winter arc\n"


def _quantiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return ordered[0], statistics.median(ordered), p95


def _cpu_ms(pid: int) -> float:
    """utime + stime of a process from /proc (readable even for the non-dumpable zygote)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def _zygote_pid(marker: str) -> int:
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            argv = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if marker.encode() in argv and b"bwrap" not in argv[0]:
            return int(entry)
    raise LookupError(marker)


def bench_sandbox(runs: int) -> tuple[list[float], list[float], tuple[float, float, float]]:
    starts: list[float] = []
    for _ in range(10):
        began = time.perf_counter()
        with Sandbox(ProgramSpec(Mode.STDIO, PROGRAM), Limits(1000, 256)) as sandbox:
            assert sandbox.start() is None
            starts.append((time.perf_counter() - began) * 1000)
    timings: list[float] = []
    with Sandbox(ProgramSpec(Mode.STDIO, PROGRAM), Limits(1000, 256)) as sandbox:
        assert sandbox.start() is None
        zygote = _zygote_pid(sandbox.marker)
        host_cpu, zygote_cpu, child_cpu = time.process_time(), _cpu_ms(zygote), 0.0
        for _ in range(runs):
            began = time.perf_counter()
            outcome = sandbox.run(PAYLOAD)
            timings.append((time.perf_counter() - began) * 1000)
            assert outcome.status is Status.OK, outcome
            assert outcome.output == PAYLOAD, outcome
            child_cpu += outcome.cpu_ms
        cpu = (
            (time.process_time() - host_cpu) * 1000 / runs,
            (_cpu_ms(zygote) - zygote_cpu) / runs,
            child_cpu / runs,
        )
    return starts, timings, cpu


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
    starts, warm, cpu = bench_sandbox(runs)
    cold = bench_baseline(runs)
    print(f"runs: {runs}  ({reason}); load average {os.getloadavg()[0]:.1f}")
    for label, samples in (
        ("Sandbox.start()", starts),
        ("Sandbox.run() per test", warm),
        ("baseline bwrap+python", cold),
    ):
        low, median, p95 = _quantiles(samples)
        print(f"{label:24s} min {low:7.2f} ms  median {median:7.2f} ms  p95 {p95:7.2f} ms")
    _, warm_median, warm_p95 = _quantiles(warm)
    _, cold_median, cold_p95 = _quantiles(cold)
    print(
        f"ratio baseline/sandbox   median {cold_median / warm_median:7.1f}x"
        f"  p95 {cold_p95 / warm_p95:7.1f}x"
    )
    host, zygote, child = cpu
    print(
        f"CPU per test (not inflated by load): host {host:.2f} ms, zygote {zygote:.2f} ms,"
        f" test child {child:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
