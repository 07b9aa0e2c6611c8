"""Reading an untrusted zip of a package without trusting anything its headers say."""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from winterarc.judge.packages.errors import PackageError
from winterarc.judge.packages.files import (
    DEFAULT_LIMITS,
    MiB,
    PackageFiles,
    ReadLimits,
    SizeBudget,
    is_ignored,
)

_EOCD = struct.Struct("<4s4H2LH")
_EOCD64_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
_DRIVE = re.compile(r"^[A-Za-z]:")
_ALLOWED_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error, zlib.error)


def read_zip(
    source: bytes | Path, *, archive_name: str, limits: ReadLimits = DEFAULT_LIMITS
) -> PackageFiles:
    """Read a zip holding one package folder (or the package's files at its root)."""
    size = len(source) if isinstance(source, bytes) else source.stat().st_size
    if size > limits.max_archive_bytes:
        raise PackageError.single(
            archive_name, f"archive larger than {limits.max_archive_bytes / MiB:g} MiB"
        )
    with io.BytesIO(source) if isinstance(source, bytes) else source.open("rb") as handle:
        _check_declared_directory(handle, archive_name, limits)
        try:
            with zipfile.ZipFile(handle) as archive:
                return _read_archive(archive, archive_name, limits)
        except PackageError:
            raise
        except _ZIP_ERRORS as error:
            raise PackageError.single(archive_name, f"not a valid zip archive: {error}") from error


def _check_declared_directory(handle: BinaryIO, archive_name: str, limits: ReadLimits) -> None:
    # zipfile parses the whole central directory into memory before we can count entries,
    # so its declared size is bounded first (read the way zipfile finds it).
    declared = _declared_directory(handle)
    if declared is None:
        raise PackageError.single(archive_name, "not a zip archive")
    entries, directory_bytes = declared
    if entries > limits.max_entries:
        raise PackageError.single(archive_name, f"more than {limits.max_entries} entries")
    if directory_bytes > limits.max_directory_bytes:
        raise PackageError.single(archive_name, "zip central directory too large")


def _declared_directory(handle: BinaryIO) -> tuple[int, int] | None:
    """(entries, central directory bytes) as the end records declare them, or None."""
    file_size = handle.seek(0, os.SEEK_END)
    tail_size = min(file_size, _EOCD.size + 0xFFFF)
    handle.seek(file_size - tail_size)
    tail = handle.read(tail_size)
    if tail[-_EOCD.size :][:4] == b"PK\x05\x06" and tail[-2:] == b"\0\0":
        start = len(tail) - _EOCD.size
    else:
        start = tail.rfind(b"PK\x05\x06")
        if start < 0 or start + _EOCD.size > len(tail):
            return None
    record = _EOCD.unpack_from(tail, start)
    entries, directory_bytes = record[4], record[5]
    locator_at = file_size - tail_size + start - _EOCD64_LOCATOR.size
    if locator_at >= _EOCD64.size:
        handle.seek(locator_at)
        locator = handle.read(_EOCD64_LOCATOR.size)
        if locator[:4] == b"PK\x06\x07":
            handle.seek(locator_at - _EOCD64.size)
            record64 = _EOCD64.unpack(handle.read(_EOCD64.size))
            if record64[0] == b"PK\x06\x06":
                entries, directory_bytes = record64[7], record64[8]
    handle.seek(0)
    return entries, directory_bytes


def _read_archive(archive: zipfile.ZipFile, archive_name: str, limits: ReadLimits) -> PackageFiles:
    infos = archive.infolist()
    budget = SizeBudget(limits, archive_name)
    seen: dict[str, str] = {}  # casefolded path -> path
    members: list[tuple[str, zipfile.ZipInfo]] = []
    for info in infos:
        budget.count_entry()
        path = _checked_path(info)
        _check_unique(path, seen)
        if not info.is_dir() and not is_ignored(path):
            members.append((path, info))
    prefix, folder_name = _layout(archive_name, [path for path, _ in members])
    # First pass keeps nothing: a zip bomb is refused having held one chunk at a time.
    for path, info in members:
        _inflate(archive, info, path, budget, keep=False)
    budget = SizeBudget(limits, archive_name)
    files = {
        path[len(prefix) :]: _inflate(archive, info, path, budget, keep=True)
        for path, info in members
    }
    return PackageFiles(archive_name, folder_name, files)


def _checked_path(info: zipfile.ZipInfo) -> str:
    """The entry's path, refused unless it is a plain relative path of a file or folder."""
    raw = info.orig_filename
    if "\0" in raw or any(ord(char) < 0x20 for char in raw):
        raise PackageError.single(repr(raw), "control characters in an entry name")
    if "\\" in raw:
        raise PackageError.single(raw, "backslash in an entry name")
    if raw.startswith("/") or _DRIVE.match(raw):
        raise PackageError.single(raw, "absolute path in the archive")
    path = raw.removesuffix("/") if info.is_dir() else raw
    parts = path.split("/")
    if ".." in parts:
        raise PackageError.single(raw, "'..' in an entry name (path traversal)")
    if any(part in ("", ".") for part in parts):
        raise PackageError.single(raw, "empty or '.' component in an entry name")
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type == stat.S_IFLNK:
        raise PackageError.single(raw, "symbolic links are not allowed in a package")
    if file_type not in (0, stat.S_IFREG, stat.S_IFDIR) or (
        (file_type == stat.S_IFDIR) != info.is_dir() and file_type != 0
    ):
        raise PackageError.single(raw, "only regular files and folders are allowed")
    if info.flag_bits & 0x1:
        raise PackageError.single(raw, "encrypted entries are not allowed")
    if not info.is_dir() and info.compress_type not in _ALLOWED_METHODS:
        raise PackageError.single(raw, "compression method not supported (use deflate)")
    return path


def _check_unique(path: str, seen: dict[str, str]) -> None:
    key = path.casefold()
    if key in seen:
        what = "duplicate entry" if seen[key] == path else f"differs only in case from {seen[key]}"
        raise PackageError.single(path, what)
    seen[key] = path


def _layout(archive_name: str, paths: list[str]) -> tuple[str, str | None]:
    """(prefix to strip, package folder name): files at the root, or one top-level folder."""
    if not paths:
        raise PackageError.single(archive_name, "the archive holds no files")
    if "problem.toml" in paths:
        return "", None
    tops = sorted({path.split("/", 1)[0] for path in paths})
    if len(tops) == 1 and all("/" in path for path in paths):
        return tops[0] + "/", tops[0]
    folders = sorted({path.split("/", 1)[0] for path in paths if "/" in path})
    if len(folders) > 1:
        listed = ", ".join(folders[:5])
        raise PackageError.single(
            archive_name, f"more than one top-level folder ({listed}): zip one package folder"
        )
    raise PackageError.single(archive_name, "no problem.toml at the top of the archive")


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, budget: SizeBudget, *, keep: bool
) -> bytes:
    """Decompress in bounded chunks, counting real bytes rather than the header's sizes."""
    budget.check_file_size(path, info.file_size)  # an early refusal; the real count rules
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(budget.limits.chunk_bytes):
                budget.add(path, size, len(chunk))
                size += len(chunk)
                if keep:
                    chunks.append(chunk)
    except _ZIP_ERRORS as error:
        raise PackageError.single(path, f"cannot be decompressed: {error}") from error
    return b"".join(chunks)
