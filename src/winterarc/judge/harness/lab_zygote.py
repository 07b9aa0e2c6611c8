"""The lab zygote: pid 1 of a lab's jail. It starts the learner's code for each check.

    host ──control pipes──► lab zygote (this) ──fork──► check zygote ──fork──► one check
      │                        │  ├─ fork ──► redis-server (a declared service)
      └──── own socket ────────┘  └─ fork ──► learner's code, isolated (harness/isolate.py)
            (checks, reports)

It never runs learner code itself and never sees a check: the check zygote is forked before
the checks arrive, on a socket the host gave it, so no hidden check or check outcome is ever
in memory that a learner process (forked from here) could inherit.
"""

from __future__ import annotations

import fcntl
import gc
import json
import marshal
import os
import select
import socket
import sys
import time

from . import lab_learner, libc
from .confine import MIB, Confinement, load_filter
from .isolate import Isolation, fork_isolated
from .lab_protocol import (
    BOOT,
    BOOTED,
    FAILED,
    LAB_INIT,
    LEARNER,
    READY,
    START,
    STARTED,
    STOP,
    send_frame,
)
from .protocol import (
    ARMED,
    EXIT_MEMORY,
    MESSAGE_CAP,
    RESULT_ERROR,
    decode_record,
    read_frame,
    time_limit_message,
)
from .supervise import PROCESS_POLL, Target, TestLimits, _drain, _statm, _Stream
from .zygote import SANDBOX_TMP, _drop_privileges, _prebuild_streams

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

    from .lab_services import Redis

LAB_DIR = "/lab"
CHECKS_DIR = "/checks"
OUTPUT_KEEP = 64 * 1024
SIGKILL = 9


class LabZygote:
    def __init__(self, ctl_in: int, ctl_out: int, checks_fd: int, marker: str) -> None:
        self.marker = marker
        self.ctl_in = ctl_in
        self.ctl_out = ctl_out
        self.checks_fd = checks_fd
        self.config: dict[str, Any] = {}
        self.redis: Redis | None = None
        self.limits: TestLimits | None = None
        self.confinement: Confinement | None = None
        self.isolation = Isolation(tmp_mb=16, shm_mb=16)

    def serve(self) -> None:
        frame = read_frame(self.ctl_in)
        if frame is None:
            return
        kind, body = frame
        if kind != BOOT:
            raise RuntimeError(f"expected BOOT, got frame kind {kind}")
        self._boot(marshal.loads(body))  # noqa: S302 - written by the host only
        send_frame(self.ctl_out, BOOTED, b"{}")
        frame = read_frame(self.ctl_in)
        if frame is None:
            return
        kind, body = frame
        if kind != LAB_INIT:
            raise RuntimeError(f"expected INIT, got frame kind {kind}")
        failure = self._init(marshal.loads(body))  # noqa: S302 - written by the host only
        if failure is not None:
            send_frame(self.ctl_out, FAILED, json.dumps(failure).encode())
            return
        send_frame(self.ctl_out, READY, b"{}")
        while True:
            frame = read_frame(self.ctl_in)
            if frame is None:
                return
            kind, _ = frame
            if kind != START:
                raise RuntimeError(f"expected START, got frame kind {kind}")
            send_frame(self.ctl_out, LEARNER, json.dumps(self._check()).encode())

    def _boot(self, boot: dict[str, Any]) -> None:
        """Before any lab is known: the filter, the check zygote, the runtime imported. A jail
        can sit booted in a pool until a submission needs it."""
        load_filter(boot["seccomp_base"])
        sys.path.append(boot["runtime_dir"])
        self._fork_check_zygote(boot)
        from .lab_warmups import warm

        warm(list(boot["preload"]))
        lab_learner.prepare_asgi()
        gc.collect()
        gc.freeze()

    def _init(self, config: dict[str, Any]) -> dict[str, str] | None:
        """The submission: its files, services and limits; then a self-test of isolation."""
        self.config = config
        self.limits = limits = TestLimits(**config["limits"])
        self.isolation = Isolation(
            tmp_mb=limits.tmp_mb, shm_mb=limits.tmp_mb, hidden=(CHECKS_DIR,), readonly=(LAB_DIR,)
        )
        failure = self._write_files(config["files"])
        if failure is not None:
            return failure
        if "redis" in config["services"]:
            from .lab_services import Redis, ServiceError

            try:
                self.redis = Redis.start(
                    Confinement(config["seccomp_service"], list(config["service_slots"])),
                    self.marker,
                )
            except ServiceError as exc:
                return {"status": "internal_error", "message": str(exc)}
        from .lab_warmups import warm

        warm(list(config["preload"]))
        self.confinement = Confinement(config["seccomp_learner"], list(config["learner_slots"]))
        if config["serve"] != "none":
            probe = self._probe()
            if probe is not None:
                return {"status": "internal_error", "message": probe}
        gc.collect()
        gc.freeze()
        return None

    def _write_files(self, files: dict[str, str]) -> dict[str, str] | None:
        """The learner's files into /lab; a Python file that does not compile is a CE."""
        for name, text in files.items():
            if name.endswith(".py"):
                try:
                    compile(text, f"{LAB_DIR}/{name}", "exec", dont_inherit=True)
                except SyntaxError as exc:
                    message = f"{name} line {exc.lineno}: {exc.msg}"
                    return {"status": "compile_error", "message": message}
                except (ValueError, MemoryError, RecursionError, OverflowError) as exc:
                    message = f"{name}: {type(exc).__name__}: {exc}"
                    return {"status": "compile_error", "message": message}
            with open(f"{LAB_DIR}/{name}", "w", encoding="utf-8") as handle:
                handle.write(text)
        return None

    def _fork_check_zygote(self, boot: dict[str, Any]) -> None:
        pid = os.fork()
        if pid == 0:
            from .lab_checks import main

            os.close(self.ctl_in)
            os.close(self.ctl_out)
            main(self.checks_fd, boot["seccomp_checks_zygote"])
        os.close(self.checks_fd)

    def _listener(self) -> socket.socket | None:
        serve = self.config["serve"]
        if serve == "asgi":
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", int(self.config["http_port"])))
        elif serve == "library":
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            listener.bind("\0" + self.config["rpc_address"])
        else:
            return None
        listener.listen(128)
        return listener

    def _spawn(self, body: Any) -> Target:
        assert self.limits is not None
        middle, leader = fork_isolated(body, os.getpid())
        return Target(middle, leader, self.limits.processes)

    def _check(self) -> dict[str, Any]:
        """One check's learner: start it, watch it until the host says STOP, report."""
        assert self.limits is not None
        limits = self.limits
        if self.redis is not None:
            from .lab_services import ServiceError

            try:
                self.redis.reset()
            except ServiceError as exc:
                send_frame(self.ctl_out, STARTED, b'{"leader": 0}')
                self._wait_stop()
                return {"status": "internal_error", "message": str(exc)}
        listener = self._listener()
        out_r, out_w = os.pipe()
        res_r, res_w = os.pipe()
        for fd in (out_r, res_r):
            os.set_blocking(fd, False)
        baseline_vm, baseline_rss = _statm()
        rlimits = limits.rlimits(baseline_vm)
        listener_fd = listener.fileno() if listener is not None else -1
        started = time.monotonic()
        target = self._spawn(lambda: self._learner_main(out_w, res_w, listener_fd, rlimits))
        os.close(out_w)
        os.close(res_w)
        if listener is not None:
            listener.close()  # the learner's copy is the only one: its death refuses clients
        send_frame(self.ctl_out, STARTED, json.dumps({"leader": target.leader}).encode())
        output = _Stream(out_r, OUTPUT_KEEP, limits.output_bytes)
        result = _Stream(res_r, 64 * 1024, 1 << 20)
        killed_for, alive = self._watch(target, [result, output], started)
        if alive:
            target.kill()
        _, status, usage = os.wait4(target.pid, 0)
        target.close()
        for stream in (output, result):
            _drain(stream)
            os.close(stream.fd)
        rss_allowance_kb = (limits.memory_mb * MIB + baseline_rss) // 1024
        report = _learner_status(
            killed_for, alive, status, usage.ru_maxrss, rss_allowance_kb, result.data, limits
        )
        report.update(
            cpu_ms=max(usage.ru_utime + usage.ru_stime, target.seen_cpu) * 1000,
            wall_ms=(time.monotonic() - started) * 1000,
            memory_kb=usage.ru_maxrss,
            output=bytes(output.data).decode("utf-8", errors="replace"),
        )
        return report

    def _wait_stop(self) -> None:
        frame = read_frame(self.ctl_in)
        if frame is None or frame[0] != STOP:
            raise RuntimeError("expected STOP")

    def _watch(
        self, target: Target, streams: list[_Stream], started: float
    ) -> tuple[str | None, bool]:
        """Pump the learner's pipes and watch its clocks until the host says STOP.

        Returns why it was killed (if it was) and whether it is still running."""
        assert self.limits is not None
        limits = self.limits
        pidfd = os.pidfd_open(target.pid)
        poller = select.poll()
        poller.register(self.ctl_in, select.POLLIN)
        poller.register(pidfd, select.POLLIN)
        by_fd = {stream.fd: stream for stream in streams}
        for fd in by_fd:
            poller.register(fd, select.POLLIN)
        killed_for: str | None = None
        alive = True
        cpu_limit = limits.cpu_time_ms / 1000
        try:
            while True:
                timeout = 1.0
                if alive and killed_for is None:
                    cpu, processes = target.cpu_seconds()
                    if cpu is not None and cpu > cpu_limit:
                        killed_for = "cpu"
                    elif processes > limits.processes:
                        killed_for = "processes"
                    if killed_for is not None:
                        target.kill()
                    slack = cpu_limit - (cpu or 0.0)
                    timeout = max(0.005, slack / 2)
                    if limits.processes > 1:
                        timeout = min(timeout, PROCESS_POLL)
                for fd, _ in poller.poll(max(1, int(timeout * 1000))):
                    if fd == self.ctl_in:
                        self._wait_stop()
                        return killed_for, alive
                    if fd == pidfd:
                        alive = False
                        poller.unregister(pidfd)
                        continue
                    eof, over = _drain(by_fd[fd])
                    if over and killed_for is None:
                        killed_for = "output"
                        target.kill()
                    if eof or over:
                        poller.unregister(fd)
        finally:
            os.close(pidfd)

    def _learner_main(
        self, out_w: int, res_w: int, listener_fd: int, rlimits: list[tuple[int, int, int]]
    ) -> NoReturn:
        try:
            os.setsid()
            libc.prctl(libc.PR_SET_PDEATHSIG, SIGKILL)
            self.isolation.enter()
            null = os.open(os.devnull, os.O_RDWR)
            os.dup2(null, 0)
            os.dup2(out_w, 1)
            os.dup2(out_w, 2)
            os.dup2(res_w, lab_learner.RESULT_FD)
            if listener_fd >= 0:
                os.dup2(listener_fd, lab_learner.LISTENER_FD)
                os.set_inheritable(lab_learner.LISTENER_FD, True)
            os.closerange(lab_learner.LISTENER_FD + (1 if listener_fd >= 0 else 0), 1 << 20)
            assert self.confinement is not None
            self.confinement.apply(os.getpid(), rlimits)
            os.write(lab_learner.RESULT_FD, ARMED)
        except BaseException as exc:
            try:
                os.write(res_w, b"F" + f"{type(exc).__name__}: {exc}".encode(errors="replace"))
            finally:
                os._exit(103)
        status = lab_learner.run(self.config["serve"], self.config["entry"])
        threading = sys.modules.get("threading")
        if threading is not None:
            threading._shutdown()  # join non-daemon threads, as a normal exit does
        for stream in (sys.stdout, sys.stderr):
            try:  # noqa: SIM105 - the learner may have broken its streams
                stream.flush()
            except BaseException:  # noqa: S110
                pass
        os._exit(status)

    def _probe(self) -> str | None:
        """One isolated child that checks the learner's namespaces before any check runs."""
        assert self.limits is not None
        processes = self.limits.processes

        def probe() -> NoReturn:
            try:
                os.setsid()
                self.isolation.enter()
                assert self.confinement is not None
                self.confinement.apply(os.getpid(), [])
                with open("/proc/self/status") as proc_status:
                    status = proc_status.read()
                ok = os.getpid() == 1 and "Seccomp:\t2" in status
                ok = ok and "CapEff:\t0000000000000000" in status
                ok = ok and not os.listdir(CHECKS_DIR) and not _writable(LAB_DIR)
                if ok and processes <= 1:
                    try:
                        os.fork()
                    except PermissionError:
                        pass
                    else:
                        ok = False
                os._exit(0 if ok else 3)
            finally:
                os._exit(4)

        target = self._spawn(probe)
        _, status = os.waitpid(target.pid, 0)
        target.close()
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            return None
        return f"the learner's isolation failed its self-test (wait status {status})"


def _writable(path: str) -> bool:
    try:
        fd = os.open(f"{path}/.probe", os.O_WRONLY | os.O_CREAT, 0o600)
    except OSError:
        return False
    os.close(fd)
    return True


def _learner_status(
    killed_for: str | None,
    alive: bool,
    status: int,
    memory_kb: int,
    rss_allowance_kb: int,
    result: bytearray,
    limits: TestLimits,
) -> dict[str, Any]:
    """How the learner's code ended: still serving when the check ended is "ok"."""
    if result[:1] != ARMED:
        if alive and killed_for is None and not result:
            # The check was over before the learner's code began (a check that needs nothing
            # from it): stopped as planned, it did nothing wrong.
            return {"status": "ok", "message": "", "error": ""}
        detail = bytes(result[1:MESSAGE_CAP]).decode(errors="replace") or f"wait status {status}"
        message = f"the learner's process failed to start: {detail}"
        return {"status": "internal_error", "message": message, "error": ""}
    record = decode_record(result[1:])
    error = ""
    if record is not None and record[0] == RESULT_ERROR:
        error = record[1][:MESSAGE_CAP].decode(errors="replace")
    exited = os.WIFEXITED(status) and not alive
    code = os.WEXITSTATUS(status) if exited else None
    if killed_for == "cpu":
        cpu_ms = limits.cpu_time_ms  # killed on reaching it
        verdict = ("time_limit", time_limit_message("CPU time", limits.cpu_time_ms, cpu_ms))
    elif killed_for == "output":
        verdict = ("output_limit", f"output limit exceeded ({limits.output_bytes} bytes)")
    elif killed_for == "processes":
        verdict = ("runtime_error", f"more than {limits.processes} processes at once")
    elif code == EXIT_MEMORY or memory_kb > rss_allowance_kb:
        verdict = ("memory_limit", f"memory limit exceeded ({limits.memory_mb} MB)")
    elif alive:
        verdict = ("ok", "")
    elif os.WIFSIGNALED(status):
        from .supervise import _signal_message

        verdict = ("runtime_error", _signal_message(os.WTERMSIG(status)))
    elif code:
        verdict = ("runtime_error", error or f"exit code {code}")
    else:
        verdict = ("exited", "the learner's code exited")
    return {"status": verdict[0], "message": verdict[1], "error": error}


def main() -> None:
    """Started by bubblewrap as `python -I -S -B -c "<bootstrap>" <marker> <checks fd>`."""
    marker, checks_fd = sys.argv[1], int(sys.argv[2])
    ctl_in = fcntl.fcntl(0, fcntl.F_DUPFD_CLOEXEC, 10)
    ctl_out = fcntl.fcntl(1, fcntl.F_DUPFD_CLOEXEC, 10)
    if checks_fd < 10:
        moved = fcntl.fcntl(checks_fd, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(checks_fd)
        checks_fd = moved
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 3):
        os.dup2(null, fd)
    if null > 3:
        os.close(null)
    _prebuild_streams()
    sys.argv = ["app"]
    os.chdir(SANDBOX_TMP)
    try:
        _drop_privileges()
        LabZygote(ctl_in, ctl_out, checks_fd, marker).serve()
    except BaseException as exc:
        message = f"lab zygote failed: {type(exc).__name__}: {exc}"
        failure = {"status": "internal_error", "message": message}
        try:  # noqa: SIM105
            send_frame(ctl_out, FAILED, json.dumps(failure).encode())
        except OSError:
            pass
        raise
