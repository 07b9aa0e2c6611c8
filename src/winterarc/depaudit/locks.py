"""The pinned packages of the lock files we audit: uv.lock, a hashed requirements lock
(`uv pip compile` output, the lab runtime's) and npm's package-lock.json (v2/v3)."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from winterarc.depaudit.versions import NPM, PYPI

# The locks `scripts/audit-deps` reads when none is named, relative to the checkout.
DEFAULT_LOCKS = ("uv.lock", "lab-runtime/requirements.lock", "frontend/package-lock.json")

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


class LockError(ValueError):
    """A lock file that cannot be read."""


@dataclass(frozen=True)
class Locked:
    """One pinned package and the lock that pins it."""

    ecosystem: str
    name: str
    version: str
    lock: str


def read_lock(path: Path, label: str | None = None) -> list[Locked]:
    """The registry packages `path` pins; its kind is told by its file name."""
    shown = label or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise LockError(f"{shown}: {error.strerror}") from None
    if path.name == "package-lock.json":
        return _package_lock(text, shown)
    if path.name == "uv.lock":
        return _uv_lock(text, shown)
    return _requirements(text, shown)


def _uv_lock(text: str, lock: str) -> list[Locked]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LockError(f"{lock}: {error}") from None
    found = []
    for package in data.get("package", []):
        source = package.get("source", {})
        # The project itself (editable, virtual) and path or git sources are not on PyPI.
        if "registry" not in source or "version" not in package:
            continue
        found.append(Locked(PYPI, package["name"], package["version"], lock))
    return found


def _requirements(text: str, lock: str) -> list[Locked]:
    found = []
    for line in text.splitlines():
        match = _PIN.match(line.strip())
        if match:
            found.append(Locked(PYPI, match.group(1), match.group(2), lock))
    return found


def _package_lock(text: str, lock: str) -> list[Locked]:
    try:
        packages = json.loads(text).get("packages")
    except (json.JSONDecodeError, AttributeError):
        raise LockError(f"{lock}: not a JSON package-lock") from None
    if not isinstance(packages, dict):
        raise LockError(f"{lock}: no 'packages' (lockfileVersion 2 or 3 is needed)")
    found = []
    for key, entry in packages.items():
        # "" is the project; links point into the workspace, not the registry.
        if not key or entry.get("link") or "version" not in entry:
            continue
        name = entry.get("name") or key.rsplit("node_modules/", 1)[-1]
        found.append(Locked(NPM, name, entry["version"], lock))
    return found
