"""Building the lab runtime, against tiny wheels made here and installed offline by the project's
uv (the real lock is built by scripts/bootstrap; test_lab_runtime.py checks that build)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.judge.lab_runtime_helpers import make_wheel, offline_uv_args, project_uv, write_lock
from winterarc.judge import lab_runtime_build
from winterarc.judge.lab_runtime import MANIFEST, current_interpreter, locate, lock_hash
from winterarc.judge.lab_runtime_build import (
    BuildResult,
    LabRuntimeBuildError,
    build,
    main,
)

PYTHON = os.path.realpath(sys.executable)  # what the judge runs: the venv's real interpreter


@pytest.fixture(autouse=True)
def private_uv_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing from the network, nothing shared with the developer's cache.
    monkeypatch.setenv("UV_CACHE_DIR", str(tmp_path / "uv-cache"))


def build_offline(root: Path, lock: Path, wheels: Path) -> BuildResult:
    return build(root, lock=lock, python=PYTHON, uv=project_uv(), uv_args=offline_uv_args(wheels))


def entries(root: Path) -> set[str]:
    return {path.name for path in root.iterdir()}


def test_a_build_installs_compiles_describes_and_publishes(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    lock = write_lock(
        tmp_path / "requirements.lock",
        make_wheel(wheels, "tinylab", "1.0"),
        make_wheel(wheels, "tinymod", "0.3", module=True),
    )
    root = tmp_path / "root"
    result = build_offline(root, lock, wheels)

    name = lock_hash(lock)[:12]
    assert result.built
    assert result.runtime.path == (root / name).resolve()
    assert os.readlink(root / "current") == name  # relative: the root may move
    assert entries(root) == {name, "current", ".build.lock"}  # no temporary folder left
    assert result.runtime.package_list() == [("tinylab", "1.0"), ("tinymod", "0.3")]
    # No top_level.txt in these wheels: the names come from RECORD.
    assert result.runtime.top_level == {"tinylab", "tinymod"}
    assert (root / name / "tinylab" / "__pycache__").is_dir()
    assert any((root / name / "__pycache__").glob("tinymod.*.pyc"))
    assert (root / name).stat().st_mode & 0o755 == 0o755  # mkdtemp made it 0700
    manifest = json.loads((root / name / MANIFEST).read_text())
    tag = current_interpreter()
    assert manifest["lock_sha256"] == lock_hash(lock)
    assert (manifest["python"], manifest["abi"], manifest["machine"]) == (
        tag.version,
        tag.abi,
        tag.machine,
    )
    assert manifest["interpreter"] == PYTHON
    assert locate(root, lock=lock) == result.runtime


def test_a_second_build_does_nothing(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    lock = write_lock(tmp_path / "requirements.lock", make_wheel(wheels, "tinylab", "1.0"))
    root = tmp_path / "root"
    first = build_offline(root, lock, wheels)
    manifest = first.runtime.path / MANIFEST
    before = (first.runtime.path.stat().st_ino, manifest.stat().st_mtime_ns)

    second = build_offline(root, lock, wheels)

    assert not second.built
    assert second.runtime == first.runtime
    assert (first.runtime.path.stat().st_ino, manifest.stat().st_mtime_ns) == before


def test_a_new_lock_builds_anew_switches_current_and_removes_the_old_build(
    tmp_path: Path,
) -> None:
    wheels = tmp_path / "wheels"
    old_lock = write_lock(tmp_path / "old.lock", make_wheel(wheels, "tinylab", "1.0"))
    new_lock = write_lock(tmp_path / "new.lock", make_wheel(wheels, "tinylab", "2.0"))
    root = tmp_path / "root"
    old = build_offline(root, old_lock, wheels)
    (root / "notes.txt").write_text("not ours")  # a --target root may hold other things

    new = build_offline(root, new_lock, wheels)

    assert new.built
    assert new.runtime.package_list() == [("tinylab", "2.0")]
    assert not old.runtime.path.exists()
    assert entries(root) == {new.runtime.path.name, "current", ".build.lock", "notes.txt"}


def test_a_build_for_another_python_is_replaced(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    lock = write_lock(tmp_path / "requirements.lock", make_wheel(wheels, "tinylab", "1.0"))
    root = tmp_path / "root"
    first = build_offline(root, lock, wheels)
    manifest = json.loads((first.runtime.path / MANIFEST).read_text())
    manifest["python"] = "3.99"
    (first.runtime.path / MANIFEST).write_text(json.dumps(manifest))

    again = build_offline(root, lock, wheels)

    assert again.built
    assert again.runtime.python_version == current_interpreter().version
    assert entries(root) == {again.runtime.path.name, "current", ".build.lock"}


def test_a_failed_build_leaves_the_published_one_and_no_debris(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    good = write_lock(tmp_path / "good.lock", make_wheel(wheels, "tinylab", "1.0"))
    bad = write_lock(tmp_path / "bad.lock", make_wheel(wheels, "tinylab", "2.0"), wrong_hash=True)
    root = tmp_path / "root"
    published = build_offline(root, good, wheels)

    with pytest.raises(LabRuntimeBuildError) as raised:
        build_offline(root, bad, wheels)

    message = str(raised.value)
    assert message.startswith("uv pip install failed: ")
    assert "hash" in message.lower()
    assert "\n" not in message
    assert entries(root) == {published.runtime.path.name, "current", ".build.lock"}
    assert locate(root, lock=good) == published.runtime


def test_a_package_shadowing_the_standard_library_is_refused(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    lock = write_lock(tmp_path / "requirements.lock", make_wheel(wheels, "json", "1.0"))
    root = tmp_path / "root"
    with pytest.raises(LabRuntimeBuildError, match="shadow the standard library: json"):
        build_offline(root, lock, wheels)
    assert entries(root) == {".build.lock"}


def test_an_unreadable_lock_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(LabRuntimeBuildError, match="cannot read the lock"):
        build(tmp_path / "root", lock=tmp_path / "nope.lock", python=PYTHON, uv=project_uv())


def test_only_the_newest_kubernetes_releases_are_kept(tmp_path: Path) -> None:
    schemas = tmp_path / lab_runtime_build.KUBERNETES_SCHEMAS
    for minor in (9, 25, 30, 31, 32):
        for suffix in ("", "-strict"):
            (schemas / f"v1.{minor}.0-local{suffix}").mkdir(parents=True)
    (schemas / "README").write_text("")

    removed = lab_runtime_build._prune(tmp_path)

    kept = {path.name for path in schemas.iterdir()}
    assert kept == {
        "README",
        *(f"v1.{minor}.0-local{suffix}" for minor in (30, 31, 32) for suffix in ("", "-strict")),
    }
    assert sorted(removed) == sorted(
        str(Path(lab_runtime_build.KUBERNETES_SCHEMAS, f"v1.{minor}.0-local{suffix}"))
        for minor in (9, 25)
        for suffix in ("", "-strict")
    )


def test_bootstraps_entry_point_prints_one_line_and_fails_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def offline() -> BuildResult:
        raise LabRuntimeBuildError("uv pip install failed: the network was disabled")

    monkeypatch.setattr(lab_runtime_build, "build_default", offline)
    assert main(["--quiet"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "lab runtime not built: uv pip install failed: the network was disabled\n"
