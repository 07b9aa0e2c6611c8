"""Starting, failing closed, and tearing down: the Sandbox object's contract."""

from __future__ import annotations

import gc
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sandbox_helpers import assert_nothing_left, leftover_processes, run_one

from tests.helpers.waiting import wait_until
from winterarc.judge.sandbox import (
    Limits,
    Mode,
    ProgramSpec,
    Sandbox,
    SandboxError,
    Status,
    sandbox_available,
)
from winterarc.judge.sandbox import sandbox as sandbox_module

pytestmark = pytest.mark.sandbox

ECHO = ProgramSpec(Mode.STDIO, "print(input())")
LIMITS = Limits(cpu_time_ms=500, memory_mb=64)


def writes_to(path: Path) -> ProgramSpec:
    """A program that would leave a trace on the host if it ever ran unconfined."""
    return ProgramSpec(Mode.STDIO, f"open({str(path)!r}, 'w').write('ran')\nprint('ran')")


def zygote_pids(marker: str) -> list[int]:
    return [
        pid
        for pid in leftover_processes(marker)
        if b"bwrap" not in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
    ]


def test_sandbox_available_reports_ok_on_this_machine() -> None:
    ok, reason = sandbox_available()
    assert ok, reason


def test_a_bogus_bwrap_path_is_internal_error_and_runs_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    trace = tmp_path / "ran"
    with (
        caplog.at_level(logging.ERROR, logger="winterarc.judge.sandbox"),
        Sandbox(writes_to(trace), LIMITS, bwrap="/nonexistent/bwrap") as box,
    ):
        failure = box.start()
        again = box.run(b"")
    assert failure is not None
    assert failure.status is Status.INTERNAL_ERROR
    assert "bwrap not found" in failure.message
    assert again == failure
    assert not trace.exists()
    assert "bwrap not found" in caplog.text


def test_a_bwrap_that_is_not_bubblewrap_is_internal_error(tmp_path: Path) -> None:
    trace = tmp_path / "ran"
    with Sandbox(writes_to(trace), LIMITS, bwrap="/usr/bin/false") as box:
        failure = box.start()
    assert failure is not None
    assert failure.status is Status.INTERNAL_ERROR
    assert not trace.exists()


@pytest.mark.parametrize("python", ["/nonexistent/python3", "/usr/bin/env", "/etc/passwd"])
def test_a_bogus_python_is_internal_error_and_runs_nothing(tmp_path: Path, python: str) -> None:
    trace = tmp_path / "ran"
    with Sandbox(writes_to(trace), LIMITS, python=python) as box:
        marker = box.marker
        failure = box.start()
    assert failure is not None
    assert failure.status is Status.INTERNAL_ERROR
    assert not trace.exists()
    assert_nothing_left(marker)


def test_the_program_cannot_write_to_the_host_even_when_it_runs(tmp_path: Path) -> None:
    trace = tmp_path / "ran"
    outcome = run_one(writes_to(trace))
    assert outcome.status is Status.RUNTIME_ERROR
    assert not trace.exists()


def test_run_before_start_is_a_programming_error() -> None:
    with Sandbox(ECHO, LIMITS) as box, pytest.raises(SandboxError):
        box.run(b"x\n")


def test_start_twice_and_run_after_close_are_programming_errors() -> None:
    box = Sandbox(ECHO, LIMITS)
    assert box.start() is None
    with pytest.raises(SandboxError):
        box.start()
    box.close()
    with pytest.raises(SandboxError):
        box.run(b"x\n")


@pytest.mark.parametrize(
    ("program", "limits"),
    [
        (ECHO, Limits(cpu_time_ms=0, memory_mb=64)),
        (ECHO, Limits(cpu_time_ms=100, memory_mb=-1)),
        (ECHO, Limits(cpu_time_ms=100, memory_mb=64, wall_time_ms=0)),
        (ProgramSpec(Mode.FUNCTION, "class Solution: pass"), LIMITS),
        (ProgramSpec(Mode.FUNCTION, "", entry="f", params=("linked",)), LIMITS),
    ],
)
def test_invalid_programs_and_limits_are_programming_errors(
    program: ProgramSpec, limits: Limits
) -> None:
    with pytest.raises(SandboxError):
        Sandbox(program, limits)


def test_close_is_idempotent_and_leaves_nothing_running() -> None:
    box = Sandbox(ECHO, LIMITS)
    assert box.start() is None
    assert zygote_pids(box.marker)
    assert box.run(b"hi\n").output == b"hi\n"
    box.close()
    box.close()
    assert_nothing_left(box.marker)


def test_a_sandbox_dropped_without_close_leaves_nothing_running() -> None:
    box = Sandbox(ECHO, LIMITS)
    assert box.start() is None
    marker = box.marker
    assert zygote_pids(marker)
    del box
    gc.collect()
    assert_nothing_left(marker)


def test_a_dead_zygote_is_internal_error_for_this_and_later_tests() -> None:
    with Sandbox(ECHO, LIMITS) as box:
        assert box.start() is None
        for pid in zygote_pids(box.marker):
            os.kill(pid, signal.SIGKILL)
        first = box.run(b"x\n")
        second = box.run(b"x\n")
        marker = box.marker
    assert first.status is Status.INTERNAL_ERROR
    assert second == first
    assert_nothing_left(marker)


def test_a_hung_zygote_is_internal_error_after_the_outer_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sandbox_module, "RUN_GRACE", 0.5)
    with Sandbox(ECHO, Limits(cpu_time_ms=100, memory_mb=64, wall_time_ms=200)) as box:
        assert box.start() is None
        for pid in zygote_pids(box.marker):
            os.kill(pid, signal.SIGSTOP)
        began = time.monotonic()
        outcome = box.run(b"x\n")
        elapsed = time.monotonic() - began
        marker = box.marker
    assert outcome.status is Status.INTERNAL_ERROR
    assert "did not answer in time" in outcome.message
    assert elapsed < 3
    assert_nothing_left(marker)


def test_sandbox_processes_run_as_the_unprivileged_host_user() -> None:
    with Sandbox(ECHO, LIMITS) as box:
        assert box.start() is None
        pids = zygote_pids(box.marker)
        statuses = [Path(f"/proc/{pid}/status").read_text() for pid in pids]
    assert pids
    for status in statuses:
        fields = dict(line.split(":", 1) for line in status.splitlines())
        assert fields["Uid"].split()[0] == "65534"
        assert int(fields["CapEff"].strip(), 16) == 0
        assert fields["NoNewPrivs"].strip() == "1"
        assert fields["Seccomp"].strip() == "2"


def test_inside_the_jail_the_child_is_unprivileged_isolated_and_filtered() -> None:
    program = ProgramSpec(
        Mode.STDIO,
        "import os, socket\nstatus = open('/proc/self/status').read()\n"
        "fields = dict(l.split(':', 1) for l in status.splitlines())\n"
        "print(os.getuid(), os.getgid(), fields['CapEff'].strip(), fields['NoNewPrivs'].strip(),"
        " fields['Seccomp'].strip(), socket.gethostname(), sorted(os.listdir('/sys/class/net'))"
        " if os.path.exists('/sys/class/net') else 'no-sys')",
    )
    outcome = run_one(program)
    assert outcome.status is Status.OK, outcome
    assert outcome.output == b"65534 65534 0000000000000000 1 2 sandbox no-sys\n"


def test_internal_errors_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level(logging.ERROR, logger="winterarc.judge.sandbox"),
        Sandbox(ECHO, LIMITS, python="/nonexistent/python3") as box,
    ):
        failure = box.start()
    assert failure is not None
    assert "python not found" in caplog.text


ROOTLESS_SCRIPT = r"""
import textwrap
from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, Sandbox
source = textwrap.dedent('''
    import os, threading, time
    print(os.getuid(), input())
    started = 0
    try:
        for _ in range(100):
            threading.Thread(target=time.sleep, args=(1,), daemon=True).start()
            started += 1
    except RuntimeError:
        print('threads limited at', started)
''')
with Sandbox(ProgramSpec(Mode.STDIO, source), Limits(1000, 128, threads=8)) as box:
    assert box.start() is None
    outcome = box.run(b'hi\n')
print(outcome.status, outcome.output)
"""


@pytest.mark.skipif(
    os.geteuid() != 0 or not Path("/usr/bin/python3.11").exists(),
    reason="needs root to become an unprivileged user, and the system python3.11",
)
def test_an_unprivileged_judge_gets_the_same_jail_without_root(
    world_readable_copy: Callable[[], Path],
) -> None:
    src = world_readable_copy()
    result = subprocess.run(
        ["/usr/bin/python3.11", "-c", ROOTLESS_SCRIPT],
        user=65534,
        group=65534,
        extra_groups=[],
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
        cwd="/",
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b"ok b'65534 hi\\nthreads limited at 7\\n'\n"


JUDGE_SCRIPT = r"""
import sys, time
from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, Sandbox
box = Sandbox(ProgramSpec(Mode.STDIO, "import time\ntime.sleep(60)"), Limits(30000, 64))
assert box.start() is None
print(box.marker, flush=True)
box.run(b"")
"""


def test_killing_the_judge_process_kills_its_sandboxes() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", JUDGE_SCRIPT], stdout=subprocess.PIPE, start_new_session=True
    ) as judge:
        assert judge.stdout is not None
        marker = judge.stdout.readline().decode().strip()
        assert marker.startswith("winterarc-sandbox-")
        # bwrap, zygote and the test child, once the judge has sent its test.
        wait_until(lambda: True if len(leftover_processes(marker)) >= 3 else None, seconds=60)
        judge.kill()
    assert_nothing_left(marker)
