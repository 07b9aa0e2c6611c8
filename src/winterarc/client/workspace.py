"""A fetched problem on disk: the folder `winterarc fetch` writes and the others work in.

SLUG/
  statement.md          the statement
  solution.py           the starter (solution.sql for SQL problems); yours to edit
  samples/              the sample tests, as in the package (NAME.in/.out or NAME.json)
  .winterarc/kit.zip    manifest, statement, samples (a lab's visible checks): what `test` judges
  .winterarc/problem.json   which problem and server this folder belongs to
A lab's folder instead holds its starter files, checks/, pytest.ini and winterarc_lab.py (the
server's lab.zip), runnable with plain `pytest`."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from winterarc.client.errors import USAGE, ClientError

META_DIR = ".winterarc"
META_FILE = "problem.json"
KIT_FILE = "kit.zip"
MAX_UNPACKED_BYTES = 32 * 1024 * 1024


@dataclass
class Workspace:
    root: Path
    server: str
    problem: str
    type: str
    solution: str | None = None  # the file `test` and `submit` use (not for labs)
    files: list[str] = field(default_factory=list)  # a lab's files

    @property
    def kit(self) -> Path:
        return self.root / META_DIR / KIT_FILE

    @property
    def is_lab(self) -> bool:
        return self.type == "lab"

    def save(self) -> None:
        folder = self.root / META_DIR
        folder.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k != "root"}
        (folder / META_FILE).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def find(start: Path) -> Workspace:
    """The fetched problem `start` is in (or a parent of it is); a usage error otherwise."""
    start = start.resolve()
    for folder in (start, *start.parents):
        meta = folder / META_DIR / META_FILE
        if meta.is_file():
            try:
                data = json.loads(meta.read_text(encoding="utf-8"))
                return Workspace(
                    root=folder,
                    server=str(data["server"]),
                    problem=str(data["problem"]),
                    type=str(data["type"]),
                    solution=data.get("solution"),
                    files=[str(name) for name in data.get("files") or []],
                )
            except (ValueError, KeyError, TypeError):
                raise ClientError(f"{meta}: damaged; run `winterarc fetch` again", USAGE) from None
    raise ClientError(
        f"{start} is not inside a fetched problem: run `winterarc fetch SLUG` first", USAGE
    )


def unpack(
    data: bytes, target: Path, *, strip_top: bool = True, keep: frozenset[str] = frozenset()
) -> list[str]:
    """Extract a zip under `target`, refusing paths that would escape it; files named in
    `keep` that already exist are left alone (the learner's work). Returns the written paths."""
    import io
    import zipfile

    written: list[str] = []
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.infolist():
            if member.is_dir():
                continue
            if PurePosixPath(member.filename).is_absolute():
                raise ClientError(f"the server sent an unsafe path: {member.filename}")
            parts = PurePosixPath(member.filename).parts
            if strip_top and len(parts) > 1:
                parts = parts[1:]
            relative = PurePosixPath(*parts)
            if relative.is_absolute() or ".." in relative.parts or not relative.parts:
                raise ClientError(f"the server sent an unsafe path: {member.filename}")
            total += member.file_size
            if total > MAX_UNPACKED_BYTES:
                raise ClientError("the server's download is larger than 32 MiB unpacked")
            destination = target.joinpath(*relative.parts)
            if str(relative) in keep and destination.exists():
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.read(member))
            written.append(str(relative))
    return written
