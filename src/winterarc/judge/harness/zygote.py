"""The warm interpreter inside the jail: compiles the learner's source once, forks a child per test.

It never runs learner code itself. Started by bubblewrap as
`python -I -S -B -c "<bootstrap>" <marker>` with stdin/stdout as the control pipes.
"""

from __future__ import annotations

import _thread
import fcntl
import gc
import marshal
import os
import resource
import sys
import types

from . import libc
from .child import ChildJob, enter
from .confine import MIB, THREAD_STACK, Confinement, load_filter
from .failures import SOURCE_FILENAME
from .modes import CHECKER, DESIGN, FUNCTION, MODES, SQL, STDIO, PayloadError, Program, prepare
from .protocol import INIT, OUTCOME, READY, RUN, Outcome, encode_frame, read_frame, write_all
from .supervise import TestLimits, run_test, spawn

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

    from .isolate import Isolation
    from .supervise import Target

SANDBOX_ID = 65534
SANDBOX_TMP = "/tmp"  # noqa: S108 - the jail's private tmpfs
SIGKILL = 9
# Stdlib modules a learner commonly imports and that have no import-time side effects; importing
# them once here saves every test the import. Learner code still never runs in the zygote.
PRELOADABLE = frozenset(
    {
        "array", "asyncio", "bisect", "collections", "collections.abc", "copy", "dataclasses",
        "datetime", "decimal", "enum", "fractions", "functools", "heapq", "io", "itertools",
        "json", "math", "operator", "queue", "random", "re", "sqlite3", "statistics", "string",
        "threading", "time", "typing",
    }
)  # fmt: skip
MODE_PRELOADS: dict[str, tuple[str, ...]] = {
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
    libc.prctl(libc.PR_SET_PDEATHSIG, SIGKILL)
    # Non-dumpable: children (same uid) cannot open /proc/<zygote>/mem, environ or fds.
    libc.prctl(libc.PR_SET_DUMPABLE, 0)
    libc.prctl(libc.PR_SET_NO_NEW_PRIVS, 1)


def _code_names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _code_names(const)
    return names


WIPE_ROUNDS = 100_000


def _wipe(path: str) -> None:
    """Empty a directory whatever the learner built in it (unreadable dirs, deep nesting).

    Iterative and flat: each round deletes files and lifts the contents of every subdirectory
    one level up, so nesting depth costs rounds, never recursion or open descriptors.
    """
    top = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    tag = os.urandom(6).hex()  # lifted names the learner could not have taken
    lifted = 0
    try:
        for _ in range(WIPE_ROUNDS):
            entries = list(os.scandir(top))
            if not entries:
                return
            for entry in entries:
                if not entry.is_dir(follow_symlinks=False):
                    os.unlink(entry.name, dir_fd=top)
                    continue
                os.chmod(entry.name, 0o700, dir_fd=top)
                sub = os.open(entry.name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=top)
                try:
                    for inner in os.scandir(sub):
                        if inner.is_dir(follow_symlinks=False):
                            os.chmod(inner.name, 0o700, dir_fd=sub)  # moving a dir writes its ..
                        lifted += 1
                        os.rename(inner.name, f".{tag}-{lifted}", src_dir_fd=sub, dst_dir_fd=top)
                finally:
                    os.close(sub)
                os.rmdir(entry.name, dir_fd=top)
        raise RuntimeError(f"could not empty {path}")
    finally:
        os.close(top)


def _vm_size() -> int:
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


class Zygote:
    def __init__(self, ctl_in: int, ctl_out: int) -> None:
        self._in = ctl_in
        self._out = ctl_out
        self._program: Program | None = None
        self._limits: TestLimits | None = None
        self._confinement: Confinement | None = None
        self._isolation: Isolation | None = None

    def serve(self) -> None:
        frame = read_frame(self._in)
        if frame is None:
            return
        kind, body = frame
        if kind != INIT:
            raise InitError(f"expected INIT, got frame kind {kind}")
        failure = self._init(marshal.loads(body))  # noqa: S302 - written by the host only
        if failure is not None:
            self._send(failure)
            return
        write_all(self._out, encode_frame(READY, b""))
        while True:
            frame = read_frame(self._in)
            if frame is None:
                return
            kind, payload = frame
            if kind != RUN:
                raise InitError(f"expected RUN, got frame kind {kind}")
            self._send(self._run(payload))
            # Leave nothing of this test for the next child to find; done after the report so
            # the learner's clutter is not charged to this test's timing.
            payload[:] = bytes(len(payload))
            _wipe(SANDBOX_TMP)

    def _send(self, outcome: Outcome) -> None:
        write_all(self._out, encode_frame(OUTCOME, outcome.encode()))

    def _init(self, config: dict[str, Any]) -> Outcome | None:
        mode = config["mode"]
        if mode not in MODES:
            raise InitError(f"unknown mode {mode!r}")
        self._limits = limits = TestLimits(**config["limits"])
        # From here on the zygote itself runs under the base filter.
        load_filter(config["seccomp_base"])
        self._confinement = Confinement(config["seccomp_child"], list(config["pid_slots"]))
        if config.get("isolated"):
            from .isolate import Isolation

            # Multiprocessing's semaphores live in /dev/shm: the same cap as /tmp.
            self._isolation = Isolation(tmp_mb=limits.tmp_mb, shm_mb=limits.tmp_mb)
        source: str = config["source"]
        code = None
        if mode == SQL:
            failure = self._check_schema(config.get("schema_sql"))
            if failure is not None:
                return failure
        else:
            compiled = self._compile(source, limits)
            if isinstance(compiled, Outcome):
                return compiled
            code = compiled
        self._program = Program(
            mode,
            source,
            code,
            entry=config.get("entry"),
            params=tuple(config.get("params") or ()),
            returns=config.get("returns") or "json",
            schema_sql=config.get("schema_sql"),
        )
        self._preload(code, mode, source)
        if code is not None:
            self._program.premake_module()
        _thread.stack_size(THREAD_STACK)
        probe = self._probe()
        if probe is not None:
            return probe
        gc.collect()
        gc.freeze()  # the children's collections skip the zygote's objects: fewer COW copies
        return None

    def _compile(self, source: str, limits: TestLimits) -> types.CodeType | Outcome:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = _vm_size() + max(limits.memory_mb, 256) * MIB
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        try:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return compile(source, SOURCE_FILENAME, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return Outcome("compile_error", f"line {exc.lineno}: {exc.msg}")
        except (ValueError, MemoryError, RecursionError, OverflowError) as exc:
            return Outcome("compile_error", f"{type(exc).__name__}: {exc}")
        finally:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

    def _check_schema(self, schema_sql: str | None) -> Outcome | None:
        if not schema_sql:
            return None
        import sqlite3

        connection = sqlite3.connect(":memory:")
        try:
            connection.executescript(schema_sql)
        except sqlite3.Error as exc:
            return Outcome("internal_error", f"schema_sql failed: {exc}")
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

    def _probe(self) -> Outcome | None:
        """Fork one confined child, the way tests are forked, that checks the filter (and the
        namespaces, when isolated) really hold before any test runs."""
        assert self._confinement is not None
        assert self._limits is not None
        null = os.open("/dev/null", os.O_RDWR)
        program = Program(STDIO, "", None)
        job = ChildJob(
            program, b"", os.getpid(), null, null, null, null, [], self._confinement,
            self._isolation,
        )  # fmt: skip
        target = spawn_probe(job, self._limits.processes)
        os.close(null)
        _, status = os.waitpid(target.pid, 0)
        target.close()
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            return None
        return Outcome("internal_error", f"seccomp self-test failed (wait status {status})")

    def _run(self, payload: bytearray) -> Outcome:
        assert self._program is not None
        assert self._limits is not None
        assert self._confinement is not None
        try:
            data = prepare(self._program, payload)
        except PayloadError as exc:
            return Outcome("internal_error", f"bad payload: {exc}")
        return run_test(self._program, data, self._limits, self._confinement, self._isolation)


def _probe_main(job: ChildJob, processes: int) -> NoReturn:
    """The self-test child: exit 0 only when confinement holds as the grants say."""
    try:
        enter(job)
        if processes <= 1:
            try:
                os.fork()
            except PermissionError:
                pass
            else:
                os._exit(2)
        with open("/proc/self/status") as proc_status:
            status = proc_status.read()
        if "Seccomp:\t2" not in status:
            os._exit(3)
        if job.isolation is not None and (
            os.getpid() != 1 or "CapEff:\t0000000000000000" not in status
        ):
            os._exit(5)
        os._exit(0)
    finally:
        os._exit(4)


def spawn_probe(job: ChildJob, processes: int) -> Target:
    return spawn(job, processes, main=lambda: _probe_main(job, processes))


def _prebuild_streams() -> None:
    """Text streams over fds 0-2, built once: each child dup2s its own stdin and pipes onto
    those fds and uses these objects as they are, saving the per-test construction."""
    sys.stdin = sys.__stdin__ = open(0, encoding="utf-8", closefd=False)  # type: ignore[misc]  # noqa: SIM115
    sys.stdout = sys.__stdout__ = open(  # type: ignore[misc]  # noqa: SIM115
        1, "w", encoding="utf-8", buffering=1 << 16, closefd=False
    )
    sys.stderr = sys.__stderr__ = open(  # type: ignore[misc]  # noqa: SIM115
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
    sys.argv = ["solution.py"]  # what the learner's program sees
    os.chdir(SANDBOX_TMP)
    try:
        _drop_privileges()
        Zygote(ctl_in, ctl_out).serve()
    except BaseException as exc:
        failure = Outcome("internal_error", f"zygote failed: {type(exc).__name__}: {exc}")
        try:  # noqa: SIM105 - contextlib would cost every start-up its import
            write_all(ctl_out, encode_frame(OUTCOME, failure.encode()))
        except OSError:
            pass
        raise
