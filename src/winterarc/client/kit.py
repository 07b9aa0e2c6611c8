"""The local judge's package: the server's learner kit, loaded with the judge's own loader.

The kit has no solutions (they stay on the server), but a package must list an accepted one;
a stand-in taken from the starter satisfies the loader and is dropped before anything runs."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from winterarc.client.errors import USAGE, ClientError
from winterarc.judge.packages import Package, PackageError, validate_package_files
from winterarc.judge.packages.archive import read_zip
from winterarc.judge.packages.files import PackageFiles

STAND_IN = "kit-stand-in"


def load_kit(path: Path) -> Package:
    if not path.is_file():
        raise ClientError(f"{path}: missing; run `winterarc fetch` again", USAGE)
    try:
        read = read_zip(path, archive_name=path.name)
        files = dict(read.files)
        files.update(_stand_in(files))
        package = validate_package_files(PackageFiles(read.origin, read.folder_name, files))
    except PackageError as error:
        first = error.issues[0] if error.issues else "unreadable"
        raise ClientError(f"{path}: not a usable kit ({first}); fetch it again", USAGE) from None
    return dataclasses.replace(package, solutions=())


def _stand_in(files: dict[str, bytes]) -> dict[str, bytes]:
    try:
        manifest = tomllib.loads(files["problem.toml"].decode("utf-8"))
    except (KeyError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # the loader reports the manifest's problem itself
    kind = manifest.get("type", "stdio")
    if kind == "lab":
        names = (manifest.get("lab") or {}).get("files") or ["main.py"]
        first = str(names[0])
        return {f"solutions/accepted/{STAND_IN}/{first}": files.get(f"starter/{first}", b"\n")}
    if kind == "sql":
        return {f"solutions/accepted/{STAND_IN}.sql": b"SELECT 1;\n"}
    return {f"solutions/accepted/{STAND_IN}.py": b"\n"}
