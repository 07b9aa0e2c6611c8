"""The sandbox's vocabulary: what to run, under which limits, and how it ended."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

NODE_KINDS = ("json", "list_node", "tree_node")


class Mode(StrEnum):
    STDIO = "stdio"
    FUNCTION = "function"
    DESIGN = "design"
    SQL = "sql"
    CHECKER = "checker"


class Status(StrEnum):
    OK = "ok"
    RUNTIME_ERROR = "runtime_error"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    OUTPUT_LIMIT = "output_limit"
    COMPILE_ERROR = "compile_error"
    INTERNAL_ERROR = "internal_error"


class SandboxError(Exception):
    """A programming error in how the sandbox is used; runtime failures are INTERNAL_ERROR."""


@dataclass(frozen=True, slots=True)
class Limits:
    cpu_time_ms: int
    memory_mb: int
    wall_time_ms: int | None = None  # default: 2 * cpu_time_ms + 1000
    output_bytes: int = 8 * 1024 * 1024
    tmp_mb: int = 16
    open_files: int = 64
    threads: int = 32

    @property
    def effective_wall_time_ms(self) -> int:
        if self.wall_time_ms is not None:
            return self.wall_time_ms
        return 2 * self.cpu_time_ms + 1000

    def check(self) -> None:
        for name in ("cpu_time_ms", "memory_mb", "output_bytes", "tmp_mb", "open_files", "threads"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise SandboxError(f"Limits.{name} must be a positive int, got {value!r}")
        if self.wall_time_ms is not None and self.wall_time_ms <= 0:
            raise SandboxError(f"Limits.wall_time_ms must be positive, got {self.wall_time_ms!r}")


@dataclass(frozen=True, slots=True)
class Grants:
    """What the program may do beyond computing; any grant isolates it in namespaces of its
    own inside the jail (see harness/isolate.py)."""

    network: bool = False  # AF_INET/AF_INET6 sockets on the jail's private loopback
    processes: int = 1  # processes at once; more than 1 allows fork, subprocess, multiprocessing

    @property
    def isolated(self) -> bool:
        return self.network or self.processes > 1

    def check(self) -> None:
        if not isinstance(self.processes, int) or not 1 <= self.processes <= MAX_PROCESSES:
            raise SandboxError(f"Grants.processes must be 1..{MAX_PROCESSES}")


MAX_PROCESSES = 64


@dataclass(frozen=True, slots=True)
class ProgramSpec:
    mode: Mode
    source: str
    entry: str | None = None
    params: tuple[str, ...] = ()
    returns: str = "json"
    schema_sql: str | None = None
    grants: Grants = Grants()

    def check(self) -> None:
        if not isinstance(self.mode, Mode):
            raise SandboxError(f"ProgramSpec.mode must be a Mode, got {self.mode!r}")
        if not isinstance(self.source, str):
            raise SandboxError("ProgramSpec.source must be a str")
        if self.mode in (Mode.FUNCTION, Mode.DESIGN) and not self.entry:
            raise SandboxError(f"{self.mode} programs need an entry name")
        for kind in (*self.params, self.returns):
            if kind not in NODE_KINDS:
                raise SandboxError(f"unknown conversion {kind!r}; use one of {NODE_KINDS}")
        self.grants.check()
        if self.grants.isolated and self.mode in (Mode.STDIO, Mode.SQL):
            raise SandboxError(f"{self.mode} programs get no grants")


@dataclass(frozen=True, slots=True)
class RunOutcome:
    status: Status
    output: bytes
    stderr: bytes
    exit_code: int | None
    signal: int | None
    cpu_ms: float
    wall_ms: float
    memory_kb: int
    message: str


def internal_error(message: str) -> RunOutcome:
    return RunOutcome(
        status=Status.INTERNAL_ERROR,
        output=b"",
        stderr=b"",
        exit_code=None,
        signal=None,
        cpu_ms=0.0,
        wall_ms=0.0,
        memory_kb=0,
        message=message,
    )
