"""Wire formats shared by the host, the zygote and the per-test child.

Host <-> zygote: frames of `kind (1 byte) | length (4 bytes, big-endian) | body`. The INIT body
is `marshal` data (host to zygote only: the zygote never unmarshals anything it did not get
from the host); outcomes are a fixed struct plus three byte strings, so neither side needs json.
Child -> zygote: the result pipe carries `ARMED` once confinement is in place, then one trailing
record `kind | body | len(body) (8 bytes LE) | RECORD_MAGIC`; the zygote parses from the end, so
bytes a learner writes to the pipe cannot shift or hide the harness's own record.

The harness avoids heavy imports (json, dataclasses, typing, signal): every millisecond of
import is paid by every `Sandbox.start()`.
"""

from __future__ import annotations

import os
import struct

FRAME_HEADER = struct.Struct(">BI")
MAX_FRAME = 1 << 30

# Host -> zygote.
INIT = ord("I")
RUN = ord("R")
# Zygote -> host.
READY = ord("Y")
OUTCOME = ord("O")

# Child -> zygote, first byte of the result pipe and kinds of the trailing record.
ARMED = b"A"
SETUP_FAILED = b"F"
RESULT_OK = b"R"
RESULT_ERROR = b"E"
RESULT_SETUP_ERROR = b"I"
RECORD_MAGIC = b"WA\x00\x01"
RECORD_TRAILER = struct.Struct("<Q")

# Child exit codes the harness reserves (a learner can forge them; that only harms its own verdict).
EXIT_OK = 0
EXIT_RUNTIME_ERROR = 101
EXIT_MEMORY = 102
EXIT_SETUP = 103
EXIT_NO_RESULT = 104

STDERR_CAP = 64 * 1024
MESSAGE_CAP = 2000

STATUSES = (
    "ok",
    "runtime_error",
    "time_limit",
    "memory_limit",
    "output_limit",
    "compile_error",
    "internal_error",
)
# status, exit_code, signal (-1 = none), cpu_ms, wall_ms, memory_kb, len(message/output/stderr)
OUTCOME_HEADER = struct.Struct(">BiiddqIII")


def time_limit_message(clock: str, limit_ms: int, cpu_ms: float) -> str:
    """The one sentence every Time Limit Exceeded carries (page, API, CLI alike): which limit
    was hit, "CPU time" or "wall-clock", its size, and the CPU the program had used."""
    return (
        f"Time limit exceeded: the {clock} limit of {limit_ms} ms was hit "
        f"after {round(cpu_ms)} ms of CPU time."
    )


def encode_frame(kind: int, body: bytes) -> bytes:
    if len(body) > MAX_FRAME:
        raise ValueError("frame too large")
    return FRAME_HEADER.pack(kind, len(body)) + body


class FrameDecoder:
    """Incremental decoder for a non-blocking reader."""

    def __init__(self, max_frame: int = MAX_FRAME) -> None:
        self._buffer = bytearray()
        self._max_frame = max_frame

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        self._buffer += data
        frames: list[tuple[int, bytes]] = []
        while len(self._buffer) >= FRAME_HEADER.size:
            kind, length = FRAME_HEADER.unpack_from(self._buffer)
            if length > self._max_frame:
                raise ValueError(f"frame of {length} bytes exceeds {self._max_frame}")
            end = FRAME_HEADER.size + length
            if len(self._buffer) < end:
                break
            frames.append((kind, bytes(self._buffer[FRAME_HEADER.size : end])))
            del self._buffer[:end]
        return frames


def read_exact(fd: int, size: int) -> bytearray | None:
    """Blocking read of exactly `size` bytes; None on EOF."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        n = os.readv(fd, [view[got:]])
        if n == 0:
            return None
        got += n
    return buffer


def read_frame(fd: int) -> tuple[int, bytearray] | None:
    """Blocking read of one frame; None when the peer closed the pipe."""
    header = read_exact(fd, FRAME_HEADER.size)
    if header is None:
        return None
    kind, length = FRAME_HEADER.unpack(header)
    body = read_exact(fd, length) if length else bytearray()
    if body is None:
        return None
    return kind, body


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def encode_record(kind: bytes, body: bytes) -> bytes:
    return kind + body + RECORD_TRAILER.pack(len(body)) + RECORD_MAGIC


def decode_record(data: bytes | bytearray) -> tuple[bytes, bytes] | None:
    """The trailing record of a result stream, or None if there is none."""
    tail = len(RECORD_MAGIC) + RECORD_TRAILER.size
    if len(data) < tail + 1 or not data.endswith(RECORD_MAGIC):
        return None
    (length,) = RECORD_TRAILER.unpack_from(data, len(data) - tail)
    start = len(data) - tail - length - 1
    if start < 0:
        return None
    return bytes(data[start : start + 1]), bytes(data[start + 1 : len(data) - tail])


class Outcome:
    """How one test ended, as the zygote reports it."""

    __slots__ = (
        "cpu_ms",
        "exit_code",
        "memory_kb",
        "message",
        "output",
        "signal",
        "status",
        "stderr",
        "wall_ms",
    )

    def __init__(self, status: str, message: str = "") -> None:
        self.status = status
        self.message = message
        self.output = b""
        self.stderr = b""
        self.exit_code: int | None = None
        self.signal: int | None = None
        self.cpu_ms = 0.0
        self.wall_ms = 0.0
        self.memory_kb = 0

    def encode(self) -> bytes:
        message = self.message.encode(errors="replace")[: MESSAGE_CAP * 2]
        header = OUTCOME_HEADER.pack(
            STATUSES.index(self.status),
            -1 if self.exit_code is None else self.exit_code,
            -1 if self.signal is None else self.signal,
            self.cpu_ms,
            self.wall_ms,
            self.memory_kb,
            len(message),
            len(self.output),
            len(self.stderr),
        )
        return header + message + self.output + self.stderr

    @classmethod
    def decode(cls, body: bytes) -> Outcome:
        """Raises ValueError on malformed input."""
        try:
            fields = OUTCOME_HEADER.unpack_from(body)
        except struct.error as exc:
            raise ValueError(f"short outcome: {exc}") from exc
        status, exit_code, signal, cpu_ms, wall_ms, memory_kb, n_msg, n_out, n_err = fields
        if status >= len(STATUSES):
            raise ValueError(f"unknown status {status}")
        start = OUTCOME_HEADER.size
        if len(body) != start + n_msg + n_out + n_err:
            raise ValueError("outcome lengths do not add up")
        outcome = cls(STATUSES[status], body[start : start + n_msg].decode(errors="replace"))
        start += n_msg
        outcome.output = body[start : start + n_out]
        outcome.stderr = body[start + n_out :]
        outcome.exit_code = None if exit_code < 0 else exit_code
        outcome.signal = None if signal < 0 else signal
        outcome.cpu_ms, outcome.wall_ms, outcome.memory_kb = cpu_ms, wall_ms, memory_kb
        return outcome
