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


class LabPool:
    """`take()` a booted LabSandbox (or None when none is ready yet); one is always booting."""

    def __init__(self, runtime_dir: Path, *, python: str | None = None, size: int = 1) -> None:
        if size < 1:
            raise ValueError("a lab pool holds at least one jail")
        self.runtime_dir = runtime_dir
        self.python = python
        self._ready: queue.Queue[LabSandbox] = queue.Queue(maxsize=size)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._fill, name="winterarc-lab-pool", daemon=True)
        self._thread.start()

    def take(self) -> LabSandbox | None:
        """A booted jail, yours to start and close; None when none is ready right now."""
        try:
            return self._ready.get_nowait()
        except queue.Empty:
            return None

    def wait_ready(self, timeout: float) -> bool:
        """Wait until a jail is ready (for benchmarks and tests); False on timeout."""
        box = None
        try:
            box = self._ready.get(timeout=timeout)
        except queue.Empty:
            return False
        self._ready.put(box)
        return True

    def close(self) -> None:
        """Stop booting and close the jails that are ready."""
        self._stop.set()
        self._thread.join(timeout=RETRY_SECONDS * 2)
        while True:
            try:
                self._ready.get_nowait().close()
            except queue.Empty:
                return

    def _fill(self) -> None:
        while not self._stop.is_set():
            box = LabSandbox(self.runtime_dir, python=self.python)
            if box.boot() is not None:
                box.close()
                self._stop.wait(RETRY_SECONDS)
                continue
            while not self._stop.is_set():
                try:
                    self._ready.put(box, timeout=1.0)
                    break
                except queue.Full:
                    continue
            else:
                box.close()
