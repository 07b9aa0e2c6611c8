"""The narrow channel between a check and a library lab's learner process.

Length-prefixed JSON both ways: a check sends a request, the learner's process answers with
plain data. Nothing but JSON values crosses, and the check compares them in its own process.
"""

from __future__ import annotations

import json
import socket
import struct

HEADER = struct.Struct(">I")
MAX_MESSAGE = 16 * 1024 * 1024


class WireError(Exception):
    """The other side closed the channel or sent something that is not a message."""


def _refuse(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def send(sock: socket.socket, value: object) -> None:
    body = json.dumps(value, allow_nan=False, separators=(",", ":")).encode()
    if len(body) > MAX_MESSAGE:
        raise WireError(f"message of {len(body)} bytes is over {MAX_MESSAGE}")
    sock.sendall(HEADER.pack(len(body)) + body)


def _read(sock: socket.socket, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = sock.recv(min(size - len(data), 1 << 20))
        if not chunk:
            raise WireError("the channel was closed")
        data += chunk
    return bytes(data)


def receive(sock: socket.socket) -> object:
    (size,) = HEADER.unpack(_read(sock, HEADER.size))
    if size > MAX_MESSAGE:
        raise WireError(f"message of {size} bytes is over {MAX_MESSAGE}")
    try:
        return json.loads(_read(sock, size), parse_constant=_refuse)
    except ValueError as error:
        raise WireError(f"not a JSON message: {error}") from None
