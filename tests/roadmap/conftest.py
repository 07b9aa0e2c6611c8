from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "fixtures"
PROBLEMS = Path(__file__).parents[1] / "judge" / "fixtures" / "problems"


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """The fixture roadmap and quiz with the judge's fixture packages as the problem bank."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "content", target)
    shutil.copytree(PROBLEMS, target / "problems")
    return target
