"""The bubblewrap command line: which interpreter, what is visible, which namespaces.

Only the interpreter's own prefix (minus site-packages), /usr/lib, a handful of device nodes, a
fresh /proc, the harness and a size-capped /tmp exist inside; everything else of the host does
not exist at all. The root filesystem is remounted read-only.
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import winterarc.judge.harness as _harness

HARNESS_SOURCE = Path(_harness.__file__).resolve().parent
HARNESS_MOUNT = "/opt/winterarc"
BOOTSTRAP = (
    f"import sys;sys.path.insert(0,{HARNESS_MOUNT!r});from harness.zygote import main;main()"
)
SANDBOX_ID = 65534
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")
# Nothing secret and nothing from the judge: the sandbox's whole environment.
SANDBOX_TMP = "/tmp"  # noqa: S108 - the jail's private tmpfs, not the host's
ENVIRONMENT = {
    "PATH": "/usr/bin",
    "HOME": SANDBOX_TMP,
    "TMPDIR": SANDBOX_TMP,
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    # One malloc arena: per-thread arenas reserve 64 MiB of address space each, which would
    # count against RLIMIT_AS.
    "MALLOC_ARENA_MAX": "1",
}
# Prefixes that must never be bound whole: they hold far more than an interpreter.
_REFUSED_PREFIXES = ("/", "/root", "/home", "/etc", "/var", SANDBOX_TMP, "/opt", "/srv", "/work")


class RuntimeUnavailable(Exception):
    """The requested interpreter cannot be used inside the sandbox."""


@dataclass(frozen=True, slots=True)
class PythonRuntime:
    executable: str  # resolved path, the same inside and outside
    prefix: str  # bound read-only
    stdlib: str  # <prefix>/lib/pythonX.Y

    @classmethod
    def resolve(cls, python: str | None) -> PythonRuntime:
        if python is None:
            if not sys.executable:
                raise RuntimeUnavailable("sys.executable is unknown; pass python=")
            executable = os.path.realpath(sys.executable)
            prefix = os.path.realpath(sys.base_prefix)
        else:
            executable = os.path.realpath(python)
            prefix = os.path.dirname(os.path.dirname(executable))
        if not os.path.isfile(executable) or not os.access(executable, os.X_OK):
            raise RuntimeUnavailable(f"python not found or not executable: {python or executable}")
        if prefix in _REFUSED_PREFIXES:
            raise RuntimeUnavailable(f"refusing to expose {prefix} as the interpreter prefix")
        name = os.path.basename(executable)
        candidates = [os.path.join(prefix, "lib", name, "os.py")]
        candidates += sorted(glob.glob(os.path.join(prefix, "lib", "python3*", "os.py")))
        for landmark in candidates:
            if os.path.isfile(landmark):
                runtime = cls(executable, prefix, os.path.dirname(landmark))
                break
        else:
            raise RuntimeUnavailable(
                f"no standard library found under {prefix}/lib for {executable}"
            )
        # An interpreter living inside the source tree would expose the repository; one whose
        # site-packages hold the judge is fine, those are hidden.
        if HARNESS_SOURCE.is_relative_to(prefix) and not any(
            HARNESS_SOURCE.is_relative_to(hidden) for hidden in runtime.hidden_dirs()
        ):
            raise RuntimeUnavailable(f"refusing to expose {prefix}: it holds the judge's sources")
        return runtime

    def hidden_dirs(self) -> list[str]:
        """Third-party package dirs covered by an empty read-only tmpfs in the jail."""
        candidates = (
            os.path.join(self.stdlib, "site-packages"),
            os.path.join(self.stdlib, "dist-packages"),
            "/usr/lib/python3/dist-packages",
        )
        return [path for path in candidates if os.path.isdir(path)]


def _parents(*paths: str) -> list[str]:
    """Create the ancestors of mount points as 0755: bwrap would make them 0700, which the
    unprivileged id could not traverse."""
    seen: list[str] = []
    for path in paths:
        parts = Path(path).parts[1:-1]
        for depth in range(1, len(parts) + 1):
            ancestor = "/" + "/".join(parts[:depth])
            if ancestor not in seen:
                seen.append(ancestor)
    args: list[str] = []
    for ancestor in seen:
        args += ["--perms", "0755", "--dir", ancestor]
    return args


def _filesystem(runtime: PythonRuntime) -> list[str]:
    interpreter = runtime.executable if runtime.prefix == "/usr" else runtime.prefix
    args = _parents(interpreter, "/usr/lib", f"{HARNESS_MOUNT}/harness", "/dev/null")
    args += ["--ro-bind", interpreter, interpreter]
    args += ["--ro-bind", "/usr/lib", "/usr/lib", "--ro-bind-try", "/usr/lib64", "/usr/lib64"]
    for top in ("/lib", "/lib64", "/lib32", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    # Hide third-party packages: -S keeps them off sys.path, this keeps them out of reach.
    for hidden in runtime.hidden_dirs():
        args += ["--tmpfs", hidden, "--remount-ro", hidden]
    args += ["--ro-bind", str(HARNESS_SOURCE), f"{HARNESS_MOUNT}/harness"]
    args += ["--proc", "/proc"]
    for device in DEVICES:
        args += ["--dev-bind-try", device, device]
    args += ["--symlink", "/proc/self/fd", "/dev/fd"]
    for number, stream in enumerate(("stdin", "stdout", "stderr")):
        args += ["--symlink", f"/proc/self/fd/{number}", f"/dev/{stream}"]
    return args


SHM = "/dev/shm"  # noqa: S108 - a mount point only: isolated learners mount their own tmpfs
# An isolating jail has a network and processes: libraries resolve "localhost" and look up
# their user. These few files answer them; nothing of the host's /etc is there.
JAIL_ETC = {
    "/etc/hosts": b"127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n",
    "/etc/nsswitch.conf": b"passwd: files\ngroup: files\nhosts: files\n",
    "/etc/passwd": f"learner:x:{SANDBOX_ID}:{SANDBOX_ID}:learner:/tmp:/nonexistent\n".encode(),
    "/etc/group": f"learner:x:{SANDBOX_ID}:\n".encode(),
}


def command(
    *,
    bwrap: str,
    runtime: PythonRuntime,
    tmp_mb: int,
    info_fd: int,
    userns_block_fd: int | None,
    argv: list[str],
    isolating: bool = False,
    mounts: tuple[str, ...] = (),
    data_fds: dict[str, int] | None = None,
) -> list[str]:
    """The bwrap argv that runs `argv` in a fresh jail.

    With `userns_block_fd` (the judge runs as root) bwrap waits until the caller has written a
    uid map that also maps the unprivileged id, and starts the command as uid 0 holding only
    CAP_SETUID/CAP_SETGID so the zygote can drop to that id. Without it (rootless) bwrap maps
    the caller to the unprivileged id itself.

    `isolating`: the harness will put learner code in user namespaces of its own, so nested
    user namespaces stay possible (the seccomp filters decide who may create one) and
    /dev/shm exists as a mount point. `mounts` are extra bwrap options (a lab's folders);
    `data_fds` maps a file in the jail to a descriptor bwrap reads its contents from.
    """
    args = [bwrap, "--unshare-user", "--unshare-ipc", "--unshare-pid", "--unshare-net"]
    args += ["--unshare-uts", "--unshare-cgroup-try", "--hostname", "sandbox"]
    args += ["--info-fd", str(info_fd)]
    args += ["--die-with-parent", "--new-session", "--as-pid-1", "--cap-drop", "ALL"]
    if userns_block_fd is not None:
        args += ["--userns-block-fd", str(userns_block_fd), "--uid", "0", "--gid", "0"]
        args += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        if not isolating:
            args += ["--disable-userns"]
        args += ["--uid", str(SANDBOX_ID), "--gid", str(SANDBOX_ID)]
    args += ["--clearenv"]
    for key, value in ENVIRONMENT.items():
        args += ["--setenv", key, value]
    args += _filesystem(runtime)
    if isolating:
        args += ["--perms", "0755", "--dir", SHM]
    if data_fds:
        args += ["--perms", "0755", "--dir", "/etc"]
        for path, fd in sorted(data_fds.items()):
            args += ["--perms", "0644", "--ro-bind-data", str(fd), path]
    args += list(mounts)
    args += ["--perms", "1777", "--size", str(tmp_mb * 1024 * 1024), "--tmpfs", SANDBOX_TMP]
    args += ["--remount-ro", "/", "--chdir", SANDBOX_TMP, "--", *argv]
    return args


def zygote_argv(runtime: PythonRuntime, marker: str) -> list[str]:
    # The marker only labels the processes (ps, leak checks); the zygote ignores it.
    return [runtime.executable, "-I", "-S", "-B", "-c", BOOTSTRAP, marker]
