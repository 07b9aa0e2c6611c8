"""`winterarc lab-runtime build` and `show`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import run_in_process
from tests.judge.lab_runtime_helpers import fake_runtime, make_wheel, write_lock
from winterarc.judge.lab_runtime import ENV_VAR, lock_hash


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture(autouse=True)
def no_env_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def test_show_prints_path_python_and_every_package_sorted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = fake_runtime(tmp_path / "build")
    monkeypatch.setenv(ENV_VAR, str(folder))
    code, out, err = run_in_process(monkeypatch, capsys, "lab-runtime", "show")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"path: {folder.resolve()}"
    assert lines[1] == f"python: {sys.version_info[0]}.{sys.version_info[1]}"
    assert "packages (3):" in lines
    listed = [line.split() for line in lines[lines.index("packages (3):") + 1 :]]
    assert listed == [["alpha_mod", "1.0"], ["PyJWT", "2.15.1"], ["zeta-pkg", "2.0"]]


def test_show_without_a_runtime_is_one_line_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_in_process(
        monkeypatch, capsys, "lab-runtime", "show", "--target", tmp_path / "nowhere"
    )
    assert code == 1
    assert out == ""
    assert one_line(err) == (
        f"winterarc: error: no lab runtime at {tmp_path / 'nowhere'}: run scripts/bootstrap"
    )


def test_build_then_up_to_date_then_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # uv reads these like its command-line flags: an offline build from a local wheel.
    wheels = tmp_path / "wheels"
    lock = write_lock(tmp_path / "requirements.lock", make_wheel(wheels, "tinylab", "1.0"))
    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))
    monkeypatch.setenv("UV_OFFLINE", "1")
    monkeypatch.setenv("UV_NO_INDEX", "1")
    monkeypatch.setenv("UV_FIND_LINKS", str(wheels))
    root = tmp_path / "root"
    build = ("lab-runtime", "build", "--target", root, "--lock", lock)
    python = os.path.realpath(sys.executable)

    code, out, err = run_in_process(monkeypatch, capsys, *build, "--python", python)
    assert code == 0, err
    built = root / lock_hash(lock)[:12]
    assert out.startswith(f"lab runtime built: {built} (1 package for Python ")

    code, out, err = run_in_process(monkeypatch, capsys, *build)
    assert code == 0, err
    assert out.startswith(f"lab runtime up to date: {built} ")

    code, out, err = run_in_process(monkeypatch, capsys, *build, "--quiet")
    assert (code, out, err) == (0, "", "")


def test_build_with_a_missing_lock_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_in_process(
        monkeypatch,
        capsys,
        "lab-runtime",
        "build",
        "--target",
        tmp_path / "root",
        "--lock",
        tmp_path / "nope.lock",
    )
    assert code == 1
    assert one_line(err).startswith("winterarc: error: lab runtime not built: cannot read the lock")
