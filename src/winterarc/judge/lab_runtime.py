"""The lab runtime: the locked third-party packages lab problems may import in the sandbox.

It is built by the project's setup (`winterarc lab-runtime build`, see `lab_runtime_build`)
from `lab-runtime/requirements.lock` into a folder holding the installed packages and a manifest,
`winterarc-runtime.json`. The sandbox mounts that folder read-only at `SANDBOX_PATH` and puts it
on `sys.path` of lab processes. This module finds a built runtime and says what is in it; it runs
nothing, so the judge can call `locate()` for every lab judgement.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from winterarc.judge import _interpreter
from winterarc.judge.sandbox.bwrap import PythonRuntime, RuntimeUnavailable

ENV_VAR = "WINTERARC_LAB_RUNTIME"
MANIFEST = "winterarc-runtime.json"
MANIFEST_FORMAT = 1
CURRENT = "current"  # the symlink in a build root that names the finished build
SANDBOX_PATH = "/opt/winterarc/runtime"  # where the sandbox mounts it (next to the harness)

_SHA256 = re.compile(r"[0-9a-f]{64}")
_VERSION = re.compile(r"\d+\.\d+")
_STDLIB_DIR = re.compile(r"python(\d+)\.(\d+)(t?)")  # lib/python3.11, lib/python3.13t
# A checkout: src/winterarc/judge/lab_runtime.py -> the repository root.
_CHECKOUT = Path(__file__).resolve().parents[3]
_PACKAGE = Path(__file__).resolve().parents[1]


class LabRuntimeUnavailable(Exception):
    """No usable lab runtime; `reason` says what to do about it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RuntimePackage:
    name: str
    version: str


@dataclass(frozen=True)
class LabRuntime:
    path: Path  # the build folder itself (symlinks resolved): what the sandbox mounts
    python_version: str  # major.minor it was built for
    lock_hash: str  # sha256 of the requirements.lock it was built from
    packages: tuple[RuntimePackage, ...]  # sorted by normalised name
    top_level: frozenset[str]  # importable top-level module names

    def package_list(self) -> list[tuple[str, str]]:
        """(name, version) of every installed distribution, sorted by name: the lab page's list."""
        ordered = sorted(self.packages, key=lambda package: normalise(package.name))
        return [(package.name, package.version) for package in ordered]


@dataclass(frozen=True, slots=True)
class InterpreterTag:
    """What a runtime built for one interpreter is compatible with."""

    version: str  # "3.11"
    abi: str  # "cp311", "cp313t" (free-threaded); another implementation's cache tag
    machine: str  # "x86_64", "aarch64"


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them: PyJWT, pyjwt and py_jwt are one."""
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_hash(lock: Path) -> str:
    return hashlib.sha256(lock.read_bytes()).hexdigest()


def checkout_root() -> Path | None:
    """The repository when running from a checkout (not from an installed wheel)."""
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "lab-runtime").is_dir():
        return _CHECKOUT
    return None


def shipped_lock() -> Path | None:
    """The lock that travels with this copy: in the wheel, or lab-runtime/ in a checkout."""
    checkout = checkout_root()
    candidates = [_PACKAGE / "_lab_runtime" / "requirements.lock"]
    if checkout is not None:
        candidates.append(checkout / "lab-runtime" / "requirements.lock")
    return next((path for path in candidates if path.is_file()), None)


def default_root() -> Path | None:
    """Where setup builds the runtime in a checkout: `.lab-runtime/` (git-ignored)."""
    checkout = checkout_root()
    return checkout / ".lab-runtime" if checkout is not None else None


def rebuild_hint() -> str:
    if checkout_root() is not None:
        return "run scripts/bootstrap"
    return "run winterarc lab-runtime build --target DIR and set WINTERARC_LAB_RUNTIME=DIR"


def current_interpreter() -> InterpreterTag:
    """The running interpreter's tag (the build asks the judge's interpreter the same way)."""
    described = _interpreter.describe()
    return InterpreterTag(described["version"], described["abi"], described["machine"])


def interpreter_tag(python: str | os.PathLike[str] | None) -> InterpreterTag:
    """The tag of the interpreter the judge runs (`python`, as given to the sandbox), found
    without running it: the current interpreter's own, else from its standard library's folder."""
    if python is None or os.path.realpath(python) == os.path.realpath(sys.executable):
        return current_interpreter()
    try:
        runtime = PythonRuntime.resolve(os.fspath(python))
    except RuntimeUnavailable as error:
        raise LabRuntimeUnavailable(f"the judge's interpreter is unusable: {error}") from None
    match = _STDLIB_DIR.fullmatch(os.path.basename(runtime.stdlib))
    if match is None:
        raise LabRuntimeUnavailable(
            f"cannot tell which Python {python} is from its standard library at {runtime.stdlib}"
        )
    major, minor, threaded = match.groups()
    return InterpreterTag(f"{major}.{minor}", f"cp{major}{minor}{threaded}", os.uname().machine)


def locate(
    explicit: Path | None = None,
    *,
    python: str | os.PathLike[str] | None = None,
    lock: Path | None = None,
) -> LabRuntime:
    """The lab runtime for the judge's interpreter `python` (None: this one).

    Looks at `explicit`, then $WINTERARC_LAB_RUNTIME, then `.lab-runtime/current` in a checkout;
    the first one given is the answer, a broken one is not skipped. Each may name a build folder
    or a build root holding `current`. The runtime must have been built from `lock` (default:
    the lock shipped with this copy) for the same Python version and ABI. Raises
    LabRuntimeUnavailable with a reason a person can act on.
    """
    if explicit is not None:
        candidate, source = Path(explicit), str(explicit)
    elif os.environ.get(ENV_VAR):
        candidate = Path(os.environ[ENV_VAR])
        source = f"{ENV_VAR}={candidate}"
    else:
        root = default_root()
        if root is None:
            raise LabRuntimeUnavailable(f"no lab runtime configured: {rebuild_hint()}")
        if not (root / CURRENT).exists():
            raise LabRuntimeUnavailable(f"lab runtime not built: {rebuild_hint()}")
        candidate, source = root / CURRENT, str(root / CURRENT)
    expected = lock if lock is not None else shipped_lock()
    return open_runtime(
        candidate,
        python=python,
        lock_sha256=_cached_lock_hash(expected) if expected is not None else None,
        source=source,
    )


def open_runtime(
    candidate: Path,
    *,
    python: str | os.PathLike[str] | None,
    lock_sha256: str | None,
    source: str | None = None,
) -> LabRuntime:
    """The runtime at `candidate` (a build folder, or a root holding `current`), validated for
    `python` and, when given, the lock hash it must have been built from."""
    where = source or str(candidate)
    if not candidate.exists():
        raise LabRuntimeUnavailable(f"no lab runtime at {where}: {rebuild_hint()}")
    if not (candidate / MANIFEST).is_file() and (candidate / CURRENT / MANIFEST).is_file():
        candidate = candidate / CURRENT
    folder = candidate.resolve()
    manifest = folder / MANIFEST
    try:
        stat = manifest.stat()
    except OSError:
        raise LabRuntimeUnavailable(
            f"no lab runtime at {where}: {MANIFEST} is missing (an unfinished build?): "
            f"{rebuild_hint()}"
        ) from None
    runtime, tag = _load(folder, stat.st_mtime_ns, stat.st_size)
    wanted = interpreter_tag(python)
    shown = os.path.realpath(python) if python is not None else os.path.realpath(sys.executable)
    if tag.version != wanted.version:
        raise LabRuntimeUnavailable(
            f"lab runtime at {folder} was built for Python {tag.version} but the judge runs "
            f"{wanted.version} ({shown}): {rebuild_hint()}"
        )
    if tag.abi != wanted.abi or tag.machine != wanted.machine:
        raise LabRuntimeUnavailable(
            f"lab runtime at {folder} was built for {tag.abi} on {tag.machine} but the judge "
            f"runs {wanted.abi} on {wanted.machine} ({shown}): {rebuild_hint()}"
        )
    if lock_sha256 is not None and runtime.lock_hash != lock_sha256:
        raise LabRuntimeUnavailable(
            f"lab runtime at {folder} was built from another lock ({runtime.lock_hash[:12]}, "
            f"expected {lock_sha256[:12]}): {rebuild_hint()}"
        )
    return runtime


@functools.lru_cache(maxsize=8)
def _cached_lock_hash_at(path: Path, mtime_ns: int, size: int) -> str:
    return lock_hash(path)


def _cached_lock_hash(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError as error:
        raise LabRuntimeUnavailable(f"cannot read the lock {path}: {error.strerror}") from None
    return _cached_lock_hash_at(path, stat.st_mtime_ns, stat.st_size)


# Keyed on mtime and size: a rebuilt folder of the same name is parsed again.
@functools.lru_cache(maxsize=16)
def _load(folder: Path, mtime_ns: int, size: int) -> tuple[LabRuntime, InterpreterTag]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return _parse(folder, data)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise LabRuntimeUnavailable(
            f"lab runtime at {folder} has an unusable {MANIFEST} ({error}): {rebuild_hint()}"
        ) from None


class _Malformed(ValueError):
    pass


def _field(data: dict[str, Any], key: str, kind: type) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise _Malformed(f"{key} must be a {kind.__name__}")
    return value


def _parse(folder: Path, data: object) -> tuple[LabRuntime, InterpreterTag]:
    if not isinstance(data, dict):
        raise _Malformed("not a JSON object")
    if data.get("format") != MANIFEST_FORMAT:
        raise _Malformed(f"format {data.get('format')!r}, this Winter Arc reads {MANIFEST_FORMAT}")
    lock_sha256 = _field(data, "lock_sha256", str)
    if not _SHA256.fullmatch(lock_sha256):
        raise _Malformed("lock_sha256 is not a sha256 hex digest")
    version = _field(data, "python", str)
    if not _VERSION.fullmatch(version):
        raise _Malformed(f"python {version!r} is not major.minor")
    tag = InterpreterTag(version, _field(data, "abi", str), _field(data, "machine", str))
    packages: dict[str, RuntimePackage] = {}
    for index, entry in enumerate(_field(data, "packages", list)):
        if not isinstance(entry, dict):
            raise _Malformed(f"packages[{index}] is not an object")
        name, version_ = entry.get("name"), entry.get("version")
        if not (isinstance(name, str) and name.strip() and isinstance(version_, str)):
            raise _Malformed(f"packages[{index}] needs a name and a version")
        if not version_.strip() or normalise(name) in packages:
            raise _Malformed(f"packages[{index}] ({name}) is empty or listed twice")
        packages[normalise(name)] = RuntimePackage(name, version_)
    top_level = _field(data, "top_level", list)
    present = _importable_names(folder)
    for name in top_level:
        # A module name, never a path: the sandbox puts only the folder itself on sys.path.
        if not isinstance(name, str) or not name.isidentifier():
            raise _Malformed(f"top_level entry {name!r} is not a module name")
        if name not in present:
            raise _Malformed(f"top_level module {name} is not in the folder")
    runtime = LabRuntime(
        path=folder,
        python_version=version,
        lock_hash=lock_sha256,
        packages=tuple(packages[key] for key in sorted(packages)),
        top_level=frozenset(top_level),
    )
    return runtime, tag


def _importable_names(folder: Path) -> set[str]:
    """Top-level names importable from `folder`: packages, modules, extension modules."""
    names: set[str] = set()
    for entry in os.scandir(folder):
        if entry.is_dir():
            names.add(entry.name)
        elif entry.name.endswith((".py", ".so")):
            names.add(entry.name.split(".", 1)[0])
    return names
