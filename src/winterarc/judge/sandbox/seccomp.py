"""The seccomp-BPF programs of the jail, generated in pure Python.

A deny-list on top of the namespaces: it removes the kernel surface a learner never needs
(ptrace, mounts, keyrings, BPF, new namespaces, exec, process creation, foreign signals, network
sockets) and answers with EPERM, so the learner sees a clean PermissionError. A foreign
architecture or the x32 ABI kills the process.

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

# struct sock_filter and the classic BPF opcodes used here.
_INSN = struct.Struct("<HBBI")
_LD_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGT = 0x25  # BPF_JMP | BPF_JGT | BPF_K
_JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_JSET = 0x45  # BPF_JMP | BPF_JSET | BPF_K
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
# Newer syscalls than these tables know get ENOSYS, which libc treats as "not supported here".
MAX_KNOWN_NR = 450

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
# glibc falls back from clone3 to the filtered clone on ENOSYS.
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

X86_64 = {
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312,
    "pidfd_open": 434, "pidfd_getfd": 438, "pidfd_send_signal": 424, "process_madvise": 440,
    "migrate_pages": 256, "move_pages": 279, "mount": 165, "umount2": 166, "pivot_root": 155,
    "chroot": 161, "move_mount": 429, "open_tree": 428, "fsopen": 430, "fsconfig": 431,
    "fsmount": 432, "fspick": 433, "mount_setattr": 442, "unshare": 272, "setns": 308,
    "open_by_handle_at": 304, "name_to_handle_at": 303, "mknod": 133, "mknodat": 259,
    "fork": 57, "vfork": 58, "execve": 59, "execveat": 322, "bpf": 321, "perf_event_open": 298,
    "kexec_load": 246, "kexec_file_load": 320, "init_module": 175, "finit_module": 313,
    "delete_module": 176, "reboot": 169, "swapon": 167, "swapoff": 168, "syslog": 103,
    "iopl": 172, "ioperm": 173, "modify_ldt": 154, "_sysctl": 156, "quotactl": 179,
    "quotactl_fd": 443, "acct": 163, "uselib": 134, "nfsservctl": 180, "lookup_dcookie": 212,
    "vhangup": 153, "fanotify_init": 300, "personality": 135, "userfaultfd": 323,
    "memfd_secret": 447, "keyctl": 250, "add_key": 248, "request_key": 249,
    "settimeofday": 164, "clock_settime": 227, "adjtimex": 159, "clock_adjtime": 305,
    "sethostname": 170, "setdomainname": 171, "setuid": 105, "setgid": 106, "setreuid": 113,
    "setregid": 114, "setresuid": 117, "setresgid": 119, "setgroups": 116, "setfsuid": 122,
    "setfsgid": 123, "shmget": 29, "shmat": 30, "shmdt": 67, "shmctl": 31, "semget": 64,
    "semop": 65, "semctl": 66, "semtimedop": 220, "msgget": 68, "msgsnd": 69, "msgrcv": 70,
    "msgctl": 71, "mq_open": 240, "mq_unlink": 241, "mq_timedsend": 242,
    "mq_timedreceive": 243, "mq_notify": 244, "mq_getsetattr": 245, "clone3": 435,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "kill": 62,
    "tkill": 200, "tgkill": 234, "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297,
    "prlimit64": 302, "sched_setaffinity": 203, "sched_setscheduler": 144,
    "sched_setparam": 142, "sched_setattr": 314, "setpriority": 141, "clone": 56, "socket": 41,
    "fcntl": 72, "ioctl": 16,
}  # fmt: skip

# The generic table (asm-generic/unistd.h); aarch64 has no fork, vfork, iopl, ... at all.
AARCH64 = {
    "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "kcmp": 272,
    "pidfd_open": 434, "pidfd_getfd": 438, "pidfd_send_signal": 424, "process_madvise": 440,
    "migrate_pages": 238, "move_pages": 239, "mount": 40, "umount2": 39, "pivot_root": 41,
    "chroot": 51, "move_mount": 429, "open_tree": 428, "fsopen": 430, "fsconfig": 431,
    "fsmount": 432, "fspick": 433, "mount_setattr": 442, "unshare": 97, "setns": 268,
    "open_by_handle_at": 265, "name_to_handle_at": 264, "mknodat": 33, "execve": 221,
    "execveat": 281, "bpf": 280, "perf_event_open": 241, "kexec_load": 104,
    "kexec_file_load": 294, "init_module": 105, "finit_module": 273, "delete_module": 106,
    "reboot": 142, "swapon": 224, "swapoff": 225, "syslog": 116, "quotactl": 60,
    "quotactl_fd": 443, "acct": 89, "nfsservctl": 42, "lookup_dcookie": 18, "vhangup": 58,
    "fanotify_init": 262, "personality": 92, "userfaultfd": 282, "memfd_secret": 447,
    "keyctl": 219, "add_key": 217, "request_key": 218, "settimeofday": 170,
    "clock_settime": 112, "adjtimex": 171, "clock_adjtime": 266, "sethostname": 161,
    "setdomainname": 162, "setuid": 146, "setgid": 144, "setreuid": 145, "setregid": 143,
    "setresuid": 147, "setresgid": 149, "setgroups": 159, "setfsuid": 151, "setfsgid": 152,
    "shmget": 194, "shmat": 196, "shmdt": 197, "shmctl": 195, "semget": 190, "semop": 193,
    "semctl": 191, "semtimedop": 192, "msgget": 186, "msgsnd": 189, "msgrcv": 188,
    "msgctl": 187, "mq_open": 180, "mq_unlink": 181, "mq_timedsend": 182,
    "mq_timedreceive": 183, "mq_notify": 184, "mq_getsetattr": 185, "clone3": 435,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "kill": 129,
    "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138, "rt_tgsigqueueinfo": 240,
    "prlimit64": 261, "sched_setaffinity": 122, "sched_setscheduler": 119,
    "sched_setparam": 118, "sched_setattr": 274, "setpriority": 140, "clone": 220,
    "socket": 198, "fcntl": 25, "ioctl": 29,
}  # fmt: skip

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

    def assemble(self) -> bytes:
        return b"".join(_INSN.pack(*insn) for insn in self.insns)


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


def _base(
    machine: str, audit_arch: int, table: dict[str, int], denied: tuple[str, ...]
) -> _Assembler:
    base = _Assembler()
    _preamble(base, machine, audit_arch)
    base.emit(_JGT, MAX_KNOWN_NR, 0, 1)
    base.emit(_RET, RET_ENOSYS)
    for name in UNSUPPORTED:
        base.deny_if(table[name], RET_ENOSYS)
    for name in denied:
        if name in table:
            base.deny_if(table[name], RET_EPERM)
    for name, arg, values in DENIED_ARGUMENTS:
        base.deny_arg_values(table[name], arg, values)
    return base


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
    base = _base(machine, audit_arch, table, (*DENIED, *PLAIN_BASE_DENIED))
    base.sockets_only(table["socket"], (AF_UNIX,))
    base.emit(_RET, RET_ALLOW)

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
    base = _base(machine, audit_arch, table, DENIED)
    base.allow_only_value(table["unshare"], 0, ISOLATION_FLAGS)
    base.sockets_only(table["socket"], INET_FAMILIES)
    base.emit(_RET, RET_ALLOW)

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
