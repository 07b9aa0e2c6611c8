"""The check zygote: collects the author's pytest checks once, forks one process per check.

Forked by the lab zygote before any check was seen; it talks to the host over its own socket,
so neither the lab zygote nor any learner process (forked from the lab zygote) ever holds a
hidden check or its outcome. Each check runs in a fresh child that is confined, runs one
pytest item through pytest's own protocol, and writes one JSON report on a pipe only this
zygote reads. The learner's process can reach a check only with data: HTTP over the loopback,
the narrow channel's JSON, or a service.
"""

from __future__ import annotations

import contextlib
import gc
import json
import marshal
import os
import sys
import time

from . import libc
from .confine import Confinement, load_filter
from .lab_protocol import CHECKS, COLLECTED, REPORT, RUN, send_frame
from .protocol import read_frame
from .supervise import Target, TestLimits, _cpu_seconds, _drain, _Stream, _watch

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

    import pytest

CHECKS_DIR = "/checks"
LABAPI_DIR = "/opt/winterarc/harness/labapi"
REPORT_CAP = 256 * 1024
OUTPUT_CAP = 16 * 1024
DETAIL_CAP = 8000
SIGKILL = 9
# Failures that mean the learner's code did not answer (it crashed, closed the connection,
# never listened): the learner's fault, decided together with how the learner ended.
TRANSPORT_ERRORS = (
    "ConnectError", "ConnectTimeout", "ReadError", "ReadTimeout", "WriteError", "WriteTimeout",
    "RemoteProtocolError", "LocalProtocolError", "PoolTimeout", "ConnectionError",
    "ConnectionRefusedError", "ConnectionResetError", "BrokenPipeError", "TimeoutError",
    "WireError", "LearnerNotListening", "IncompleteRead",
)  # fmt: skip
# Bugs that can only be the author's: the check does not even run as written.
AUTHOR_ERRORS = ("NameError", "UnboundLocalError", "ImportError", "ModuleNotFoundError",
                 "SyntaxError", "IndentationError", "FixtureLookupError")  # fmt: skip


class CheckZygote:
    def __init__(self, sock_fd: int) -> None:
        self.sock_fd = sock_fd
        self.items: list[pytest.Item] = []
        self.reports: list[Any] = []  # a check's pytest reports, in its own process
        self.config: dict[str, Any] = {}

    def serve(self) -> None:
        frame = read_frame(self.sock_fd)
        if frame is None:
            return
        kind, body = frame
        if kind != CHECKS:
            raise RuntimeError(f"expected CHECKS, got frame kind {kind}")
        request = marshal.loads(body)  # noqa: S302 - from the host only
        self.config = config = request["config"]
        self.confinement = Confinement(config["seccomp_check"], list(config["check_slots"]))
        self.limits = TestLimits(**config["check_limits"])
        for name, text in request["files"].items():
            with open(os.path.join(CHECKS_DIR, name), "w", encoding="utf-8") as handle:
                handle.write(text)
        import pytest

        plugin = _JudgePlugin(self)
        args = [
            CHECKS_DIR,
            "--rootdir",
            CHECKS_DIR,
            "-c",
            os.devnull,
            "-q",
            "-p",
            "no:cacheprovider",
        ]
        args += ["-p", "no:stepwise", "-p", "no:pastebin", "-p", "no:junitxml", "-p", "no:doctest"]
        args += ["-p", "no:legacypath", "-p", "winterarc_lab", "--capture", "no", "-W", "default"]
        # Short tracebacks: the assertion's introspection without every fixture's repr.
        args += ["--tb", "short"]
        code = pytest.main(args, plugins=[plugin])
        if not plugin.reported:
            send_frame(
                self.sock_fd,
                COLLECTED,
                _dumps(
                    {"checks": [], "errors": plugin.errors or [f"pytest ended with status {code}"]}
                ),
            )

    def collected(self, session: pytest.Session, errors: list[str]) -> None:
        names = _unique_names(session.items)
        checks = []
        for item, name in zip(session.items, names, strict=True):
            path = str(getattr(item, "path", ""))
            file = os.path.basename(path)
            sample = file.startswith("test_sample")
            function = getattr(item, "function", None)
            doc = (getattr(function, "__doc__", None) or "").strip().splitlines()
            checks.append(
                {
                    "name": name,
                    "file": file,
                    "sample": sample,
                    "doc": doc[0][:200] if doc else "",
                    "source": _source(function) if sample else "",
                }
            )
        self.items = list(session.items)
        send_frame(self.sock_fd, COLLECTED, _dumps({"checks": checks, "errors": errors}))

    def loop(self) -> None:
        # The next check's process is forked ahead, while the host handles the last report:
        # forking a zygote that holds pytest and the runtime costs milliseconds of page tables.
        spare = self._spawn()
        while True:
            frame = read_frame(self.sock_fd)
            if frame is None:
                return
            kind, body = frame
            if kind != RUN:
                raise RuntimeError(f"expected RUN, got frame kind {kind}")
            result = self.run(spare, json.loads(body))
            send_frame(self.sock_fd, REPORT, _dumps(result))
            # Reaped after the report: its exit (unmapping a copy of the zygote) is off the
            # host's path, and nothing of it is left when the next check starts.
            if not spare.reaped:
                os.wait4(spare.pid, 0)
            spare = self._spawn()

    def _spawn(self) -> _Spare:
        """Fork a check process that sets itself up and waits for the check to run."""
        report_r, report_w = os.pipe()
        out_r, out_w = os.pipe()
        go_r, go_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                for fd in (report_r, out_r, go_w):
                    os.close(fd)
                self._child(go_r, report_w, out_w)
            finally:
                os._exit(103)
        for fd in (report_w, out_w, go_r):
            os.close(fd)
        for fd in (report_r, out_r):
            os.set_blocking(fd, False)
        return _Spare(pid, go_w, report_r, out_r)

    def run(self, spare: _Spare, request: dict[str, Any]) -> dict[str, Any]:
        started = time.monotonic()
        # If it died waiting, it is reported below as a process that ended without a report.
        with contextlib.suppress(BrokenPipeError):
            os.write(spare.go_w, _dumps(request))
        os.close(spare.go_w)
        streams = [
            _Stream(spare.report_r, REPORT_CAP, REPORT_CAP),
            _Stream(spare.out_r, OUTPUT_CAP, 1 << 30),
        ]
        target = Target(spare.pid, spare.pid, 1)
        # A check's process closes its pipes once it has reported, then exits: the report is
        # complete at that point, so the host need not wait for the exit itself.
        killed_for = _watch(target, streams, self.limits, started, until_closed=True)
        cpu = _cpu_seconds(spare.pid)
        status = 0
        if killed_for is not None or cpu is None:
            _, status, usage = os.wait4(spare.pid, 0)
            cpu = usage.ru_utime + usage.ru_stime
            spare.reaped = True
        for stream in streams:
            if killed_for is not None:
                _drain(stream)  # what it wrote between the last poll and the kill
            os.close(stream.fd)
        return {
            "killed_for": killed_for,
            "status": status,
            "cpu_ms": cpu * 1000,
            "wall_ms": (time.monotonic() - started) * 1000,
            "report": bytes(streams[0].data).decode("utf-8", errors="replace"),
            "output": bytes(streams[1].data).decode("utf-8", errors="replace"),
        }

    def _child(self, go_r: int, report_w: int, out_w: int) -> NoReturn:
        import resource

        os.setsid()
        libc.prctl(libc.PR_SET_PDEATHSIG, SIGKILL)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out_w, 1)
        os.dup2(out_w, 2)
        os.dup2(report_w, 3)
        os.dup2(go_r, 4)
        os.closerange(5, 1 << 20)
        limits = self.limits
        memory = limits.memory_mb * 1024 * 1024
        rlimits = [
            (resource.RLIMIT_AS, _vm_size() + memory, _vm_size() + memory),
            (resource.RLIMIT_NOFILE, 256, 256),
            (resource.RLIMIT_CORE, 0, 0),
            (resource.RLIMIT_FSIZE, limits.tmp_mb << 20, limits.tmp_mb << 20),
        ]
        self.confinement.apply(os.getpid(), rlimits)
        import winterarc_lab  # type: ignore[import-not-found]  # labapi/, on sys.path here

        request = _read_all(4)
        os.close(4)
        if not request:  # the zygote is gone: no check to run
            os._exit(0)
        request = json.loads(request)
        item = self.items[int(request["index"])]
        context = winterarc_lab.judge_context(
            serve=self.config["serve"],
            leader=int(request.get("leader") or 0),
            files_dir=self.config["files_dir"],
            files=self.config["files"],
            rpc_address=self.config["rpc_address"],
            http_port=self.config["http_port"],
            services=self.config["services"],
        )
        report = run_item(item, context, self.reports)
        try:
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
            os.write(3, _dumps(report))
            for fd in (1, 2, 3):
                os.close(fd)
        finally:
            os._exit(0)


class _Spare:
    """A forked check process waiting on `go_w` for the check it is to run."""

    __slots__ = ("go_w", "out_r", "pid", "reaped", "report_r")

    def __init__(self, pid: int, go_w: int, report_r: int, out_r: int) -> None:
        self.pid, self.go_w, self.report_r, self.out_r = pid, go_w, report_r, out_r
        self.reaped = False


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


# What every check's process would otherwise import itself: the fixtures' clients and the
# parts of pytest that only load when a check fails.
CHECK_PRELOAD = (
    "lab_wire", "_pytest.assertion.util", "_pytest._io.saferepr", "_pytest._code.code",
    "_pytest.reports", "difflib", "pprint", "inspect", "textwrap", "http.server",
    "socketserver", "json",
)  # fmt: skip


def _warm_fixtures() -> None:
    """Before the checks arrive: pytest, the fixtures and their clients."""
    import importlib

    from .lab_warmups import warm

    warm(["pytest", "winterarc_lab", "httpx", "redis", "websockets.sync.client"])
    for name in CHECK_PRELOAD:
        importlib.import_module(name)


def run_item(item: pytest.Item, context: Any, reports: list[Any]) -> dict[str, Any]:
    """Run one pytest item through pytest's own protocol; what happened, as plain data.

    `reports` is filled by the plugin the zygote registered before forking: registering a
    plugin per check cost pluggy's introspection (5-7 ms) in every check's process."""
    reports.clear()
    started = time.perf_counter()
    item.ihook.pytest_runtest_protocol(item=item, nextitem=None)
    duration = (time.perf_counter() - started) * 1000
    return _summary(reports, context, duration)


def _summary(reports: list[Any], context: Any, duration_ms: float) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "outcome": "passed",
        "kind": "pass",
        "phase": "",
        "exception": "",
        "message": "",
        "detail": "",
        "touched": bool(context.touched),
        "duration_ms": duration_ms,
    }
    for report in reports:
        if report.outcome == "passed":
            continue
        summary["phase"] = report.when
        summary["detail"] = _cap(report.longreprtext or "", DETAIL_CAP)
        if report.outcome == "skipped":
            summary.update(outcome="skipped", kind="skipped", message="the check was skipped")
            break
        exception, message = _exception(report)
        summary.update(outcome="failed", exception=exception, message=message)
        summary["kind"] = _kind(report, exception, bool(context.touched))
        break
    return summary


def _exception(report: Any) -> tuple[str, str]:
    excinfo = getattr(report, "_winterarc_excinfo", None)
    longrepr = report.longrepr
    crash = getattr(getattr(longrepr, "reprcrash", None), "message", "") or ""
    name = crash.split(":", 1)[0].strip() if crash else ""
    if excinfo is not None:
        name = excinfo
    first = crash.splitlines()[0] if crash else str(longrepr)[:200]
    name = name.rsplit(".", 1)[-1]
    if name == "LearnerRaised":
        # "winterarc_lab.LearnerRaised: KeyError: 41 (app.py line 3)": what the learner raised
        # is the part after the wrapper's own name.
        first = first.partition("LearnerRaised: ")[2] or first
    return name, first[:500]


def _kind(report: Any, exception: str, touched: bool) -> str:
    if exception in ("AssertionError", "Failed"):
        return "assertion"
    if exception == "LearnerRaised":
        return "learner"
    if exception in TRANSPORT_ERRORS:
        return "transport"
    if exception in AUTHOR_ERRORS or not touched:
        return "check_error"
    # A KeyError or a JSON error after talking to the learner's code: most likely the check
    # could not read what the learner answered (`problem check` proves the reference passes).
    return "unexpected"


def _cap(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "\n… (truncated)"


def _source(function: Any) -> str:
    try:
        import inspect

        return _cap(inspect.getsource(function), DETAIL_CAP)
    except (OSError, TypeError):
        return ""


def _unique_names(items: list[Any]) -> list[str]:
    names = [item.name for item in items]
    counts = {name: names.count(name) for name in names}
    unique = []
    for item, name in zip(items, names, strict=True):
        if counts[name] > 1:
            stem = os.path.basename(str(getattr(item, "path", ""))).removesuffix(".py")
            name = f"{stem}::{name}"
        unique.append(name)
    return unique


def _dumps(value: Any) -> bytes:
    return json.dumps(value, default=str).encode()


def _vm_size() -> int:
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


class _JudgePlugin:
    """Takes over pytest's run loop: report the collection, then serve RUN requests."""

    def __init__(self, zygote: CheckZygote) -> None:
        self.zygote = zygote
        self.errors: list[str] = []
        self.reported = False

    def pytest_runtest_logreport(self, report: Any) -> None:
        self.zygote.reports.append(report)

    def pytest_collectreport(self, report: Any) -> None:
        if report.failed:
            self.errors.append(_cap(report.longreprtext or str(report.longrepr), DETAIL_CAP))

    def pytest_runtestloop(self, session: pytest.Session) -> bool:
        self.zygote.collected(session, self.errors)
        self.reported = True
        if not self.errors:
            self.zygote.loop()
        return True

    def pytest_exception_interact(self, node: Any, call: Any, report: Any) -> None:
        # The exception's class name, exactly (the crash text only has it when it prints).
        if call.excinfo is not None:
            report._winterarc_excinfo = call.excinfo.typename


def main(sock_fd: int, seccomp_checks_zygote: bytes) -> NoReturn:
    """The check zygote's life, in the child the lab zygote forked for it."""
    try:
        load_filter(seccomp_checks_zygote)
        sys.path[:0] = [LABAPI_DIR]
        _warm_fixtures()
        gc.collect()
        gc.freeze()
        CheckZygote(sock_fd).serve()
    except BaseException as exc:
        try:
            message = f"check zygote failed: {type(exc).__name__}: {exc}"
            send_frame(sock_fd, COLLECTED, _dumps({"checks": [], "errors": [message]}))
        except OSError:
            pass
    os._exit(0)
