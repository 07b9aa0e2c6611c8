"""Wire formats shared by the host, the zygote and the per-test child.

Host <-> zygote: frames of `kind (1 byte) | length (4 bytes, big-endian) | body`.
Child -> zygote: the result pipe carries `ARMED` once confinement is in place, then one trailing
record `kind | body | len(body) (8 bytes LE) | RECORD_MAGIC`; the zygote parses from the end, so
bytes a learner writes to the pipe cannot shift or hide the harness's own record.
"""

from __future__ import annotations

import json
import os
import struct
from typing import Any

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


def encode_outcome(fields: dict[str, Any], output: bytes, stderr: bytes) -> bytes:
    header = json.dumps({**fields, "output_len": len(output)}).encode()
    return struct.pack(">I", len(header)) + header + output + stderr


def decode_outcome(body: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    (header_len,) = struct.unpack_from(">I", body)
    header = json.loads(body[4 : 4 + header_len])
    if not isinstance(header, dict):
        raise ValueError("outcome header is not an object")
    rest = body[4 + header_len :]
    output_len = int(header.pop("output_len"))
    return header, rest[:output_len], rest[output_len:]
