"""The host side of a lab: one jail per submission with a lab zygote and a check zygote.

See harness/lab_zygote.py for the processes inside and docs/sandbox.md ("Labs") for why a
learner cannot forge a check's outcome. Per check the host drives both zygotes:

    START ─► lab zygote starts the learner's code     (skipped when nothing is served)
    RUN   ─► check zygote runs one check in a fresh process, reports it
    STOP  ─► lab zygote stops the learner's code, reports how it ended and what it used
"""

from __future__ import annotations

import json
import logging
import marshal
import os
import secrets
import shutil
import socket
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

from winterarc.judge.harness import lab_protocol as wire

from . import seccomp
from .bwrap import HARNESS_MOUNT, PythonRuntime, RuntimeUnavailable
from .channel import Channel, ChannelError
from .jail import Jail, JailError
from .model import Grants, Limits, RunOutcome, SandboxError, Status, internal_error

logger = logging.getLogger("winterarc.judge.sandbox")

RUNTIME_MOUNT = f"{HARNESS_MOUNT}/runtime"
REDIS_BINARY = "/usr/bin/redis-server"
LAB_BOOTSTRAP = (
    f"import sys;sys.path.insert(0,{HARNESS_MOUNT!r});from harness.lab_zygote import main;main()"
)
START_TIMEOUT = 60.0  # jail, runtime warm-up, services, collecting the checks
REPORT_GRACE = 10.0  # beyond a check's wall limit: kill, reap, report
HTTP_PORT = 8000
FOLDER_MB = 8  # /lab and /checks
JAIL_TMP_MB = 16  # the jail's own /tmp (the checks'); the learner's is its own
# Imported by every booted jail before it knows its lab: what most labs and all checks use.
BOOT_PRELOAD = ("fastapi", "pydantic", "uvicorn", "httpx", "sqlalchemy", "jwt", "redis", "yaml")
MAX_FRAME = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LabProgram:
    """A lab submission as the sandbox runs it."""

    files: Mapping[str, str]  # the learner's files by name
    serve: str  # asgi | script | library | none
    entry: str | None
    grants: Grants = field(default_factory=Grants)
    services: tuple[str, ...] = ()
    preload: tuple[str, ...] = ()  # runtime modules the learner's files import


@dataclass(frozen=True, slots=True)
class CheckInfo:
    """One collected check (a pytest item), as the check zygote reports it."""

    index: int
    name: str
    file: str
    sample: bool
    doc: str
    source: str  # the check's code, for samples only


@dataclass(frozen=True, slots=True)
class LearnerReport:
    """How the learner's code ended in one check, and what it used."""

    status: str  # ok | exited | runtime_error | time_limit | memory_limit | output_limit | ...
    message: str
    error: str  # the learner's own exception, `Type: text (app.py line N)`, if it raised
    cpu_ms: float
    wall_ms: float
    memory_kb: int
    output: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What one check concluded, decided in its own process."""

    outcome: str  # passed | failed | skipped | crashed | timeout | error
    kind: str  # pass | assertion | learner | transport | check_error | unexpected | ...
    message: str
    detail: str  # pytest's failure text (assertion introspection included)
    exception: str = ""
    phase: str = ""
    touched: bool = False
    cpu_ms: float = 0.0
    wall_ms: float = 0.0
    output: str = ""


@dataclass(frozen=True, slots=True)
class LabCheckOutcome:
    check: CheckReport
    learner: LearnerReport | None  # None when nothing is served (files-only labs)


@cache
def _filters(network: bool, processes: bool) -> seccomp.IsolatingPrograms:
    return seccomp.build_isolating(network=network, processes=processes)


def _limits_config(limits: Limits, processes: int) -> dict[str, int]:
    return {
        "cpu_time_ms": limits.cpu_time_ms,
        "memory_mb": limits.memory_mb,
        "wall_time_ms": limits.effective_wall_time_ms,
        "output_bytes": limits.output_bytes,
        "tmp_mb": limits.tmp_mb,
        "open_files": limits.open_files,
        "threads": limits.threads,
        "processes": processes,
    }


@dataclass
class LabSandbox:
    """One lab submission's jail. Not thread-safe; use as a context manager.

    `boot()` starts the jail and imports the runtime before any lab is known (a pool can hold
    booted jails); `start(program, limits, check_limits, checks)` (booting first if needed)
    returns None when the lab is ready, then `checks` lists what was collected, or the
    COMPILE_ERROR / INTERNAL_ERROR outcome; `run(index)` runs one check.
    """

    runtime_dir: Path
    python: str | None = None
    bwrap: str | None = None
    marker: str = field(default_factory=lambda: f"winterarc-lab-{secrets.token_hex(8)}")
    program: LabProgram | None = None
    limits: Limits | None = None  # the learner's code, per check
    check_limits: Limits | None = None  # one check's own process
    checks: list[CheckInfo] = field(default_factory=list)
    collection_errors: list[str] = field(default_factory=list)
    _jail: Jail | None = None
    _zygote: Channel | None = None
    _checks: Channel | None = None
    _socket: socket.socket | None = None
    _failure: RunOutcome | None = None
    _rpc_address: str = ""
    _booted: bool = False
    _started: bool = False
    _closed: bool = False
    # Called once when closed: a pool boots the next jail when the one it lent is done.
    on_close: Callable[[], None] | None = None

    def __enter__(self) -> LabSandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def booted(self) -> bool:
        return self._booted and self._failure is None and not self._closed

    def boot(self) -> RunOutcome | None:
        """Start the jail: the lab zygote imports the runtime, the check zygote pytest."""
        if self._booted:
            raise SandboxError("boot() called twice")
        self._booted = True
        deadline = time.monotonic() + START_TIMEOUT
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        for sock in (ours, theirs):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 * 1024 * 1024)
        self._socket = ours
        try:
            runtime = PythonRuntime.resolve(self.python)
            bwrap = shutil.which(self.bwrap or "bwrap")
            if bwrap is None:
                raise JailError("bwrap not found: apt-get install bubblewrap")
            self._jail = Jail.launch(
                bwrap=bwrap,
                runtime=runtime,
                tmp_mb=JAIL_TMP_MB,
                argv=[*lab_argv(runtime, self.marker), str(theirs.fileno())],
                timeout=START_TIMEOUT,
                isolating=True,
                mounts=self._mounts(),
                inherit=(theirs.detach(),),
            )
            weakref.finalize(self, self._jail.close)
            self._zygote = Channel(
                self._jail.stdin_fd, self._jail.stdout_fd, self._jail.stderr_fd, MAX_FRAME
            )
            self._checks = Channel(ours.fileno(), ours.fileno(), None, MAX_FRAME)
            boot = marshal.dumps(self._boot_config())
            self._zygote.send(wire.encode_frame(wire.BOOT, boot), deadline)
            kind, _ = self._zygote.receive(deadline)
            if kind != wire.BOOTED:
                return self._fail(f"unexpected frame {kind} from the lab zygote")
        except (JailError, RuntimeUnavailable, OSError, ValueError) as exc:
            return self._fail(str(exc))
        except ChannelError as exc:
            return self._fail(self._explain(exc))
        return None

    def start(
        self,
        program: LabProgram,
        limits: Limits,
        check_limits: Limits,
        checks: Mapping[str, str],
    ) -> RunOutcome | None:
        if self._started:
            raise SandboxError("start() called twice")
        self._started = True
        limits.check()
        check_limits.check()
        program.grants.check()
        self.program, self.limits, self.check_limits = program, limits, check_limits
        if not self._booted:
            failure = self.boot()
            if failure is not None:
                return failure
        if self._failure is not None:
            return self._failure
        assert self._zygote is not None
        assert self._checks is not None
        deadline = time.monotonic() + START_TIMEOUT
        try:
            init = marshal.dumps(self._init(program, limits, check_limits))
            self._zygote.send(wire.encode_frame(wire.LAB_INIT, init), deadline)
            request = {"config": self._check_config(program, check_limits), "files": dict(checks)}
            self._checks.send(wire.encode_frame(wire.CHECKS, marshal.dumps(request)), deadline)
            kind, body = self._zygote.receive(deadline)
            if kind == wire.FAILED:
                failure = json.loads(body)
                if failure.get("status") == "compile_error":
                    self._failure = _outcome(Status.COMPILE_ERROR, str(failure.get("message")))
                    self._teardown()
                    return self._failure
                return self._fail(str(failure.get("message")))
            if kind != wire.READY:
                return self._fail(f"unexpected frame {kind} from the lab zygote")
            kind, body = self._checks.receive(deadline)
            if kind != wire.COLLECTED:
                return self._fail(f"unexpected frame {kind} from the check zygote")
            collected = json.loads(body)
        except (OSError, ValueError) as exc:
            return self._fail(str(exc))
        except ChannelError as exc:
            return self._fail(self._explain(exc))
        self.collection_errors = [str(error) for error in collected.get("errors", [])]
        self.checks = [
            CheckInfo(
                index,
                str(check["name"]),
                str(check["file"]),
                bool(check["sample"]),
                str(check["doc"]),
                str(check["source"]),
            )
            for index, check in enumerate(collected.get("checks", []))
        ]
        if self.collection_errors:
            errors = "\n".join(self.collection_errors)
            return self._fail(f"the checks could not be collected:\n{errors}")
        if not self.checks:
            return self._fail("the checks define no test")
        return None

    def run(self, index: int) -> LabCheckOutcome:
        if not self._started or self._closed:
            raise SandboxError("run() needs a started, open LabSandbox")
        if self._failure is not None:
            return _failed_check(self._failure.message)
        assert self._zygote is not None
        assert self._checks is not None
        assert self.program is not None
        assert self.check_limits is not None
        serving = self.program.serve != "none"
        wall = self.check_limits.effective_wall_time_ms / 1000
        deadline = time.monotonic() + wall + REPORT_GRACE
        try:
            leader = 0
            if serving:
                self._zygote.send(wire.encode_frame(wire.START, b""), deadline)
                kind, body = self._zygote.receive(deadline)
                if kind != wire.STARTED:
                    raise ChannelError(f"unexpected frame {kind} instead of STARTED")
                leader = int(json.loads(body)["leader"])
            request = json.dumps({"index": index, "leader": leader}).encode()
            self._checks.send(wire.encode_frame(wire.RUN, request), deadline)
            kind, body = self._checks.receive(deadline)
            if kind != wire.REPORT:
                raise ChannelError(f"unexpected frame {kind} instead of REPORT")
            check = _check_report(json.loads(body))
            learner = None
            if serving:
                self._zygote.send(wire.encode_frame(wire.STOP, b""), deadline)
                kind, body = self._zygote.receive(deadline)
                if kind != wire.LEARNER:
                    raise ChannelError(f"unexpected frame {kind} instead of LEARNER")
                learner = _learner_report(json.loads(body))
        except ChannelError as exc:
            return _failed_check(self._fail(self._explain(exc)).message)
        except (ValueError, KeyError, TypeError) as exc:
            return _failed_check(self._fail(f"malformed report from the jail: {exc}").message)
        return LabCheckOutcome(check, learner)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        already = self._closed
        self._closed = True
        self._teardown()
        if not already and self.on_close is not None:
            self.on_close()

    def _boot_config(self) -> dict[str, Any]:
        # The base filter and the check zygote's do not depend on the lab's grants.
        filters = _filters(False, False)
        return {
            "seccomp_base": filters.base,
            "seccomp_checks_zygote": filters.checks_zygote,
            "runtime_dir": RUNTIME_MOUNT,
            "preload": list(BOOT_PRELOAD),
        }

    def _init(self, program: LabProgram, limits: Limits, check_limits: Limits) -> dict[str, Any]:
        grants = program.grants
        filters = _filters(grants.network, grants.processes > 1)
        self._rpc_address = f"winterarc-lab-{secrets.token_hex(8)}"
        return {
            "files": dict(program.files),
            "serve": program.serve,
            "entry": program.entry,
            "services": list(program.services),
            "preload": list(program.preload),
            "rpc_address": self._rpc_address,
            "http_port": HTTP_PORT,
            "limits": _limits_config(limits, grants.processes),
            "seccomp_learner": filters.learner.program,
            "learner_slots": list(filters.learner.pid_slots),
            "seccomp_service": filters.service.program,
            "service_slots": list(filters.service.pid_slots),
        }

    def _check_config(self, program: LabProgram, check_limits: Limits) -> dict[str, Any]:
        filters = _filters(program.grants.network, program.grants.processes > 1)
        return {
            "serve": program.serve,
            "files": list(program.files),
            "files_dir": "/lab",
            "rpc_address": self._rpc_address,
            "http_port": HTTP_PORT,
            "services": list(program.services),
            "check_limits": _limits_config(check_limits, 1),
            "seccomp_check": filters.check.program,
            "check_slots": list(filters.check.pid_slots),
        }

    def _mounts(self) -> tuple[str, ...]:
        size = str(FOLDER_MB * 1024 * 1024)
        mounts = ["--ro-bind", str(self.runtime_dir), RUNTIME_MOUNT]
        for folder in ("/lab", "/checks"):
            mounts += ["--perms", "1777", "--size", size, "--tmpfs", folder]
        if os.path.isfile(REDIS_BINARY):  # any lab may declare the service: bound at boot
            mounts += ["--perms", "0755", "--dir", "/usr/bin"]
            mounts += ["--ro-bind", REDIS_BINARY, REDIS_BINARY]
        return tuple(mounts)

    def _teardown(self) -> None:
        if self._jail is not None:
            self._jail.close()
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self._zygote = self._checks = None

    def _fail(self, reason: str) -> RunOutcome:
        logger.error("lab sandbox %s failed: %s", self.marker, reason)
        self._failure = internal_error(reason)
        self._teardown()
        return self._failure

    def _explain(self, exc: ChannelError) -> str:
        said = self._zygote.diagnostics_text() if self._zygote is not None else ""
        if not said and self._jail is not None:
            said = self._jail.stderr_tail()
        return f"{exc}: {said}" if said else str(exc)


def lab_argv(runtime: PythonRuntime, marker: str) -> list[str]:
    # The marker only labels the processes (ps, leak checks); the zygote ignores it.
    return [runtime.executable, "-I", "-S", "-B", "-c", LAB_BOOTSTRAP, marker]


def _outcome(status: Status, message: str) -> RunOutcome:
    return RunOutcome(status, b"", b"", None, None, 0.0, 0.0, 0, message)


def _failed_check(message: str) -> LabCheckOutcome:
    return LabCheckOutcome(CheckReport("error", "internal", message, ""), None)


def _check_report(data: dict[str, Any]) -> CheckReport:
    """The check zygote's report: the check's own summary, or how its process ended."""
    killed_for = data.get("killed_for")
    cpu_ms, wall_ms = float(data["cpu_ms"]), float(data["wall_ms"])
    output = str(data.get("output", ""))
    if killed_for in ("wall", "cpu"):
        message = "the check did not finish in time"
        return CheckReport("timeout", "timeout", message, "", cpu_ms=cpu_ms, wall_ms=wall_ms)
    raw = str(data.get("report", ""))
    if not raw:
        message = f"the check's process ended without a report ({killed_for or data['status']})"
        detail = output[-4000:]
        return CheckReport("crashed", "crashed", message, detail, cpu_ms=cpu_ms, wall_ms=wall_ms)
    summary = json.loads(raw)
    return CheckReport(
        outcome=str(summary["outcome"]),
        kind=str(summary["kind"]),
        message=str(summary["message"]),
        detail=str(summary["detail"]),
        exception=str(summary.get("exception", "")),
        phase=str(summary.get("phase", "")),
        touched=bool(summary.get("touched")),
        cpu_ms=cpu_ms,
        wall_ms=wall_ms,
        output=output,
    )


def _learner_report(data: dict[str, Any]) -> LearnerReport:
    return LearnerReport(
        status=str(data["status"]),
        message=str(data.get("message", "")),
        error=str(data.get("error", "")),
        cpu_ms=float(data.get("cpu_ms", 0.0)),
        wall_ms=float(data.get("wall_ms", 0.0)),
        memory_kb=int(data.get("memory_kb", 0)),
        output=str(data.get("output", "")),
    )


def lab_runtime_available(runtime_dir: Path) -> tuple[bool, str]:
    """Is there a runtime folder to mount? (What is in it is the runtime module's business.)"""
    if not runtime_dir.is_dir():
        return False, f"the lab runtime is missing: {runtime_dir}"
    if not os.access(runtime_dir, os.R_OK | os.X_OK):
        return False, f"the lab runtime is not readable: {runtime_dir}"
    return True, "ok"
