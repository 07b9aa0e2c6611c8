"""A lab's download runs its visible checks with plain pytest, outside the judge."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from winterarc.judge.lab_download import lab_zip
from winterarc.judge.packages import load_package

LABS = Path(__file__).resolve().parent / "fixtures" / "labs"


def _run_pytest(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(folder)},
    )


def _extract(data: bytes, into: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.extractall(into)
    return into / "items-crud"


def test_the_download_holds_starter_files_visible_checks_and_the_fixtures() -> None:
    package = load_package(LABS / "items-crud")
    with zipfile.ZipFile(io.BytesIO(lab_zip(package))) as archive:
        names = sorted(archive.namelist())
    assert names == [
        "items-crud/README.md",
        "items-crud/app.py",
        "items-crud/checks/test_sample_items.py",
        "items-crud/pytest.ini",
        "items-crud/winterarc_lab.py",
    ]


def test_the_starter_fails_and_the_reference_passes_with_plain_pytest(tmp_path: Path) -> None:
    package = load_package(LABS / "items-crud")
    folder = _extract(lab_zip(package), tmp_path / "starter")
    starter = _run_pytest(folder)
    assert starter.returncode == 1, starter.stdout + starter.stderr
    assert "2 failed" in starter.stdout
    reference = (LABS / "items-crud/solutions/accepted/ref/app.py").read_text()
    folder = _extract(lab_zip(package, {"app.py": reference}), tmp_path / "mine")
    mine = _run_pytest(folder)
    assert mine.returncode == 0, mine.stdout + mine.stderr
    assert "2 passed" in mine.stdout


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None or shutil.which("redis-server") is None,
    reason="needs root, unshare and redis-server: a network namespace of its own frees 6379",
)
def test_a_redis_lab_runs_locally_against_its_own_redis_server(tmp_path: Path) -> None:
    package = load_package(LABS / "redis-cache-aside")
    reference = (LABS / "redis-cache-aside/solutions/accepted/ref/app.py").read_text()
    with zipfile.ZipFile(io.BytesIO(lab_zip(package, {"app.py": reference}))) as archive:
        archive.extractall(tmp_path)
    folder = tmp_path / "redis-cache-aside"
    # The machine's own redis holds 6379; the checks start theirs in a namespace of its own.
    script = f"ip link set lo up && exec {sys.executable} -m pytest -q -p no:xdist"
    done = subprocess.run(
        ["unshare", "--net", "sh", "-c", script],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": str(folder)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "skipped" not in done.stdout
