"""A classic-BPF interpreter for the seccomp programs, enough to ask what a filter answers."""

from __future__ import annotations

import struct

INSN = struct.Struct("<HBBI")
LD_ABS, JEQ, JGT, JGE, JSET, JA, RET = 0x20, 0x15, 0x25, 0x35, 0x45, 0x05, 0x06


def instructions(program: bytes) -> list[tuple[int, int, int, int]]:
    return [INSN.unpack_from(program, offset) for offset in range(0, len(program), INSN.size)]


def seccomp_data(nr: int, arch: int, args: tuple[int, ...] = ()) -> bytes:
    padded = (*args, 0, 0, 0, 0, 0, 0)[:6]
    return struct.pack("<iIQ6Q", nr, arch, 0, *padded)


def run(program: bytes, data: bytes) -> int:
    """The filter's return value for `data` (struct seccomp_data)."""
    insns = instructions(program)
    pc, a = 0, 0
    for _ in range(len(insns) + 1):  # forward jumps only: each instruction runs once at most
        code, jt, jf, k = insns[pc]
        pc += 1
        if code == LD_ABS:
            (a,) = struct.unpack_from("<I", data, k)
        elif code == RET:
            return k
        elif code == JA:
            pc += k
        elif code in (JEQ, JGT, JGE, JSET):
            taken = {
                JEQ: a == k,
                JGT: a > k,
                JGE: a >= k,
                JSET: bool(a & k),
            }[code]
            pc += jt if taken else jf
        else:
            raise AssertionError(f"unexpected opcode {code:#x} at {pc - 1}")
        if pc >= len(insns):
            raise AssertionError("jumped past the end of the program")
    raise AssertionError("the program did not return")
