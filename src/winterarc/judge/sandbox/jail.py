"""Starting and tearing down one bubblewrap jail.

When the judge runs as root, bwrap on its own would map the sandbox's uid to host root, where
RLIMIT_NPROC does not apply and any mistake runs as root. Instead bwrap waits on
`--userns-block-fd` while we write a uid map that also maps the unprivileged id 65534, and the
zygote drops to it before doing anything else.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import time
from dataclasses import dataclass, field

from .bwrap import JAIL_ETC, SANDBOX_ID, PythonRuntime, command

STDERR_KEEP = 16 * 1024


class JailError(Exception):
    """The jail could not be set up; the message is the reason."""


def _read_until_eof(fd: int, deadline: float) -> bytes:
    data = bytearray()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise JailError("bwrap did not report its child in time")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                return bytes(data)
            data += chunk


def _write_id_maps(pid: int) -> None:
    mapping = f"0 0 1\n{SANDBOX_ID} {SANDBOX_ID} 1\n"
    for name in ("uid_map", "gid_map"):
        with open(f"/proc/{pid}/{name}", "w") as handle:
            handle.write(mapping)


@dataclass(slots=True)
class Jail:
    process: subprocess.Popen[bytes]
    child_pid: int
    child_pidfd: int
    closed: bool = field(default=False)

    @property
    def stdin_fd(self) -> int:
        assert self.process.stdin is not None
        return self.process.stdin.fileno()

    @property
    def stdout_fd(self) -> int:
        assert self.process.stdout is not None
        return self.process.stdout.fileno()

    @property
    def stderr_fd(self) -> int:
        assert self.process.stderr is not None
        return self.process.stderr.fileno()

    @classmethod
    def launch(
        cls,
        *,
        bwrap: str,
        runtime: PythonRuntime,
        tmp_mb: int,
        argv: list[str],
        timeout: float = 10.0,
        isolating: bool = False,
        mounts: tuple[str, ...] = (),
        inherit: tuple[int, ...] = (),
    ) -> Jail:
        """Start bwrap running `argv`; `inherit` are descriptors passed into the jail under
        the same numbers (closed here once bwrap has them)."""
        deadline = time.monotonic() + timeout
        as_root = os.geteuid() == 0
        data_fds = _data_pipes(JAIL_ETC) if isolating else {}
        inherit = (*inherit, *data_fds.values())
        info_r, info_w = os.pipe()
        block_r, block_w = os.pipe() if as_root else (-1, -1)
        pass_fds = (info_w, block_r) if as_root else (info_w,)
        args = command(
            bwrap=bwrap,
            runtime=runtime,
            tmp_mb=tmp_mb,
            info_fd=info_w,
            userns_block_fd=block_r if as_root else None,
            argv=argv,
            isolating=isolating,
            mounts=mounts,
            data_fds=data_fds,
        )
        try:
            try:
                process = subprocess.Popen(  # noqa: S603 - argv built by bwrap.command
                    args,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    pass_fds=(*pass_fds, *inherit),
                    env={},  # the judge's environment (and its secrets) stays out
                    start_new_session=True,
                )
            except OSError as exc:
                os.close(info_r)
                if as_root:
                    os.close(block_w)
                raise JailError(f"cannot run bwrap ({bwrap}): {exc}") from exc
        finally:
            for fd in (*pass_fds, *inherit):
                os.close(fd)
        try:
            jail = cls._attach(process, info_r, deadline)
            if as_root:
                try:
                    _write_id_maps(jail.child_pid)
                    os.write(block_w, b"1")
                except OSError as exc:
                    jail.close()
                    raise JailError(f"cannot map the sandbox user: {exc}") from exc
            return jail
        except JailError:
            _kill_group(process)
            raise
        finally:
            os.close(info_r)
            if as_root:
                os.close(block_w)

    @classmethod
    def _attach(cls, process: subprocess.Popen[bytes], info_r: int, deadline: float) -> Jail:
        info = _read_until_eof(info_r, deadline)
        if not info:
            raise JailError(_failure_text(process, deadline))
        try:
            child_pid = int(json.loads(info)["child-pid"])
            pidfd = os.pidfd_open(child_pid)
        except (ValueError, KeyError, OSError) as exc:
            raise JailError(f"bwrap reported an unusable child ({info!r}): {exc}") from exc
        return cls(process=process, child_pid=child_pid, child_pidfd=pidfd)

    def stderr_tail(self) -> str:
        """Whatever bwrap or the zygote said on stderr, without blocking."""
        data = bytearray()
        with contextlib.suppress(OSError):
            while select.select([self.stderr_fd], [], [], 0)[0]:
                chunk = os.read(self.stderr_fd, 4096)
                if not chunk or len(data) > STDERR_KEEP:
                    break
                data += chunk
        return data.decode(errors="replace").strip()[-2000:]

    def close(self) -> None:
        """Kill the zygote (pid 1 of the jail, so the kernel kills everything in it) and bwrap."""
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(OSError):
            signal.pidfd_send_signal(self.child_pidfd, signal.SIGKILL)
        os.close(self.child_pidfd)
        _kill_group(self.process)


def _data_pipes(files: dict[str, bytes]) -> dict[str, int]:
    """A pipe per file, already holding its (small) contents, for bwrap's --ro-bind-data."""
    fds: dict[str, int] = {}
    for path, data in files.items():
        read_end, write_end = os.pipe()
        try:
            os.write(write_end, data)  # far below a pipe's capacity: never blocks
        finally:
            os.close(write_end)
        fds[path] = read_end
    return fds


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


def _failure_text(process: subprocess.Popen[bytes], deadline: float) -> str:
    try:
        process.wait(timeout=max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        return "bwrap neither started its child nor exited"
    assert process.stderr is not None
    text = process.stderr.read(STDERR_KEEP).decode(errors="replace").strip()
    return f"bwrap failed (exit {process.returncode}): {text or 'no message'}"
