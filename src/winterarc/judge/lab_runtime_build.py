"""Building the lab runtime from its lock, for the judge's interpreter.

`build()` installs `lab-runtime/requirements.lock` with uv (`--target`, hashes required, no
dependency resolution, wheels only), byte-compiles it with the judge's interpreter (the sandbox
mounts it read-only and never writes bytecode), writes the manifest `lab_runtime` reads, and
publishes it as `<root>/<short lock hash>/` with `<root>/current` pointing at it. Up to date, it
reads one manifest and returns. `scripts/bootstrap` runs `python -m
winterarc.judge.lab_runtime_build` (the `winterarc` command imports the whole web app, seconds
that setup should not pay); `winterarc lab-runtime build` calls the same code.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import fcntl
import json
import os
import re
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

from winterarc.judge import _interpreter
from winterarc.judge.lab_runtime import (
    CURRENT,
    MANIFEST,
    MANIFEST_FORMAT,
    LabRuntime,
    LabRuntimeUnavailable,
    checkout_root,
    default_root,
    lock_hash,
    normalise,
    open_runtime,
    shipped_lock,
)
from winterarc.judge.sandbox.bwrap import PythonRuntime, RuntimeUnavailable

BUILD_LOCK = ".build.lock"
# Entries of a build root this code made, and may therefore delete: a root named by --target
# may hold other things.
_OURS = re.compile(r"[0-9a-f]{12}|\.(tmp|stale|current)-.+")
# kubernetes-validate ships the schemas of every Kubernetes minor release since 1.25, twice
# (plain and strict): about 110 MB, two thirds of the runtime. Labs validate against current
# Kubernetes, so the newest releases, as many as upstream supports at once, are kept.
KUBERNETES_SCHEMAS = Path("kubernetes_validate", "kubernetes-json-schema")
KUBERNETES_RELEASES_KEPT = 3
_SCHEMA_DIR = re.compile(r"v(\d+)\.(\d+)\.(\d+)-local(-strict)?")
_TIMEOUT = 1800  # seconds; a cold install on a slow mirror, not a hung one


class LabRuntimeBuildError(Exception):
    """The runtime could not be built; the message is one line."""


@dataclass(frozen=True)
class BuildResult:
    runtime: LabRuntime
    built: bool  # False: it was up to date and nothing was done
    seconds: float


def default_python() -> str:
    """The judge's interpreter: the real one behind this (virtual) environment's python."""
    try:
        return PythonRuntime.resolve(None).executable
    except RuntimeUnavailable as error:
        raise LabRuntimeBuildError(f"the judge's interpreter is unusable: {error}") from None


def find_uv() -> str | None:
    """The project's own uv (scripts/bootstrap installs it in .tools/), else uv on PATH."""
    checkout = checkout_root()
    if checkout is not None and os.access(checkout / ".tools" / "bin" / "uv", os.X_OK):
        return str(checkout / ".tools" / "bin" / "uv")
    return shutil.which("uv")


def build_default(
    target: Path | None = None,
    *,
    python: str | None = None,
    lock: Path | None = None,
    uv: str | None = None,
) -> BuildResult:
    """`build()` with the defaults of this copy: the checkout's .lab-runtime/, the shipped lock,
    the judge's interpreter, the project's uv."""
    root = target or default_root()
    if root is None:
        raise LabRuntimeBuildError("not running from a checkout: say where with --target DIR")
    lock = lock or shipped_lock()
    if lock is None:
        raise LabRuntimeBuildError("no lab-runtime/requirements.lock ships with this copy")
    uv = uv or find_uv()
    if uv is None:
        raise LabRuntimeBuildError("uv not found: run scripts/bootstrap or install uv")
    return build(root, lock=lock, python=python or default_python(), uv=uv)


def build(
    root: Path, *, lock: Path, python: str, uv: str, uv_args: Sequence[str] = ()
) -> BuildResult:
    """Build `lock` for `python` into `root/<short hash>/` and point `root/current` at it.

    Does nothing but read a manifest when `current` is already that build and fits `python`.
    Concurrent builds into one root wait for each other. `uv_args` go to `uv pip install`
    (tests: `--offline --no-index --find-links DIR`).
    """
    try:
        digest = lock_hash(lock)
    except OSError as error:
        raise LabRuntimeBuildError(f"cannot read the lock {lock}: {error.strerror}") from None
    name = digest[:12]
    try:
        return _build(root, name, digest, lock=lock, python=python, uv=uv, uv_args=uv_args)
    except OSError as error:
        raise LabRuntimeBuildError(f"{error.strerror or error}: {error.filename or root}") from None


def _build(
    root: Path, name: str, digest: str, *, lock: Path, python: str, uv: str, uv_args: Sequence[str]
) -> BuildResult:
    started = time.monotonic()
    root.mkdir(parents=True, exist_ok=True)
    with _exclusive(root / BUILD_LOCK):
        runtime = _up_to_date(root, name, python, digest)
        if runtime is not None:
            _remove_stale(root, keep=name)
            return BuildResult(runtime, built=False, seconds=time.monotonic() - started)
        interpreter = _probe(python)
        staging = Path(tempfile.mkdtemp(prefix=f".tmp-{name}-", dir=root))
        try:
            _install(uv, python, lock, staging, uv_args)
            pruned = _prune(staging)
            _compile(python, staging)
            manifest = _describe(staging, digest, interpreter, pruned)
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
            _make_readable(staging)
            # Refuse to publish what the judge would refuse to use.
            open_runtime(staging, python=python, lock_sha256=digest)
            _publish(root, staging, name)
            _remove_stale(root, keep=name)
            runtime = open_runtime(root / CURRENT, python=python, lock_sha256=digest)
        except LabRuntimeUnavailable as error:
            raise LabRuntimeBuildError(f"the new build does not check out: {error}") from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)  # gone already when published
    return BuildResult(runtime, built=True, seconds=time.monotonic() - started)


def disk_usage(path: Path) -> int:
    """Bytes the files and folders under `path` take on disk (what `du` counts)."""
    total = 0
    for folder, _, files in os.walk(path):
        total += os.lstat(folder).st_blocks * 512
        for name in files:
            total += os.lstat(os.path.join(folder, name)).st_blocks * 512
    return total


def summary(result: BuildResult) -> str:
    runtime = result.runtime
    what = "built" if result.built else "up to date"
    count = len(runtime.packages)
    return (
        f"lab runtime {what}: {runtime.path} ({count} package{'' if count == 1 else 's'} for "
        f"Python {runtime.python_version}, {result.seconds:.1f} s)"
    )


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _up_to_date(root: Path, name: str, python: str, digest: str) -> LabRuntime | None:
    try:
        runtime = open_runtime(root / CURRENT, python=python, lock_sha256=digest)
    except LabRuntimeUnavailable:
        return None
    return runtime if runtime.path == (root / name).resolve() else None


def _run(argv: list[str], what: str) -> None:
    environment = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    try:
        done = subprocess.run(  # noqa: S603 - argv from our own arguments, no shell
            argv, env=environment, capture_output=True, text=True, timeout=_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LabRuntimeBuildError(f"{what}: {error}") from None
    if done.returncode != 0:
        raise LabRuntimeBuildError(f"{what}: {_one_line(done.stderr or done.stdout)}")


def _one_line(output: str, limit: int = 400) -> str:
    """uv's and compileall's errors, which span lines, as one line: the start matters most."""
    text = ""
    for line in output.splitlines():
        line = re.sub(r"^(error|cause|caused by|hint):\s*", "", line.strip(), flags=re.I)
        if line:
            text += (" " if text.endswith((".", ":")) else ": " if text else "") + line
    return (text[: limit - 1] + "…") if len(text) > limit else text or "failed without a message"


def _probe(python: str) -> dict[str, str]:
    script = Path(_interpreter.__file__)
    try:
        done = subprocess.run(  # noqa: S603 - the interpreter we are asked to build for
            [python, "-I", str(script)], capture_output=True, text=True, timeout=60, check=True
        )
        described = json.loads(done.stdout)
    except (OSError, subprocess.SubprocessError, ValueError) as error:
        raise LabRuntimeBuildError(f"cannot run {python}: {error}") from None
    if not isinstance(described, dict) or not all(
        isinstance(described.get(key), str) for key in ("version", "abi", "machine")
    ):
        raise LabRuntimeBuildError(f"{python} did not describe itself")
    return {str(key): str(value) for key, value in described.items()}


def _install(uv: str, python: str, lock: Path, staging: Path, extra: Sequence[str]) -> None:
    # --no-deps: the lock is complete; --no-build: wheels only, so setup never compiles or runs
    # an sdist's build; --link-mode copy: the runtime shares no inodes with uv's cache.
    argv = [uv, "pip", "install", "--quiet", "--target", str(staging), "--python", python]
    argv += ["--require-hashes", "--no-deps", "--no-build", "--link-mode", "copy"]
    argv += ["-r", str(lock), *extra]
    _run(argv, "uv pip install failed")


def _prune(staging: Path) -> list[str]:
    """Remove what no lab needs; returns the removed paths relative to `staging`."""
    schemas = staging / KUBERNETES_SCHEMAS
    if not schemas.is_dir():
        return []
    releases: dict[tuple[int, int], list[Path]] = {}
    for entry in schemas.iterdir():
        match = _SCHEMA_DIR.fullmatch(entry.name)
        if match and entry.is_dir():
            releases.setdefault((int(match[1]), int(match[2])), []).append(entry)
    removed: list[str] = []
    for release in sorted(releases)[:-KUBERNETES_RELEASES_KEPT]:
        for folder in sorted(releases[release]):
            shutil.rmtree(folder)
            removed.append(str(folder.relative_to(staging)))
    return removed


def _compile(python: str, staging: Path) -> None:
    # The sandbox mounts the runtime read-only and runs with -B: bytecode that is not written
    # now is compiled again by every lab process.
    _run([python, "-I", "-m", "compileall", "-q", "-j0", str(staging)], "compileall failed")


def _describe(
    staging: Path, digest: str, interpreter: dict[str, str], pruned: list[str]
) -> dict[str, object]:
    packages: list[dict[str, str]] = []
    top_level: set[str] = set()
    for info in sorted(staging.glob("*.dist-info")):
        headers = HeaderParser().parsestr((info / "METADATA").read_text("utf-8"))
        name, version = headers.get("Name"), headers.get("Version")
        if not name or not version:
            raise LabRuntimeBuildError(f"{info.name}: METADATA has no Name or Version")
        packages.append({"name": name, "version": version})
        top_level |= _top_level(staging, info)
    shadowed = top_level & sys.stdlib_module_names
    if shadowed:
        raise LabRuntimeBuildError(
            f"the runtime would shadow the standard library: {', '.join(sorted(shadowed))}"
        )
    return {
        "format": MANIFEST_FORMAT,
        "lock_sha256": digest,
        "python": interpreter["version"],
        "implementation": interpreter.get("implementation", ""),
        "abi": interpreter["abi"],
        "machine": interpreter["machine"],
        "interpreter": interpreter.get("executable", ""),
        "packages": sorted(packages, key=lambda package: normalise(package["name"])),
        "top_level": sorted(top_level),
        "pruned": pruned,
    }


def _top_level(staging: Path, info: Path) -> set[str]:
    """The importable top-level names a distribution installed: the first component of each
    Python file in its RECORD (many wheels have no top_level.txt), plus top_level.txt."""
    names: set[str] = set()
    record = info / "RECORD"
    if record.is_file():
        with record.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                parts = Path(row[0]).parts if row else ()
                if len(parts) >= 1 and parts[-1].endswith((".py", ".so")):
                    names.add(parts[0].split(".", 1)[0] if len(parts) == 1 else parts[0])
    listed = info / "top_level.txt"
    if listed.is_file():
        names |= {line.strip() for line in listed.read_text("utf-8").splitlines()}
    # bin/, include/, __pycache__/ and the .dist-info folders are not modules.
    return {
        name
        for name in names
        if name.isidentifier()
        and name not in ("bin", "include", "__pycache__")
        and ((staging / name).is_dir() or any(staging.glob(f"{name}.*")))
    }


def _make_readable(staging: Path) -> None:
    """Readable by the sandbox's unprivileged id whatever the umask (mkdtemp makes 0700)."""
    for folder, _, files in os.walk(staging):
        # Everyone may read and traverse: the sandbox runs as nobody; it is mounted read-only.
        os.chmod(folder, os.stat(folder).st_mode | 0o755)  # noqa: S103
        for name in files:
            path = os.path.join(folder, name)
            mode = os.lstat(path).st_mode
            if stat.S_ISREG(mode):
                executable = 0o111 if mode & 0o100 else 0
                os.chmod(path, mode | 0o444 | executable)


def _publish(root: Path, staging: Path, name: str) -> None:
    final = root / name
    if final.exists() or final.is_symlink():
        # Same lock, other interpreter (or a broken build): move it aside, never half-replace.
        os.rename(final, root / f".stale-{name}-{secrets.token_hex(4)}")
    os.rename(staging, final)
    link = root / f".current-{secrets.token_hex(4)}"
    os.symlink(name, link)  # relative: the root may move or be mounted elsewhere
    os.replace(link, root / CURRENT)


def _remove_stale(root: Path, keep: str) -> None:
    """Earlier builds, aborted temporary folders and moved-aside builds. Only a new lock (a
    deploy) makes a build stale; a jail still running on the old one may lose files it has
    not opened yet, so restart judge workers after setup, as after any upgrade."""
    for entry in root.iterdir():
        if entry.name == keep or not _OURS.fullmatch(entry.name):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m winterarc.judge.lab_runtime_build [--quiet]`: what scripts/bootstrap runs."""
    parser = argparse.ArgumentParser(prog="python -m winterarc.judge.lab_runtime_build")
    parser.add_argument("--quiet", action="store_true", help="say nothing when up to date")
    options = parser.parse_args(argv)
    try:
        result = build_default()
    except LabRuntimeBuildError as error:
        print(f"lab runtime not built: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # setup goes on without a runtime: one line, not a traceback
        print(f"lab runtime not built: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    if result.built or not options.quiet:
        print(summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
