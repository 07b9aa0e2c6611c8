"""Starting learner code in user, mount and pid namespaces of its own, inside the jail.

Labs and problems with [sandbox] capabilities let the learner's code fork, listen on the
jail's loopback and share the jail with check processes and services. Seccomp alone cannot say
"signal only your own children", so the learner gets namespaces instead:

    zygote ── fork ──► intermediate: unshare(USER|NS|PID), map uid/gid 65534 to itself
                            └── fork ──► learner: pid 1 of its own pid namespace; private /tmp
                                         and /dev/shm, hidden and read-only paths; no
                                         capabilities; rlimits; its role's seccomp filter

The learner can name no process outside its namespace (kill, pidfd, prlimit), so it cannot
signal the checks or the services; when it exits the kernel kills every process it started;
its private mounts keep its files away from the checks and the checks' files away from it.
The intermediate only waits, then exits the way the learner did, so the zygote's wait4 on it
returns the learner tree's status and resource usage.
"""

from __future__ import annotations

import ctypes
import os
import struct

from . import libc

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import NoReturn

SANDBOX_ID = 65534
SIGKILL = 9
CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID = 0x00020000, 0x10000000, 0x20000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
EXIT_ISOLATION_FAILED = 105
# The jail's own mount points; in the learner's namespace each gets a fresh tmpfs of its own.
PRIVATE_TMP = "/tmp"  # noqa: S108
PRIVATE_SHM = "/dev/shm"  # noqa: S108 - POSIX semaphores (multiprocessing) live here
_PID = struct.Struct("i")

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [
    ctypes.c_char_p,
    ctypes.c_char_p,
    ctypes.c_char_p,
    ctypes.c_ulong,
    ctypes.c_char_p,
]
_libc.unshare.argtypes = [ctypes.c_int]


class IsolationError(OSError):
    """The learner's namespaces could not be set up (an internal error, never the learner's)."""


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise IsolationError(errno, f"{what}: {os.strerror(errno)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str = "") -> None:
    _check(
        _libc.mount(
            source.encode() if source else None,
            target.encode(),
            fstype.encode() if fstype else None,
            flags,
            data.encode() if data else None,
        ),
        f"mount {target}",
    )


class Isolation:
    """What the learner's mount namespace looks like; built once in the zygote."""

    __slots__ = ("hidden", "readonly", "shm_mb", "tmp_mb")

    def __init__(
        self,
        *,
        tmp_mb: int,
        shm_mb: int,
        hidden: tuple[str, ...] = (),
        readonly: tuple[str, ...] = (),
    ) -> None:
        self.tmp_mb = tmp_mb
        self.shm_mb = shm_mb
        self.hidden = hidden  # covered by an empty read-only tmpfs: the checks' files
        self.readonly = readonly  # re-bound read-only: the learner's own submitted files

    def enter(self) -> None:
        """In the learner, as pid 1 of its namespaces: make the mounts, then drop every
        capability the new user namespace gave it."""
        _mount(None, "/", None, MS_REC | MS_PRIVATE)
        private = MS_NOSUID | MS_NODEV | MS_NOEXEC
        _mount("tmpfs", PRIVATE_TMP, "tmpfs", private, f"size={self.tmp_mb}m,mode=1777")
        if self.shm_mb and os.path.isdir(PRIVATE_SHM):
            _mount("tmpfs", PRIVATE_SHM, "tmpfs", private, f"size={self.shm_mb}m,mode=1777")
        for path in self.hidden:
            _mount("tmpfs", path, "tmpfs", private | MS_RDONLY, "size=4k,mode=0555")
        for path in self.readonly:
            _mount(path, path, None, MS_BIND | MS_REC)
            _mount(None, path, None, MS_BIND | MS_REMOUNT | MS_RDONLY | private)
        os.chdir(PRIVATE_TMP)
        libc.clear_capabilities()
        caps = libc.capabilities()
        if any(caps.get(name, 0) for name in ("CapInh", "CapPrm", "CapEff", "CapAmb")):
            raise IsolationError(0, f"capabilities left in the learner: {caps}")


def _map_ids() -> None:
    # Only the process itself may write its maps (it is non-dumpable, so /proc/self is
    # root-owned otherwise): dumpable for the few syscalls this takes, then not again.
    libc.prctl(libc.PR_SET_DUMPABLE, 1)
    try:
        for name, text in (
            ("uid_map", f"{SANDBOX_ID} {SANDBOX_ID} 1\n"),
            ("setgroups", "deny"),
            ("gid_map", f"{SANDBOX_ID} {SANDBOX_ID} 1\n"),
        ):
            with open(f"/proc/self/{name}", "w") as handle:
                handle.write(text)
    finally:
        libc.prctl(libc.PR_SET_DUMPABLE, 0)


def _mirror(status: int) -> NoReturn:
    """Exit the way the learner did: its exit code, or death by its signal."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            import signal

            if number not in (signal.SIGKILL, signal.SIGSTOP):
                signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
        except BaseException:  # noqa: S110 - the exit below still reports a failure
            pass
        os._exit(128 + number)
    os._exit(os.WEXITSTATUS(status))


def fork_isolated(learner: Callable[[], NoReturn], zygote_pid: int) -> tuple[int, int]:
    """Fork `learner` as pid 1 of new user, mount and pid namespaces.

    Returns (the intermediate's pid, the learner's pid as the zygote sees it); the learner's pid
    is -1 when the namespaces could not be made (the intermediate then exits with
    EXIT_ISOLATION_FAILED). The caller waits for the intermediate, never for the learner.
    """
    read_end, write_end = os.pipe()
    middle = os.fork()
    if middle == 0:
        try:
            os.close(read_end)
            libc.prctl(libc.PR_SET_PDEATHSIG, SIGKILL)
            if os.getppid() != zygote_pid:
                os._exit(EXIT_ISOLATION_FAILED)
            _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID), "unshare")
            _map_ids()
            child = os.fork()
            if child == 0:
                os.close(write_end)
                learner()
            os.write(write_end, _PID.pack(child))
            # Keep nothing of the learner's pipes: the zygote sees EOF when the learner's tree
            # is gone, whatever it passed to its own children.
            os.closerange(0, 1 << 20)
            _, status = os.waitpid(child, 0)
            _mirror(status)
        except BaseException:
            os._exit(EXIT_ISOLATION_FAILED)
    os.close(write_end)
    try:
        data = os.read(read_end, _PID.size)
    finally:
        os.close(read_end)
    return middle, _PID.unpack(data)[0] if len(data) == _PID.size else -1
