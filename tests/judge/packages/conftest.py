"""Fixtures for the package tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from package_helpers import FIXTURES, LocalJudge


@pytest.fixture(scope="session")
def local_judge() -> LocalJudge:
    """One sandbox-free judge per session, caching generated tests."""
    return LocalJudge()


@pytest.fixture
def package_copy(tmp_path: Path) -> Callable[[str], Path]:
    """Copy a fixture package into tmp_path (under its own name) so a test can break it."""

    def copy(slug: str) -> Path:
        target = tmp_path / slug
        shutil.copytree(FIXTURES / slug, target)
        return target

    return copy
