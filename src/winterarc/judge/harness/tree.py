"""The learner's process tree as the kernel accounts it, read from the jail's /proc.

Only the learner's code runs in a nested pid namespace, so its processes are exactly those
whose `NSpid` line has more than one entry. CPU time is their own plus what their reaped
children left them (cutime/cstime), so work done in worker processes is counted whether the
workers are alive or gone, and a process cannot hide its CPU by exiting.
"""

from __future__ import annotations

import os

_TICK = os.sysconf("SC_CLK_TCK")


class TreeUsage:
    __slots__ = ("children_seconds", "processes", "self_seconds")

    def __init__(self) -> None:
        self.processes = 0  # processes alive (or not yet reaped) in the learner's namespace
        self.self_seconds = 0.0  # CPU of the namespace's pid 1 itself (all its threads)
        self.children_seconds = 0.0  # CPU of every other process, alive or reaped

    @property
    def total_seconds(self) -> float:
        return self.self_seconds + self.children_seconds


def _nested(pid: str) -> bool:
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"NSpid:"):
                    return len(line.split()) > 2
    except OSError:
        pass
    return False


def _stat(pid: str) -> tuple[float, float] | None:
    """(own CPU seconds, CPU seconds of its reaped children), or None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            data = stat.read()
    except OSError:
        return None
    # comm may hold spaces and parentheses: the fields start after the last ')'.
    fields = data[data.rfind(b")") + 2 :].split()
    utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
    return (utime + stime) / _TICK, (cutime + cstime) / _TICK


def learner_pids() -> list[int]:
    """Every process of the learner's namespace, as the jail numbers them."""
    return [int(pid) for pid in os.listdir("/proc") if pid.isdigit() and _nested(pid)]


def usage(root: int) -> TreeUsage:
    """CPU of the tree whose pid 1 is `root` (the jail's pid of it)."""
    found = TreeUsage()
    for pid in learner_pids():
        stat = _stat(str(pid))
        if stat is None:
            continue  # gone between the listing and the read: its parent's cutime has it
        own, reaped = stat
        found.processes += 1
        if pid == root:
            found.self_seconds += own
            found.children_seconds += reaped
        else:
            found.children_seconds += own + reaped
    return found
