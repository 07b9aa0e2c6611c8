"""/api/v1/submissions: submit, read, list."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, WebSocket
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.datastructures import UploadFile
from starlette.types import Message as ASGIMessage

from winterarc.auth.dependencies import CurrentUser, TokenPolicyDep
from winterarc.db.session import SessionDep, SessionmakerDep
from winterarc.judge import Verdict
from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.errors import AppError, InvalidInput
from winterarc.kit.openapi import problems
from winterarc.kit.pagination import CursorPage, page_size
from winterarc.kit.types import Slug
from winterarc.problems import service as problems_service
from winterarc.problems.packages import PackageCacheDep
from winterarc.pubsub import PubSubDep
from winterarc.submissions import live, reveal, service
from winterarc.submissions.announce import AnnouncerDep
from winterarc.submissions.quotas import RunQuota, SubmitQuota
from winterarc.submissions.runs import RunnerDep
from winterarc.submissions.schemas import (
    LabRunCreate,
    LabRunOut,
    RunCreate,
    RunOut,
    SubmissionAccepted,
    SubmissionCreate,
    SubmissionDetail,
    SubmissionSummary,
)
from winterarc.submissions.service import PayloadTooLarge

router = APIRouter(prefix="/submissions", tags=["submissions"])
runs_router = APIRouter(prefix="/runs", tags=["submissions"])
IDEMPOTENCY_KEY = r"^[\x21-\x7e]{1,64}$"  # printable ASCII, no spaces: it is stored as is
MULTIPART_OVERHEAD = 16 * 1024
JSON_ESCAPE_FACTOR = 6  # "\u0000" is six bytes of JSON for one character


class UnsupportedMediaType(AppError):
    status, code, title = 415, "unsupported-media-type", "Unsupported media type"


_SUBMIT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": SubmissionCreate.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["problem", "file"],
                    "properties": {
                        "problem": {"type": "string"},
                        "language": {"type": "string", "enum": ["python", "sql"]},
                        "file": {"type": "string", "format": "binary"},
                    },
                }
            },
        },
    }
}


async def _read_capped(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise PayloadTooLarge("The request body is too large.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise PayloadTooLarge("The request body is too large.")
    return bytes(body)


async def _from_json(body: bytes, max_bytes: int) -> SubmissionCreate:
    try:
        data = SubmissionCreate.model_validate_json(body)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "body"
        raise InvalidInput(
            f"{where}: {first.get('msg', 'invalid')}",
            errors=[
                {"loc": ["body", *map(str, e.get("loc", ()))], "msg": e.get("msg", "invalid")}
                for e in error.errors()
            ],
        ) from None
    if data.code is not None:
        data.code = service.checked_code(data.code, max_bytes)
    return data


async def _from_form(request: Request, body: bytes, max_bytes: int) -> SubmissionCreate:
    async def replay() -> ASGIMessage:
        return {"type": "http.request", "body": body, "more_body": False}

    async with Request(request.scope, replay).form(max_files=1, max_fields=4) as form:
        upload, problem, language = form.get("file"), form.get("problem"), form.get("language")
        if not isinstance(upload, UploadFile):
            raise InvalidInput("file: a source file is required")
        filename = upload.filename or ""
        if not filename.endswith((".py", ".sql")):
            raise InvalidInput("file: upload a .py file (or .sql for SQL problems)")
        code = service.decode_upload(await upload.read(max_bytes + 1), max_bytes)
    try:
        data = SubmissionCreate(
            problem=problem if isinstance(problem, str) else "",
            language=language if isinstance(language, str) else None,
            code=code,
        )
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "form"
        raise InvalidInput(f"{where}: {first.get('msg', 'invalid')}") from None
    data.code = service.checked_code(code, max_bytes)
    return data


@router.post(
    "",
    status_code=202,
    response_model=SubmissionAccepted,
    dependencies=[SubmitQuota],
    openapi_extra=_SUBMIT_BODY,
    responses=problems(404, 409, 415, 429),
)
async def submit(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    user: CurrentUser,
    announce: AnnouncerDep,
    packages: PackageCacheDep,
    idempotency_key: Annotated[
        str | None,
        Header(alias="Idempotency-Key", pattern=IDEMPOTENCY_KEY, description="retry-safe key"),
    ] = None,
) -> JSONResponse:
    """Submit code for judging (JSON, or a multipart upload of the file); a lab's files as JSON
    `files`. 202 with where to follow it. The same Idempotency-Key returns the same submission."""
    max_bytes = settings.submission_max_bytes
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        # A lab's files may add up to more than one source; each is checked against its lab.
        cap = max(max_bytes, settings.lab_submission_max_bytes) * JSON_ESCAPE_FACTOR + 4096
        body = await _read_capped(request, cap)
        data = await _from_json(body, max_bytes)
    elif content_type == "multipart/form-data":
        body = await _read_capped(request, max_bytes + MULTIPART_OVERHEAD)
        data = await _from_form(request, body, max_bytes)
    else:
        raise UnsupportedMediaType("Send application/json or multipart/form-data.")
    submission, created = await service.accept(
        session,
        user=user,
        problem_slug=data.problem,
        language=data.language,
        code=data.code,
        idempotency_key=idempotency_key,
        files=data.files,
        packages=packages,
        lab_max_bytes=settings.lab_submission_max_bytes,
    )
    announce.accepted(submission, created=created)
    url = f"/api/v1/submissions/{submission.id}"
    accepted = SubmissionAccepted(
        id=submission.id, status=submission.status, url=url, events_url=f"{url}/events"
    )
    return JSONResponse(
        accepted.model_dump(mode="json"), status_code=202, headers={"Location": url}
    )


@router.get("", response_model=CursorPage[SubmissionSummary])
async def list_submissions(
    session: SessionDep,
    settings: SettingsDep,
    user: CurrentUser,
    problem: Annotated[Slug | None, Query(description="a problem's slug")] = None,
    verdict: Verdict | None = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    page_size_: Annotated[int | None, Query(alias="page_size", ge=1)] = None,
) -> CursorPage[SubmissionSummary]:
    """Your submissions, newest first; pass `next_cursor` back as `cursor` for more."""
    return await service.list_own(
        session,
        user,
        problem_slug=problem,
        verdict=verdict,
        cursor=cursor,
        limit=page_size(settings, page_size_),
    )


@router.get("/{submission_id}", response_model=SubmissionDetail)
async def get_submission(
    session: SessionDep, user: CurrentUser, submission_id: uuid.UUID
) -> SubmissionDetail:
    """Verdict, per-test results and source: for its owner and staff (404 for anyone else)."""
    return await service.detail(session, user, submission_id)


@router.websocket("/{submission_id}/events")
async def submission_events(
    websocket: WebSocket,
    submission_id: uuid.UUID,
    maker: SessionmakerDep,
    pubsub: PubSubDep,
    policy: TokenPolicyDep,
) -> None:
    """Live progress: queued, running, test k of n, heartbeats, then the final verdict. The
    access token goes in an `Authorization: Bearer` header or as the subprotocol pair
    `["winterarc.bearer", token]`; a browser page of this site may use its session cookie.
    Only the owner and staff may listen (404 otherwise)."""
    await live.serve_events(websocket, submission_id, maker, pubsub, policy.signer)


@runs_router.post(
    "", response_model=RunOut, dependencies=[RunQuota], responses=problems(404, 429, 503)
)
async def run_on_custom_input(
    session: SessionDep, runner: RunnerDep, user: CurrentUser, data: RunCreate
) -> RunOut:
    """Run code once on your own input, in the sandbox; nothing is recorded."""
    output = await runner.run(
        session,
        problem_slug=data.problem,
        language=data.language,
        code=data.code,
        stdin=data.input,
    )
    return RunOut(**output)


@runs_router.post(
    "/lab", response_model=LabRunOut, dependencies=[RunQuota], responses=problems(404, 429, 503)
)
async def run_lab_checks(
    session: SessionDep, runner: RunnerDep, user: CurrentUser, data: LabRunCreate
) -> LabRunOut:
    """Run a lab's visible checks against your files, in the sandbox; nothing is recorded."""
    return await runner.run_lab(session, problem_slug=data.problem, files=data.files)


class RevealIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: Slug


class RevealedTestOut(BaseModel):
    name: str
    input: str
    expected: str


@router.post("/reveal-hidden-test", response_model=RevealedTestOut, responses=problems(403, 404))
async def reveal_hidden_test(
    body: RevealIn, session: SessionDep, user: CurrentUser, packages: PackageCacheDep
) -> RevealedTestOut:
    """Help after failing: the first hidden test your latest submission failed, when the rule
    allows it (docs/web.md); 403 `reveal-refused` with the reason otherwise."""
    problem = await problems_service.get_model(session, body.problem)
    shown = await reveal.reveal(session, user, problem, packages)
    return RevealedTestOut(name=shown.name, input=shown.input, expected=shown.expected)
