"""Confinement of one test child: rlimits, no_new_privs and the seccomp filter.

The zygote builds a `Confinement` once; the child patches its own pid into the filter (so kill()
and friends may only target itself) and applies everything just before learner code runs.
"""

from __future__ import annotations

import ctypes
import resource

from . import libc

MIB = 1024 * 1024
# Address space the child may add on top of the zygote's: the learner's data plus this slack
# for the main stack and up to THREAD_STACK-sized thread stacks.
AS_SLACK = 32 * MIB
THREAD_STACK = 1 * MIB


class _Filter:
    def __init__(self, program: bytes) -> None:
        if len(program) % 8 or not program:
            raise ValueError("a BPF program is a non-empty list of 8-byte instructions")
        self.buffer = ctypes.create_string_buffer(program, len(program))
        self._fprog = libc.SockFprog(len(program) // 8, ctypes.addressof(self.buffer))
        self.address = ctypes.addressof(self._fprog)

    def load(self) -> None:
        libc.prctl(libc.PR_SET_NO_NEW_PRIVS, 1)
        libc.prctl(libc.PR_SET_SECCOMP, libc.SECCOMP_MODE_FILTER, self.address)


def load_filter(program: bytes) -> None:
    """Load a filter on this process for good (the zygote's base filter)."""
    _Filter(program).load()


class Confinement:
    def __init__(self, program: bytes, pid_slots: list[int]) -> None:
        self._filter = _Filter(program)
        # The k field of instruction i is 32-bit word 2 * i + 1 (little-endian sock_filter).
        self._words = memoryview(self._filter.buffer).cast("B").cast("I")
        self._pid_words = [2 * slot + 1 for slot in pid_slots]

    def apply(self, pid: int, rlimits: list[tuple[int, int, int]]) -> None:
        # Everything here runs in the fresh child, where each page written is a copy-on-write
        # fault: keep it to a few plain stores and syscalls.
        for word in self._pid_words:
            self._words[word] = pid
        for which, soft, hard in rlimits:
            resource.setrlimit(which, (soft, hard))
        # no_new_privs is inherited from the zygote; the filter load checks it.
        libc.prctl(libc.PR_SET_SECCOMP, libc.SECCOMP_MODE_FILTER, self._filter.address)


def child_rlimits(
    *,
    cpu_time_ms: int,
    memory_mb: int,
    tmp_mb: int,
    open_files: int,
    threads: int,
    baseline_vm: int,
    processes: int = 1,
) -> list[tuple[int, int, int]]:
    """rlimits for a child forked from a zygote whose address space is `baseline_vm` bytes."""
    cpu = -(-cpu_time_ms // 1000) + 1  # backstop; the zygote measures the real limit
    address_space = baseline_vm + memory_mb * MIB + AS_SLACK
    return [
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_AS, address_space, address_space),
        # Tasks, threads included. A plain child shares its user namespace and uid with the
        # zygote, which counts too; an isolated one counts only its own tree, which may hold
        # `processes` processes (the supervisor stops it when it holds more).
        (resource.RLIMIT_NPROC, threads + processes, threads + processes),
        (resource.RLIMIT_FSIZE, tmp_mb * MIB, tmp_mb * MIB),
        (resource.RLIMIT_NOFILE, max(open_files, 8), max(open_files, 8)),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_MSGQUEUE, 0, 0),
    ]
