"""The forked test child: confine itself, run the learner's code once, report, `_exit`."""

from __future__ import annotations

import os
import sys

from . import libc
from .failures import describe, learner_traceback
from .modes import RUNNERS, STDIO, SetupError, run_stdio, serialise
from .protocol import (
    ARMED,
    EXIT_MEMORY,
    EXIT_NO_RESULT,
    EXIT_OK,
    EXIT_RUNTIME_ERROR,
    EXIT_SETUP,
    RESULT_ERROR,
    RESULT_OK,
    RESULT_SETUP_ERROR,
    SETUP_FAILED,
    encode_record,
    write_all,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

    from .confine import Confinement
    from .isolate import Isolation
    from .modes import Program

RESULT_FD = 3
SIGKILL = 9


class ChildJob:
    __slots__ = (
        "confinement",
        "data",
        "isolation",
        "program",
        "result_w",
        "rlimits",
        "stderr_w",
        "stdin_fd",
        "stdout_w",
        "zygote_pid",
    )

    def __init__(
        self,
        program: Program,
        data: Any,
        zygote_pid: int,
        stdin_fd: int,
        stdout_w: int,
        stderr_w: int,
        result_w: int,
        rlimits: list[tuple[int, int, int]],
        confinement: Confinement,
        isolation: Isolation | None = None,
    ) -> None:
        self.program = program
        self.data = data
        self.zygote_pid = zygote_pid
        self.stdin_fd = stdin_fd  # -1: stdio input comes from `data` through a memfd
        self.stdout_w = stdout_w
        self.stderr_w = stderr_w
        self.result_w = result_w
        self.rlimits = rlimits
        self.confinement = confinement
        self.isolation = isolation  # set: the child is pid 1 of namespaces of its own


def run_child(job: ChildJob) -> NoReturn:
    try:
        enter(job)
        os.write(RESULT_FD, ARMED)
    except BaseException as exc:
        _report_setup_failure(job, exc)
    os._exit(_run_learner(job))


def enter(job: ChildJob) -> None:
    """Everything between fork and the learner's first line."""
    os.setsid()
    libc.prctl(libc.PR_SET_PDEATHSIG, SIGKILL)
    if job.isolation is not None:
        job.isolation.enter()  # its parent checked the zygote; its own parent is outside
    elif os.getppid() != job.zygote_pid:
        os._exit(EXIT_SETUP)
    # Outside stdio, fd 0 stays the zygote's /dev/null.
    if job.stdin_fd >= 0:
        os.dup2(job.stdin_fd, 0)
    elif job.program.mode == STDIO:
        stdin = os.memfd_create("stdin", 0)
        write_all(stdin, job.data)
        os.lseek(stdin, 0, os.SEEK_SET)
        os.dup2(stdin, 0)
    # Outside stdio the learner's prints are diagnostics: they share the stderr pipe.
    os.dup2(job.stdout_w if job.program.mode == STDIO else job.stderr_w, 1)
    os.dup2(job.stderr_w, 2)
    os.dup2(job.result_w, RESULT_FD)
    os.closerange(RESULT_FD + 1, 1 << 20)
    # The zygote already sits in /tmp with sys.argv, sys.stdin/stdout/stderr prepared for the
    # child, and `random` reseeds itself after a fork.
    job.confinement.apply(os.getpid(), job.rlimits)


def _report_setup_failure(job: ChildJob, exc: BaseException) -> NoReturn:
    message = f"{type(exc).__name__}: {exc}".encode(errors="replace")
    for fd in (RESULT_FD, job.result_w):
        try:
            write_all(fd, SETUP_FAILED + message)
            break
        except OSError:
            continue
    os._exit(EXIT_SETUP)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            if stream is not None:
                stream.flush()
        except BaseException:  # noqa: S110 - a replaced or closed stream is the learner's business
            pass


def _record(kind: bytes, body: bytes) -> bool:
    try:
        write_all(RESULT_FD, encode_record(kind, body))
    except OSError:
        return False
    return True


def _exit_status(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:  # noqa: SIM105 - contextlib would cost every start-up its import
        sys.stderr.write(f"{code}\n")
    except BaseException:  # noqa: S110 - the learner may have broken sys.stderr
        pass
    return 1


def _run_learner(job: ChildJob) -> int:
    program = job.program
    try:
        if program.mode == STDIO:
            status = EXIT_OK
            try:
                run_stdio(program)
            except SystemExit as exc:
                status = _exit_status(exc)
            threading = sys.modules.get("threading")
            if threading is not None:
                threading._shutdown()  # join non-daemon threads, as a normal exit does
            _flush()
            return status
        text = serialise(RUNNERS[program.mode](program, job.data))
        _flush()
        return EXIT_OK if _record(RESULT_OK, text) else EXIT_NO_RESULT
    except MemoryError:
        os._exit(EXIT_MEMORY)
    except SetupError as exc:
        _record(RESULT_SETUP_ERROR, str(exc).encode(errors="replace"))
        return EXIT_RUNTIME_ERROR
    except BaseException as exc:
        _flush()
        try:  # noqa: SIM105 - see above
            write_all(2, learner_traceback(exc, program.source).encode(errors="replace"))
        except OSError:
            pass
        _record(RESULT_ERROR, describe(exc).encode(errors="replace"))
        return EXIT_RUNTIME_ERROR
