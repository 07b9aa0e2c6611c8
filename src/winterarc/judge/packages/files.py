"""A package's raw files, read from a folder with the same limits as an archive."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from winterarc.judge.packages.errors import PackageError

MiB = 1024 * 1024
_IGNORED_NAMES = frozenset({"__pycache__", "__MACOSX"})


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Caps on what a package may hold; uploads are untrusted."""

    max_entries: int = 5_000
    max_file_bytes: int = 16 * MiB
    max_total_bytes: int = 64 * MiB
    max_archive_bytes: int = 64 * MiB
    max_directory_bytes: int = 2 * MiB  # a zip's central directory (bounds entries parsed)
    chunk_bytes: int = 64 * 1024


DEFAULT_LIMITS = ReadLimits()


@dataclass(frozen=True, slots=True)
class PackageFiles:
    """Every file of a package by POSIX path relative to its root."""

    origin: str  # the folder or archive, for messages
    folder_name: str | None  # the package folder's name, when it has one
    files: Mapping[str, bytes]

    def content_hash(self) -> str:
        """sha256 over the sorted paths and contents: equal for a folder and its zip."""
        digest = hashlib.sha256(b"winterarc-package-v1\0")
        for path in sorted(self.files):
            content = self.files[path]
            digest.update(path.encode() + b"\0" + len(content).to_bytes(8, "big"))
            digest.update(content)
        return digest.hexdigest()


def is_ignored(path: str) -> bool:
    """Hidden files, caches and macOS archive debris are not part of a package."""
    parts = PurePosixPath(path).parts
    return any(part.startswith(".") or part in _IGNORED_NAMES for part in parts) or (
        path.endswith(".pyc")
    )


class SizeBudget:
    """Counts bytes as they are read, refusing a file or package that grows past its cap."""

    def __init__(self, limits: ReadLimits, origin: str) -> None:
        self.limits = limits
        self.origin = origin
        self.total = 0
        self.entries = 0

    def count_entry(self) -> None:
        """One more entry (file or folder); refuses past `max_entries`."""
        self.entries += 1
        if self.entries > self.limits.max_entries:
            raise PackageError.single(
                self.origin, f"more than {self.limits.max_entries} entries in the package"
            )

    def check_file_size(self, name: str, size: int) -> None:
        """Refuse a file of `size` bytes when it is over the per-file cap."""
        if size > self.limits.max_file_bytes:
            raise PackageError.single(
                name, f"larger than {self.limits.max_file_bytes / MiB:g} MiB uncompressed"
            )

    def add(self, name: str, file_bytes: int, chunk: int) -> None:
        """Account `chunk` more bytes of `name`, which has read `file_bytes` so far."""
        self.total += chunk
        self.check_file_size(name, file_bytes + chunk)
        if self.total > self.limits.max_total_bytes:
            raise PackageError.single(
                self.origin,
                f"larger than {self.limits.max_total_bytes / MiB:g} MiB uncompressed in total",
            )


def read_folder(root: Path, *, limits: ReadLimits = DEFAULT_LIMITS) -> PackageFiles:
    """Read a package folder; symlinks and special files anywhere inside are refused."""
    origin = str(root)
    if not root.is_dir():
        raise PackageError.single(origin, "not a folder")
    budget = SizeBudget(limits, origin)
    files: dict[str, bytes] = {}
    _read_tree(root, "", files, budget)
    return PackageFiles(origin, root.resolve().name, files)


def _read_tree(folder: Path, prefix: str, files: dict[str, bytes], budget: SizeBudget) -> None:
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            relative = prefix + entry.name
            if is_ignored(relative):
                continue
            budget.count_entry()
            if entry.is_symlink():
                raise PackageError.single(relative, "symbolic links are not allowed in a package")
            if entry.is_dir(follow_symlinks=False):
                _read_tree(Path(entry.path), relative + "/", files, budget)
            elif entry.is_file(follow_symlinks=False):
                files[relative] = _read_regular_file(Path(entry.path), relative, budget)
            else:
                raise PackageError.single(relative, "only regular files and folders are allowed")


def _read_regular_file(path: Path, relative: str, budget: SizeBudget) -> bytes:
    # O_NOFOLLOW + fstat: a file swapped for a symlink or a FIFO after scandir is still refused.
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as error:
        raise PackageError.single(relative, f"cannot be read: {error.strerror}") from error
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise PackageError.single(relative, "only regular files and folders are allowed")
        chunks: list[bytes] = []
        size = 0
        while chunk := handle.read(budget.limits.chunk_bytes):
            budget.add(relative, size, len(chunk))
            size += len(chunk)
            chunks.append(chunk)
    return b"".join(chunks)
