"""Grants: a function problem that may use the loopback or several processes, in namespaces."""

from __future__ import annotations

import json
import os
import secrets
import textwrap
from pathlib import Path

import pytest
from sandbox_helpers import Listeners

from winterarc.judge.harness.protocol import RESULT_OK, encode_record
from winterarc.judge.sandbox import Grants, Limits, Mode, ProgramSpec, RunOutcome, Sandbox, Status

pytestmark = pytest.mark.sandbox

LIMITS = Limits(cpu_time_ms=2000, memory_mb=256)


def run_function(source: str, grants: Grants, *args: object, limits: Limits = LIMITS) -> RunOutcome:
    program = ProgramSpec(Mode.FUNCTION, textwrap.dedent(source), entry="go", grants=grants)
    with Sandbox(program, limits) as box:
        assert box.start() is None
        return box.run(json.dumps({"args": list(args)}).encode())


POOL = """
    import multiprocessing, os
    class Solution:
        def go(self, values):
            with multiprocessing.Pool(3) as pool:
                return [pool.map(abs, values), os.getpid()]
"""


def test_a_pool_works_with_processes_and_the_child_is_pid_1_of_its_namespace() -> None:
    outcome = run_function(POOL, Grants(processes=4), [-1, -2, 3])
    assert outcome.status is Status.OK, outcome
    assert json.loads(outcome.output) == [[1, 2, 3], 1]


def test_without_processes_a_pool_fails_with_a_message_that_says_why() -> None:
    outcome = run_function(POOL, Grants(), [-1])
    assert outcome.status is Status.RUNTIME_ERROR
    assert "runs your code in one process" in outcome.message


def _assert_fork_bomb_stopped(prelude: str, runs: int) -> None:
    """A function that runs `prelude`, then forks forever with 4 processes granted: each of
    `runs` runs in one box must end on the process limit."""
    source = f"""
        import os
        class Solution:
            def go(self):
                {prelude}
                while True:
                    try:
                        os.fork()
                    except OSError:
                        pass
    """
    program = ProgramSpec(
        Mode.FUNCTION, textwrap.dedent(source), entry="go", grants=Grants(processes=4)
    )
    with Sandbox(program, Limits(2000, 256, wall_time_ms=120_000)) as box:
        assert box.start() is None
        for _ in range(runs):
            outcome = box.run(b'{"args": []}')
            assert outcome.status is Status.RUNTIME_ERROR, outcome
            assert outcome.message == "more than 4 processes at once"


def test_a_fork_bomb_stops_at_the_process_limit() -> None:
    # Often the bomb passes the limit before the zygote has read the harness's first byte
    # (the one that says learner code started); that byte must still be read, or the kill
    # looks like a setup failure (an internal error). Ten runs catch that race.
    _assert_fork_bomb_stopped("pass", runs=10)


def test_a_forged_ok_record_before_a_fork_bomb_does_not_outrank_the_kill() -> None:
    # Hostile: the pipes are now read after a kill, so whatever the learner wrote to the result
    # descriptor arrives too; the reason for the kill must still decide the verdict.
    forged = encode_record(RESULT_OK, b"[1]")
    _assert_fork_bomb_stopped(f"os.write(3, {forged!r})", runs=5)


def test_cpu_burnt_in_children_counts_toward_the_time_limit() -> None:
    source = """
        import multiprocessing
        def spin():
            while True:
                pass
        class Solution:
            def go(self):
                workers = [multiprocessing.Process(target=spin) for _ in range(3)]
                for worker in workers:
                    worker.start()
                for worker in workers:
                    worker.join()
    """
    # A wall clock far beyond the CPU limit: on a busy machine the CPU limit must still be
    # what ends it.
    outcome = run_function(
        source, Grants(processes=4), limits=Limits(500, 256, wall_time_ms=120_000)
    )
    assert outcome.status is Status.TIME_LIMIT
    assert outcome.cpu_ms > 500


def test_nothing_the_learner_started_survives_the_test() -> None:
    token = secrets.token_hex(12)
    source = f"""
        import os, subprocess, sys
        class Solution:
            def go(self):
                subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)  # {token}"],
                                 start_new_session=True)
                if os.fork() == 0:
                    os.setsid()
                    os.execv(sys.executable,
                             [sys.executable, "-c", "import time; time.sleep(600)  # {token}"])
                return "started"
    """
    outcome = run_function(source, Grants(processes=4))
    assert outcome.status is Status.OK, outcome
    survivors = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if token.encode() in Path(f"/proc/{name}/cmdline").read_bytes():
                    survivors.append(name)
            except OSError:
                pass
    assert survivors == []


def test_the_loopback_is_the_jails_own(listeners: Listeners) -> None:
    source = """
        import socket
        class Solution:
            def go(self, host_port):
                server = socket.socket()
                server.bind(("127.0.0.1", 0))
                server.listen()
                client = socket.create_connection(server.getsockname())
                peer, _ = server.accept()
                client.sendall(b"ping")
                echoed = peer.recv(4).decode()
                try:
                    socket.create_connection(("127.0.0.1", host_port), timeout=1)
                    host = "reached"
                except OSError as error:
                    host = type(error).__name__
                return [echoed, host, socket.gethostbyname("localhost")]
    """
    outcome = run_function(source, Grants(network=True), listeners.ports["tcp"])
    assert outcome.status is Status.OK, outcome
    assert json.loads(outcome.output) == ["ping", "ConnectionRefusedError", "127.0.0.1"]
    listeners.assert_untouched()


def test_without_network_only_unix_sockets_exist() -> None:
    source = """
        import socket
        class Solution:
            def go(self):
                a, b = socket.socketpair()
                try:
                    socket.socket(socket.AF_INET)
                    inet = "made"
                except PermissionError:
                    inet = "refused"
                return inet
    """
    outcome = run_function(source, Grants(processes=2))
    assert json.loads(outcome.output) == "refused"
