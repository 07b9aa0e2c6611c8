"""The calibration workload: it runs in the sandbox, and its slowdown is bounded both ways."""

from __future__ import annotations

import pytest

from tests.helpers.judge import require_sandbox
from winterarc.judge import calibration


@pytest.mark.parametrize(
    ("speed", "factor"),
    [(0.5, 1.0), (1.0, 1.0), (1.2, 1.2), (1.5, 1.5), (3.0, calibration.MAX_SLOWDOWN)],
)
def test_the_slowdown_is_the_workloads_ratio_within_one_and_the_cap(
    speed: float, factor: float
) -> None:
    assert calibration.slowdown(speed * calibration.NOMINAL_CPU_MS) == pytest.approx(factor)


@pytest.mark.sandbox
def test_the_workload_runs_in_the_sandbox_and_costs_cpu() -> None:
    require_sandbox()
    cpu_ms = calibration.workload_cpu_ms(runs=2)
    # Not a speed assertion: a workload that ran at all used CPU, far from the sandbox's limit.
    assert 0 < cpu_ms < 10_000
