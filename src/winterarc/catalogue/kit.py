"""GET /api/v1/problems/{slug}/kit.zip: what a learner may see of a package, to judge locally.

`winterarc fetch` stores it and `winterarc test` judges the learner's code on it in the same
sandbox the server uses: the manifest, the statement, the sample tests (a lab's starter, support
files and visible checks) and a custom checker. Hidden tests and checks, the generator, the
editorial and every solution stay on the server."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Path, Response

from winterarc.db.session import SessionDep
from winterarc.judge.packages import PackageError, is_visible_check
from winterarc.judge.packages.archive import read_zip
from winterarc.judge.packages.testcases import is_sample_name
from winterarc.kit.errors import NotFound
from winterarc.kit.types import Slug
from winterarc.problems import repository
from winterarc.problems import service as problems_service

router = APIRouter(prefix="/problems", tags=["problems"])
KEPT_ROOT_FILES = frozenset({"problem.toml", "statement.md", "checker.py", "schema.sql"})
KEPT_FOLDERS = frozenset({"starter", "support"})
# The [generator] table, up to the next table: its seeds mean nothing without generator.py.
_GENERATOR_TABLE = re.compile(r"^\[generator\][^\n]*\n(?:(?!\[)[^\n]*\n?)*", re.MULTILINE)


def _kept(path: str) -> bool:
    top, slash, rest = path.partition("/")
    if not slash:
        return path in KEPT_ROOT_FILES
    if top in KEPT_FOLDERS:
        return True
    name = rest.rsplit("/", 1)[-1]
    if top == "tests":
        return is_sample_name(name) or name == "schema.sql"
    if top == "checks":
        return is_visible_check(name)
    return False  # solutions/ and anything else


def learner_kit(files: Mapping[str, bytes], slug: str) -> bytes:
    """The kit as zip bytes: one folder named after the problem, like a package zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            if not _kept(path):
                continue
            data = files[path]
            if path == "problem.toml":
                data = _GENERATOR_TABLE.sub("", data.decode("utf-8")).encode("utf-8")
            archive.writestr(f"{slug}/{path}", data)
    return buffer.getvalue()


@router.get("/{slug}/kit.zip", response_class=Response)
async def download_kit(
    slug: Annotated[Slug, Path(description="the problem's slug")], session: SessionDep
) -> Response:
    """The problem's manifest, statement and samples (a lab's visible checks), no solutions."""
    problem = await problems_service.get_model(session, slug)
    stored = await repository.package_archive(session, problem.id)
    if stored is None:
        raise NotFound(f"Problem {slug!r} has no package to judge with.")
    try:
        files = read_zip(stored[1], archive_name=f"{slug}.zip").files
    except PackageError:
        raise NotFound(f"Problem {slug!r} has no readable package.") from None
    return Response(
        learner_kit(files, slug),
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{slug}-kit.zip"'},
    )
