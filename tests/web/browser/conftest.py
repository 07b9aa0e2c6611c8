"""A real `winterarc serve` (embedded: SQLite, its own workers) and a headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.helpers.content import copy_content
from tests.helpers.judge import FIXTURES as PROBLEMS
from tests.helpers.judge import require_sandbox
from tests.helpers.processes import base_env, free_port, start, wait_ready
from tests.web.browser.session import AUTHOR, WebServer, launch

HOSTILE_STATEMENT = Path(__file__).parent / "fixtures" / "hostile-statement.md"


def _add_hostile_statement(problems: Path) -> None:
    """sum-stdio again, under another slug and topic, with a statement that attacks."""
    package = problems / "hostile-statement"
    shutil.copytree(PROBLEMS / "sum-stdio", package)
    manifest = package / "problem.toml"
    manifest.write_text(
        manifest.read_text()
        .replace('"sum-stdio"', '"hostile-statement"')
        .replace('"Sum of a List"', '"A Statement That Attacks"')
        .replace("s1-w1-syntax-data-types", "s1-w3-hash-maps")
    )
    shutil.copy(HOSTILE_STATEMENT, package / "statement.md")


@pytest.fixture(scope="module")
def web_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    """One server per test module (and xdist worker): starting it costs seconds."""
    require_sandbox()
    root = tmp_path_factory.mktemp("web")
    content = copy_content(root, ["sum-stdio"])
    _add_hostile_statement(content / "problems")
    port = free_port()
    env = base_env(
        root / "data",
        port=str(port),
        content_dir=str(content),
        sync_content_on_start="true",
    )
    subprocess.run(
        [sys.executable, "-m", "winterarc", "user", "create", AUTHOR[0], "--role", "author",
         "--password-stdin"],
        input=AUTHOR[1].encode(), env=env, check=True, capture_output=True,
    )  # fmt: skip
    server = start("serve", ["serve"], env, root / "logs", port)
    try:
        wait_ready(server)
        yield WebServer(server, root / "data", content)
    finally:
        server.stop()
        print(f"----- serve (last lines) -----\n{server.output()[-3000:]}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
