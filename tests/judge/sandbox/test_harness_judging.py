"""How the zygote turns a test child's ending into a status: the pure logic, in-process."""

from __future__ import annotations

import os

import pytest

from winterarc.judge.harness import supervise
from winterarc.judge.harness.child import ChildJob
from winterarc.judge.harness.modes import FUNCTION, SQL, STDIO, Program
from winterarc.judge.harness.protocol import (
    ARMED,
    EXIT_MEMORY,
    RESULT_ERROR,
    RESULT_OK,
    RESULT_SETUP_ERROR,
    SETUP_FAILED,
    Outcome,
    encode_record,
)
from winterarc.judge.harness.supervise import Target, _judge
from winterarc.judge.harness.supervise import TestLimits as HarnessLimits

LIMITS = HarnessLimits(
    cpu_time_ms=1000, memory_mb=64, wall_time_ms=3000, output_bytes=1024, tmp_mb=1, open_files=16,
    threads=4,
)  # fmt: skip
ALLOWANCE_KB = 100_000


def judged(
    mode: str = FUNCTION,
    *,
    killed_for: str | None = None,
    exit_code: int | None = 0,
    signal: int | None = None,
    cpu_ms: float = 10.0,
    memory_kb: int = 1000,
    result: bytes = ARMED,
    stdout: bytes | None = None,
) -> Outcome:
    report = Outcome("ok")
    report.exit_code, report.signal, report.cpu_ms, report.memory_kb = (
        exit_code,
        signal,
        cpu_ms,
        memory_kb,
    )
    program = Program(mode, "", None)
    _judge(report, program, LIMITS, killed_for, bytearray(result), stdout, ALLOWANCE_KB)
    return report


def test_a_child_that_never_armed_is_an_internal_error() -> None:
    assert judged(result=b"").status == "internal_error"
    failed = judged(result=SETUP_FAILED + b"OSError: no")
    assert (failed.status, failed.message) == ("internal_error", "confinement failed: OSError: no")


@pytest.mark.parametrize(
    ("killed_for", "status"),
    [("output", "output_limit"), ("wall", "time_limit"), ("cpu", "time_limit"),
     ("processes", "runtime_error"), ("stuck", "internal_error")],
)  # fmt: skip
def test_what_the_zygote_killed_the_child_for_decides_first(killed_for: str, status: str) -> None:
    ok = ARMED + encode_record(RESULT_OK, b"[1]")
    assert judged(killed_for=killed_for, result=ok).status == status


def test_finishing_after_the_cpu_budget_is_still_too_slow() -> None:
    ok = ARMED + encode_record(RESULT_OK, b"[1]")
    assert judged(cpu_ms=1001, result=ok).status == "time_limit"


def test_memory_shows_by_the_reserved_exit_code_or_the_peak() -> None:
    assert judged(exit_code=EXIT_MEMORY).status == "memory_limit"
    ok = ARMED + encode_record(RESULT_OK, b"[1]")
    assert judged(memory_kb=ALLOWANCE_KB + 1, result=ok).status == "memory_limit"


def test_a_signal_is_a_runtime_error_that_names_it() -> None:
    crashed = judged(exit_code=None, signal=11)
    assert crashed.status == "runtime_error"
    assert crashed.message.startswith("killed by SIGSEGV")


def test_a_runtime_error_carries_the_harness_record() -> None:
    failed = judged(
        exit_code=101, result=ARMED + encode_record(RESULT_ERROR, b"ValueError: x (line 2)")
    )
    assert (failed.status, failed.message) == ("runtime_error", "ValueError: x (line 2)")
    assert judged(exit_code=3).message == "exit code 3"


def test_a_broken_sql_schema_is_the_authors_fault() -> None:
    broken = ARMED + encode_record(RESULT_SETUP_ERROR, b"schema or data failed: no such table")
    assert judged(SQL, exit_code=101, result=broken).status == "internal_error"


def test_stdout_is_the_output_of_a_stdio_program() -> None:
    done = judged(STDIO, stdout=b"42\n")
    assert (done.status, done.output) == ("ok", b"42\n")


def test_a_result_must_be_a_json_record_of_the_right_size() -> None:
    assert judged(result=ARMED + encode_record(RESULT_OK, b"[1, 2]")).output == b"[1, 2]"
    assert judged(result=ARMED + encode_record(RESULT_OK, b"{nope")).status == "runtime_error"
    assert judged(result=ARMED + encode_record(RESULT_OK, b"1" * 1025)).status == "output_limit"
    assert judged(result=ARMED).message == "the program exited before returning a result"


def test_learner_bytes_before_the_record_cannot_replace_it() -> None:
    forged = ARMED + encode_record(RESULT_OK, b"[999]") + b"junk" + encode_record(RESULT_OK, b"[1]")
    assert judged(result=forged).output == b"[1]"


def test_a_child_killed_before_its_first_byte_was_read_is_still_judged_by_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The zygote can kill between two polls (a fork bomb passes the process limit) while the
    harness's ARMED byte still sits unread in the pipe: it is read after the kill, so the
    verdict is the limit, not "died during setup"."""

    def spawn_armed(job: ChildJob, processes: int) -> Target:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.write(job.result_w, ARMED)
            os._exit(0)
        return Target(pid, pid, 1)

    def kill_before_reading(target: Target, *_: object) -> str:
        os.waitid(os.P_PID, target.pid, os.WEXITED | os.WNOWAIT)  # gone, nothing read
        return "processes"

    monkeypatch.setattr(supervise, "spawn", spawn_armed)
    monkeypatch.setattr(supervise, "_watch", kill_before_reading)
    limits = HarnessLimits(
        cpu_time_ms=1000, memory_mb=64, wall_time_ms=3000, output_bytes=1024, tmp_mb=1,
        open_files=16, threads=4, processes=4,
    )  # fmt: skip
    report = supervise.run_test(Program(FUNCTION, "", None), b"{}", limits, confinement=None)
    assert (report.status, report.message) == ("runtime_error", "more than 4 processes at once")
