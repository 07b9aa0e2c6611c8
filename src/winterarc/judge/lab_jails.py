"""Warm lab jails for one process (a worker, or an API replica's Run), booted on first use.

A process that never judges a lab never boots a jail: the pool starts with the first lab, and
each later lab takes a jail booted while the previous one ran (docs/judge.md, "Labs")."""

from __future__ import annotations

import logging
import threading

from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.sandbox.lab_pool import LabPool

logger = logging.getLogger("winterarc.judge")


class LabJails:
    """`pool()` gives this process's LabPool (None with size 0 or no runtime to boot from)."""

    def __init__(self, size: int, *, python: str | None = None) -> None:
        self.size = size
        self.python = python
        self._pool: LabPool | None = None
        self._lock = threading.Lock()
        self._closed = False

    def pool(self) -> LabPool | None:
        if self.size < 1:
            return None
        with self._lock:
            if self._pool is None and not self._closed:
                try:
                    runtime = locate(python=self.python)
                except LabRuntimeUnavailable:
                    return None  # judge_lab reports it as IE with the reason
                self._pool = LabPool(runtime.path, python=self.python, size=self.size)
                logger.info("lab jails: keeping %d booted", self.size)
            return self._pool

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
