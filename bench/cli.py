"""CLI start-up benchmark: `winterarc --help`, `winterarc problems` and `winterarc judge`
against `python -c pass`, measured in the same run.

Run: .venv/bin/python bench/cli.py [--runs 15]

A real `winterarc serve` (temporary data directory, the test fixtures' small roadmap and two
problems) answers `problems`.
Each command runs --runs times, interleaved with the others so that a busy machine slows them
alike; we report the best and the median wall time, the median CPU time (user + system, which
other processes on the machine inflate far less than wall time) and the ratio to the baseline.
The target: the learner's commands (`--help`, `problems`) start in under 0.3 s (best wall time).
`winterarc judge` without arguments stops at its usage error, after importing the judge: that is
its start-up, shown for comparison (it is a platform command, not a learner's).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from measure import free_port

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "judge" / "fixtures" / "problems"
ROADMAP = ROOT / "tests" / "fixtures" / "content"  # a small roadmap for those problems
TARGET_SECONDS = 0.3
WINTERARC = str(Path(sys.executable).with_name("winterarc"))


@dataclass
class Timing:
    name: str
    command: list[str]
    expect: int
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def run(self, env: dict[str, str]) -> None:
        started = time.perf_counter()
        process = subprocess.Popen(
            self.command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(process.pid, 0)
        self.wall.append(time.perf_counter() - started)
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code != self.expect:
            error = process.stderr.read().decode() if process.stderr else ""
            raise SystemExit(f"{self.name}: exit {code}, expected {self.expect}: {error}")
        if process.stderr:
            process.stderr.close()


def start_server(data: Path, content: Path) -> tuple[subprocess.Popen[bytes], str]:
    shutil.copytree(ROADMAP, content)
    (content / "problems").mkdir(exist_ok=True)
    for slug in ("sum-stdio", "reverse-list"):
        if (FIXTURES / slug).is_dir():
            shutil.copytree(FIXTURES / slug, content / "problems" / slug)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
    env.update(
        WINTERARC_DATA_DIR=str(data),
        WINTERARC_PORT=str(port),
        WINTERARC_CONTENT_DIR=str(content),
        WINTERARC_JWT_SECRET="bench-secret-" + "x" * 40,
        WINTERARC_WORKERS="0",
    )
    server = subprocess.Popen(
        [WINTERARC, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("winterarc serve exited before it was ready")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return server, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)  # polling a starting server: nothing to wait on
    server.terminate()
    raise SystemExit("winterarc serve was not ready within 180 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        base = Path(temporary)
        server, url = start_server(base / "data", base / "content")
        try:
            env = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
            env.update(WINTERARC_CONFIG_DIR=str(base / "config"), WINTERARC_SERVER=url)
            timings = [
                Timing("python -c pass", [sys.executable, "-c", "pass"], 0),
                Timing("winterarc --help", [WINTERARC, "--help"], 0),
                Timing("winterarc problems", [WINTERARC, "problems"], 0),
                Timing("winterarc judge", [WINTERARC, "judge"], 2),
            ]
            for timing in timings:  # warm the file cache once, unmeasured
                timing.run(env)
                timing.wall.clear()
                timing.cpu.clear()
            for _ in range(args.runs):
                for timing in timings:
                    timing.run(env)
        finally:
            server.terminate()
            server.wait(60)
    report(timings)


def report(timings: list[Timing]) -> None:
    baseline = statistics.median(timings[0].wall)
    print(f"{'command':<22}{'best s':>9}{'median s':>10}{'CPU s':>8}{'x baseline':>12}")
    failed = []
    for timing in timings:
        best, median = min(timing.wall), statistics.median(timing.wall)
        cpu = statistics.median(timing.cpu)
        print(f"{timing.name:<22}{best:>9.3f}{median:>10.3f}{cpu:>8.3f}{median / baseline:>12.1f}")
        if timing.name in ("winterarc --help", "winterarc problems") and best >= TARGET_SECONDS:
            failed.append(timing.name)
    verdict = "FAIL: " + ", ".join(failed) if failed else "PASS"
    print(f"target: learner commands start in under {TARGET_SECONDS} s (best wall): {verdict}")


if __name__ == "__main__":
    main()
