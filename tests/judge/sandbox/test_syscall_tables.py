"""The generated syscall tables agree with the kernel's headers and with libseccomp."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from winterarc.judge.sandbox import seccomp
from winterarc.judge.sandbox.syscall_headers import HeadersUnavailable, header_tables

TABLES = {"x86_64": seccomp.X86_64, "aarch64": seccomp.AARCH64}


def _unavailable(reason: str) -> None:
    message = f"{reason}; scripts/bootstrap --dev installs it"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def test_the_tables_are_what_the_headers_say() -> None:
    try:
        headers = header_tables()
    except HeadersUnavailable as error:
        _unavailable(str(error))
    for arch, table in TABLES.items():
        assert table == headers[arch], f"{arch}: run scripts/gen-syscall-tables"


@pytest.mark.parametrize("arch", sorted(TABLES))
def test_libseccomp_numbers_every_name_the_same(arch: str) -> None:
    resolver = shutil.which("scmp_sys_resolver")
    if resolver is None:
        _unavailable("scmp_sys_resolver (Debian package seccomp) is not installed")
    names = sorted({*seccomp.ALLOWED, *seccomp.ISOLATING_HARNESS, *seccomp.DENIED,
                    *seccomp.PLAIN_BASE_DENIED, *seccomp.UNSUPPORTED})  # fmt: skip
    table = TABLES[arch]
    for name in names:
        done = subprocess.run(
            [resolver, "-a", arch, name], capture_output=True, text=True, check=True
        )
        number = int(done.stdout.strip())
        if name in table:
            assert number == table[name], f"{arch} {name}: libseccomp says {number}"
        else:  # absent on this architecture (aarch64 has no open, fork, ...): libseccomp agrees
            assert number < 0, f"{arch} {name}: libseccomp knows it as {number}"
