"""Worker processes started by `winterarc serve`: restarted when they die, stopped with it."""

from __future__ import annotations

import ctypes
import logging
import signal
import subprocess
import sys
import threading

logger = logging.getLogger("winterarc.worker")
PR_SET_PDEATHSIG = 1
STOP_SECONDS = 35.0  # a little more than the worker's own grace period


def _die_with_parent() -> None:
    # The worker gets SIGTERM if serve dies without stopping it (kill -9).
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


class WorkerSupervisor:
    """Keeps `count` `winterarc worker` processes running in the background."""

    def __init__(
        self, count: int, concurrency: int | None = None, metrics_port: int | None = None
    ) -> None:
        self._count = count
        self._concurrency = concurrency
        self._metrics_port = metrics_port  # worker N serves its metrics on this port + N
        self._stopping = threading.Event()
        self._processes: list[subprocess.Popen[bytes]] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._supervise, name="workers", daemon=True)

    def _spawn(self, index: int) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "winterarc", "worker"]
        if self._concurrency is not None:
            command += ["--concurrency", str(self._concurrency)]
        if self._metrics_port is not None:
            command += ["--metrics-port", str(self._metrics_port + index)]
        return subprocess.Popen(command, preexec_fn=_die_with_parent)  # noqa: S603

    def start(self) -> None:
        if self._count:
            self._thread.start()

    def _supervise(self) -> None:
        # Spawning and reaping happen in this one thread: PDEATHSIG follows the spawning thread.
        backoff = [1.0] * self._count
        with self._lock:
            self._processes = [self._spawn(index) for index in range(self._count)]
        while not self._stopping.wait(0.5):
            for index, process in enumerate(self._processes):
                code = process.poll()
                if code is None:
                    continue
                logger.error(
                    "worker %d exited with %s; restarting in %.0f s",
                    process.pid,
                    code,
                    backoff[index],
                )
                if self._stopping.wait(backoff[index]):
                    break
                backoff[index] = min(backoff[index] * 2, 30.0)
                with self._lock:
                    self._processes[index] = self._spawn(index)
        self._terminate()

    def _terminate(self) -> None:
        with self._lock:
            for process in self._processes:
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in self._processes:
                try:
                    process.wait(timeout=STOP_SECONDS)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def stop(self) -> None:
        """SIGTERM every worker and wait for them (their in-flight work finishes or requeues)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join()

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self._processes if p.poll() is None]
