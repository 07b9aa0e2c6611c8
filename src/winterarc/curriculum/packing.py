"""A package folder as a reproducible zip archive (stored with its problem for the judge)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

_FIXED_TIME = (2020, 1, 1, 0, 0, 0)
_SKIPPED = {"__pycache__", ".DS_Store"}


def zip_package(folder: Path) -> bytes:
    """The folder's files under one top-level folder named after it; same input, same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if not path.is_file() or path.is_symlink() or _SKIPPED & set(relative.parts):
                continue
            info = zipfile.ZipInfo(f"{folder.name}/{relative.as_posix()}", date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()
