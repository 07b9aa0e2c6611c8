"""Reading the pins of uv.lock, a hashed requirements lock and package-lock.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from winterarc.depaudit.locks import Locked, LockError, read_lock
from winterarc.depaudit.versions import NPM, PYPI

UV_LOCK = """\
version = 1
requires-python = ">=3.11"

[[package]]
name = "jinja2"
version = "3.1.6"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "winterarc"
version = "0.1.0"
source = { editable = "." }

[[package]]
name = "from-git"
version = "1.0"
source = { git = "https://example.invalid/x.git" }
"""

REQUIREMENTS = """\
# comment
jinja2==2.10 \\
    --hash=sha256:00
    # via -r requirements.in
pwdlib[argon2]==0.2.1 ; python_version >= "3.11"
markupsafe==3.0.2
"""


def test_uv_lock_yields_registry_packages_only(tmp_path: Path) -> None:
    path = tmp_path / "uv.lock"
    path.write_text(UV_LOCK)
    assert read_lock(path, "uv.lock") == [Locked(PYPI, "jinja2", "3.1.6", "uv.lock")]


def test_a_requirements_lock_yields_each_pin(tmp_path: Path) -> None:
    path = tmp_path / "requirements.lock"
    path.write_text(REQUIREMENTS)
    assert [(p.name, p.version) for p in read_lock(path)] == [
        ("jinja2", "2.10"),
        ("pwdlib", "0.2.1"),
        ("markupsafe", "3.0.2"),
    ]


def test_package_lock_yields_nested_packages_but_not_the_project_or_links(tmp_path: Path) -> None:
    path = tmp_path / "package-lock.json"
    lock = {
        "lockfileVersion": 3,
        "packages": {
            "": {"name": "app", "version": "0.0.0"},
            "node_modules/esbuild": {"version": "0.28.2"},
            "node_modules/@codemirror/view": {"version": "6.43.15"},
            "node_modules/a/node_modules/b": {"version": "1.0.0"},
            "node_modules/local": {"link": True, "resolved": "../local"},
        },
    }
    path.write_text(json.dumps(lock))
    assert [(p.ecosystem, p.name, p.version) for p in read_lock(path)] == [
        (NPM, "esbuild", "0.28.2"),
        (NPM, "@codemirror/view", "6.43.15"),
        (NPM, "b", "1.0.0"),
    ]


def test_an_old_or_broken_lock_is_a_readable_error(tmp_path: Path) -> None:
    old = tmp_path / "package-lock.json"
    old.write_text(json.dumps({"lockfileVersion": 1, "dependencies": {}}))
    with pytest.raises(LockError, match="lockfileVersion 2 or 3"):
        read_lock(old)
    with pytest.raises(LockError, match="missing"):
        read_lock(tmp_path / "missing" / "uv.lock", "missing")
