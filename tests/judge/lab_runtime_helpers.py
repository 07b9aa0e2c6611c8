"""Shared by the lab runtime tests: fake runtimes, and tiny wheels with a lock to build offline."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from winterarc.judge.lab_runtime import (
    MANIFEST,
    current_interpreter,
    lock_hash,
    shipped_lock,
)
from winterarc.judge.lab_runtime_build import find_uv

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(;[^\\]*)?")


def shipped_lock_hash() -> str:
    lock = shipped_lock()
    assert lock is not None, "lab-runtime/requirements.lock is missing from the checkout"
    return lock_hash(lock)


def fake_runtime(folder: Path, **overrides: Any) -> Path:
    """A runtime folder with two modules and a manifest for this interpreter and the shipped
    lock; `overrides` replace manifest fields (None removes one)."""
    folder.mkdir(parents=True)
    (folder / "zeta_pkg").mkdir()
    (folder / "zeta_pkg" / "__init__.py").write_text("")
    (folder / "alpha_mod.py").write_text("")
    tag = current_interpreter()
    manifest: dict[str, Any] = {
        "format": 1,
        "lock_sha256": shipped_lock_hash(),
        "python": tag.version,
        "implementation": "cpython",
        "abi": tag.abi,
        "machine": tag.machine,
        "interpreter": "/usr/bin/python3",
        "packages": [
            {"name": "zeta-pkg", "version": "2.0"},
            {"name": "PyJWT", "version": "2.15.1"},
            {"name": "alpha_mod", "version": "1.0"},
        ],
        "top_level": ["alpha_mod", "zeta_pkg"],
        "pruned": [],
    }
    for key, value in overrides.items():
        if value is None:
            manifest.pop(key, None)
        else:
            manifest[key] = value
    (folder / MANIFEST).write_text(json.dumps(manifest))
    return folder


def project_uv() -> str:
    uv = find_uv()
    if uv is None:
        pytest.fail("uv not found: run scripts/bootstrap (it installs uv in .tools/)")
    return uv


def make_wheel(
    folder: Path, name: str, version: str, *, module: bool = False, body: str = "VALUE = 1\n"
) -> Path:
    """A pure-Python wheel installing package `name/` (or module `name.py`), no top_level.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    info = f"{name}-{version}.dist-info"
    files = {
        f"{name}.py" if module else f"{name}/__init__.py": body,
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{path},sha256={digest.decode()},{len(text.encode())}")
    files[f"{info}/RECORD"] = "\n".join([*record, f"{info}/RECORD,,"]) + "\n"
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, text in files.items():
            archive.writestr(path, text)
    return wheel


def write_lock(path: Path, *wheels: Path, wrong_hash: bool = False) -> Path:
    """A hashed lock pinning each wheel, as `uv pip compile --generate-hashes` writes one."""
    lines = []
    for wheel in wheels:
        name, version = wheel.name.split("-")[:2]
        digest = "0" * 64 if wrong_hash else hashlib.sha256(wheel.read_bytes()).hexdigest()
        lines.append(f"{name}=={version} \\\n    --hash=sha256:{digest}\n")
    path.write_text("".join(lines))
    return path


def offline_uv_args(wheels: Path) -> list[str]:
    return ["--offline", "--no-index", "--find-links", str(wheels)]


def lock_pins(lock: Path) -> dict[str, tuple[str, str | None]]:
    """{normalised name: (version, environment marker or None)} from a requirements lock."""
    pins: dict[str, tuple[str, str | None]] = {}
    for line in lock.read_text().splitlines():
        match = _PIN.match(line)
        if match:
            name = re.sub(r"[-_.]+", "-", match[1]).lower()
            marker = match[3][1:].strip() if match[3] else None
            pins[name] = (match[2], marker)
    return pins
