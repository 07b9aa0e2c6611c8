"""The fetched folder: finding it from inside, and unpacking what the server sends safely."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from winterarc.client import workspace
from winterarc.client.errors import ClientError


def archive(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, text in files.items():
            zipped.writestr(name, text)
    return buffer.getvalue()


def test_a_folder_is_found_from_anywhere_inside_it(tmp_path: Path) -> None:
    saved = workspace.Workspace(tmp_path / "lab", "http://x", "items-crud", "lab", files=["app.py"])
    saved.save()
    (tmp_path / "lab" / "checks").mkdir()
    found = workspace.find(tmp_path / "lab" / "checks")
    assert (found.root, found.problem, found.files, found.is_lab) == (
        tmp_path / "lab",
        "items-crud",
        ["app.py"],
        True,
    )
    with pytest.raises(ClientError, match="winterarc fetch SLUG") as outside:
        workspace.find(tmp_path)
    assert outside.value.exit_code == 2


def test_unpacking_keeps_the_learners_files_and_strips_the_top_folder(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("mine")
    data = archive({"lab/app.py": "starter", "lab/checks/test_sample.py": "check"})
    written = workspace.unpack(data, tmp_path, keep=frozenset({"app.py"}))
    assert written == ["checks/test_sample.py"]
    assert (tmp_path / "app.py").read_text() == "mine"
    workspace.unpack(data, tmp_path)
    assert (tmp_path / "app.py").read_text() == "starter"


@pytest.mark.parametrize("name", ["lab/../../escape.py", "/abs/escape.py"])
def test_paths_that_would_leave_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ClientError, match="unsafe path"):
        workspace.unpack(archive({name: "x"}), tmp_path / "inside")
    assert not (tmp_path / "escape.py").exists()
