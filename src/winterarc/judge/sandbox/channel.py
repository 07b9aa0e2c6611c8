"""Frames to and from the zygote over its stdin/stdout, every call bounded by a deadline."""

from __future__ import annotations

import os
import select
import time

from winterarc.judge.harness.protocol import FrameDecoder

DIAGNOSTICS_KEEP = 64 * 1024


class ChannelError(Exception):
    """The zygote stopped answering (timeout, exit, or garbage); the sandbox must be torn down."""


class Channel:
    def __init__(self, write_fd: int, read_fd: int, stderr_fd: int | None, max_frame: int) -> None:
        self._write_fd = write_fd
        self._read_fd = read_fd
        self._stderr_fd: int | None = stderr_fd
        self._decoder = FrameDecoder(max_frame)
        self._pending: list[tuple[int, bytes]] = []
        self.diagnostics = bytearray()
        for fd in (write_fd, read_fd, stderr_fd):
            if fd is not None:
                os.set_blocking(fd, False)

    def _drain_stderr(self) -> None:
        assert self._stderr_fd is not None
        try:
            chunk = os.read(self._stderr_fd, 65536)
        except BlockingIOError:
            return
        if not chunk:
            self._stderr_fd = None
        elif len(self.diagnostics) < DIAGNOSTICS_KEEP:
            self.diagnostics += chunk[: DIAGNOSTICS_KEEP - len(self.diagnostics)]

    def _poll(self, fd: int, event: int, deadline: float) -> None:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ChannelError("the sandbox did not answer in time")
            poller = select.poll()
            poller.register(fd, event)
            if self._stderr_fd is not None:
                poller.register(self._stderr_fd, select.POLLIN)
            for ready, mask in poller.poll(max(1, int(remaining * 1000))):
                if ready == fd:
                    if mask & (select.POLLERR | select.POLLNVAL):
                        raise ChannelError("the sandbox's control pipe broke")
                    return
                self._drain_stderr()

    def send(self, frame: bytes, deadline: float) -> None:
        view = memoryview(frame)
        while view:
            self._poll(self._write_fd, select.POLLOUT, deadline)
            try:
                view = view[os.write(self._write_fd, view) :]
            except BlockingIOError:
                continue
            except (BrokenPipeError, OSError) as exc:
                raise ChannelError(f"the sandbox closed its control pipe: {exc}") from exc

    def receive(self, deadline: float) -> tuple[int, bytes]:
        while not self._pending:
            self._poll(self._read_fd, select.POLLIN, deadline)
            try:
                chunk = os.read(self._read_fd, 1 << 20)
            except BlockingIOError:
                continue
            if not chunk:
                raise ChannelError("the sandbox exited")
            try:
                self._pending.extend(self._decoder.feed(chunk))
            except ValueError as exc:
                raise ChannelError(f"garbage on the control pipe: {exc}") from exc
        return self._pending.pop(0)

    def diagnostics_text(self) -> str:
        if self._stderr_fd is not None:
            self._drain_stderr()
        return self.diagnostics.decode(errors="replace").strip()[-2000:]
