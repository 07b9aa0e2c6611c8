"""A lab's download runs its visible checks with plain pytest, outside the judge."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

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
