"""Services a lab declares, started inside the jail: today a real redis-server.

It runs as the jail's unprivileged user on the jail's own loopback, under a seccomp filter
that lets it signal nothing but itself and start no process. The commands that would reach
outside its memory (persistence, replication, modules, DEBUG, CONFIG, SHUTDOWN, ACL) are
disabled, and it is emptied before every check.
"""

from __future__ import annotations

import os
import select
import socket
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .confine import Confinement

REDIS_SERVER = "/usr/bin/redis-server"
REDIS_PORT = 6379
REDIS_READY = b"Ready to accept connections"
START_TIMEOUT = 10.0
DISABLED_COMMANDS = (
    "CONFIG", "SHUTDOWN", "DEBUG", "MODULE", "SAVE", "BGSAVE", "BGREWRITEAOF", "REPLICAOF",
    "SLAVEOF", "SYNC", "PSYNC", "MIGRATE", "ACL", "FAILOVER", "CLUSTER", "LASTSAVE",
)  # fmt: skip
# Before every check: no key, script, function or connection of the previous one survives.
RESET = (("FLUSHALL",), ("SCRIPT", "FLUSH"), ("FUNCTION", "FLUSH"))
MIB = 1024 * 1024


class ServiceError(Exception):
    """A service could not be started or reset (an internal error)."""


def redis_argv(marker: str) -> list[str]:
    argv = [REDIS_SERVER, "--port", str(REDIS_PORT), "--bind", "127.0.0.1"]
    # Its process title carries the jail's marker, like every other process of the jail.
    argv += ["--proc-title-template", f"{marker} {{title}} {{listen-addr}}"]
    argv += ["--protected-mode", "no", "--save", "", "--appendonly", "no", "--dir", "/tmp"]  # noqa: S108
    argv += ["--daemonize", "no", "--supervised", "no", "--loglevel", "notice", "--logfile", ""]
    argv += ["--maxmemory", "64mb", "--maxmemory-policy", "noeviction", "--maxclients", "128"]
    argv += ["--databases", "16", "--io-threads", "1", "--enable-protected-configs", "no"]
    argv += ["--enable-debug-command", "no", "--enable-module-command", "no"]
    for command in DISABLED_COMMANDS:
        argv += ["--rename-command", command, ""]
    return argv


class Redis:
    """A running redis-server of this jail."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    @classmethod
    def start(cls, confinement: Confinement, marker: str) -> Redis:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                _exec_redis(write_end, confinement, marker)
            finally:
                os._exit(127)
        os.close(write_end)
        try:
            _wait_ready(read_end, pid)
        finally:
            # redis ignores SIGPIPE: its later log lines go nowhere, it never blocks on them.
            os.close(read_end)
        return cls(pid)

    def reset(self) -> None:
        """Empty every database, script and function; raises ServiceError."""
        try:
            with socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=5) as connection:
                for command in RESET:
                    connection.sendall(_resp(command))
                    reply = _read_reply(connection)
                    if not reply.startswith(b"+"):
                        raise ServiceError(f"redis {' '.join(command)}: {reply!r}")
        except OSError as exc:
            raise ServiceError(f"redis is not answering: {exc}") from exc


def _exec_redis(write_end: int, confinement: Confinement, marker: str) -> None:
    import resource

    from . import libc

    os.setsid()
    libc.prctl(libc.PR_SET_PDEATHSIG, 9)
    null = os.open("/dev/null", os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(write_end, 1)
    os.dup2(write_end, 2)
    os.closerange(3, 1 << 20)
    os.chdir("/tmp")  # noqa: S108
    rlimits = [
        (resource.RLIMIT_AS, 1024 * MIB, 1024 * MIB),
        (resource.RLIMIT_NOFILE, 256, 256),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_FSIZE, 0, 0),
    ]
    confinement.apply(os.getpid(), rlimits)
    os.execve(REDIS_SERVER, redis_argv(marker), {})  # noqa: S606 - a fixed binary, no shell


def _wait_ready(read_end: int, pid: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    said = bytearray()
    while REDIS_READY not in said:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([read_end], [], [], remaining)[0]:
            raise ServiceError("redis-server did not start in time")
        chunk = os.read(read_end, 4096)
        if not chunk:
            text = said.decode(errors="replace").strip()[-500:]
            raise ServiceError(f"redis-server exited: {text or 'no message'}")
        said += chunk


def _resp(command: tuple[str, ...]) -> bytes:
    parts = [f"*{len(command)}\r\n".encode()]
    for word in command:
        data = word.encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
    return b"".join(parts)


def _read_reply(connection: socket.socket) -> bytes:
    data = bytearray()
    while not data.endswith(b"\r\n"):
        chunk = connection.recv(4096)
        if not chunk:
            raise ServiceError("redis closed the connection")
        data += chunk
    return bytes(data)
