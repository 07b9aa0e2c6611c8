"""The tracker's database driver (given; read-only).

A stand-in for a PostgreSQL driver: the database listens on 127.0.0.1:55432 and answers one
line per request. In the judge the checks play the database: they start it, stop it, or make
it hang, to see how your app behaves.

Like most database drivers, it is *blocking* (it holds the calling thread until the database
answers) and, unless you pass a timeout, it waits for ever.
"""

from __future__ import annotations

import json
import socket

ADDRESS = ("127.0.0.1", 55432)


class DatabaseError(Exception):
    """The database could not be reached, did not answer in time, or answered nonsense."""


def _ask(line: str, timeout: float | None) -> bytes:
    try:
        with socket.create_connection(ADDRESS, timeout=timeout) as connection:
            connection.sendall(line.encode() + b"\n")
            with connection.makefile("rb") as reader:
                return reader.readline()
    except OSError as error:  # refused, reset, or timed out (socket.timeout is an OSError)
        raise DatabaseError(f"database unavailable: {error}") from None


def ping(timeout: float | None = None) -> None:
    """Return if the database accepts queries; raise DatabaseError if not.

    `timeout` is in seconds; None waits for ever."""
    reply = _ask("PING", timeout)
    if reply.strip() != b"PONG":
        raise DatabaseError(f"unexpected reply to PING: {reply[:40]!r}")


def fetch_shipment(shipment_id: str, timeout: float | None = None) -> dict | None:
    """The shipment with this id as a dict ({"id", "status", "city"}), or None if there is
    none. Raises DatabaseError if the database cannot answer."""
    if not shipment_id or any(character.isspace() for character in shipment_id):
        return None
    reply = _ask(f"GET {shipment_id}", timeout)
    try:
        return json.loads(reply)
    except ValueError:
        raise DatabaseError(f"unexpected reply to GET: {reply[:40]!r}") from None
