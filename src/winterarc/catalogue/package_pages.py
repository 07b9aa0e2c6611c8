"""/author/packages: authors upload a problem package and read its validation report."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Request, Response, UploadFile

from winterarc.auth.dependencies import AuthorUser
from winterarc.db.session import SessionDep
from winterarc.kit.dependencies import SettingsDep
from winterarc.problems.package_upload import read_upload, upload_package
from winterarc.roadmap import repository as roadmap_repository
from winterarc.web.templates import render

router = APIRouter()


def _size(limit: int) -> str:
    return f"{limit / 2**20:g} MiB" if limit >= 2**20 else f"{limit // 1024} KiB"


@router.get("/author/packages")
async def upload_form(request: Request, user: AuthorUser, settings: SettingsDep) -> Response:
    """The upload form, with what a package must contain."""
    return render(
        request,
        "author/packages.html",
        user=user,
        section="author",
        report=None,
        max_size=_size(settings.package_upload_max_bytes),
    )


@router.post("/author/packages")
async def upload(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    user: AuthorUser,
    file: Annotated[UploadFile, File(description="the package .zip")],
) -> Response:
    """Validate, judge and (when all passes) publish the package; the report either way."""
    data = await read_upload(file, settings.package_upload_max_bytes)
    topics = await roadmap_repository.topic_ids(session)
    report = await upload_package(session, user, data, file.filename, known_topics=topics)
    return render(
        request,
        "author/packages.html",
        user=user,
        section="author",
        status_code=200 if report.accepted else 422,
        report=report,
        max_size=_size(settings.package_upload_max_bytes),
    )
