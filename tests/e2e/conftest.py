from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.judge.judge_helpers import require_sandbox
from tests.processes import ProcessGroup


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[ProcessGroup]:
    """Real processes for this test; all of them are stopped when it ends, even on failure."""
    require_sandbox()
    group = ProcessGroup(tmp_path / "logs")
    yield group
    group.stop_all()
