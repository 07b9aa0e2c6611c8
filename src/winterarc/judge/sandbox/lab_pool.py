"""Booted lab jails, kept ready so a submission does not wait for the runtime's imports.

Booting a lab jail (bubblewrap, two zygotes, FastAPI, SQLAlchemy, pytest imported) takes most of
a second; judging a lab's checks takes less. A pool boots the next jail while the current one
is in use. It boots them on one long-lived thread of its own: bubblewrap's --die-with-parent
follows the thread that started it, so a jail must not be started by a thread that may exit
before the jail is used (a worker's thread pool retires idle threads).
"""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path

from .lab import LabSandbox

logger = logging.getLogger("winterarc.judge.sandbox")

RETRY_SECONDS = 5.0  # after a jail failed to boot (the failure is logged by the sandbox)
# Booting takes a core for most of a second, as judging does: the next jail boots once the
# jails lent out are closed, or this long after, so a boot does not slow the judging it follows.
DEFER_SECONDS = 3.0


class LabPool:
    """`take()` a booted LabSandbox (or None when none is ready yet); the pool boots the next
    one when the jails it lent are done (or DEFER_SECONDS later)."""

    def __init__(self, runtime_dir: Path, *, python: str | None = None, size: int = 1) -> None:
        if size < 1:
            raise ValueError("a lab pool holds at least one jail")
        self.runtime_dir = runtime_dir
        self.python = python
        self.size = size
        self._ready: queue.Queue[LabSandbox] = queue.Queue()
        self._changed = threading.Condition()
        self._lent = 0  # taken and not closed yet
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._fill, name="winterarc-lab-pool", daemon=True)
        self._thread.start()

    def take(self) -> LabSandbox | None:
        """A booted jail, yours to start and close; None when none is ready right now."""
        try:
            box = self._ready.get_nowait()
        except queue.Empty:
            return None
        with self._changed:
            self._lent += 1
            box.on_close = self._returned
            self._changed.notify_all()
        return box

    def wait_ready(self, timeout: float) -> bool:
        """Wait until a jail is ready (for benchmarks and tests); False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: self._ready.qsize() > 0, timeout)

    def close(self) -> None:
        """Stop booting and close the jails that are ready."""
        self._stop.set()
        with self._changed:
            self._changed.notify_all()
        self._thread.join(timeout=RETRY_SECONDS * 2)
        while True:
            try:
                self._ready.get_nowait().close()
            except queue.Empty:
                return

    def _returned(self) -> None:
        with self._changed:
            self._lent -= 1
            self._changed.notify_all()

    def _fill(self) -> None:
        while not self._stop.is_set():
            with self._changed:
                if not self._changed.wait_for(self._room, timeout=1.0):
                    continue
                self._changed.wait_for(self._idle, timeout=DEFER_SECONDS)
            if self._stop.is_set():
                return
            box = LabSandbox(self.runtime_dir, python=self.python)
            if box.boot() is not None:
                box.close()
                self._stop.wait(RETRY_SECONDS)
                continue
            if self._stop.is_set():
                box.close()
                return
            with self._changed:
                self._ready.put_nowait(box)
                self._changed.notify_all()

    def _room(self) -> bool:
        return self._stop.is_set() or self._ready.qsize() < self.size

    def _idle(self) -> bool:
        return self._stop.is_set() or self._lent == 0
