"""The SQLite doorbell: unix datagram sockets, one per listening process and topic.

A listener binds a socket in the abstract namespace (no file to clean up, no path-length
limit) and registers its name as an empty file in `<database>.doorbells/<topic>/`. Ringing
sends one byte to every registered name; a name nobody answers any more (a process that died)
is removed. Abstract sockets belong to a network namespace: processes in separate containers
sharing the database file do not hear each other and rely on the slow poll."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from pathlib import Path

from winterarc.db.wakeups import Wakeups

logger = logging.getLogger("winterarc.db")
PREFIX = b"\0winterarc-doorbell-"


class Doorbell(Wakeups):
    def __init__(self, database: Path) -> None:
        super().__init__()
        self.directory = database.with_name(database.name + ".doorbells")
        self._sockets: dict[str, tuple[socket.socket, Path]] = {}
        self._broken = False  # warned once; then failing rings and listens stay quiet

    def _give_up(self, action: str, error: OSError) -> None:
        if not self._broken:
            logger.warning("doorbell %s: cannot %s (%s); polling", self.directory, action, error)
            self._broken = True

    async def _listen(self, topic: str) -> None:
        token = secrets.token_hex(12)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK)
        try:
            sock.bind(PREFIX + token.encode())
            folder = self.directory / topic
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            entry = folder / token
            entry.touch()
        except OSError as error:
            sock.close()
            self._give_up(f"listen on {topic}", error)
            return
        asyncio.get_running_loop().add_reader(sock.fileno(), self._drain, topic, sock)
        self._sockets[topic] = (sock, entry)

    def _drain(self, topic: str, sock: socket.socket) -> None:
        with contextlib.suppress(BlockingIOError):
            while sock.recv(16):
                pass
        self._received(topic)

    async def _unlisten(self, topic: str) -> None:
        found = self._sockets.pop(topic, None)
        if found is None:
            return
        sock, entry = found
        asyncio.get_running_loop().remove_reader(sock.fileno())
        sock.close()
        with contextlib.suppress(OSError):
            entry.unlink()

    async def _ring(self, topic: str) -> None:
        folder = self.directory / topic
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            return  # nobody listens yet
        except OSError as error:
            self._give_up(f"read {folder}", error)
            return
        own = self._sockets.get(topic)
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK) as sender:
            for name in names:
                if own is not None and own[1].name == name:
                    continue  # this process's listeners were woken directly
                try:
                    sender.sendto(b"!", PREFIX + name.encode())
                except BlockingIOError:
                    pass  # its buffer is full of rings it has not read yet: it is awake
                except (ConnectionRefusedError, FileNotFoundError):
                    with contextlib.suppress(OSError):
                        (folder / name).unlink()  # its process is gone
                except OSError as error:
                    self._give_up(f"ring {topic}", error)
