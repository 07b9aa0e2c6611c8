"""/api/v1/problems: the catalogue, and authors' writes and package uploads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Path, Query, Response, UploadFile, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict

from winterarc.auth.dependencies import AuthorUser, CurrentUser, OptionalUser
from winterarc.catalogue import service
from winterarc.db.session import SessionDep
from winterarc.judge.lab_download import lab_zip
from winterarc.judge.lab_runner import LabFilesError, lab_files
from winterarc.judge.packages import Difficulty
from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.errors import InvalidInput, Unauthorized
from winterarc.kit.openapi import problems
from winterarc.kit.pagination import Page, PageParamsDep
from winterarc.kit.types import SLUG_PATTERN, Label, Slug
from winterarc.problems import service as problems_service
from winterarc.problems.package_upload import read_upload, upload_package
from winterarc.problems.packages import PackageCacheDep
from winterarc.problems.repository import ProblemFilters
from winterarc.problems.schemas import (
    AnyProblemType,
    EditorialOut,
    ProblemCreate,
    ProblemDetail,
    ProblemSort,
    ProblemSummary,
    ProblemUpdate,
    SolveStatus,
)
from winterarc.roadmap import repository as roadmap_repository

router = APIRouter(prefix="/problems", tags=["problems"])
SlugPath = Annotated[Slug, Path(description="the problem's slug")]


@router.get("", response_model=Page[ProblemSummary])
async def list_problems(
    session: SessionDep,
    user: OptionalUser,
    paging: PageParamsDep,
    difficulty: Annotated[list[Difficulty], Query(max_length=3)] = [],  # noqa: B006
    type_: Annotated[
        list[AnyProblemType], Query(alias="type", max_length=5, description="any may match")
    ] = [],  # noqa: B006
    tag: Annotated[list[Label], Query(max_length=10, description="all must match")] = [],  # noqa: B006
    pattern: Annotated[list[Label], Query(max_length=10, description="all must match")] = [],  # noqa: B006
    q: Annotated[
        str | None, Query(min_length=1, max_length=100, description="text in the title")
    ] = None,
    status_: Annotated[
        SolveStatus | None, Query(alias="status", description="needs a logged-in user")
    ] = None,
    topic: Annotated[
        str | None, Query(max_length=64, pattern=SLUG_PATTERN, description="roadmap topic id")
    ] = None,
    week: Annotated[
        str | None, Query(max_length=16, pattern=SLUG_PATTERN, description="roadmap week id")
    ] = None,
    sort: Annotated[
        ProblemSort, Query(description="roadmap: by the earliest roadmap topic (the default)")
    ] = ProblemSort.ROADMAP,
) -> Page[ProblemSummary]:
    """Problems, filtered and sorted, one page at a time."""
    if status_ is not None and user is None:
        raise Unauthorized("Log in to filter by your solve status.")
    filters = ProblemFilters(
        difficulties=tuple(difficulty),
        types=tuple(dict.fromkeys(type_)),
        tags=tuple(tag),
        patterns=tuple(pattern),
        text=q,
        topic=topic,
        sort=sort,
    )
    return await service.list_problems(
        session, filters, paging, user=user, status=status_, week=week
    )


@router.get("/{slug}", response_model=ProblemDetail)
async def get_problem(
    slug: SlugPath, session: SessionDep, user: OptionalUser, packages: PackageCacheDep
) -> ProblemDetail:
    """One problem: statement, limits, labels; for a lab its files, starter and visible checks."""
    return await service.get_problem(session, slug, user, packages)


class LabFiles(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: dict[str, str] = {}


def _zip_response(slug: str, data: bytes) -> Response:
    return Response(
        data,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{slug}.zip"'},
    )


@router.get("/{slug}/lab.zip", response_class=Response)
async def download_lab(slug: SlugPath, session: SessionDep, packages: PackageCacheDep) -> Response:
    """A lab's starter files and visible checks as a zip that runs with plain `pytest`."""
    package = await service.lab_package(session, slug, packages)
    return _zip_response(slug, lab_zip(package))


@router.post("/{slug}/lab.zip", response_class=Response)
async def download_lab_with_files(
    slug: SlugPath,
    body: LabFiles,
    session: SessionDep,
    packages: PackageCacheDep,
    user: CurrentUser,  # building a zip of posted files is work: for learners, not anyone
) -> Response:
    """The same zip with your own versions of the lab's files (names it does not take are
    refused), e.g. the editor's current work."""
    package = await service.lab_package(session, slug, packages)
    assert package.lab is not None
    try:
        files = lab_files(package.lab, body.files)
    except LabFilesError as error:
        raise InvalidInput(f"files: {error}") from None
    return _zip_response(slug, lab_zip(package, files))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ProblemDetail,
    responses=problems(403, 409),
)
async def create_problem(
    body: ProblemCreate, user: AuthorUser, session: SessionDep
) -> ProblemDetail:
    """Create a problem (authors and admins)."""
    problem = await problems_service.create_problem(session, user, body)
    return await service.detail(session, problem, user)


@router.patch("/{slug}", response_model=ProblemDetail, responses=problems(403))
async def update_problem(
    slug: SlugPath, body: ProblemUpdate, user: AuthorUser, session: SessionDep
) -> ProblemDetail:
    """Update a problem (its author or an admin)."""
    problem = await problems_service.update_problem(session, user, slug, body)
    return await service.detail(session, problem, user)


@router.delete("/{slug}", status_code=status.HTTP_204_NO_CONTENT, responses=problems(403))
async def delete_problem(slug: SlugPath, user: AuthorUser, session: SessionDep) -> Response:
    """Delete a problem (its author or an admin)."""
    await problems_service.delete_problem(session, user, slug)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{slug}/editorial", response_model=EditorialOut, responses=problems(403))
async def get_editorial(slug: SlugPath, session: SessionDep, user: CurrentUser) -> EditorialOut:
    """The editorial: the idea, the complexity, the common mistakes (after solving or giving up)."""
    return EditorialOut(slug=slug, editorial=await service.editorial(session, user, slug))


@router.post("/{slug}/give-up", response_model=EditorialOut)
async def give_up(slug: SlugPath, session: SessionDep, user: CurrentUser) -> EditorialOut:
    """Stop trying and read the editorial; the problem stays unsolved."""
    return EditorialOut(slug=slug, editorial=await problems_service.give_up(session, user, slug))


@router.post(
    "/packages",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"description": "the problem existed and was updated (or was unchanged)"},
        403: {"description": "not an author, or another author's problem"},
        413: {"description": "the zip is larger than WINTERARC_PACKAGE_UPLOAD_MAX_BYTES"},
        422: {"description": "refused: the problem+json body carries the whole `report`"},
    },
)
async def upload_package_zip(
    session: SessionDep,
    settings: SettingsDep,
    user: AuthorUser,
    file: Annotated[UploadFile, File(description="the package as a .zip")],
) -> JSONResponse:
    """Upload a problem package: validated, every solution judged, then published if all
    passed. The validation report comes back either way."""
    data = await read_upload(file, settings.package_upload_max_bytes)
    topics = await roadmap_repository.topic_ids(session)
    report = await upload_package(session, user, data, file.filename, known_topics=topics)
    body = {
        "accepted": report.accepted,
        "outcome": report.outcome,
        "filename": report.filename,
        "report": report.check.to_json(),
    }
    if not report.accepted:
        failures = report.check.failures()
        raise InvalidInput(
            f"package refused: {failures[0]}"
            + (f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""),
            report=body["report"],
        )
    code = status.HTTP_201_CREATED if report.outcome == "added" else status.HTTP_200_OK
    return JSONResponse(body, status_code=code)
