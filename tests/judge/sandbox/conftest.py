"""Fixtures for the sandbox tests: every `sandbox` test really goes through bubblewrap."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sandbox_helpers import Listeners, Planted

from winterarc.judge.sandbox import sandbox_available


@pytest.fixture(autouse=True)
def _require_sandbox(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("sandbox") is None:
        return
    ok, reason = sandbox_available()
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"the sandbox must work in CI: {reason}")
    pytest.skip("bubblewrap/user namespaces unavailable: apt-get install bubblewrap")


SOURCE = Path(__file__).resolve().parents[3] / "src" / "winterarc"
# What an unprivileged judge needs: the sandbox and its harness, standard library only.
SANDBOX_SOURCES = ("__init__.py", "judge/__init__.py", "judge/sandbox", "judge/harness")


@pytest.fixture
def world_readable_copy() -> Iterator[Callable[[], Path]]:
    """A copy of the sandbox's sources that uid 65534 can read, wherever the checkout lives
    (a clone in a 0700 home directory is not readable by anyone else)."""
    made: list[Path] = []

    def copy() -> Path:
        root = Path(tempfile.mkdtemp(prefix="winterarc-src-"))
        root.chmod(0o755)
        made.append(root)
        for name in SANDBOX_SOURCES:
            source, target = SOURCE / name, root / "winterarc" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy(source, target)
        for path in root.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        return root

    yield copy
    for root in made:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> str:
    """A token in the judge process's own environment, set before any sandbox starts."""
    token = f"wa-secret-{secrets.token_hex(16)}"
    monkeypatch.setenv("WINTERARC_TEST_SECRET", token)
    return token


@pytest.fixture
def listeners() -> Iterator[Listeners]:
    found = Listeners.open()
    try:
        yield found
    finally:
        found.close()


@pytest.fixture
def planted(tmp_path: Path, secret: str) -> Iterator[Planted]:
    """Files holding the secret on the host: in a temp dir and under /root."""
    found = Planted.create(tmp_path, secret)
    try:
        yield found
    finally:
        found.remove()
