"""A lab's download: its starter files and visible checks, runnable with plain `pytest`.

items-crud/
  app.py                 the starter files (or the learner's own, when given)
  checks/test_sample_*.py, conftest.py, sample_*.py   the visible checks
  winterarc_lab.py       the fixtures, in their local flavour
  pytest.ini             points pytest at checks/ and at the fixtures
  README.md              how to run it
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

from winterarc.judge.packages import Package

LABAPI = Path(__file__).resolve().parent / "harness" / "labapi" / "winterarc_lab.py"
README = """# {title}

The starter files of this Winter Arc lab and its visible checks. With Python 3.11+ and the
packages the lab uses (for example `pip install fastapi uvicorn httpx pytest redis`):

    pytest

runs the visible checks against the files in this folder. The judge runs these checks and more
(hidden ones) in its sandbox; `winterarc submit` or the lab page sends your files to it.
"""


def pytest_ini(package: Package) -> str:
    assert package.lab is not None
    lab = package.lab
    lines = [
        "[pytest]",
        "testpaths = checks",
        "addopts = -p winterarc_lab -p no:cacheprovider",
        "pythonpath = .",
        # Read by winterarc_lab's local fixtures: how the learner's code is started.
        f"winterarc_serve = {lab.serve.value}",
    ]
    if lab.entry:
        lines.append(f"winterarc_entry = {lab.entry}")
    if package.sandbox.services:
        lines.append(f"winterarc_services = {','.join(package.sandbox.services)}")
    return "\n".join(lines) + "\n"


def lab_zip(package: Package, files: Mapping[str, str] | None = None) -> bytes:
    """The download as zip bytes; `files` replaces starter files (a learner's current work)."""
    lab = package.lab
    if lab is None:
        raise ValueError(f"{package.slug} is not a lab")
    contents = lab.starter_files()
    contents.update({name: text for name, text in (files or {}).items() if name in contents})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        root = package.slug
        for name, text in contents.items():
            archive.writestr(f"{root}/{name}", text)
        for name, text in lab.visible_checks().items():
            archive.writestr(f"{root}/checks/{name}", text)
        archive.writestr(f"{root}/winterarc_lab.py", LABAPI.read_text())
        archive.writestr(f"{root}/pytest.ini", pytest_ini(package))
        archive.writestr(f"{root}/README.md", README.format(title=package.title))
    return buffer.getvalue()
