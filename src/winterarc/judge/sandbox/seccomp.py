"""The seccomp-BPF programs of the jail, generated in pure Python.

An allow-list on top of the namespaces: the base filter lets through the syscalls the
interpreter, the harness and each lab capability need (ALLOWED, plus ISOLATING_HARNESS in a jail
whose harness builds namespaces); a syscall it does not name is refused with ENOSYS, so a
syscall a newer kernel adds is refused by default and libc falls back as it would on an older
kernel. What a learner might try on purpose (ptrace, mounts, keyrings, BPF, new namespaces,
exec, process creation, foreign signals) is answered with EPERM, a clean PermissionError. A
foreign architecture or the x32 ABI kills the process. Syscall numbers come from
syscall_tables.py, generated from the kernel's headers and checked against them in a test.

Two programs, because loading a filter costs time per test: `base` is loaded once by the zygote
(so it and every child carry it) and holds everything the zygote itself never needs; `child` is
small and loaded by each test child: threads-only clone, and signals/rlimits only for itself.
Its instructions that compare against "my pid" hold a placeholder; the child writes its own pid
into those `pid_slots` first.
"""

from __future__ import annotations

import errno
import os
import struct
from dataclasses import dataclass

from .syscall_tables import AARCH64, X86_64

# struct sock_filter and the classic BPF opcodes used here.
_INSN = struct.Struct("<HBBI")
_LD_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_JSET = 0x45  # BPF_JMP | BPF_JSET | BPF_K
_JA = 0x05  # BPF_JMP | BPF_JA: an unconditional jump with a 32-bit offset
_RET = 0x06  # BPF_RET | BPF_K

RET_KILL_PROCESS = 0x80000000
RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
RET_EPERM = _RET_ERRNO | errno.EPERM
RET_ENOSYS = _RET_ERRNO | errno.ENOSYS

# struct seccomp_data: int nr; u32 arch; u64 ip; u64 args[6]  (little-endian: low word first)
_NR = 0
_ARCH = 4


def _arg_low(index: int) -> int:
    return 16 + 8 * index


AUDIT_ARCH_X86_64 = 0xC000003E
AUDIT_ARCH_AARCH64 = 0xC00000B7
X32_SYSCALL_BIT = 0x40000000

CLONE_THREAD = 0x00010000
# CLONE_NEWTIME | CLONE_NEWNS | CLONE_NEWCGROUP | UTS | IPC | USER | PID | NET
CLONE_NAMESPACES = 0x00000080 | 0x00020000 | 0x7E000000
AF_UNIX, AF_INET, AF_INET6 = 1, 2, 10
INET_FAMILIES = (AF_UNIX, AF_INET, AF_INET6)
PID_PLACEHOLDER = 0xFFFFFFFF

DENIED = (
    # debugging and other processes' memory
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd", "process_madvise",
    "migrate_pages", "move_pages",
    # mounts, roots, namespaces, handles (mount and unshare: see PLAIN_BASE_DENIED)
    "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsconfig",
    "fsmount", "fspick", "mount_setattr", "setns", "open_by_handle_at",
    "name_to_handle_at", "mknod", "mknodat",
    # glibc forks with clone (filtered per process); these two are never needed
    "fork", "vfork",
    # kernel state
    "bpf", "perf_event_open", "kexec_load", "kexec_file_load", "init_module", "finit_module",
    "delete_module", "reboot", "swapon", "swapoff", "syslog", "iopl", "ioperm", "modify_ldt",
    "_sysctl", "quotactl", "quotactl_fd", "acct", "uselib", "nfsservctl", "lookup_dcookie",
    "vhangup", "fanotify_init", "personality", "userfaultfd", "memfd_secret", "keyctl", "add_key",
    "request_key", "settimeofday", "clock_settime", "adjtimex", "clock_adjtime", "sethostname",
    "setdomainname",
    # identities: nothing legitimate changes them in a test
    "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setgroups", "setfsuid",
    "setfsgid",
    # System V / POSIX IPC would outlive the test inside the shared IPC namespace
    "shmget", "shmat", "shmdt", "shmctl", "semget", "semop", "semctl", "semtimedop", "msgget",
    "msgsnd", "msgrcv", "msgctl", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive",
    "mq_notify", "mq_getsetattr",
)  # fmt: skip
# The plain jail's base denies these too; an isolating jail's harness needs them (it builds the
# learner's namespaces and starts services), so there its role filters deny them instead.
EXEC_SYSCALLS = ("execve", "execveat")
PLAIN_BASE_DENIED = ("mount", "unshare", *EXEC_SYSCALLS)
ROLE_DENIED = ("mount", "unshare")
# CLONE_NEWNS | CLONE_NEWUSER | CLONE_NEWPID: the one unshare() the isolating harness makes.
ISOLATION_FLAGS = 0x00020000 | 0x10000000 | 0x20000000
# (syscall, argument index, values) denied: fcntl/ioctl that would make the kernel signal
# another process (the zygote) when I/O happens on a descriptor.
F_SETOWN, F_SETSIG, F_SETOWN_EX = 8, 10, 15
FIOSETOWN, SIOCSPGRP = 0x8901, 0x8902
DENIED_ARGUMENTS = (
    ("fcntl", 1, (F_SETOWN, F_SETSIG, F_SETOWN_EX)),
    ("ioctl", 1, (FIOSETOWN, SIOCSPGRP)),
)
# The zygote watches its children through these; a child has no business with them.
CHILD_DENIED = ("pidfd_open", "pidfd_send_signal")
# Not in ALLOWED, so ENOSYS: glibc falls back from clone3 to the filtered clone; io_uring would
# bypass the per-syscall checks.
UNSUPPORTED = ("clone3", "io_uring_setup", "io_uring_enter", "io_uring_register")
# (syscall, argument index): allowed only when the argument is the child's own pid.
OWN_PID_ONLY = (
    ("kill", 0),
    ("tkill", 0),
    ("tgkill", 0),
    ("rt_sigqueueinfo", 0),
    ("rt_tgsigqueueinfo", 0),
)
# (syscall, argument index): allowed for 0 (= the caller) or the child's own pid.
SELF_ONLY = (
    ("prlimit64", 0),
    ("sched_setaffinity", 0),
    ("sched_setscheduler", 0),
    ("sched_setparam", 0),
    ("sched_setattr", 0),
    ("setpriority", 1),
)

# What Python code legitimately does, inside the jail's namespaces. Names a table lacks (aarch64
# has no open, stat, fork, ...) are skipped. The argument filters above and the per-process
# filters narrow some of these further (socket, clone, kill, prlimit64, fcntl, ioctl, ...).
ALLOWED = (
    # files and descriptors
    "read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "preadv2",
    "pwritev2", "open", "openat", "openat2", "creat", "close", "close_range", "lseek", "stat",
    "fstat", "lstat", "newfstatat", "statx", "statfs", "fstatfs", "access", "faccessat",
    "faccessat2", "readlink", "readlinkat", "getdents", "getdents64", "getcwd", "chdir",
    "fchdir", "mkdir", "mkdirat", "rmdir", "unlink", "unlinkat", "rename", "renameat",
    "renameat2", "link", "linkat", "symlink", "symlinkat", "chmod", "fchmod", "fchmodat",
    "chown", "fchown", "lchown", "fchownat", "truncate", "ftruncate", "fallocate", "fsync",
    "fdatasync", "sync", "syncfs", "sync_file_range", "fadvise64", "readahead", "utime",
    "utimes", "utimensat", "futimesat", "dup", "dup2", "dup3", "pipe", "pipe2", "fcntl", "ioctl",
    "flock", "sendfile", "copy_file_range", "splice", "tee", "vmsplice", "umask", "memfd_create",
    "getxattr", "lgetxattr", "fgetxattr", "listxattr", "llistxattr", "flistxattr", "setxattr",
    "lsetxattr", "fsetxattr", "removexattr", "lremovexattr", "fremovexattr", "inotify_init",
    "inotify_init1", "inotify_add_watch", "inotify_rm_watch",
    # memory
    "brk", "mmap", "munmap", "mremap", "mprotect", "madvise", "msync", "mincore", "mlock",
    "mlock2", "munlock", "mlockall", "munlockall", "membarrier", "get_mempolicy",
    # processes and threads (clone is filtered per process; clone3 answers ENOSYS, below)
    "clone", "exit", "exit_group", "wait4", "waitid", "getpid", "getppid", "gettid", "getuid",
    "geteuid", "getgid", "getegid", "getgroups", "getresuid", "getresgid", "getpgid", "getpgrp",
    "getsid", "setsid", "setpgid", "prctl", "arch_prctl", "set_tid_address", "set_robust_list",
    "get_robust_list", "rseq", "futex", "futex_waitv", "sched_yield", "sched_getaffinity",
    "sched_setaffinity", "sched_getparam", "sched_setparam", "sched_getscheduler",
    "sched_setscheduler", "sched_getattr", "sched_setattr", "sched_get_priority_max",
    "sched_get_priority_min", "sched_rr_get_interval", "getpriority", "setpriority", "getrlimit",
    "setrlimit", "prlimit64", "getrusage", "times", "capget", "capset", "kill", "tkill",
    "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_open", "pidfd_send_signal",
    "restart_syscall",
    # signals, timers, clocks
    "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "rt_sigpending", "rt_sigtimedwait",
    "rt_sigsuspend", "sigaltstack", "signalfd", "signalfd4", "pause", "alarm", "setitimer",
    "getitimer", "timer_create", "timer_settime", "timer_gettime", "timer_getoverrun",
    "timer_delete", "timerfd_create", "timerfd_settime", "timerfd_gettime", "eventfd",
    "eventfd2", "clock_gettime", "clock_getres", "clock_nanosleep", "nanosleep", "gettimeofday",
    "time",
    # waiting on descriptors
    "select", "pselect6", "poll", "ppoll", "epoll_create", "epoll_create1", "epoll_ctl",
    "epoll_wait", "epoll_pwait", "epoll_pwait2",
    # sockets (socket() is filtered by address family)
    "socket", "socketpair", "bind", "listen", "accept", "accept4", "connect", "getsockname",
    "getpeername", "sendto", "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg",
    "shutdown", "setsockopt", "getsockopt",
    # the machine
    "uname", "sysinfo", "getrandom", "getcpu",
)  # fmt: skip
# An isolating jail's harness builds the learner's namespaces and mounts and execs a service;
# its per-process filters take these away again from everything that is not the harness.
ISOLATING_HARNESS = ("mount", "unshare", "execve", "execveat")

ARCHES = {"x86_64": (AUDIT_ARCH_X86_64, X86_64), "aarch64": (AUDIT_ARCH_AARCH64, AARCH64)}


@dataclass(frozen=True, slots=True)
class SeccompProgram:
    base: bytes  # loaded once by the zygote
    child: bytes  # loaded by every test child after patching pid_slots
    pid_slots: tuple[int, ...]  # instruction indexes (in `child`) whose k is the child's pid


class _Assembler:
    def __init__(self) -> None:
        self.insns: list[tuple[int, int, int, int]] = []
        self.pid_slots: list[int] = []

    def emit(self, code: int, k: int, jt: int = 0, jf: int = 0) -> None:
        self.insns.append((code, jt, jf, k))

    def deny_if(self, nr: int, action: int) -> None:
        self.emit(_JEQ, nr, 0, 1)
        self.emit(_RET, action)

    def allow_if_arg(self, nr: int, arg: int, *, zero_too: bool) -> None:
        """if nr matches: allow when args[arg] is my pid (or 0), else EPERM."""
        body = 4 + (1 if zero_too else 0)
        self.emit(_JEQ, nr, 0, body)
        self.emit(_LD_ABS, _arg_low(arg))
        if zero_too:
            self.emit(_JEQ, 0, 2, 0)
        self.pid_slots.append(len(self.insns))
        self.emit(_JEQ, PID_PLACEHOLDER, 1, 0)
        self.emit(_RET, RET_EPERM)
        self.emit(_RET, RET_ALLOW)

    def deny_arg_values(self, nr: int, arg: int, values: tuple[int, ...]) -> None:
        """if nr matches: EPERM when args[arg] is one of `values`, else allow."""
        self.emit(_JEQ, nr, 0, len(values) + 3)
        self.emit(_LD_ABS, _arg_low(arg))
        for index, value in enumerate(values):
            self.emit(_JEQ, value, len(values) - index, 0)
        self.emit(_RET, RET_ALLOW)
        self.emit(_RET, RET_EPERM)

    def clone_threads_only(self, nr: int) -> None:
        self.emit(_JEQ, nr, 0, 5)
        self.emit(_LD_ABS, _arg_low(0))
        self.emit(_JSET, CLONE_NAMESPACES, 2, 0)
        self.emit(_JSET, CLONE_THREAD, 0, 1)
        self.emit(_RET, RET_ALLOW)
        self.emit(_RET, RET_EPERM)

    def clone_without_namespaces(self, nr: int) -> None:
        """Threads and processes, but never new namespaces."""
        self.emit(_JEQ, nr, 0, 4)
        self.emit(_LD_ABS, _arg_low(0))
        self.emit(_JSET, CLONE_NAMESPACES, 1, 0)
        self.emit(_RET, RET_ALLOW)
        self.emit(_RET, RET_EPERM)

    def sockets_only(self, nr: int, families: tuple[int, ...]) -> None:
        """socket() for these address families only (SOCK_RAW needs caps nobody has)."""
        self.emit(_JEQ, nr, 0, len(families) + 3)
        self.emit(_LD_ABS, _arg_low(0))
        for index, family in enumerate(families):
            self.emit(_JEQ, family, len(families) - index, 0)
        self.emit(_RET, RET_EPERM)
        self.emit(_RET, RET_ALLOW)

    def allow_only_value(self, nr: int, arg: int, value: int) -> None:
        """if nr matches: allow when args[arg] is exactly `value`, else EPERM."""
        self.emit(_JEQ, nr, 0, 4)
        self.emit(_LD_ABS, _arg_low(arg))
        self.emit(_JEQ, value, 1, 0)
        self.emit(_RET, RET_EPERM)
        self.emit(_RET, RET_ALLOW)

    def dispatch(self, actions: dict[int, int], default: int) -> None:
        """Return actions[nr] for the syscall number in A, `default` for any other: a binary
        search over the ranges of equal action (a handful of comparisons, not one per name)."""
        bounds: list[tuple[int, int]] = []  # (first number of a range, its action)
        for nr in range(max(actions) + 2):
            action = actions.get(nr, default)
            if not bounds or bounds[-1][1] != action:
                bounds.append((nr, action))
        self.insns.extend(_search(bounds))

    def assemble(self) -> bytes:
        return b"".join(_INSN.pack(*insn) for insn in self.insns)


def _search(bounds: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    if len(bounds) == 1:
        return [(_RET, 0, 0, bounds[0][1])]
    middle = len(bounds) // 2
    below, above = _search(bounds[:middle]), _search(bounds[middle:])
    # nr >= split: fall through to the JA that skips `below` (JA takes 32-bit offsets, so no
    # subtree is too long to jump over); otherwise skip the JA.
    return [(_JGE, 0, 1, bounds[middle][0]), (_JA, 0, 0, len(below)), *below, *above]


def _preamble(asm: _Assembler, machine: str, audit_arch: int) -> None:
    asm.emit(_LD_ABS, _ARCH)
    asm.emit(_JEQ, audit_arch, 1, 0)
    asm.emit(_RET, RET_KILL_PROCESS)
    asm.emit(_LD_ABS, _NR)
    if machine == "x86_64":
        asm.emit(_JGE, X32_SYSCALL_BIT, 0, 1)
        asm.emit(_RET, RET_KILL_PROCESS)


def _table(machine: str | None) -> tuple[str, int, dict[str, int]]:
    machine = machine or os.uname().machine
    if machine not in ARCHES:
        raise ValueError(f"no seccomp table for architecture {machine!r}")
    audit_arch, table = ARCHES[machine]
    return machine, audit_arch, table


def _base(machine: str, audit_arch: int, table: dict[str, int]) -> _Assembler:
    base = _Assembler()
    _preamble(base, machine, audit_arch)
    for name, arg, values in DENIED_ARGUMENTS:
        base.deny_arg_values(table[name], arg, values)
    return base


def _actions(
    table: dict[str, int], allowed: tuple[str, ...], denied: tuple[str, ...]
) -> dict[int, int]:
    """Syscall number -> action for the base's dispatch; every other number gets ENOSYS."""
    overlap = set(allowed) & set(denied)
    if overlap:
        raise ValueError(f"both allowed and denied: {sorted(overlap)}")
    actions = {table[name]: RET_EPERM for name in denied if name in table}
    actions.update({table[name]: RET_ALLOW for name in allowed if name in table})
    return actions


def _own_process(child: _Assembler, table: dict[str, int], *, processes: bool) -> None:
    """Threads only (or processes without namespaces), and signals and limits for itself only
    (or, with processes, for anything in the caller's own pid namespace)."""
    for name in CHILD_DENIED:
        child.deny_if(table[name], RET_EPERM)
    if processes:
        child.clone_without_namespaces(table["clone"])
    else:
        child.clone_threads_only(table["clone"])
        for name, arg in OWN_PID_ONLY:
            child.allow_if_arg(table[name], arg, zero_too=False)
    for name, arg in SELF_ONLY:
        child.allow_if_arg(table[name], arg, zero_too=True)


def build(machine: str | None = None) -> SeccompProgram:
    """The filters of the plain jail for `machine` (default: this one); ValueError if it is
    not supported."""
    machine, audit_arch, table = _table(machine)
    base = _base(machine, audit_arch, table)
    base.sockets_only(table["socket"], (AF_UNIX,))
    base.dispatch(_actions(table, ALLOWED, (*DENIED, *PLAIN_BASE_DENIED)), RET_ENOSYS)

    child = _Assembler()
    _preamble(child, machine, audit_arch)
    _own_process(child, table, processes=False)
    child.emit(_RET, RET_ALLOW)
    return SeccompProgram(base.assemble(), child.assemble(), tuple(child.pid_slots))


@dataclass(frozen=True, slots=True)
class RoleFilter:
    """A per-process filter stacked on the isolating base; `pid_slots` as in SeccompProgram."""

    program: bytes
    pid_slots: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class IsolatingPrograms:
    """The filters of a jail whose learner code runs in namespaces of its own (labs, and
    function/design problems with [sandbox] capabilities).

    The base (loaded once by the zygote, inherited by everything) lets the harness create the
    learner's user, mount and pid namespaces, mount its private /tmp, and start a service; every
    process that runs code other than the harness's own stacks a role filter on top that takes
    those away again.
    """

    base: bytes
    learner: RoleFilter  # the learner's code, for the capabilities it was built for
    checks_zygote: bytes  # the check zygote: collects the author's checks, forks one per check
    check: RoleFilter  # one check (author code talking to the learner's code)
    service: RoleFilter  # a service such as redis-server, exec'd by the harness


def build_isolating(
    machine: str | None = None, *, network: bool = False, processes: bool = False
) -> IsolatingPrograms:
    """Filters for an isolating jail; `network` and `processes` are what the learner may do."""
    machine, audit_arch, table = _table(machine)
    base = _base(machine, audit_arch, table)
    base.allow_only_value(table["unshare"], 0, ISOLATION_FLAGS)
    base.sockets_only(table["socket"], INET_FAMILIES)
    base.dispatch(_actions(table, (*ALLOWED, *ISOLATING_HARNESS), DENIED), RET_ENOSYS)

    def role(*, sockets: tuple[int, ...], forks: bool, execs: bool) -> RoleFilter:
        child = _Assembler()
        _preamble(child, machine, audit_arch)
        for name in ROLE_DENIED if execs else (*ROLE_DENIED, *EXEC_SYSCALLS):
            child.deny_if(table[name], RET_EPERM)
        if sockets != INET_FAMILIES:
            child.sockets_only(table["socket"], sockets)
        _own_process(child, table, processes=forks)
        child.emit(_RET, RET_ALLOW)
        return RoleFilter(child.assemble(), tuple(child.pid_slots))

    zygote = _Assembler()
    _preamble(zygote, machine, audit_arch)
    for name in (*ROLE_DENIED, *EXEC_SYSCALLS):
        zygote.deny_if(table[name], RET_EPERM)
    zygote.emit(_RET, RET_ALLOW)
    learner_sockets = INET_FAMILIES if network else (AF_UNIX,)
    return IsolatingPrograms(
        base=base.assemble(),
        learner=role(sockets=learner_sockets, forks=processes, execs=processes),
        checks_zygote=zygote.assemble(),
        check=role(sockets=INET_FAMILIES, forks=False, execs=False),
        service=role(sockets=INET_FAMILIES, forks=False, execs=True),
    )


def with_pid(program: SeccompProgram, pid: int) -> bytes:
    """The child program with `pid` in every slot (the child does this itself; tests use it)."""
    code = bytearray(program.child)
    for slot in program.pid_slots:
        struct.pack_into("<I", code, slot * _INSN.size + 4, pid)
    return bytes(code)
