"""How fast this machine runs Python in the sandbox right now, against the machine the bank's
time limits were set on: `problem check` scales its reference budget by it.

A package's time limit is set on the reference machine (quiet). A slower or busy machine (a
shared CI runner, two package checks on two cores) inflates every CPU time, the reference's too,
and a reference that keeps its third of the limit at home fails there by a few per cent. So a
reference over its budget is measured again beside a fixed workload, in the same sandbox kind and
under the same load, and its budget grows by the workload's slowdown (never below 1: a faster
machine does not tighten the rule; at most MAX_SLOWDOWN: a machine far slower than the reference
one cannot vouch for anything).
"""

from __future__ import annotations

from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, Sandbox, Status

# CPU time of CALIBRATION on the reference machine (2-core x86-64, CPython 3.11, quiet): the
# best of 20 runs of bench/calibration.py, which prints it: re-measure when the workload changes.
NOMINAL_CPU_MS = 120.0
MAX_SLOWDOWN = 2.0
RUNS = 3  # runs of the workload per measurement; the best counts, like the reference's

# The mix a typical reference spends its time on: integer arithmetic in loops, dict and list
# churn, sorting, string building. Deterministic, no input, no imports beyond builtins.
CALIBRATION = """
def work():
    total = 0
    table = {}
    for i in range(120_000):
        key = (i * 2654435761) & 0xFFFF
        table[key] = table.get(key, 0) + i
        total = (total + i * i) % 1_000_000_007
    values = sorted(table.values(), reverse=True)
    parts = [str(v % 97) for v in values[:20_000]]
    text = ",".join(parts)
    stack = []
    for ch in text:
        if ch == ",":
            stack.append(len(stack))
        elif stack and ch == "0":
            stack.pop()
    return total + len(stack) + len(text)

print(sum(work() for _ in range(4)))
"""

_LIMITS = Limits(cpu_time_ms=10_000, memory_mb=256)


def workload_cpu_ms(*, python: str | None = None, runs: int = RUNS) -> float:
    """The best CPU time of `runs` runs of the calibration workload in one fresh sandbox."""
    best = float("inf")
    with Sandbox(ProgramSpec(mode=Mode.STDIO, source=CALIBRATION), _LIMITS, python=python) as box:
        failure = box.start()
        if failure is not None:
            raise RuntimeError(f"cannot start the calibration sandbox: {failure.message}")
        for _ in range(runs):
            outcome = box.run(b"")
            if outcome.status is not Status.OK:
                raise RuntimeError(f"the calibration workload failed: {outcome.message}")
            best = min(best, outcome.cpu_ms)
    return best


def slowdown(cpu_ms: float) -> float:
    """The workload's CPU time as a factor of the reference machine's, within [1, MAX_SLOWDOWN]."""
    return min(MAX_SLOWDOWN, max(1.0, cpu_ms / NOMINAL_CPU_MS))
