"""The judge's fixture packages and the sandbox requirement (judge and app tests alike)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from winterarc.judge import sandbox_available
from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.packages import Package, load_package

FIXTURES = Path(__file__).parents[1] / "judge" / "fixtures" / "problems"
LAB_FIXTURES = FIXTURES.parent / "labs"


def require_sandbox() -> None:
    """Skip without a working sandbox, except under CI=true where that is a failure."""
    ok, reason = sandbox_available()
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"the sandbox must work under CI: {reason}")
    pytest.skip(f"sandbox unavailable: {reason}")


def require_lab_runtime() -> Path:
    """The built lab runtime; a skip with the fix (a failure in CI) when it is missing."""
    try:
        return locate().path
    except LabRuntimeUnavailable as error:
        message = f"the lab runtime is unavailable ({error}): run scripts/bootstrap"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def fixture(slug: str) -> Package:
    """A fixture package, loaded."""
    return load_package(FIXTURES / slug)


def copy_fixture(slug: str, target: Path) -> Path:
    """A copy of a fixture package under `target/<slug>`, for a test to break."""
    destination = target / slug
    shutil.copytree(FIXTURES / slug, destination)
    return destination


def edit(path: Path, old: str, new: str) -> None:
    """Replace `old` (which must occur) by `new` in a file."""
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new))
