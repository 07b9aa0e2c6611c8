"""Helpers shared by the sandbox tests: listeners, planted secrets, leak and leftover checks."""

from __future__ import annotations

import json
import os
import secrets
import socket
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, RunOutcome, Sandbox, Status
from winterarc.judge.sandbox import seccomp as seccomp_tables

REPO = Path(__file__).resolve().parents[3]
HOSTILE_LIMITS = Limits(cpu_time_ms=300, memory_mb=128, wall_time_ms=1000, output_bytes=1 << 20)


def leftover_processes(marker: str) -> list[int]:
    """Host pids whose command line carries the sandbox's marker."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmdline:
            found.append(int(entry))
    return found


def assert_nothing_left(marker: str) -> None:
    # SIGKILL is asynchronous: give the kernel time to reap the namespace. The deadline only
    # bounds a failure; a busy machine (pytest -n 8 on two cores) can take seconds.
    deadline = time.monotonic() + 30
    while leftover_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert leftover_processes(marker) == [], f"processes left behind by {marker}"


def assert_no_leak(outcome: RunOutcome, *needles: str) -> None:
    for needle in needles:
        for name, blob in (("output", outcome.output), ("stderr", outcome.stderr)):
            assert needle.encode() not in blob, f"{needle!r} leaked into {name}"
        assert needle not in outcome.message, f"{needle!r} leaked into the message"


@dataclass
class Listeners:
    """A TCP and a UDP socket on 127.0.0.1 that no sandboxed program may reach."""

    tcp: socket.socket
    udp: socket.socket

    @classmethod
    def open(cls) -> Listeners:
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.bind(("127.0.0.1", 0))
        tcp.listen(8)
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", 0))
        return cls(tcp, udp)

    @property
    def ports(self) -> dict[str, int]:
        return {"tcp": self.tcp.getsockname()[1], "udp": self.udp.getsockname()[1]}

    def assert_untouched(self) -> None:
        self.tcp.setblocking(False)
        self.udp.setblocking(False)
        try:
            conn, peer = self.tcp.accept()
        except BlockingIOError:
            pass
        else:
            conn.close()
            raise AssertionError(f"the TCP listener got a connection from {peer}")
        try:
            data, peer = self.udp.recvfrom(65536)
        except BlockingIOError:
            pass
        else:
            raise AssertionError(f"the UDP listener got {data!r} from {peer}")

    def close(self) -> None:
        self.tcp.close()
        self.udp.close()


@dataclass
class Planted:
    """Files with the secret on the host, which no sandboxed program may read."""

    secret: str
    tmp_file: Path
    root_file: Path
    expected_files: list[Path] = field(default_factory=list)

    @classmethod
    def create(cls, tmp_path: Path, secret: str) -> Planted:
        tmp_file = tmp_path / "planted-secret.txt"
        tmp_file.write_text(secret)
        root_file = Path(f"/root/winterarc-planted-{secrets.token_hex(8)}.txt")
        root_file.write_text(secret)
        tests = tmp_path / "problem" / "tests"
        tests.mkdir(parents=True)
        expected = [tests / "01.out", tests / "expected-02.json"]
        for path in expected:
            path.write_text(secret)
        return cls(secret, tmp_file, root_file, expected)

    def remove(self) -> None:
        self.root_file.unlink(missing_ok=True)


def context(listeners: Listeners, planted: Planted) -> dict[str, object]:
    """What a hostile program is told about the host (as if it could guess it)."""
    _, table = seccomp_tables.ARCHES[os.uname().machine]
    return {
        **listeners.ports,
        "tmp_file": str(planted.tmp_file),
        "root_file": str(planted.root_file),
        "expected_dir": str(planted.expected_files[0].parent),
        "repo": str(REPO),
        "nr": table,
    }


def wrap_attack(attack: str) -> str:
    """A stdio program that attacks on `attack` input and otherwise just says it is alive, so one
    sandbox can show the attack contained and the zygote unharmed for the next test."""
    return (
        "if input() == 'attack':\n"
        "    import json as _json\n"
        "    ctx = _json.loads(input())\n"
        + textwrap.indent(textwrap.dedent(attack).strip("\n"), "    ")
        + "\nelse:\n    print('alive')\n"
    )


def judge_normal_program() -> None:
    """A plain program still gets judged correctly by a new Sandbox."""
    with Sandbox(ProgramSpec(Mode.STDIO, "print(int(input()) * 2)"), Limits(1000, 64)) as box:
        assert box.start() is None
        outcome = box.run(b"21\n")
        marker = box.marker
    assert outcome.status is Status.OK, outcome
    assert outcome.output == b"42\n"
    assert_nothing_left(marker)


@dataclass
class Attack:
    outcome: RunOutcome
    elapsed: float


def run_attack(
    attack: str,
    *,
    listeners: Listeners,
    planted: Planted,
    limits: Limits = HOSTILE_LIMITS,
) -> Attack:
    """Run a hostile stdio program and check everything that must hold whatever it did."""
    program = ProgramSpec(Mode.STDIO, wrap_attack(attack))
    payload = b"attack\n" + json.dumps(context(listeners, planted)).encode() + b"\n"
    with Sandbox(program, limits) as box:
        marker = box.marker
        assert box.start() is None
        began = time.monotonic()
        outcome = box.run(payload)
        elapsed = time.monotonic() - began
        after = box.run(b"alive\n")
    assert after.status is Status.OK, f"the zygote did not survive: {after}"
    assert after.output == b"alive\n"
    assert_nothing_left(marker)
    assert_no_leak(outcome, planted.secret)
    listeners.assert_untouched()
    judge_normal_program()
    return Attack(outcome, elapsed)


def run_hostile(
    program: ProgramSpec,
    payload: dict[str, object],
    *,
    listeners: Listeners,
    planted: Planted,
    limits: Limits = HOSTILE_LIMITS,
) -> RunOutcome:
    """`run_attack` for programs that are not stdio: the same checks after one test."""
    outcome = run_program(program, [json.dumps(payload).encode()], limits)[0]
    assert_no_leak(outcome, planted.secret)
    listeners.assert_untouched()
    judge_normal_program()
    return outcome


def run_program(
    program: ProgramSpec,
    payloads: list[bytes],
    limits: Limits = Limits(cpu_time_ms=1000, memory_mb=256),
) -> list[RunOutcome]:
    """Start a sandbox, run each payload, close it, and check nothing is left running."""
    with Sandbox(program, limits) as box:
        marker = box.marker
        failure = box.start()
        outcomes = [failure] if failure is not None else [box.run(p) for p in payloads]
    assert_nothing_left(marker)
    return outcomes


def run_one(
    program: ProgramSpec,
    payload: bytes | dict[str, object] = b"",
    limits: Limits = Limits(cpu_time_ms=1000, memory_mb=256),
) -> RunOutcome:
    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return run_program(program, [data], limits)[0]
