"""Fixtures for the sandbox tests: every `sandbox` test really goes through bubblewrap."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
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
