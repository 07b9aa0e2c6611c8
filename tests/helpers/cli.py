"""Running the `winterarc` command in this process, for tests of its output."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from winterarc.cli.main import run


def run_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str | Path
) -> tuple[int, str, str]:
    """The same entry point without a new interpreter: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["winterarc", *map(str, args)])
    with pytest.raises(SystemExit) as exited:
        run()
    out, err = capsys.readouterr()
    code = exited.value.code
    return (code if isinstance(code, int) else 0), out, err
