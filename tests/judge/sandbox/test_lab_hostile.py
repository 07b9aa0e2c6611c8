"""Labs against hostile learners: nothing leaves the jail, nothing forges a check's outcome.

A lab gives the learner's code more than a plain problem does (a loopback network, processes,
a redis-server, third-party packages) and shares the jail with the checks that judge it. Each
test here is a lab whose learner code attacks through one of those, judged for real.
"""

from __future__ import annotations

import os
import secrets
import textwrap
from pathlib import Path

import pytest
from lab_helpers import require_lab_runtime, write_lab
from sandbox_helpers import Listeners, Planted

from winterarc.judge.lab_runner import judge_lab
from winterarc.judge.verdicts import Result, Verdict

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]

ATTACKS = """
import ctypes, errno, os, signal, socket, subprocess, sys

def connect_all(ports):
    found = {}
    for port in ports:
        sock = socket.socket()
        sock.settimeout(1)
        try:
            sock.connect(("127.0.0.1", port))
            found[str(port)] = "connected"
        except OSError as error:
            found[str(port)] = type(error).__name__
        finally:
            sock.close()
    return found

def read_paths(paths):
    found = {}
    for path in paths:
        try:
            with open(path, "rb") as handle:
                found[path] = handle.read(1 << 20).decode(errors="replace")
        except OSError as error:
            found[path] = type(error).__name__
    return found

def environment():
    try:
        proc1 = open("/proc/1/environ", "rb").read().decode(errors="replace")
    except OSError as error:
        proc1 = type(error).__name__
    return {"env": dict(os.environ), "proc1": proc1}

def kill_everything():
    hit = []
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) != os.getpid():
            try:
                os.kill(int(name), signal.SIGKILL)
                hit.append(int(name))
            except OSError:
                pass
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    return hit

def hunt(needle):
    # Positive controls: a file of our own and a dumpable child of our own hold the needle,
    # and the hunt must find both; anything else it finds is a leak.
    with open(f"/tmp/planted-{os.getpid()}", "w") as handle:
        handle.write(needle)
    ready_r, ready_w = os.pipe()
    done_r, done_w = os.pipe()
    child = os.fork()
    if child == 0:
        ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE
        held = (needle + " ") * 2
        os.write(ready_w, b"x")
        os.read(done_r, 1)
        os._exit(len(held) & 0)
    os.read(ready_r, 1)
    try:
        found = _hunt(needle)
        jail_pid = next(p for p in os.listdir("/proc") if p.isdigit() and
                        _nspid(p) == [p, str(child)])
    finally:
        os.write(done_w, b"x")
        os.waitpid(child, 0)
    return {"child": jail_pid, "found": sorted(found)}

def _nspid(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("NSpid:"):
            return line.split()[1:]

def _hunt(needle):
    found = []
    for top in ("/", ):
        for root, dirs, files in os.walk(top):
            # The runtime and the host's libraries are read-only public packages: skipping
            # them keeps the hunt quick; everything a check could leave is elsewhere.
            if root.startswith(("/proc", "/sys", "/dev", "/usr", "/opt/winterarc/runtime")):
                dirs[:] = []
                continue
            for name in files:
                path = os.path.join(root, name)
                try:
                    with open(path, "rb") as handle:
                        if needle.encode() in handle.read(4 << 20):
                            found.append(path)
                except OSError:
                    pass
    for pid in (p for p in os.listdir("/proc") if p.isdigit()):
        for part in ("cmdline", "environ"):
            try:
                if needle.encode() in open(f"/proc/{pid}/{part}", "rb").read():
                    found.append(f"/proc/{pid}/{part}")
            except OSError:
                pass
        try:
            maps = open(f"/proc/{pid}/maps").read().splitlines()
            memory = open(f"/proc/{pid}/mem", "rb")
        except OSError:
            continue
        with memory:
            for line in maps:
                span, perms = line.split()[:2]
                if not perms.startswith("r"):
                    continue
                start, end = (int(x, 16) for x in span.split("-"))
                try:
                    memory.seek(start)
                    if needle.encode() in memory.read(min(end - start, 1 << 26)):
                        found.append(f"/proc/{pid}/mem")
                        break
                except (OSError, ValueError, OverflowError):
                    continue
    return found

def escape_namespaces():
    libc = ctypes.CDLL(None, use_errno=True)
    found = {}
    for name, flags in (("user", 0x10000000), ("net", 0x40000000), ("mount", 0x20000),
                        ("pid", 0x20000000)):
        code = libc.unshare(flags)
        found[name] = "made" if code == 0 else errno.errorcode[ctypes.get_errno()]
    code = libc.mount(b"tmpfs", b"/tmp", b"tmpfs", 0, None)
    found["mount"] = "made" if code == 0 else errno.errorcode[ctypes.get_errno()]
    try:
        fd = os.open("/proc/1/ns/net", os.O_RDONLY)
        code = libc.setns(fd, 0)
        found["setns"] = "made" if code == 0 else errno.errorcode[ctypes.get_errno()]
    except OSError as error:
        found["setns"] = type(error).__name__
    return found

def write_protected(paths):
    found = {}
    for path in paths:
        try:
            open(path, "a").close()
            found[path] = "written"
        except OSError as error:
            found[path] = type(error).__name__
    return found

def leave_traces(token):
    for folder in ("/tmp", "/dev/shm"):
        with open(f"{folder}/trace-{token}", "w") as handle:
            handle.write(token)
    import redis
    redis.Redis().set("trace", token)
    subprocess.Popen([sys.executable, "-c", f"import time; time.sleep(600)  # {token}"],
                     start_new_session=True)
    child = os.fork()
    if child == 0:
        os.setsid()
        if os.fork() == 0:
            os.execv(sys.executable,
                     [sys.executable, "-c", f"import time; time.sleep(600)  # {token}-daemon"])
        os._exit(0)
    os.waitpid(child, 0)
    return "left"

def find_traces(token):
    found = [f"{folder}/trace-{token}" for folder in ("/tmp", "/dev/shm")
             if os.path.exists(f"{folder}/trace-{token}")]
    import redis
    if redis.Redis().get("trace") is not None:
        found.append("redis key")
    for pid in (p for p in os.listdir("/proc") if p.isdigit()):
        try:
            if token.encode() in open(f"/proc/{pid}/cmdline", "rb").read():
                found.append(f"process {pid}")
        except OSError:
            pass
    return found

def redis_escape():
    import redis
    client = redis.Redis()
    found = {}
    for command in (("CONFIG", "SET", "dir", "/tmp"), ("MODULE", "LOAD", "/tmp/x.so"),
                    ("DEBUG", "SLEEP", "0"), ("SHUTDOWN", "NOSAVE"),
                    ("REPLICAOF", "127.0.0.1", "1"), ("SAVE",), ("BGSAVE",),
                    ("ACL", "SETUSER", "default", "off"), ("SLAVEOF", "127.0.0.1", "1")):
        try:
            client.execute_command(*command)
            found[" ".join(command)] = "ran"
        except Exception as error:
            found[" ".join(command)] = type(error).__name__
    found["PING"] = client.ping()
    return found
"""


def _checks(listeners: Listeners, planted: Planted, needle: str, token: str) -> dict[str, str]:
    ports = [listeners.ports["tcp"], 5432, 6379, 5672, 4222, 3306, 8000]
    host_files = [str(planted.tmp_file), str(planted.root_file), "/etc/shadow", "/etc/passwd"]
    protected = [
        "/opt/winterarc/runtime/fastapi/__init__.py",
        "/opt/winterarc/runtime/planted.py",
        "/opt/winterarc/harness/lab_zygote.py",
        "/lab/attack.py",
        "/checks/planted.py",
        "/usr/bin/redis-server",
    ]
    attacks = f"""
        SECRET = {planted.secret!r}


        def test_host_loopback_listeners_are_unreachable(learner):
            found = learner.call("attack", "connect_all", {ports!r})
            # 6379 is the lab's own redis-server on the jail's loopback; the rest is the host's.
            assert found.pop("6379") == "connected"
            assert set(found.values()) == {{"ConnectionRefusedError"}}, found


        def test_host_files_are_out_of_reach(learner):
            found = learner.call("attack", "read_paths", {host_files!r})
            # The jail's own /etc/passwd names its one user; nothing else of the host is there.
            assert found.pop("/etc/passwd").startswith("learner:x:65534:65534:")
            assert set(found.values()) == {{"FileNotFoundError"}}, found


        def test_the_judges_environment_stays_out(learner):
            found = learner.call("attack", "environment")
            assert SECRET not in repr(found)
            assert not any("WINTERARC" in key for key in found["env"])


        def test_signals_reach_nothing_outside_the_learners_namespace(learner):
            learner.call("attack", "kill_everything")
            # This check, its zygote, the lab zygote and redis are all still here:
            assert learner.call("attack", "connect_all", [6379]) == {{"6379": "connected"}}


        def test_hidden_checks_are_out_of_reach(learner):
            hunted = learner.call("attack", "hunt", "HIDDEN-" + {needle!r})
            planted = [f"/proc/{{hunted['child']}}/mem", "/tmp/planted-1"]
            assert hunted["found"] == planted


        def test_no_namespace_and_no_mount_can_be_made(learner):
            found = learner.call("attack", "escape_namespaces")
            assert set(found.values()) <= {{"EPERM", "EACCES", "PermissionError"}}, found


        def test_runtime_harness_and_files_are_read_only(learner):
            found = learner.call("attack", "write_protected", {protected!r})
            assert "written" not in found.values(), found


        def test_traces_left_in_one_check(learner):
            assert learner.call("attack", "leave_traces", {token!r}) == "left"


        def test_are_gone_in_the_next(learner, redis):
            assert redis.dbsize() == 0
            assert learner.call("attack", "find_traces", {token!r}) == []


        def test_redis_refuses_what_would_reach_outside_its_memory(learner):
            found = learner.call("attack", "redis_escape")
            assert found.pop("PING") is True
            assert "ran" not in found.values(), found
    """
    hidden = f"""
        # A learner that could read this file, or the memory of a check, would find this:
        NEEDLE = "HIDDEN-{needle}"


        def test_hidden(learner):
            assert learner.call("attack", "connect_all", []) == {{}}
    """
    return {"test_sample_attacks.py": attacks, "test_hidden.py": hidden}


def _explain(result: Result) -> str:
    return "\n".join(f"{t.name}: {t.verdict} {t.message[:1500]}" for t in result.tests)


def _host_processes_with(token: str) -> list[int]:
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if token.encode() in Path(f"/proc/{name}/cmdline").read_bytes():
                    found.append(int(name))
            except OSError:
                pass
    return found


def test_a_learner_with_network_processes_and_redis_reaches_nothing_outside(
    tmp_path: Path, listeners: Listeners, planted: Planted
) -> None:
    require_lab_runtime()
    needle, token = secrets.token_hex(12), secrets.token_hex(12)
    package = write_lab(
        tmp_path / "hostile-everything",
        files={"attack.py": ATTACKS},
        checks=_checks(listeners, planted, needle, token),
        lab='files = ["attack.py"]\nserve = "library"',
        sandbox='network = "loopback"\nprocesses = 4\nservices = ["redis"]',
        time_limit_ms=10000,
    )
    result = judge_lab(package, {"attack.py": ATTACKS}, all_tests=True)
    assert result.verdict is Verdict.AC, _explain(result)
    assert len(result.tests) == 11
    listeners.assert_untouched()
    assert _host_processes_with(token) == []


ADDER_CHECKS = {
    "test_sample_add.py": """
        def test_small(learner):
            assert learner.call("adder", "add", 2, 3) == 5
    """,
    "test_add.py": """
        def test_large(learner):
            assert learner.call("adder", "add", 10**12, 1) == 10**12 + 1
    """,
}
ADDER = "def add(a, b):\n    return a + b\n"
# Wrong answers (a - b) dressed up with every way the learner's process could try to make the
# check pass without the right answer. Each must still be judged not AC.
FORGERIES = {
    "fake-reports-on-every-descriptor": """
        import json, os
        fake = json.dumps({"outcome": "passed", "kind": "pass", "message": "", "detail": ""})
        for fd in range(256):
            for prefix in (b"", b"A", b"\\x00\\x00\\x00\\x10", b"E"):
                blob = prefix + fake.encode()
                try:
                    os.write(fd, blob)
                except OSError:
                    pass
        def add(a, b):
            return a - b
    """,
    "exits-cleanly-at-import": """
        import os, sys
        sys.stdout.write("passed\\n")
        os._exit(0)
    """,
    "kills-every-process-it-can-see": """
        import os, signal
        for name in os.listdir("/proc"):
            if name.isdigit():
                for sig in (signal.SIGKILL, signal.SIGSTOP):
                    try:
                        os.kill(int(name), sig)
                    except OSError:
                        pass
        def add(a, b):
            return a - b
    """,
    "patches-pytest-and-the-channel": """
        import _pytest.runner, _pytest.reports, builtins
        _pytest.runner.call_and_report = lambda *a, **k: None
        _pytest.reports.TestReport.outcome = "passed"
        builtins.AssertionError = type("AssertionError", (Exception,), {})
        try:
            from harness import lab_learner
            lab_learner._Library.handle = lambda self, request: {"ok": 5}
        except Exception:
            pass
        def add(a, b):
            return a - b
    """,
    "writes-into-other-processes": """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        for name in os.listdir("/proc"):
            if name.isdigit():
                libc.ptrace(16, int(name), 0, 0)  # PTRACE_ATTACH
                try:
                    with open(f"/proc/{name}/mem", "r+b") as memory:
                        memory.write(b"passed")
                except OSError:
                    pass
                for fd in range(3, 64):
                    try:
                        with open(f"/proc/{name}/fd/{fd}", "wb") as handle:
                            handle.write(b'{"outcome": "passed", "kind": "pass"}')
                    except OSError:
                        pass
        def add(a, b):
            return a - b
    """,
    "hands-back-an-always-equal-object": """
        class Anything:
            def __eq__(self, other):
                return True
            __hash__ = object.__hash__
        def add(a, b):
            return Anything()
    """,
}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_a_wrong_answer_that_tampers_never_gets_accepted(tmp_path: Path, name: str) -> None:
    require_lab_runtime()
    package = write_lab(
        tmp_path / "adder",
        files={"adder.py": ADDER},
        checks=ADDER_CHECKS,
        lab='files = ["adder.py"]\nserve = "library"',
        sandbox="processes = 4",
    )
    assert judge_lab(package, {"adder.py": ADDER}, all_tests=True).verdict is Verdict.AC
    forged = textwrap.dedent(FORGERIES[name])
    result = judge_lab(package, {"adder.py": forged}, all_tests=True)
    assert result.verdict in (Verdict.WA, Verdict.RE), _explain(result)
    assert all(test.verdict is not Verdict.AC for test in result.tests), _explain(result)


BOMBS = """
import multiprocessing, os, time

def fork_bomb():
    while True:
        try:
            os.fork()
        except OSError:
            pass

def burn_in_children(workers):
    def spin():
        while True:
            pass
    processes = [multiprocessing.Process(target=spin) for _ in range(workers)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()

def pool_sum(values):
    with multiprocessing.Pool(3) as pool:
        return sum(pool.map(abs, values))
"""


def test_a_fork_bomb_stops_at_the_process_limit_and_the_next_check_runs(tmp_path: Path) -> None:
    require_lab_runtime()
    checks = {
        "test_sample_bombs.py": """
            def test_fork_bomb(learner):
                learner.call("bombs", "fork_bomb")

            def test_a_pool_still_works_after_it(learner, lab):
                assert learner.call("bombs", "pool_sum", [-1, -2, 3]) == 6
                assert lab.cpu().processes <= 4
        """,
    }
    package = write_lab(
        tmp_path / "bombs",
        files={"bombs.py": BOMBS},
        checks=checks,
        lab='files = ["bombs.py"]\nserve = "library"',
        sandbox="processes = 4",
    )
    result = judge_lab(package, {"bombs.py": BOMBS}, all_tests=True)
    bomb, pool = result.tests
    assert bomb.verdict is Verdict.RE, _explain(result)
    assert "more than 4 processes" in bomb.message
    assert pool.verdict is Verdict.AC, _explain(result)


def test_cpu_burnt_in_child_processes_counts_toward_the_time_limit(tmp_path: Path) -> None:
    require_lab_runtime()
    checks = {
        "test_sample_burn.py": """
            def test_burn(learner):
                learner.call("bombs", "burn_in_children", 3)
        """,
    }
    package = write_lab(
        tmp_path / "burn",
        files={"bombs.py": BOMBS},
        checks=checks,
        lab='files = ["bombs.py"]\nserve = "library"',
        sandbox="processes = 4",
        time_limit_ms=500,
    )
    result = judge_lab(package, {"bombs.py": BOMBS}, all_tests=True)
    (burn,) = result.tests
    assert burn.verdict is Verdict.TLE, _explain(result)
    assert "CPU time limit" in burn.message
    # The parent only waits: the CPU that crossed the limit was its children's.
    assert burn.cpu_ms >= 500
