"""A real `winterarc serve` and the `winterarc` command run against it as a learner would."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers.content import copy_content
from tests.helpers.factories import PASSWORD, solution
from tests.helpers.judge import require_sandbox
from tests.helpers.pages import HTML, csrf_from
from tests.helpers.processes import Process, ProcessGroup, base_env, free_port, wait_ready

LABS = Path(__file__).parents[1] / "judge" / "fixtures" / "labs"
# A net for a hang, not a speed check: a cold start takes a minute on busy cores.
HANG = 300
RIGHT = solution("sum-stdio", "accepted", "ref.py")  # an accepted solution to submit


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[ProcessGroup]:
    require_sandbox()
    group = ProcessGroup(tmp_path / "logs")
    yield group
    group.stop_all()


def serve(
    processes: ProcessGroup, tmp_path: Path, labs: tuple[str, ...] = (), **settings: str
) -> Process:
    """`winterarc serve`, embedded (SQLite, its own judge worker), with the sum-stdio problem
    and the fixture `labs`. Polling every second keeps a login short; the logic is the same."""
    port = free_port()
    content = copy_content(tmp_path, ["sum-stdio"])
    for lab in labs:
        shutil.copytree(LABS / lab, content / "problems" / lab)
    env = base_env(
        tmp_path / "server-data",
        port=str(port),
        content_dir=str(content),
        sync_content_on_start="true",
        device_poll_interval_seconds="1",
        **settings,
    )
    server = processes.start("serve", ["serve"], env, port)
    wait_ready(server)
    return server


@dataclass
class Cli:
    """`winterarc` as a learner's shell runs it: its own config directory, piped output."""

    home: Path

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
        env.update(
            WINTERARC_CONFIG_DIR=str(self.home / "config"),
            WINTERARC_DATA_DIR=str(self.home / "data"),
            PYTHONUNBUFFERED="1",
        )
        return env

    @property
    def credentials(self) -> Path:
        return self.home / "config" / "credentials.json"

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "winterarc", *args]

    def run(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            env=self.env,
            cwd=cwd or self.home,
            capture_output=True,
            text=True,
            timeout=HANG,
            check=False,
        )

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*args),
            env=self.env,
            cwd=self.home,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    home = tmp_path / "learner"
    home.mkdir()
    return Cli(home)


def register(url: str, username: str) -> None:
    response = httpx.post(
        f"{url}/api/v1/auth/register",
        json={"username": username, "password": PASSWORD},
        timeout=30,
    )
    assert response.status_code == 201, response.text


@contextmanager
def browser(url: str, username: str) -> Iterator[httpx.Client]:
    """A browser logged in through the login form (cookie session and CSRF token)."""
    with httpx.Client(base_url=url, timeout=30, headers=HTML) as client:
        token = csrf_from(client.get("/login"))
        response = client.post(
            "/login", data={"username": username, "password": PASSWORD, "csrf_token": token}
        )
        assert response.status_code == 303, response.text
        yield client


def decide(client: httpx.Client, user_code: str, decision: str) -> httpx.Response:
    """What a learner does on the approval page the CLI pointed at."""
    page = client.get(f"/device?code={user_code}")
    assert page.status_code == 200, page.text
    assert f'value="{user_code}"' in page.text
    return client.post(
        "/device",
        data={"code": user_code, "decision": decision, "csrf_token": csrf_from(page)},
    )


def first_event(process: subprocess.Popen[str]) -> dict[str, Any]:
    """The device code `winterarc login --json` announces on its first line."""
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until the CLI has its code
    assert line, process.stderr.read() if process.stderr else "no output"
    event: dict[str, Any] = json.loads(line)
    assert event["event"] == "device_code"
    assert re.fullmatch(r"[A-Z]{4}-[A-Z]{4}", event["user_code"])
    return event


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=HANG)
    return process.returncode, out, err


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def login(cli: Cli, url: str, learner: httpx.Client) -> dict[str, str]:
    """`winterarc login --json` approved through the device page; its last JSON line."""
    process = cli.start("login", "--server", url, "--json")
    code = first_event(process)
    assert code["verification_uri"] == f"{url}/device"
    approved = decide(learner, code["user_code"], "approve")
    assert approved.status_code == 200 and "Approved" in approved.text
    status, out, err = finish(process)
    assert status == 0, err
    done: dict[str, str] = json.loads(out.strip().splitlines()[-1])
    return done
