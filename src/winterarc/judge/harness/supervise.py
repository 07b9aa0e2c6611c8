"""The zygote's side of one test: fork the child, watch its pipes and clocks, judge how it ended."""

from __future__ import annotations

import fcntl
import os
import select
import time

from .child import ChildJob, run_child
from .confine import MIB, child_rlimits
from .modes import SQL, STDIO
from .protocol import (
    ARMED,
    EXIT_MEMORY,
    EXIT_SETUP,
    MESSAGE_CAP,
    RESULT_ERROR,
    RESULT_OK,
    RESULT_SETUP_ERROR,
    SETUP_FAILED,
    STDERR_CAP,
    Outcome,
    decode_record,
    time_limit_message,
    write_all,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, NoReturn

    from .confine import Confinement
    from .isolate import Isolation
    from .modes import Program

F_SETPIPE_SZ = 1031
READ_CHUNK = 1 << 16
PIPE_PAYLOAD = 1 << 16  # what one write puts in an empty pipe without blocking
PAGE = os.sysconf("SC_PAGE_SIZE")
PROCESS_POLL = 0.01  # seconds between looks at a forking learner's process count


SIGKILL, SIGSEGV, SIGSYS = 9, 11, 31
SIGNAL_NAMES = {
    1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
    7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
    13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ", 31: "SIGSYS",
}  # fmt: skip


class TestLimits:
    __slots__ = (
        "cpu_time_ms",
        "memory_mb",
        "open_files",
        "output_bytes",
        "processes",
        "threads",
        "tmp_mb",
        "wall_time_ms",
    )

    def __init__(
        self,
        cpu_time_ms: int,
        memory_mb: int,
        wall_time_ms: int,
        output_bytes: int,
        tmp_mb: int,
        open_files: int,
        threads: int,
        processes: int = 1,
    ) -> None:
        self.cpu_time_ms = cpu_time_ms
        self.memory_mb = memory_mb
        self.wall_time_ms = wall_time_ms
        self.output_bytes = output_bytes
        self.tmp_mb = tmp_mb
        self.open_files = open_files
        self.threads = threads
        self.processes = processes  # >1: the child may fork (it is isolated in namespaces)

    def rlimits(self, baseline_vm: int) -> list[tuple[int, int, int]]:
        """The rlimits of a child forked from a zygote of `baseline_vm` bytes."""
        return child_rlimits(
            cpu_time_ms=self.cpu_time_ms,
            memory_mb=self.memory_mb,
            tmp_mb=self.tmp_mb,
            open_files=self.open_files,
            threads=self.threads,
            baseline_vm=baseline_vm,
            processes=self.processes,
        )


class _Stream:
    __slots__ = ("cap", "data", "fd", "limit", "total")

    def __init__(self, fd: int, cap: int, limit: int) -> None:
        self.fd = fd
        self.cap = cap  # bytes kept
        self.limit = limit  # bytes accepted before the child is killed for output
        self.data = bytearray()
        self.total = 0


_statm_fd = -1


def _statm() -> tuple[int, int]:
    """(address space, resident) of the zygote in bytes."""
    global _statm_fd
    if _statm_fd < 0:
        _statm_fd = os.open("/proc/self/statm", os.O_RDONLY | os.O_CLOEXEC)
    size, resident = os.pread(_statm_fd, 256, 0).split()[:2]
    return int(size) * PAGE, int(resident) * PAGE


def _cpu_seconds(pid: int) -> float | None:
    # The process-wide CPU clock of another process: clockid ((~pid) << 3) | CPUCLOCK_SCHED.
    try:
        return time.clock_gettime(((~pid) << 3) | 2)
    except OSError:
        return None


class Target:
    """The process a test runs as: its CPU clock, and how to kill everything it started.

    Plain: the forked child. Isolated: the intermediate we wait for, and the learner that is
    pid 1 of its own namespaces (held by a pidfd: it is not our child, so its pid could be
    reused once it is gone); with processes the CPU is that of the whole tree.
    """

    __slots__ = ("leader", "leader_fd", "pid", "processes", "seen_cpu")

    def __init__(self, pid: int, leader: int, processes: int) -> None:
        self.pid = pid  # the process the zygote waits for
        self.leader = leader  # the learner itself (== pid when not isolated); -1: none
        self.processes = processes
        # The most CPU seconds the tree was seen with: children the kernel kills along with an
        # isolated learner are not always in the rusage its intermediate reports.
        self.seen_cpu = 0.0
        self.leader_fd = -1
        if 0 < leader != pid:
            try:
                self.leader_fd = os.pidfd_open(leader)
            except ProcessLookupError:
                self.leader = -1  # already gone

    def cpu_seconds(self) -> tuple[float | None, int]:
        """(CPU seconds so far, processes in the tree; 1 when it cannot fork)."""
        if self.leader < 0:
            return None, 0
        if self.processes <= 1:
            cpu = _cpu_seconds(self.leader)
            found = 1
        else:
            from .tree import usage

            tree = usage(self.leader)
            cpu, found = tree.total_seconds, tree.processes
        self.seen_cpu = max(self.seen_cpu, cpu or 0.0)
        return cpu, found

    def kill(self) -> None:
        """Plain: SIGKILL the child's process group (it called setsid) and the child itself in
        case it had not got that far. Isolated: SIGKILL the learner, pid 1 of its namespace, so
        the kernel kills its whole tree and the intermediate exits once it has reaped it."""
        if self.leader_fd >= 0:
            import signal

            try:
                signal.pidfd_send_signal(self.leader_fd, SIGKILL)
                return
            except ProcessLookupError:
                pass  # gone already; the intermediate is exiting
        for kill, target in ((os.killpg, self.pid), (os.kill, self.pid)):
            try:  # noqa: SIM105 - contextlib would cost every start-up its import
                kill(target, SIGKILL)
            except ProcessLookupError:
                pass

    def close(self) -> None:
        if self.leader_fd >= 0:
            os.close(self.leader_fd)
            self.leader_fd = -1


def spawn(job: ChildJob, processes: int, main: Callable[[], NoReturn] | None = None) -> Target:
    """Fork the test child (running `main`, by default the learner's test): directly, or
    isolated in namespaces when the job asks for it."""
    body = main or (lambda: _child_main(job))
    if job.isolation is not None:
        from .isolate import fork_isolated

        middle, leader = fork_isolated(body, job.zygote_pid)
        return Target(middle, leader, processes)
    pid = os.fork()
    if pid == 0:
        body()
    return Target(pid, pid, 1)


def _child_main(job: ChildJob) -> NoReturn:
    try:
        run_child(job)
    finally:
        os._exit(EXIT_SETUP)


def run_test(
    program: Program,
    data: Any,
    limits: TestLimits,
    confinement: Confinement,
    isolation: Isolation | None = None,
) -> Outcome:
    stdio = program.mode == STDIO
    out_r, out_w = os.pipe() if stdio else (-1, -1)
    err_r, err_w = os.pipe()
    res_r, res_w = os.pipe()
    for fd in (out_r, err_r, res_r):
        if fd >= 0:
            os.set_blocking(fd, False)
    if stdio:
        try:  # noqa: SIM105 - contextlib would cost every start-up its import
            fcntl.fcntl(out_r, F_SETPIPE_SZ, 1 << 20)
        except OSError:
            pass  # a bigger pipe only saves wake-ups
    stdin_fd = -1
    if stdio and len(data) <= PIPE_PAYLOAD:
        # Small inputs travel in a pipe filled before the fork (cheaper than a memfd).
        stdin_fd, stdin_w = os.pipe()
        write_all(stdin_w, data)
        os.close(stdin_w)
    baseline_vm, baseline_rss = _statm()
    rlimits = limits.rlimits(baseline_vm)
    job = ChildJob(
        program, data, os.getpid(), stdin_fd, out_w, err_w, res_w, rlimits, confinement, isolation
    )
    started = time.monotonic()
    target = spawn(job, limits.processes)
    for fd in (stdin_fd, out_w, err_w, res_w):
        if fd >= 0:
            os.close(fd)
    streams = [_Stream(res_r, limits.output_bytes + MESSAGE_CAP + 64, limits.output_bytes + 4096)]
    streams.append(_Stream(err_r, STDERR_CAP, max(limits.output_bytes, STDERR_CAP)))
    if stdio:
        streams.append(_Stream(out_r, limits.output_bytes, limits.output_bytes))
    killed_for = _watch(target, streams, limits, started)
    _, status, usage = os.wait4(target.pid, 0)
    target.close()
    wall_ms = (time.monotonic() - started) * 1000
    for stream in streams:
        if killed_for is not None:
            # Killed between polls: what it wrote since (the harness's ARMED byte, a record)
            # is still in the pipe, and the writers are gone, so reading cannot block.
            _drain(stream)
        os.close(stream.fd)
    report = Outcome("ok")
    report.cpu_ms = max(usage.ru_utime + usage.ru_stime, target.seen_cpu) * 1000
    report.wall_ms = wall_ms
    report.memory_kb = usage.ru_maxrss
    report.stderr = bytes(streams[1].data)
    if os.WIFSIGNALED(status):
        report.signal = os.WTERMSIG(status)
    else:
        report.exit_code = os.WEXITSTATUS(status)
    rss_allowance_kb = (limits.memory_mb * MIB + baseline_rss) // 1024
    _judge(
        report,
        program,
        limits,
        killed_for,
        streams[0].data,
        streams[2].data if stdio else None,
        rss_allowance_kb,
    )
    return report


def _drain(stream: _Stream) -> tuple[bool, bool]:
    """Read what the pipe holds right now: (reached EOF, went over its limit)."""
    while True:
        try:
            chunk = os.read(stream.fd, READ_CHUNK)
        except BlockingIOError:
            return False, False
        if not chunk:
            return True, False
        stream.total += len(chunk)
        if len(stream.data) < stream.cap:
            stream.data += chunk[: stream.cap - len(stream.data)]
        if stream.total > stream.limit:
            return False, True


def _watch(
    target: Target,
    streams: list[_Stream],
    limits: TestLimits,
    started: float,
    *,
    until_closed: bool = False,
) -> str | None:
    """Pump the child's pipes until it is gone (or, `until_closed`, until it has closed them
    all); returns why it was killed, if it was."""
    pidfd = os.pidfd_open(target.pid)
    try:
        poller = select.poll()
        poller.register(pidfd, select.POLLIN)
        by_fd = {stream.fd: stream for stream in streams}
        for fd in by_fd:
            poller.register(fd, select.POLLIN)
        open_fds = set(by_fd)
        exited = False
        wall_deadline = started + limits.wall_time_ms / 1000
        cpu_limit = limits.cpu_time_ms / 1000
        while not exited or open_fds:
            if until_closed and not open_fds:
                return None
            if not exited:
                now = time.monotonic()
                if now >= wall_deadline:
                    return _kill(target, "wall")
                cpu, processes = target.cpu_seconds()
                if cpu is not None and cpu > cpu_limit:
                    return _kill(target, "cpu")
                if processes > limits.processes:
                    return _kill(target, "processes")
                # Recheck the CPU clock no later than when it could first pass the limit.
                slack = cpu_limit - (cpu or 0.0)
                timeout = min(wall_deadline - now, max(0.005, slack / 2))
                if limits.processes > 1:
                    timeout = min(timeout, PROCESS_POLL)  # a fork bomb grows between polls
                events = poller.poll(max(1, int(timeout * 1000)))
            else:
                events = poller.poll(1000)
                if not events:  # a descriptor outlived the process (passed away in flight?)
                    return _kill(target, "stuck")
            ready = [fd for fd, _ in events]
            if pidfd in ready:
                exited = True
                poller.unregister(pidfd)
                # The writers are gone: whatever is buffered can be read without waiting.
                ready = list(open_fds)
            for fd in ready:
                if fd == pidfd:
                    continue
                eof, over = _drain(by_fd[fd])
                if over:
                    return _kill(target, "output")
                if eof:
                    poller.unregister(fd)
                    open_fds.discard(fd)
        return None
    finally:
        os.close(pidfd)


def _kill(target: Target, reason: str) -> str:
    target.kill()
    return reason


def _signal_name(number: int) -> str:
    return SIGNAL_NAMES.get(number, f"signal {number}")


def _judge(
    report: Outcome,
    program: Program,
    limits: TestLimits,
    killed_for: str | None,
    result: bytearray,
    stdout: bytearray | None,
    rss_allowance_kb: int,
) -> None:
    # The first byte is written by the harness before any learner code runs, so it can be trusted.
    if result[:1] != ARMED:
        report.status = "internal_error"
        if result[:1] == SETUP_FAILED:
            detail = bytes(result[1:MESSAGE_CAP]).decode(errors="replace")
            report.message = f"confinement failed: {detail}"
        else:
            report.message = f"test process died during setup ({_ending(report)})"
        return
    record = decode_record(result[1:])
    if killed_for == "output":
        report.status, report.message = (
            "output_limit",
            f"output limit exceeded ({limits.output_bytes} bytes)",
        )
    elif killed_for == "wall":
        report.status = "time_limit"
        report.message = time_limit_message("wall-clock", limits.wall_time_ms, report.cpu_ms)
    elif killed_for == "cpu" or report.cpu_ms > limits.cpu_time_ms:
        report.status = "time_limit"
        report.message = time_limit_message("CPU time", limits.cpu_time_ms, report.cpu_ms)
    elif killed_for == "processes":
        report.status = "runtime_error"
        report.message = f"more than {limits.processes} processes at once"
    elif killed_for == "stuck":
        report.status, report.message = (
            "internal_error",
            "the test process did not release its pipes",
        )
    elif report.exit_code == EXIT_MEMORY or report.memory_kb > rss_allowance_kb:
        report.status = "memory_limit"
        report.message = f"memory limit exceeded ({limits.memory_mb} MB)"
    elif report.signal is not None:
        report.status = "runtime_error"
        report.message = _signal_message(report.signal)
    elif record is not None and record[0] == RESULT_SETUP_ERROR and program.mode == SQL:
        report.status = "internal_error"
        report.message = record[1][:MESSAGE_CAP].decode(errors="replace")
    elif report.exit_code != 0:
        report.status = "runtime_error"
        if record is not None and record[0] == RESULT_ERROR:
            report.message = record[1][:MESSAGE_CAP].decode(errors="replace")
        else:
            report.message = f"exit code {report.exit_code}"
    elif stdout is not None:
        report.output = bytes(stdout)
    elif record is not None and record[0] == RESULT_OK:
        if len(record[1]) > limits.output_bytes:
            report.status = "output_limit"
            report.message = f"output limit exceeded ({limits.output_bytes} bytes)"
        elif _is_json(record[1]):
            report.output = record[1]
        else:  # only a learner who forged the record or patched json gets here
            report.status = "runtime_error"
            report.message = "the result is not valid JSON text"
    else:
        report.status = "runtime_error"
        report.message = "the program exited before returning a result"


def _is_json(text: bytes) -> bool:
    import json  # preloaded by the zygote in every mode that returns JSON

    try:
        json.loads(text.decode("utf-8"), parse_constant=_refuse)
    except (ValueError, RecursionError, MemoryError):
        return False
    return True


def _refuse(name: str) -> None:
    raise ValueError(name)


def _ending(report: Outcome) -> str:
    if report.signal is not None:
        return _signal_name(report.signal)
    return f"exit code {report.exit_code}"


def _signal_message(number: int) -> str:
    if number == SIGSEGV:
        return "killed by SIGSEGV: segmentation fault (stack overflow from deep recursion?)"
    if number == SIGSYS:
        return "killed by SIGSYS: a forbidden system call"
    return f"killed by {_signal_name(number)}"
