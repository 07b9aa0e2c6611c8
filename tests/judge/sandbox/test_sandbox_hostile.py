"""Hostile programs: each must end with the right status and leave the host untouched.

Every stdio attack runs through `run_attack` (other modes through `run_hostile`), which also
checks that the secret planted in the judge's environment and files never shows up, that the
listeners got nothing, that no process is left, that (stdio) the same zygote still runs the next
test, and that a fresh Sandbox judges a normal program afterwards.
"""

from __future__ import annotations

import os
import secrets
import textwrap

import pytest
from sandbox_helpers import (
    Listeners,
    Planted,
    assert_no_leak,
    run_attack,
    run_hostile,
    run_program,
)

from winterarc.judge.sandbox import Limits, Mode, ProgramSpec, Status, seccomp

pytestmark = pytest.mark.sandbox


def test_reading_a_file_planted_in_a_host_temp_dir_fails(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack("print(open(ctx['tmp_file']).read())", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert "FileNotFoundError" in attack.outcome.message


def test_reading_a_file_planted_under_root_fails(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        "print(open(ctx['root_file']).read())", listeners=listeners, planted=planted
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert "FileNotFoundError" in attack.outcome.message


def test_listing_host_directories_shows_only_the_jail(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import os
        for d in ['/', '/root', '/home', ctx['repo'], '/etc', '/work', '/opt/winterarc']:
            try:
                print(d, sorted(os.listdir(d)))
            except OSError as e:
                print(d, type(e).__name__)
        """,
        listeners=listeners,
        planted=planted,
    )
    out = attack.outcome.output.decode()
    assert attack.outcome.status is Status.OK
    assert "/home FileNotFoundError" in out
    assert planted.tmp_file.name not in out
    assert planted.root_file.name not in out
    assert "pyproject.toml" not in out
    assert "/root ['.pyenv']" in out or "/root FileNotFoundError" in out
    assert "/opt/winterarc ['harness']" in out


def test_writing_outside_tmp_fails_everywhere(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import os, sys
        targets = ['/x', '/usr/x', '/root/x', sys.prefix + '/x', '/opt/winterarc/harness/x.py',
                   '/dev/shm/x', '/dev/x', '/proc/x', '/lib/x', ctx['expected_dir'] + '/x']
        wrote = 0
        for path in targets:
            try:
                with open(path, 'w') as f:
                    f.write('pwned')
                wrote += 1
            except OSError:
                pass
        print(wrote)
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"0\n"
    assert not (planted.expected_files[0].parent / "x").exists()


def test_filling_tmp_stops_at_its_size_cap(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        for i in range(1000):
            with open(f'/tmp/fill-{i}', 'wb') as f:
                f.write(b'x' * (1 << 20))
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert "No space left on device" in attack.outcome.message


def test_one_huge_tmp_file_stops_at_the_file_size_limit(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        with open('/tmp/big', 'wb') as f:
            while True:
                f.write(b'x' * (1 << 20))
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert "File too large" in attack.outcome.message or "No space" in attack.outcome.message


def test_tcp_to_a_listener_on_localhost_is_refused(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import socket
        socket.create_connection(('127.0.0.1', ctx['tcp']), timeout=1).sendall(b'leak')
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert "PermissionError" in attack.outcome.message


def test_udp_to_a_listener_on_localhost_is_refused(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import socket
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.sendto(b'leak', ('127.0.0.1', ctx['udp']))
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert "PermissionError" in attack.outcome.message


def test_postgres_redis_and_rabbitmq_ports_are_unreachable(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import socket
        for port in (5432, 6379, 5672):
            try:
                socket.create_connection(('127.0.0.1', port), timeout=1)
                print(port, 'connected')
            except OSError as e:
                print(port, e.errno)
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"5432 1\n6379 1\n5672 1\n"


def test_raw_socket_and_connect_syscalls_are_refused(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import ctypes, socket, struct
        libc = ctypes.CDLL(None, use_errno=True)
        nr = ctx['nr']
        fd = libc.syscall(nr['socket'], socket.AF_INET, socket.SOCK_STREAM, 0)
        print(fd, ctypes.get_errno())
        unix = libc.syscall(nr['socket'], socket.AF_UNIX, socket.SOCK_STREAM, 0)
        port = socket.htons(ctx['tcp'])
        addr = struct.pack('<HH4s8x', socket.AF_INET, port, bytes([127, 0, 0, 1]))
        print(libc.syscall(42, unix, addr, len(addr)) if nr['socket'] == 41 else -1)
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    lines = attack.outcome.output.decode().splitlines()
    assert lines == ["-1 1", "-1"]


def test_environment_secrets_never_reach_the_sandbox(
    listeners: Listeners, planted: Planted, secret: str
) -> None:
    assert os.environ["WINTERARC_TEST_SECRET"] == secret
    attack = run_attack(
        """
        import os
        print(dict(os.environ))
        for pid in os.listdir('/proc'):
            if pid.isdigit() or pid == 'self':
                try:
                    print(pid, open(f'/proc/{pid}/environ', 'rb').read())
                except OSError as e:
                    print(pid, type(e).__name__)
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert b"WINTERARC_TEST_SECRET" not in attack.outcome.output
    assert b"1 PermissionError" in attack.outcome.output


def test_proc_1_and_proc_self_fd_hold_no_secret(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import os
        print(open('/proc/1/cmdline', 'rb').read())
        print(sorted(os.listdir('/proc/self/fd')))
        for name in ('environ', 'mem', 'fd', 'maps'):
            try:
                os.listdir('/proc/1/fd') if name == 'fd' else open(f'/proc/1/{name}', 'rb').read(64)
                print(name, 'readable')
            except OSError as e:
                print(name, type(e).__name__)
        """,
        listeners=listeners,
        planted=planted,
    )
    out = attack.outcome.output.decode()
    assert attack.outcome.status is Status.OK
    for name in ("environ", "mem", "fd", "maps"):
        assert f"{name} PermissionError" in out
    assert "['0', '1', '2', '3'" in out  # stdin, stdout, stderr, result pipe, and the listing fd


def test_ptrace_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.ptrace(0, 0, 0, 0), ctypes.get_errno())
        print(libc.ptrace(16, 1, 0, 0), ctypes.get_errno())
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"-1 1\n-1 1\n"


def test_a_syscall_off_the_allow_list_is_enosys(listeners: Listeners, planted: Planted) -> None:
    """io_uring (it would bypass per-syscall checks), seccomp(2), ioprio_get and a number newer
    than the tables, made for real inside the jail: each fails with ENOSYS, nothing happens."""
    table = seccomp.ARCHES[os.uname().machine][1]
    numbers = [
        table["io_uring_setup"],
        table["seccomp"],
        table["ioprio_get"],
        max(table.values()) + 9,
    ]
    attack = run_attack(
        f"""
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        for number in {numbers!r}:
            ctypes.set_errno(0)
            print(libc.syscall(number, 0, 0, 0, 0, 0), ctypes.get_errno())
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"-1 38\n" * len(numbers)  # ENOSYS


def test_mount_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.mount(b'none', b'/tmp', b'tmpfs', 0, None), ctypes.get_errno())
        print(libc.umount2(b'/proc', 2), ctypes.get_errno())
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"-1 1\n-1 1\n"


def test_bpf_perf_and_keyrings_are_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        for name in ('bpf', 'perf_event_open', 'keyctl', 'add_key', 'userfaultfd', 'init_module'):
            print(name, libc.syscall(ctx['nr'][name], 0, 0, 0, 0, 0), ctypes.get_errno())
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    for line in attack.outcome.output.decode().splitlines():
        assert line.endswith(" -1 1"), line


def test_unshare_and_setns_are_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.unshare(0x10000000), ctypes.get_errno())
        print(libc.unshare(0x40000000), ctypes.get_errno())
        print(libc.setns(0, 0), ctypes.get_errno())
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"-1 1\n-1 1\n-1 1\n"


def test_os_fork_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack("import os\nos.fork()", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")


def test_subprocess_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        "import subprocess, sys\nsubprocess.run([sys.executable, '-c', 'print(1)'])",
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")


def test_os_system_runs_nothing(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import os
        status = os.system('echo pwned > /tmp/pwned')
        print(status != 0, os.path.exists('/tmp/pwned'))
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"True False\n"


def test_a_fork_bomb_stops_at_the_first_fork(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        "import os\nwhile True:\n    os.fork()", listeners=listeners, planted=planted
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")
    assert attack.elapsed < 5


def test_a_double_forking_daemon_never_starts(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import os, time
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                time.sleep(60)
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")


def test_exec_of_a_shell_or_the_interpreter_is_denied(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import os, sys
        print(os.path.exists('/bin/sh'), os.path.exists('/usr/bin/sh'))
        for path in ('/bin/sh', sys.executable):
            try:
                os.execv(path, [path, '-c', 'print(1)'])
            except OSError as e:
                print(type(e).__name__)
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"False False\nPermissionError\nPermissionError\n"


def test_a_memory_bomb_is_memory_limit(listeners: Listeners, planted: Planted) -> None:
    # Filling 128 MB costs CPU time too: about 100 ms when idle, over 300 ms on a loaded
    # machine, where the hostile CPU limit would end it first. Only the memory can end it here.
    attack = run_attack(
        "hog = []\nwhile True:\n    hog.append(bytearray(1 << 20))",
        listeners=listeners,
        planted=planted,
        limits=Limits(cpu_time_ms=10_000, memory_mb=128, wall_time_ms=60_000),
    )
    assert attack.outcome.status is Status.MEMORY_LIMIT, attack.outcome


def test_one_giant_allocation_is_memory_limit(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack("hog = bytearray(10**10)", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.MEMORY_LIMIT


def test_a_big_list_within_the_limit_is_ok(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        "big = list(range(2 * 10**6))\nprint(len(big), sum(big) % 7)",
        listeners=listeners,
        planted=planted,
        limits=Limits(cpu_time_ms=2000, memory_mb=128),
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == f"{2 * 10**6} {sum(range(2 * 10**6)) % 7}\n".encode()
    assert attack.outcome.memory_kb > 64 * 1024


def test_an_output_flood_is_output_limit(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack("while True:\n    print('x' * 10000)", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.OUTPUT_LIMIT
    assert attack.elapsed < 5


def test_a_stderr_flood_is_output_limit(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        "import sys\nwhile True:\n    sys.stderr.write('e' * 10000)",
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OUTPUT_LIMIT
    assert len(attack.outcome.stderr) <= 64 * 1024


def test_a_thread_flood_is_stopped_by_the_thread_limit(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import threading, time
        started = 0
        for _ in range(100000):
            threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
            started += 1
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert "can't start new thread" in attack.outcome.message
    assert attack.elapsed < 5


def test_a_cpu_burn_is_time_limit(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack("while True:\n    pass", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.TIME_LIMIT
    # On a loaded machine the wall clock may strike first; otherwise the CPU clock does.
    assert attack.outcome.cpu_ms >= 300 or "wall-clock" in attack.outcome.message
    assert attack.elapsed < 5


def test_sleeping_is_time_limit_by_the_wall_clock_quickly(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack("import time\ntime.sleep(30)", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.TIME_LIMIT
    assert "wall-clock" in attack.outcome.message
    assert attack.elapsed < 5


def test_stopping_itself_is_time_limit_not_a_hang(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\nprint('resumed')",
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.TIME_LIMIT
    assert attack.elapsed < 5


def test_ignoring_sigterm_and_sigxcpu_does_not_escape_the_time_limit(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import signal
        for sig in (signal.SIGTERM, signal.SIGXCPU, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)
        while True:
            pass
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.TIME_LIMIT
    assert attack.elapsed < 5


def test_deep_recursion_is_runtime_error_and_the_zygote_survives(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        "def down(n):\n    return down(n + 1)\ndown(0)", listeners=listeners, planted=planted
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("RecursionError")


def test_a_recursion_that_overflows_the_c_stack_is_runtime_error(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import sys
        sys.setrecursionlimit(10**6)
        def down(n):
            return list(map(down, [n + 1]))
        down(0)
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.signal == 11


def test_killing_the_parent_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack("import os\nos.kill(os.getppid(), 9)", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")


def test_killing_every_process_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack("import os\nos.kill(-1, 9)", listeners=listeners, planted=planted)
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")


def test_killing_process_groups_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import os
        for group in (1, os.getpgid(0)):
            try:
                os.killpg(group, 9)
            except PermissionError:
                print('denied')
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"denied\ndenied\n"


def test_changing_the_zygotes_limits_is_denied(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        "import resource\nresource.prlimit(1, resource.RLIMIT_NOFILE, (0, 0))",
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")


def test_hunting_the_filesystem_for_expected_outputs_finds_nothing(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import os
        found = []
        for root, dirs, files in os.walk('/'):
            if root == '/' and 'proc' in dirs:
                dirs.remove('proc')
            for name in files:
                if name.endswith('.out') or 'expected' in name:
                    path = os.path.join(root, name)
                    try:
                        found.append((path, open(path, 'rb').read(200)))
                    except OSError:
                        pass
        print(found)
        """,
        listeners=listeners,
        planted=planted,
        limits=Limits(cpu_time_ms=8000, memory_mb=128),
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output.startswith(b"[")
    assert planted.expected_files[0].name.encode() not in attack.outcome.output


def test_writing_and_closing_the_control_fds_breaks_only_this_test(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import os
        forged = b'O' + (100).to_bytes(4, 'big') + b'x' * 100
        for fd in range(3, 64):
            try:
                os.write(fd, forged)
            except OSError:
                pass
        os.closerange(3, 64)
        print('done')
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"done\n"


def test_the_seccomp_filter_cannot_be_removed(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.prctl(22, 0, 0, 0, 0), libc.prctl(38, 0, 0, 0, 0))
        print(open('/proc/self/status').read().count('Seccomp:\\t2'))
        os.fork()
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.RUNTIME_ERROR
    assert attack.outcome.message.startswith("PermissionError")


def test_setuid_root_through_ctypes_fails(listeners: Listeners, planted: Planted) -> None:
    attack = run_attack(
        """
        import ctypes, os
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.setuid(0), ctypes.get_errno(), os.getuid(), os.geteuid())
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"-1 1 65534 65534\n"


def test_system_v_ipc_that_would_outlive_the_test_is_denied(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.shmget(0, 4096, 0o1600), ctypes.get_errno())
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"-1 1\n"


def test_signalling_the_zygote_through_sigio_is_denied(
    listeners: Listeners, planted: Planted
) -> None:
    attack = run_attack(
        """
        import fcntl, os
        r, w = os.pipe()
        for cmd, arg in ((fcntl.F_SETOWN, 1), (fcntl.F_SETSIG, 9), (fcntl.F_SETOWN, -1)):
            try:
                fcntl.fcntl(r, cmd, arg)
                print('allowed')
            except PermissionError:
                print('denied')
        """,
        listeners=listeners,
        planted=planted,
    )
    assert attack.outcome.status is Status.OK
    assert attack.outcome.output == b"denied\ndenied\ndenied\n"


def test_a_deep_unreadable_tree_in_tmp_is_gone_for_the_next_test() -> None:
    program = ProgramSpec(
        Mode.STDIO,
        textwrap.dedent(
            """
            import os
            if input() == 'build':
                os.chdir('/tmp')
                for _ in range(2000):
                    os.mkdir('d')
                    os.chdir('d')
                    open('f', 'w').write('x')
                os.makedirs('/tmp/a/b/c')
                for path in ('/tmp/a/b/c', '/tmp/a/b', '/tmp/a'):
                    os.chmod(path, 0)
                os.symlink('/tmp', '/tmp/loop')
            print(sorted(os.listdir('/tmp')))
            """
        ),
    )
    built, after = run_program(program, [b"build\n", b"look\n"], Limits(5000, 128))
    assert built.status is Status.OK
    assert after.output == b"[]\n"


def test_files_left_in_tmp_are_gone_for_the_next_test() -> None:
    program = ProgramSpec(
        Mode.STDIO,
        "import os\nprint(sorted(os.listdir('/tmp')))\nopen('/tmp/' + input(), 'w').write('x')",
    )
    outcomes = run_program(program, [b"first\n", b"second\n"])
    assert [o.output for o in outcomes] == [b"[]\n", b"[]\n"]


# Function, design, sql and checker programs are hostile too.

EXPECTED = f"expected-{secrets.token_hex(12)}"


def test_an_always_equal_result_is_runtime_error_not_serialisable(
    listeners: Listeners, planted: Planted
) -> None:
    program = ProgramSpec(
        Mode.FUNCTION,
        "class Eq:\n    def __eq__(self, other):\n        return True\n"
        "class Solution:\n    def solve(self, x):\n        return Eq()\n",
        entry="solve",
    )
    outcome = run_hostile(program, {"args": [1]}, listeners=listeners, planted=planted)
    assert outcome.status is Status.RUNTIME_ERROR
    assert "not JSON serialisable" in outcome.message


def test_frame_peeking_and_gc_hunting_find_no_expected_value(
    listeners: Listeners, planted: Planted
) -> None:
    program = ProgramSpec(
        Mode.FUNCTION,
        """
import gc, inspect, sys
class Solution:
    def solve(self, x):
        seen = []
        frame = sys._getframe(1)
        while frame is not None:
            seen.append(repr(frame.f_locals)[:2000])
            frame = frame.f_back
        seen += [repr(f.frame.f_locals)[:2000] for f in inspect.stack()]
        seen += [o for o in gc.get_objects() if isinstance(o, str) and len(o) < 200][:20000]
        for obj in gc.get_objects():
            if isinstance(obj, dict) and 'expected' in obj:
                seen.append(repr(obj)[:2000])
        return seen
""",
        entry="solve",
    )
    outcome = run_hostile(
        program, {"args": [1]}, listeners=listeners, planted=planted, limits=Limits(3000, 256)
    )
    assert outcome.status is Status.OK
    assert EXPECTED.encode() not in outcome.output
    assert_no_leak(outcome, EXPECTED)


def test_a_nan_result_is_runtime_error(listeners: Listeners, planted: Planted) -> None:
    program = ProgramSpec(
        Mode.FUNCTION,
        "class Solution:\n    def solve(self):\n        return [1.0, float('nan')]\n",
        entry="solve",
    )
    outcome = run_hostile(program, {"args": []}, listeners=listeners, planted=planted)
    assert outcome.status is Status.RUNTIME_ERROR
    assert "not JSON serialisable" in outcome.message


def test_a_forged_record_on_the_result_fd_cannot_replace_the_return_value(
    listeners: Listeners, planted: Planted
) -> None:
    program = ProgramSpec(
        Mode.FUNCTION,
        """
import os, struct
class Solution:
    def solve(self):
        body = b'"forged"'
        os.write(3, b'R' + body + struct.pack('<Q', len(body)) + b'WA\\x00\\x01')
        return 7
""",
        entry="solve",
    )
    outcome = run_hostile(program, {"args": []}, listeners=listeners, planted=planted)
    assert outcome.status is Status.OK
    assert outcome.output == b"7"


def test_a_forged_result_that_is_not_json_is_runtime_error(
    listeners: Listeners, planted: Planted
) -> None:
    program = ProgramSpec(
        Mode.FUNCTION,
        """
import os, struct
class Solution:
    def solve(self):
        body = b'<script>not json'
        os.write(3, b'R' + body + struct.pack('<Q', len(body)) + b'WA\\x00\\x01')
        os._exit(0)
""",
        entry="solve",
    )
    outcome = run_hostile(program, {"args": []}, listeners=listeners, planted=planted)
    assert outcome.status is Status.RUNTIME_ERROR
    assert outcome.message == "the result is not valid JSON text"
    assert outcome.output == b""


def test_a_result_over_the_output_cap_is_output_limit(
    listeners: Listeners, planted: Planted
) -> None:
    program = ProgramSpec(
        Mode.FUNCTION,
        "class Solution:\n    def solve(self):\n        return 'x' * 2_000_000\n",
        entry="solve",
    )
    outcome = run_hostile(
        program,
        {"args": []},
        listeners=listeners,
        planted=planted,
        limits=Limits(2000, 128, output_bytes=1 << 20),
    )
    assert outcome.status is Status.OUTPUT_LIMIT


def test_closing_the_result_fd_in_function_mode_is_runtime_error(
    listeners: Listeners, planted: Planted
) -> None:
    program = ProgramSpec(
        Mode.FUNCTION,
        "import os\nclass Solution:\n    def solve(self):\n        os.closerange(3, 64)\n"
        "        return 7\n",
        entry="solve",
    )
    outcome = run_hostile(program, {"args": []}, listeners=listeners, planted=planted)
    assert outcome.status is Status.RUNTIME_ERROR


def test_sql_attach_of_a_host_file_is_refused(listeners: Listeners, planted: Planted) -> None:
    program = ProgramSpec(
        Mode.SQL, f"ATTACH DATABASE '{planted.tmp_file}' AS host", schema_sql="CREATE TABLE t(x);"
    )
    outcome = run_hostile(program, {"data_sql": None}, listeners=listeners, planted=planted)
    assert outcome.status is Status.RUNTIME_ERROR
    assert "not authorized" in outcome.message


def test_sql_load_extension_is_refused(listeners: Listeners, planted: Planted) -> None:
    program = ProgramSpec(
        Mode.SQL, "SELECT load_extension('/usr/lib/x86_64-linux-gnu/libm.so.6')", schema_sql=None
    )
    outcome = run_hostile(program, {"data_sql": None}, listeners=listeners, planted=planted)
    assert outcome.status is Status.RUNTIME_ERROR
    assert "not authorized" in outcome.message


def test_a_hostile_checker_is_contained_like_any_program(
    listeners: Listeners, planted: Planted
) -> None:
    program = ProgramSpec(
        Mode.CHECKER,
        "def check(input, expected, actual):\n"
        f"    return (True, open({str(planted.root_file)!r}).read())\n",
    )
    outcome = run_hostile(
        program, {"input": 1, "expected": 2, "actual": 2}, listeners=listeners, planted=planted
    )
    assert outcome.status is Status.RUNTIME_ERROR
    assert "FileNotFoundError" in outcome.message
