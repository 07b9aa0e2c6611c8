"""Loading a package from a folder, a zip file or uploaded zip bytes."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from pathlib import Path

from winterarc.judge.packages.archive import read_zip
from winterarc.judge.packages.errors import PackageError
from winterarc.judge.packages.files import DEFAULT_LIMITS, ReadLimits, read_folder
from winterarc.judge.packages.model import Package
from winterarc.judge.packages.validate import validate_package_files


def load_package(
    path: Path,
    *,
    known_topics: AbstractSet[str] | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Package:
    """Load and validate the package in a folder or a `.zip` file."""
    if path.is_dir():
        files = read_folder(path, limits=limits)
    elif path.suffix.lower() == ".zip" and path.is_file():
        files = read_zip(path, archive_name=path.name, limits=limits)
    else:
        raise PackageError.single(str(path), "not a package folder or a .zip file")
    return validate_package_files(files, known_topics=known_topics)


def load_package_bytes(
    data: bytes,
    *,
    filename: str,
    known_topics: AbstractSet[str] | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Package:
    """Load and validate an uploaded zip; `filename` only names it in messages."""
    return validate_package_files(
        read_zip(data, archive_name=filename, limits=limits), known_topics=known_topics
    )
