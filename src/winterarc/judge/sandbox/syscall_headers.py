"""Syscall numbers read from the kernel's UAPI headers with the C preprocessor.

Used by scripts/gen-syscall-tables to write syscall_tables.py and by the test that checks it;
never at run time (a server needs no compiler).
"""

from __future__ import annotations

import re
import shutil
import subprocess

# arm64 builds asm-generic/unistd.h with these (arch/arm64/include/uapi/asm/unistd.h).
_AARCH64_PRELUDE = """
#define __BITS_PER_LONG 64
#define __ARCH_WANT_RENAMEAT
#define __ARCH_WANT_NEW_STAT
#define __ARCH_WANT_SET_GET_RLIMIT
#define __ARCH_WANT_SYS_CLONE3
#define __ARCH_WANT_MEMFD_SECRET
#include <asm-generic/unistd.h>
"""
_X86_64_PRELUDE = "#include <asm/unistd_64.h>\n"
_DEFINE = re.compile(r"#define (__NR\w*) (\S+)$")
# Not syscalls: counts and markers the headers define next to them.
_NOT_SYSCALLS = {"syscalls", "arch_specific_syscall"}


class HeadersUnavailable(RuntimeError):
    pass


def _defines(prelude: str) -> dict[str, str]:
    cpp = shutil.which("cpp")
    if cpp is None:
        raise HeadersUnavailable("cpp is not installed (Debian: apt-get install cpp)")
    done = subprocess.run(  # noqa: S603 - a fixed program on our own input
        [cpp, "-dM", "-"], input=prelude, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise HeadersUnavailable(f"cpp failed (linux-libc-dev installed?): {done.stderr[:300]}")
    defines = {}
    for line in done.stdout.splitlines():
        match = _DEFINE.match(line.strip())
        if match:
            defines[match[1]] = match[2]
    return defines


def _resolve(defines: dict[str, str]) -> dict[str, int]:
    table: dict[str, int] = {}
    for macro in defines:
        if not macro.startswith("__NR_"):
            continue
        name = macro.removeprefix("__NR_")
        if name in _NOT_SYSCALLS:
            continue
        value = defines[macro]
        for _ in range(4):  # __NR_fcntl -> __NR3264_fcntl -> 25
            if value in defines:
                value = defines[value]
        value = value.strip("()")
        if value.isdigit():
            table[name] = int(value)
    return table


def header_tables() -> dict[str, dict[str, int]]:
    """{"x86_64": {name: nr}, "aarch64": {name: nr}} from the installed headers."""
    return {
        "x86_64": _resolve(_defines(_X86_64_PRELUDE)),
        "aarch64": _resolve(_defines(_AARCH64_PRELUDE)),
    }
