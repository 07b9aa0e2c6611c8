"""Real processes for end-to-end tests: `winterarc serve` / `worker` on free ports, cleaned up.

Every process starts in its own session so the whole tree (serve's workers, sandboxes) can be
stopped at once; `stop` sends SIGTERM, then SIGKILL after a timeout."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import ssl
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.helpers.app import TEST_SECRET
from tests.helpers.waiting import wait_until

ROOT = Path(__file__).parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def base_env(data_dir: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
    env.update(
        WINTERARC_DATA_DIR=str(data_dir),
        WINTERARC_JWT_SECRET=TEST_SECRET,
        WINTERARC_LOG_LEVEL="info",
        # Every test account comes from 127.0.0.1; with Redis the counts outlive a test.
        WINTERARC_SIGNUP_RATE_LIMIT="100000/minute",
        WINTERARC_LOGIN_RATE_LIMIT="100000/minute",
        WINTERARC_LOGIN_IP_RATE_LIMIT="100000/minute",
        PYTHONUNBUFFERED="1",
    )
    env.update({f"WINTERARC_{k.upper()}": v for k, v in settings.items()})
    return env


@dataclass
class Process:
    name: str
    process: subprocess.Popen[bytes]
    log: Path
    port: int | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL the process alone (not its children): a crash, as far as it is concerned."""
        if self.alive():
            self.process.kill()
            self.process.wait()

    def stop(self, timeout: float = 40.0) -> None:
        """SIGTERM the whole process group; SIGKILL what is left after `timeout`."""
        if self.alive():
            os.killpg(self.process.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def start(
    name: str,
    args: list[str],
    env: Mapping[str, str],
    logs: Path,
    port: int | None = None,
    *,
    command: list[str] | None = None,
) -> Process:
    """`python -m winterarc ARGS` (or `command`) in its own session, logging to LOGS/NAME.log."""
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"{name}.log"
    with log.open("ab") as handle:
        process = subprocess.Popen(
            command or [sys.executable, "-m", "winterarc", *args],
            env=dict(env) or None,
            cwd=ROOT,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Process(name, process, log, port)


def wait_ready(server: Process, seconds: float = 60.0) -> None:
    """Until the server answers /readyz with 200; fail at once if it exits."""

    def ready() -> bool | None:
        if not server.alive():
            raise AssertionError(f"{server.name} exited:\n{server.output()[-4000:]}")
        try:
            return httpx.get(f"{server.url}/readyz", timeout=2).status_code == 200 or None
        except httpx.HTTPError:
            return None

    try:
        wait_until(ready, seconds=seconds, what=f"{server.name} to be ready")
    except AssertionError as error:
        raise AssertionError(f"{error}:\n{server.output()[-4000:]}") from None


@contextmanager
def serving(
    root: Path,
    content: Path,
    settings: Mapping[str, str] | None = None,
    *,
    prepare: Callable[[dict[str, str]], object] | None = None,
) -> Iterator[Process]:
    """A real `winterarc serve` (embedded unless `settings` say otherwise) on `content`, ready;
    `prepare` gets its environment first (to create accounts). Its last log lines are printed
    when it stops, for a failing test's report."""
    port = free_port()
    env = base_env(
        root / "data",
        port=str(port),
        content_dir=str(content),
        sync_content_on_start="true",
        **(settings or {}),
    )
    if prepare is not None:
        prepare(env)
    server = start("serve", ["serve"], env, root / "logs", port)
    try:
        wait_ready(server)
        yield server
    finally:
        server.stop()
        print(f"----- serve (last lines) -----\n{server.output()[-3000:]}")


class ProcessGroup:
    """The processes one test started; `stop_all` ends them, newest first."""

    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.processes: list[Process] = []

    def start(
        self,
        name: str,
        args: list[str],
        env: Mapping[str, str],
        port: int | None = None,
        *,
        command: list[str] | None = None,
    ) -> Process:
        process = start(name, args, env, self.logs, port, command=command)
        self.processes.append(process)
        return process

    def stop_all(self) -> None:
        stopping, self.processes = self.processes, []
        for process in reversed(stopping):
            process.stop()
        for process in stopping:  # shown by pytest when the test failed
            print(f"----- {process.name} (last lines but access lines) -----")
            print(telling_lines(process.output()))


def telling_lines(log: str, count: int = 40, width: int = 300) -> str:
    """The end of a log without its request lines (a polling test makes hundreds of them and
    they would push out the warnings that explain a failure), each line cut to `width`."""
    lines = [line[:width] for line in log.splitlines() if "winterarc.access" not in line]
    return "\n".join(lines[-count:])


async def account(
    base_url: str, username: str, *, verify: ssl.SSLContext | bool = True
) -> dict[str, str]:
    """Register a learner through the API and return its Authorization header."""
    password = "a-long-and-unusual-passphrase"
    async with httpx.AsyncClient(base_url=base_url, timeout=30, verify=verify) as http:
        registered = await http.post(
            "/api/v1/auth/register", json={"username": username, "password": password}
        )
        assert registered.status_code == 201, registered.text
        token = await http.post(
            "/api/v1/auth/token", data={"username": username, "password": password}
        )
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}
