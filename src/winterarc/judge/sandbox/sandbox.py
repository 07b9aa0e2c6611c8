"""The host side: one jail and one warm zygote per submission, one fresh child per test."""

from __future__ import annotations

import logging
import marshal
import secrets
import shutil
import time
import weakref
from functools import cache
from types import TracebackType

from winterarc.judge.harness import protocol

from . import seccomp
from .bwrap import PythonRuntime, RuntimeUnavailable, zygote_argv
from .channel import Channel, ChannelError
from .jail import Jail, JailError
from .model import Limits, ProgramSpec, RunOutcome, SandboxError, Status, internal_error

logger = logging.getLogger("winterarc.judge.sandbox")

DEFAULT_BWRAP = "bwrap"
START_TIMEOUT = 10.0  # jail + interpreter + compile + self-test
RUN_GRACE = 5.0  # beyond the wall limit: kill, reap, drain, report


@cache
def _filter() -> seccomp.SeccompProgram:
    return seccomp.build()


@cache
def _isolating_filters(network: bool, processes: bool) -> seccomp.IsolatingPrograms:
    return seccomp.build_isolating(network=network, processes=processes)


def _resolve_bwrap(bwrap: str | None) -> str:
    path = shutil.which(bwrap or DEFAULT_BWRAP)
    if path is None:
        raise JailError(f"bwrap not found ({bwrap or DEFAULT_BWRAP}): apt-get install bubblewrap")
    return path


class Sandbox:
    """Runs one program's tests in a bubblewrap jail. Not thread-safe; use as a context manager.

    `start()` returns None when ready, or the COMPILE_ERROR / INTERNAL_ERROR outcome; `run()`
    then judges one payload in a fresh child. Once the sandbox has failed, `run()` keeps
    returning that failure; nothing ever runs outside the jail.
    """

    def __init__(
        self,
        program: ProgramSpec,
        limits: Limits,
        *,
        python: str | None = None,
        bwrap: str | None = None,
    ) -> None:
        program.check()
        limits.check()
        self.program = program
        self.limits = limits
        self.marker = f"winterarc-sandbox-{secrets.token_hex(8)}"
        self._python = python
        self._bwrap = bwrap
        self._jail: Jail | None = None
        self._channel: Channel | None = None
        self._failure: RunOutcome | None = None
        self._started = False
        self._closed = False

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> RunOutcome | None:
        if self._closed:
            raise SandboxError("start() on a closed Sandbox")
        if self._started:
            raise SandboxError("start() called twice")
        self._started = True
        deadline = time.monotonic() + START_TIMEOUT + self.limits.cpu_time_ms / 1000
        try:
            runtime = PythonRuntime.resolve(self._python)
            filters = self._filters()
            self._jail = Jail.launch(
                bwrap=_resolve_bwrap(self._bwrap),
                runtime=runtime,
                tmp_mb=self.limits.tmp_mb,
                argv=zygote_argv(runtime, self.marker),
                timeout=START_TIMEOUT,
                isolating=self.program.grants.isolated,
            )
            # A Sandbox dropped without close() still takes its jail down with it.
            weakref.finalize(self, self._jail.close)
            self._channel = Channel(
                self._jail.stdin_fd,
                self._jail.stdout_fd,
                self._jail.stderr_fd,
                max_frame=self.limits.output_bytes + 1024 * 1024,
            )
            init = marshal.dumps(self._init_config(filters))
            self._channel.send(protocol.encode_frame(protocol.INIT, init), deadline)
            kind, body = self._channel.receive(deadline)
        except (JailError, RuntimeUnavailable, ValueError, OSError) as exc:
            return self._fail(str(exc))
        except ChannelError as exc:
            return self._fail(self._explain(exc))
        if kind == protocol.READY:
            return None
        if kind != protocol.OUTCOME:
            return self._fail(f"unexpected frame {kind} from the zygote")
        try:
            outcome = _decode(body)
        except ValueError as exc:
            return self._fail(f"malformed outcome from the zygote: {exc}")
        if outcome.status is Status.INTERNAL_ERROR:
            return self._fail(outcome.message)
        # A compile error: nothing to run, and nothing left running.
        self._failure = outcome
        self._teardown()
        return outcome

    def run(self, payload: bytes) -> RunOutcome:
        if not self._started:
            raise SandboxError("call start() before run()")
        if self._closed:
            raise SandboxError("run() on a closed Sandbox")
        if self._failure is not None:
            return self._failure
        if not isinstance(payload, bytes | bytearray):
            raise SandboxError("payload must be bytes")
        assert self._channel is not None
        deadline = time.monotonic() + self.limits.effective_wall_time_ms / 1000 + RUN_GRACE
        try:
            self._channel.send(protocol.encode_frame(protocol.RUN, bytes(payload)), deadline)
            kind, body = self._channel.receive(deadline)
        except ChannelError as exc:
            return self._fail(self._explain(exc))
        if kind != protocol.OUTCOME:
            return self._fail(f"unexpected frame {kind} from the zygote")
        try:
            outcome = _decode(body)
        except ValueError as exc:
            return self._fail(f"malformed outcome from the zygote: {exc}")
        if outcome.status is Status.INTERNAL_ERROR:
            logger.warning("sandbox %s: internal error: %s", self.marker, outcome.message)
        return outcome

    def close(self) -> None:
        self._closed = True
        self._teardown()

    def _teardown(self) -> None:
        if self._jail is not None:
            self._jail.close()
        self._channel = None

    def _fail(self, reason: str) -> RunOutcome:
        logger.error("sandbox %s failed: %s", self.marker, reason)
        self._failure = internal_error(reason)
        self._teardown()
        return self._failure

    def _explain(self, exc: ChannelError) -> str:
        said = ""
        if self._channel is not None:
            said = self._channel.diagnostics_text()
        if not said and self._jail is not None:
            said = self._jail.stderr_tail()
        return f"{exc}: {said}" if said else str(exc)

    def _filters(self) -> dict[str, object]:
        grants = self.program.grants
        if not grants.isolated:
            plain = _filter()
            return {
                "seccomp_base": plain.base,
                "seccomp_child": plain.child,
                "pid_slots": list(plain.pid_slots),
            }
        isolating = _isolating_filters(grants.network, grants.processes > 1)
        return {
            "seccomp_base": isolating.base,
            "seccomp_child": isolating.learner.program,
            "pid_slots": list(isolating.learner.pid_slots),
            "isolated": True,
        }

    def _init_config(self, filters: dict[str, object]) -> dict[str, object]:
        limits = self.limits
        return {
            "mode": str(self.program.mode),
            "source": self.program.source,
            "entry": self.program.entry,
            "params": list(self.program.params),
            "returns": self.program.returns,
            "schema_sql": self.program.schema_sql,
            "limits": {
                "cpu_time_ms": limits.cpu_time_ms,
                "memory_mb": limits.memory_mb,
                "wall_time_ms": limits.effective_wall_time_ms,
                "output_bytes": limits.output_bytes,
                "tmp_mb": limits.tmp_mb,
                "open_files": limits.open_files,
                "threads": limits.threads,
                "processes": self.program.grants.processes,
            },
            **filters,
        }


def _decode(body: bytes) -> RunOutcome:
    """Raises ValueError when the zygote's outcome is malformed."""
    outcome = protocol.Outcome.decode(body)
    return RunOutcome(
        status=Status(outcome.status),
        output=outcome.output,
        stderr=outcome.stderr,
        exit_code=outcome.exit_code,
        signal=outcome.signal,
        cpu_ms=outcome.cpu_ms,
        wall_ms=outcome.wall_ms,
        memory_kb=outcome.memory_kb,
        message=outcome.message,
    )
