"""A real `winterarc serve` (embedded: SQLite, its own workers) and a headless Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.helpers.content import copy_content
from tests.helpers.judge import FIXTURES as PROBLEMS
from tests.helpers.judge import require_sandbox
from tests.web.browser.session import WebServer, launch, serving

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
    with serving(root, content) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
