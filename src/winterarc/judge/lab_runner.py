"""Judging a lab submission: the package's pytest checks against the learner's files.

One jail per submission (sandbox/lab.py); every check a fresh check process and, unless the
lab only has files to read, a fresh learner process. A check's verdict, first rule that fits:

- the learner's code went over its CPU, memory or output limit: TLE, MLE, OLE;
- the check passed: AC;
- the check waited longer than its wall-clock limit for the learner's code: TLE;
- the check is broken (NameError, ImportError, skipped, crashed) or the jail failed: IE;
- the learner's code raised (a library call, a crash, an error in the app): RE;
- an assertion failed, the app did not answer, or the check could not read the answer: WA.
"""

from __future__ import annotations

import ast
import builtins
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from winterarc.judge.harness.protocol import time_limit_message
from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.packages import LabSpec, Package, ProblemType
from winterarc.judge.programs import grants
from winterarc.judge.sandbox import Limits, sandbox_available
from winterarc.judge.sandbox.lab import CheckInfo, LabCheckOutcome, LabProgram, LabSandbox
from winterarc.judge.sandbox.lab_pool import LabPool
from winterarc.judge.verdicts import Result, TestResult, Verdict, summary

logger = logging.getLogger("winterarc.judge")

OnTest = Callable[[int, int, TestResult], None]
NAME_CAP = 64  # a test name as stored with a submission
CHECK_CPU_MS = 10_000  # a check's own process: the author's code, with room for a busy machine
CHECK_MEMORY_MB = 512
LEARNER_OUTPUT_BYTES = 1024 * 1024
OUTPUT_SHOWN = 4000
# Serving ASGI needs uvicorn; library calls that await need asyncio: import them once.
SERVE_PRELOADS = {"asgi": ("uvicorn",), "library": ("asyncio",), "script": (), "none": ()}
_BUILTIN_EXCEPTIONS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)
# Exceptions of the standard library and the lab runtime a learner's code commonly meets: their
# names say nothing the learner chose, so a hidden check may show them like built-in ones.
_LIBRARY_EXCEPTIONS = frozenset(
    {
        "JSONDecodeError", "OperationalError", "IntegrityError", "DatabaseError",
        "ProgrammingError", "InterfaceError", "DataError", "NotSupportedError",
        "ResponseError", "WatchError", "BusyLoadingError", "NoResultFound",
        "MultipleResultsFound", "InvalidRequestError", "StatementError", "DetachedInstanceError",
        "ArgumentError", "ValidationError", "HTTPException", "RequestValidationError",
        "ResponseValidationError", "WebSocketDisconnect", "InvalidTokenError", "DecodeError",
        "ExpiredSignatureError", "InvalidSignatureError", "InvalidAudienceError",
        "InvalidIssuerError", "ImmatureSignatureError", "MissingRequiredClaimError",
        "VerifyMismatchError", "HTTPStatusError", "ConnectError", "ReadTimeout",
        "RemoteProtocolError", "YAMLError", "SSLError", "SSLCertVerificationError",
        "CancelledError", "InvalidStateError", "BrokenProcessPool", "PicklingError",
        "UnpicklingError", "BrokenBarrierError", "Empty", "Full",
    }
)  # fmt: skip
_RAISED = re.compile(r"^([A-Za-z_][\w.]{0,80})(?::.*?)?(?: \(([\w.-]+ )?line (\d+)\))?$", re.DOTALL)


class LabFilesError(ValueError):
    """The submitted files do not fit the lab (names, count, size)."""


def lab_files(lab: LabSpec, files: Mapping[str, str]) -> dict[str, str]:
    """The full file set to judge: the submitted files, the starter for those left out."""
    unknown = sorted(set(files) - set(lab.files))
    if unknown:
        raise LabFilesError(
            f"not part of this lab: {', '.join(unknown)} (it takes {', '.join(lab.files)})"
        )
    complete: dict[str, str] = {}
    starter = lab.starter_files()
    for name in lab.files:
        text = files.get(name, starter[name])
        if not isinstance(text, str):
            raise LabFilesError(f"{name}: must be text")
        if len(text.encode("utf-8", errors="surrogatepass")) > lab.max_file_bytes:
            raise LabFilesError(f"{name}: larger than {lab.max_file_bytes} bytes")
        if "\x00" in text:
            raise LabFilesError(f"{name}: must be text (it contains NUL characters)")
        complete[name] = text
    return complete


def preloads(lab: LabSpec, files: Mapping[str, str]) -> tuple[str, ...]:
    """Top-level modules the lab's Python files import (its own modules excluded)."""
    own = {name.removesuffix(".py") for name in files if name.endswith(".py")}
    wanted: set[str] = set(SERVE_PRELOADS[lab.serve.value])
    for name, text in files.items():
        if not name.endswith(".py"):
            continue
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue  # the zygote reports the compile error
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                wanted.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                wanted.add(node.module.split(".")[0])
    return tuple(sorted(wanted - own))


def check_wall_ms(time_limit_ms: int) -> int:
    """The wall-clock limit of one check (and of the learner's code in it): room for the
    check's own requests around the learner's CPU time."""
    return 2 * time_limit_ms + 3000


def lab_limits(package: Package) -> tuple[Limits, Limits]:
    """(the learner's code per check, one check's own process)."""
    limit = package.time_limit_ms
    wall = check_wall_ms(limit)
    learner = Limits(
        cpu_time_ms=limit,
        memory_mb=package.memory_limit_mb,
        wall_time_ms=wall,
        output_bytes=LEARNER_OUTPUT_BYTES,
    )
    check = Limits(
        cpu_time_ms=max(CHECK_CPU_MS, 3 * limit),
        memory_mb=max(CHECK_MEMORY_MB, package.memory_limit_mb),
        wall_time_ms=wall,
    )
    return learner, check


def judge_lab(
    package: Package,
    files: Mapping[str, str],
    *,
    all_tests: bool = False,
    samples_only: bool = False,
    on_test: OnTest | None = None,
    python: str | None = None,
    runtime: Path | None = None,
    pool: LabPool | None = None,
) -> Result:
    """Judge a lab submission; stop at the first failing check unless all_tests. With a pool,
    a jail it booted ahead is used when one is ready."""
    try:
        return _judge(package, files, all_tests, samples_only, on_test, python, runtime, pool)
    except LabFilesError:
        raise
    except Exception as error:  # a worker must record IE, never crash on a judge bug
        logger.exception("judge %s: unexpected failure", package.slug)
        return Result.internal_error(f"the judge failed: {type(error).__name__}: {error}")


def _judge(
    package: Package,
    files: Mapping[str, str],
    all_tests: bool,
    samples_only: bool,
    on_test: OnTest | None,
    python: str | None,
    runtime: Path | None,
    pool: LabPool | None,
) -> Result:
    lab = package.lab
    if package.type is not ProblemType.LAB or lab is None:
        raise ValueError(f"{package.slug} is not a lab")
    complete = lab_files(lab, files)
    ok, reason = sandbox_available()
    if not ok:
        return _internal_error(package, f"the sandbox is unavailable: {reason}")
    try:
        folder = locate(runtime, python=python).path
    except LabRuntimeUnavailable as error:
        return _internal_error(package, f"the lab runtime is unavailable: {error}")
    files = {**dict(lab.support), **complete}
    program = LabProgram(
        files=files,
        serve=lab.serve.value,
        entry=lab.entry,
        grants=grants(package),
        services=package.sandbox.services,
        preload=preloads(lab, files),
    )
    learner_limits, check_limits = lab_limits(package)
    box = _booted(pool, folder, python) or LabSandbox(folder, python=python)
    with box:
        failure = box.start(program, learner_limits, check_limits, dict(lab.checks))
        if failure is not None:
            if failure.status.value == "compile_error":
                return Result.compile_error(failure.message)
            return _internal_error(package, f"cannot start the lab: {failure.message}")
        checks = ordered_checks(box.checks, samples_only)
        results: list[TestResult] = []
        for done, info in enumerate(checks, start=1):
            result = assess_check(info, box.run(info.index), package.time_limit_ms)
            if result.verdict is Verdict.IE:
                logger.error(
                    "judge %s: internal error on %s: %s", package.slug, info.name, result.message
                )
            results.append(result)
            if on_test is not None:
                on_test(done, len(checks), result)
            if result.verdict is Verdict.IE or (result.verdict is not Verdict.AC and not all_tests):
                break
    return Result.from_tests(results, summary(results, len(checks), noun="check"))


def _booted(pool: LabPool | None, folder: Path, python: str | None) -> LabSandbox | None:
    if pool is None or pool.runtime_dir != folder or pool.python != python:
        return None
    return pool.take()


def ordered_checks(checks: list[CheckInfo], samples_only: bool) -> list[CheckInfo]:
    """Samples first (a learner who fails one sees why), then hidden checks, each in file order."""
    samples = [check for check in checks if check.sample]
    return samples if samples_only else samples + [check for check in checks if not check.sample]


@dataclass(frozen=True, slots=True)
class CheckVerdict:
    verdict: Verdict
    message: str  # for samples (and logs)
    hidden: str  # what a hidden check may say


def decide(outcome: LabCheckOutcome, time_limit_ms: int) -> CheckVerdict:
    """The verdict of one check from the check's own report and how the learner's code ended."""
    check, learner = outcome.check, outcome.learner
    if check.outcome == "error":
        return CheckVerdict(Verdict.IE, check.message, check.message)
    if learner is not None and learner.status == "internal_error":
        return CheckVerdict(Verdict.IE, learner.message, learner.message)
    limits = {"time_limit": Verdict.TLE, "memory_limit": Verdict.MLE, "output_limit": Verdict.OLE}
    if learner is not None and learner.status in limits:
        return CheckVerdict(limits[learner.status], learner.message, learner.message)
    if check.outcome == "passed":
        return CheckVerdict(Verdict.AC, "", "")
    if check.outcome == "timeout":
        cpu_ms = learner.cpu_ms if learner is not None else 0.0
        message = time_limit_message("wall-clock", check_wall_ms(time_limit_ms), cpu_ms)
        return CheckVerdict(Verdict.TLE, message, message)
    if check.outcome in ("skipped", "crashed") or check.kind == "check_error":
        reason = f"the check itself failed ({check.exception or check.outcome}): {check.message}"
        return CheckVerdict(Verdict.IE, reason, "the check itself failed; the author has been told")
    # What the learner's code raised (its own text), or how its process died (ours).
    raised, theirs = (check.message, True) if check.kind == "learner" else ("", False)
    if not raised and learner is not None:
        if learner.error:
            raised, theirs = learner.error, True
        elif learner.status in ("runtime_error", "exited"):
            raised = learner.message
    if raised:
        return CheckVerdict(Verdict.RE, raised, _hidden_raised(raised) if theirs else raised)
    if check.kind == "transport":
        message = f"your code did not answer: {check.message}"
        return CheckVerdict(Verdict.WA, message, "wrong answer: your code did not answer")
    return CheckVerdict(Verdict.WA, check.message or "the check failed", "wrong answer")


def _hidden_raised(message: str) -> str:
    """A hidden check's runtime error: a built-in exception's name and where, nothing the
    learner's code wrote (its text could smuggle the check's data out)."""
    match = _RAISED.match(message.strip())
    if match is None:
        return "runtime error"
    name, file, line = match.groups()
    if name not in _BUILTIN_EXCEPTIONS and name not in _LIBRARY_EXCEPTIONS:
        name = "an exception of your own class"
    where = f" ({file or ''}line {line})" if line else ""
    return f"{name}{where}"


def assess_check(info: CheckInfo, outcome: LabCheckOutcome, time_limit_ms: int) -> TestResult:
    decided = decide(outcome, time_limit_ms)
    learner = outcome.learner
    metrics = {
        "cpu_ms": round(learner.cpu_ms) if learner else 0,
        "wall_ms": round(outcome.check.wall_ms),
        "memory_kb": learner.memory_kb if learner else 0,
    }
    name = _capped_name(info.name)
    if info.sample:
        detail = outcome.check.detail if decided.verdict is not Verdict.AC else ""
        message = "\n".join(part for part in (decided.message, detail) if part)
        output = learner.output if learner else ""
        if len(output) > OUTPUT_SHOWN:
            output = "…" + output[-OUTPUT_SHOWN:]
        return TestResult.for_sample(
            name, decided.verdict, **metrics, message=message, input=info.source, expected="",
            actual=output,
        )  # fmt: skip
    hidden = decided.hidden
    if info.doc and decided.verdict is not Verdict.AC:
        hidden = f"{hidden} — {info.doc}" if hidden else info.doc
    return TestResult.for_hidden(name, decided.verdict, **metrics, message=hidden)


def _capped_name(name: str) -> str:
    return name if len(name) <= NAME_CAP else name[: NAME_CAP - 1] + "…"


def _internal_error(package: Package, reason: str) -> Result:
    logger.error("judge %s: internal error: %s", package.slug, reason)
    return Result.internal_error(reason)
