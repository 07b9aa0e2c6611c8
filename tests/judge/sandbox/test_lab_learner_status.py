"""How the lab zygote reads a learner's ending after a check: the pure logic, in-process."""

from __future__ import annotations

import signal

from winterarc.judge.harness.lab_zygote import _learner_status
from winterarc.judge.harness.protocol import ARMED
from winterarc.judge.harness.supervise import TestLimits as HarnessLimits

LIMITS = HarnessLimits(
    cpu_time_ms=1000, memory_mb=64, wall_time_ms=3000, output_bytes=1024, tmp_mb=1, open_files=16,
    threads=4,
)  # fmt: skip
KILLED = signal.SIGKILL  # the wait status of a process killed by SIGKILL


def status(*, alive: bool, result: bytes, killed_for: str | None = None, wait: int = KILLED) -> str:
    report = _learner_status(killed_for, alive, wait, 1000, 100_000, bytearray(result), LIMITS)
    return str(report["status"])


def test_a_learner_stopped_before_its_code_began_is_not_a_failure() -> None:
    # A check that needs nothing from the learner can end before the learner has armed.
    assert status(alive=True, result=b"") == "ok"
    assert status(alive=True, result=ARMED) == "ok"


def test_a_learner_that_failed_its_setup_or_died_before_arming_is_an_internal_error() -> None:
    assert status(alive=True, result=b"FOSError: no") == "internal_error"
    assert status(alive=False, result=b"") == "internal_error"
    assert status(alive=True, result=b"", killed_for="cpu") == "internal_error"


def test_a_learner_that_armed_and_exited_cleanly_has_exited() -> None:
    assert status(alive=False, result=ARMED, wait=0) == "exited"
