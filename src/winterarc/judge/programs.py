"""What runs in each sandbox of a judgement, and under which limits."""

from __future__ import annotations

from winterarc.judge.packages import NetworkAccess, Package, ProblemType
from winterarc.judge.sandbox import Grants, Limits, Mode, ProgramSpec

MIB = 1024 * 1024
# Author code (generator, reference, checker) is trusted to be correct, not to be fast on a busy
# machine: it gets room so that a slow CI runner never turns into an internal error.
AUTHOR_CPU_MS = 10_000
AUTHOR_OUTPUT_BYTES = 32 * MIB
AUTHOR_MEMORY_MB = 512

_MODES = {
    ProblemType.STDIO: Mode.STDIO,
    ProblemType.FUNCTION: Mode.FUNCTION,
    ProblemType.DESIGN: Mode.DESIGN,
    ProblemType.SQL: Mode.SQL,
}


def learner_program(package: Package, source: str) -> ProgramSpec:
    """The learner's (or an author's) solution as the problem type runs it."""
    function = package.function
    return ProgramSpec(
        mode=_MODES[package.type],
        source=source,
        entry=package.entry,
        params=tuple(str(kind) for kind in function.params) if function else (),
        returns=str(function.returns)
        if function and package.type is ProblemType.FUNCTION
        else "json",
        schema_sql=package.schema_sql,
        grants=grants(package),
    )


def grants(package: Package) -> Grants:
    """What `[sandbox]` lets the learner's code do beyond computing."""
    capabilities = package.sandbox
    return Grants(
        network=capabilities.network is NetworkAccess.LOOPBACK,
        processes=capabilities.processes,
    )


def learner_limits(package: Package) -> Limits:
    """The package's limits: time_limit_ms is CPU time per test."""
    return Limits(cpu_time_ms=package.time_limit_ms, memory_mb=package.memory_limit_mb)


def generator_program(package: Package) -> ProgramSpec:
    """generator.py as a stdio program reading the seed from stdin."""
    return ProgramSpec(mode=Mode.STDIO, source=package.generator_source or "")


def validator_program(package: Package) -> ProgramSpec:
    """validator.py as a stdio program reading the input to check from stdin."""
    return ProgramSpec(mode=Mode.STDIO, source=package.validator_source or "")


def checker_program(package: Package) -> ProgramSpec:
    """checker.py's check() in checker mode."""
    return ProgramSpec(mode=Mode.CHECKER, source=package.checker_source or "")


def author_limits(package: Package) -> Limits:
    """Generous limits for the generator and the custom checker."""
    return Limits(
        cpu_time_ms=max(AUTHOR_CPU_MS, package.time_limit_ms),
        memory_mb=max(AUTHOR_MEMORY_MB, package.memory_limit_mb),
        output_bytes=AUTHOR_OUTPUT_BYTES,
    )


def reference_limits(package: Package) -> Limits:
    """The reference computing expected outputs: twice the time limit, the package's memory."""
    # `problem check` holds the reference to a third of the limit; here it only has to finish.
    return Limits(
        cpu_time_ms=2 * package.time_limit_ms,
        memory_mb=package.memory_limit_mb,
        output_bytes=AUTHOR_OUTPUT_BYTES,
    )
