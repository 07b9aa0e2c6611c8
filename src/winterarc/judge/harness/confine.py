"""Confinement of one test child: rlimits, no_new_privs and the seccomp filter.

The zygote builds a `Confinement` once; the child patches its own pid into the filter (so kill()
and friends may only target itself) and applies everything just before learner code runs.
"""

from __future__ import annotations

import ctypes
import resource
import struct

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

    def load(self) -> None:
        libc.prctl(libc.PR_SET_NO_NEW_PRIVS, 1)
        libc.prctl(libc.PR_SET_SECCOMP, libc.SECCOMP_MODE_FILTER, ctypes.addressof(self._fprog))


def load_filter(program: bytes) -> None:
    """Load a filter on this process for good (the zygote's base filter)."""
    _Filter(program).load()


class Confinement:
    def __init__(self, program: bytes, pid_slots: list[int]) -> None:
        self._filter = _Filter(program)
        self._pid_slots = pid_slots

    def apply(self, pid: int, rlimits: list[tuple[int, int, int]]) -> None:
        for slot in self._pid_slots:
            struct.pack_into("<I", self._filter.buffer, slot * 8 + 4, pid)
        for which, soft, hard in rlimits:
            resource.setrlimit(which, (soft, hard))
        self._filter.load()


def child_rlimits(
    *,
    cpu_time_ms: int,
    memory_mb: int,
    tmp_mb: int,
    open_files: int,
    threads: int,
    baseline_vm: int,
) -> list[tuple[int, int, int]]:
    """rlimits for a child forked from a zygote whose address space is `baseline_vm` bytes."""
    cpu = -(-cpu_time_ms // 1000) + 1  # backstop; the zygote measures the real limit
    address_space = baseline_vm + memory_mb * MIB + AS_SLACK
    return [
        (resource.RLIMIT_CPU, cpu, cpu + 1),
        (resource.RLIMIT_AS, address_space, address_space),
        # The zygote shares the child's uid, so it counts against NPROC too.
        (resource.RLIMIT_NPROC, threads + 1, threads + 1),
        (resource.RLIMIT_FSIZE, tmp_mb * MIB, tmp_mb * MIB),
        (resource.RLIMIT_NOFILE, max(open_files, 8), max(open_files, 8)),
        (resource.RLIMIT_CORE, 0, 0),
        (resource.RLIMIT_MSGQUEUE, 0, 0),
    ]
