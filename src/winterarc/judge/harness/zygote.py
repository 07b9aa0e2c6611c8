"""The warm interpreter inside the jail: compiles the learner's source once, forks a child per test.

It never runs learner code itself. Started by bubblewrap as
`python -I -S -B -c "<bootstrap>" <marker>` with stdin/stdout as the control pipes.
"""

from __future__ import annotations

import fcntl
import gc
import json
import os
import resource
import signal
import sys
import threading
import types
import warnings
from typing import Any

from . import libc
from .child import ChildJob, enter
from .confine import MIB, THREAD_STACK, Confinement, load_filter
from .failures import SOURCE_FILENAME, remember_source
from .modes import (
    CHECKER,
    DESIGN,
    FUNCTION,
    MODES,
    SQL,
    STDIO,
    PayloadError,
    Program,
    prepare,
)
from .protocol import INIT, OUTCOME, READY, RUN, encode_frame, encode_outcome, read_frame, write_all
from .supervise import Report, TestLimits, run_test

SANDBOX_ID = 65534
# Stdlib modules a learner commonly imports and that have no import-time side effects; importing
# them once here saves every test the import. Learner code still never runs in the zygote.
PRELOADABLE = frozenset(
    "array bisect collections collections.abc copy dataclasses datetime decimal enum fractions "
    "functools heapq itertools json math operator queue random re statistics string threading "
    "time typing asyncio sqlite3 io".split()
)
MODE_PRELOADS = {
    STDIO: (),
    FUNCTION: ("json",),
    DESIGN: ("json",),
    SQL: ("json", "sqlite3"),
    CHECKER: ("json",),
}


class InitError(Exception):
    """The host sent a configuration the zygote cannot use."""


def _drop_privileges() -> None:
    """In root mode bwrap starts us as uid 0 (mapped to host root) with CAP_SETUID/SETGID only;
    become the unprivileged id so RLIMIT_NPROC counts and nothing runs as host root."""
    if os.getuid() == 0 or os.geteuid() == 0:
        os.setgroups([])
        os.setresgid(SANDBOX_ID, SANDBOX_ID, SANDBOX_ID)
        os.setresuid(SANDBOX_ID, SANDBOX_ID, SANDBOX_ID)
    libc.clear_capabilities()  # the uid change emptied all but the inheritable set
    if os.getuid() == 0 or os.geteuid() == 0 or os.getgid() == 0:
        raise RuntimeError("still root after dropping privileges")
    caps = libc.capabilities()
    if any(caps.get(name, 0) for name in ("CapInh", "CapPrm", "CapEff", "CapAmb")):
        raise RuntimeError(f"capabilities left after dropping privileges: {caps}")
    # A uid change clears the parent-death signal; set it again.
    libc.prctl(libc.PR_SET_PDEATHSIG, signal.SIGKILL)
    # Non-dumpable: children (same uid) cannot open /proc/<zygote>/mem, environ or fds.
    libc.prctl(libc.PR_SET_DUMPABLE, 0)
    libc.prctl(libc.PR_SET_NO_NEW_PRIVS, 1)


def _code_names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _code_names(const)
    return names


def _wipe(path: str) -> None:
    """Empty a directory the learner may have made unreadable."""
    try:
        entries = list(os.scandir(path))
    except PermissionError:
        os.chmod(path, 0o700)
        entries = list(os.scandir(path))
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            try:
                os.chmod(entry.path, 0o700)
                _wipe(entry.path)
                os.rmdir(entry.path)
            except OSError:
                pass
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                pass


class Zygote:
    def __init__(self, ctl_in: int, ctl_out: int) -> None:
        self._in = ctl_in
        self._out = ctl_out
        self._program: Program | None = None
        self._limits: TestLimits | None = None
        self._confinement: Confinement | None = None

    def serve(self) -> None:
        frame = read_frame(self._in)
        if frame is None:
            return
        kind, body = frame
        if kind != INIT:
            raise InitError(f"expected INIT, got frame kind {kind}")
        failure = self._init(json.loads(body))
        if failure is not None:
            self._send_report(failure)
            return
        write_all(self._out, encode_frame(READY, b"{}"))
        while True:
            frame = read_frame(self._in)
            if frame is None:
                return
            kind, payload = frame
            if kind != RUN:
                raise InitError(f"expected RUN, got frame kind {kind}")
            report = self._run(payload)
            self._send_report(report)
            # Leave nothing of this test for the next child to find; done after the report so
            # the learner's clutter is not charged to this test's timing.
            payload[:] = bytes(len(payload))
            _wipe("/tmp")

    def _send_report(self, report: Report) -> None:
        body = encode_outcome(report.fields(), report.output, report.stderr)
        write_all(self._out, encode_frame(OUTCOME, body))

    def _init(self, config: dict[str, Any]) -> Report | None:
        mode = config["mode"]
        if mode not in MODES:
            raise InitError(f"unknown mode {mode!r}")
        limits = TestLimits(**config["limits"])
        seccomp = config["seccomp"]
        load_filter(bytes.fromhex(seccomp["base"]))
        self._confinement = Confinement(bytes.fromhex(seccomp["child"]), seccomp["pid_slots"])
        self._limits = limits
        source: str = config["source"]
        code = None
        if mode == SQL:
            failure = self._check_schema(config.get("schema_sql"))
            if failure is not None:
                return failure
        else:
            compiled = self._compile(source, limits)
            if isinstance(compiled, Report):
                return compiled
            code = compiled
            remember_source(source)
        self._program = Program(
            mode=mode,
            source=source,
            code=code,
            entry=config.get("entry"),
            params=tuple(config.get("params") or ()),
            returns=config.get("returns") or "json",
            schema_sql=config.get("schema_sql"),
        )
        self._preload(code, mode, source)
        threading.stack_size(THREAD_STACK)
        probe = self._probe()
        if probe is not None:
            return probe
        gc.collect()
        gc.freeze()  # keep the zygote's objects out of the children's collections (fewer COW copies)
        return None

    def _compile(self, source: str, limits: TestLimits) -> types.CodeType | Report:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        vm = int(open("/proc/self/statm").read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = vm + max(limits.memory_mb, 256) * MIB
        resource.setrlimit(resource.RLIMIT_AS, (min(cap, hard) if hard > 0 else cap, hard))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return compile(source, SOURCE_FILENAME, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return Report(status="compile_error", message=f"line {exc.lineno}: {exc.msg}")
        except (ValueError, MemoryError, RecursionError, OverflowError) as exc:
            return Report(status="compile_error", message=f"{type(exc).__name__}: {exc}")
        finally:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

    def _check_schema(self, schema_sql: str | None) -> Report | None:
        import sqlite3

        if not schema_sql:
            return None
        connection = sqlite3.connect(":memory:")
        try:
            connection.executescript(schema_sql)
        except sqlite3.Error as exc:
            return Report(status="internal_error", message=f"schema_sql failed: {exc}")
        finally:
            connection.close()
        return None

    def _preload(self, code: types.CodeType | None, mode: str, source: str) -> None:
        wanted = set(MODE_PRELOADS[mode])
        if code is not None:
            wanted |= _code_names(code) & PRELOADABLE
        if mode in (FUNCTION, DESIGN) and "async" in source:
            wanted.add("asyncio")
        for name in sorted(wanted):
            __import__(name)

    def _probe(self) -> Report | None:
        """Fork one confined child that checks the filter really holds before any test runs."""
        assert self._confinement is not None and self._limits is not None
        null = os.open("/dev/null", os.O_RDWR)
        job = ChildJob(
            program=Program(STDIO, "", None, None, (), "json", None),
            data=b"",
            zygote_pid=os.getpid(),
            stdout_w=null,
            stderr_w=null,
            result_w=null,
            rlimits=[],
            confinement=self._confinement,
        )
        pid = os.fork()
        if pid == 0:
            try:
                enter(job)
                try:
                    os.fork()
                except PermissionError:
                    pass
                else:
                    os._exit(2)
                with open("/proc/self/status") as status:
                    filtered = "Seccomp:\t2" in status.read()
                os._exit(0 if filtered else 3)
            finally:
                os._exit(4)
        os.close(null)
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            return None
        return Report(status="internal_error", message=f"seccomp self-test failed ({status})")

    def _run(self, payload: bytearray) -> Report:
        assert self._program and self._limits and self._confinement
        try:
            data = prepare(self._program, payload)
        except PayloadError as exc:
            return Report(status="internal_error", message=f"bad payload: {exc}")
        return run_test(self._program, data, self._limits, self._confinement)


def _prebuild_streams() -> None:
    """Text streams over fds 0-2, built once: each child dup2s its stdin memfd and pipes onto
    those fds and uses these objects as they are, saving the per-test construction."""
    sys.stdin = sys.__stdin__ = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stdout = sys.__stdout__ = open(  # noqa: SIM115
        1, "w", encoding="utf-8", buffering=1 << 16, closefd=False
    )
    sys.stderr = sys.__stderr__ = open(  # noqa: SIM115
        2, "w", encoding="utf-8", errors="backslashreplace", buffering=1, closefd=False
    )


def main() -> None:
    # Keep the control pipes away from fds 0-3 so a child's dup2 onto 0-3 never hits them.
    ctl_in = fcntl.fcntl(0, fcntl.F_DUPFD_CLOEXEC, 10)
    ctl_out = fcntl.fcntl(1, fcntl.F_DUPFD_CLOEXEC, 10)
    null = os.open("/dev/null", os.O_RDWR)
    for fd in (0, 1, 3):
        os.dup2(null, fd)
    if null > 3:
        os.close(null)
    _prebuild_streams()
    try:
        _drop_privileges()
        Zygote(ctl_in, ctl_out).serve()
    except BaseException as exc:
        report = Report(status="internal_error", message=f"zygote failed: {type(exc).__name__}: {exc}")
        try:
            body = encode_outcome(report.fields(), b"", b"")
            write_all(ctl_out, encode_frame(OUTCOME, body))
        except OSError:
            pass
        raise
