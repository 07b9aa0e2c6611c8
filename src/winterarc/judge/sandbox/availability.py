"""Can this machine run the sandbox? One real jail tells more than any feature list."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import cache

from . import seccomp
from .bwrap import PythonRuntime, RuntimeUnavailable
from .jail import Jail, JailError

PROBE_TIMEOUT = 10.0


@cache
def sandbox_available() -> tuple[bool, str]:
    """(ok, reason): bubblewrap present, namespaces allowed, seccomp and pidfd supported."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return False, "bwrap not found: apt-get install bubblewrap"
    with open("/proc/self/status") as status:
        if "Seccomp:" not in status.read():
            return False, "the kernel has no seccomp support"
    try:
        seccomp.build()
    except ValueError as exc:
        return False, str(exc)
    try:
        os.close(os.pidfd_open(os.getpid()))
    except (AttributeError, OSError) as exc:
        return False, f"pidfd_open unavailable (Linux >= 5.3 needed): {exc}"
    try:
        runtime = PythonRuntime.resolve(None)
        jail = Jail.launch(
            bwrap=bwrap,
            runtime=runtime,
            tmp_mb=1,
            argv=[runtime.executable, "-I", "-S", "-B", "-c", "pass"],
            timeout=PROBE_TIMEOUT,
        )
    except (JailError, RuntimeUnavailable) as exc:
        return False, f"cannot start a jail (user namespaces refused?): {exc}"
    try:
        code = jail.process.wait(timeout=PROBE_TIMEOUT)
        said = jail.stderr_tail()
    except subprocess.TimeoutExpired:
        code, said = -1, "timed out"
    finally:
        jail.close()
    if code != 0:
        return False, f"a probe jail failed (exit {code}): {said}"
    return True, f"ok: {bwrap}, {runtime.executable}"
