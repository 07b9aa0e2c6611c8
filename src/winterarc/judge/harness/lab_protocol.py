"""Frames of a lab jail: host <-> lab zygote (control pipes) and host <-> check zygote (socket).

Same framing as protocol.py. Bodies the host sends are marshal (the jail never unmarshals
anything else); bodies that leave the jail are JSON, which the host parses safely.
"""

from __future__ import annotations

from .protocol import encode_frame as encode_frame  # re-exported: the host frames with it
from .protocol import write_all

# host -> lab zygote
BOOT = ord("B")  # the jail's filter and the runtime to import, before any lab is known
LAB_INIT = ord("I")  # the submission: files, services, limits
START = ord("S")  # start the learner's code for the next check
STOP = ord("P")  # the check is over: stop it and report
# lab zygote -> host
BOOTED = ord("O")
READY = ord("Y")
FAILED = ord("F")  # JSON {"status": "compile_error" | "internal_error", "message"}
STARTED = ord("T")  # JSON {"leader": pid}
LEARNER = ord("L")  # JSON: how the learner's code ended and what it used
# host -> check zygote
CHECKS = ord("C")  # marshal {"config": {...}, "files": {name: text}}
RUN = ord("R")  # JSON {"index", "leader"}
# check zygote -> host
COLLECTED = ord("D")  # JSON {"checks": [...], "errors": [...]}
REPORT = ord("E")  # JSON: one check's report


def send_frame(fd: int, kind: int, body: bytes) -> None:
    write_all(fd, encode_frame(kind, body))
