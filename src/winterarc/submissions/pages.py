"""Submitting and running from the problem page, the submission history and one submission."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Form, Path, Query, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.kit.errors import AppError
from winterarc.problems import service as problems_service
from winterarc.submissions import service
from winterarc.submissions.announce import announce_accepted
from winterarc.submissions.schemas import VerdictCode
from winterarc.web.templates import render, render_fragment

router = APIRouter()
SlugPath = Annotated[str, Path(max_length=64, pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# The body limit middleware bounds the whole request; the service checks the code's real size.
Code = Annotated[str, Form(max_length=1024 * 1024)]
VERDICTS = ("AC", "WA", "TLE", "MLE", "RE", "OLE", "CE", "IE")
HISTORY_PAGE = 30


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


@router.post("/problems/{slug}/submissions")
async def submit_from_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    user: CurrentUser,
    background: BackgroundTasks,
    code: Code,
) -> Response:
    """The problem page's Submit: JSON for its script (which then follows the WebSocket), or
    a redirect to the submission's page for a plain form post."""
    submission, created = await service.accept(
        session,
        user=user,
        problem_slug=slug,
        language=None,
        code=service.checked_code(code, request.app.state.settings.submission_max_bytes),
        idempotency_key=None,
    )
    announce_accepted(background, request.app.state, submission, created=created)
    page_url = f"/submissions/{submission.id}"
    if not _wants_json(request):
        return RedirectResponse(page_url, status_code=303)
    api_url = f"/api/v1/submissions/{submission.id}"
    return JSONResponse(
        {
            "id": str(submission.id),
            "url": page_url,
            "events_url": f"{api_url}/events",
            "detail_url": api_url,
        },
        status_code=202,
        headers={"Location": page_url},
    )


@router.post("/problems/{slug}/run")
async def run_from_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    user: CurrentUser,
    code: Code,
    input: Annotated[str, Form(max_length=1024 * 1024)] = "",
) -> Response:
    """Run once on the learner's own input; htmx swaps the result under the editor."""
    try:
        output = await request.app.state.runner.run(
            session,
            problem_slug=slug,
            language=None,
            code=code,
            stdin=input,
            max_bytes=request.app.state.settings.submission_max_bytes,
        )
    except AppError as error:
        if request.headers.get("hx-request") != "true":
            raise
        return render_fragment(request, "problems/_run_result.html", output=None, error=error)
    return render_fragment(request, "problems/_run_result.html", output=output, error=None)


@router.get("/submissions")
async def history(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    problem: Annotated[str, Query(max_length=64, pattern=r"^([a-z0-9]+(-[a-z0-9]+)*)?$")] = "",
    verdict: str = "",
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """The learner's submissions, newest first."""
    chosen: VerdictCode | None = verdict if verdict in VERDICTS else None  # type: ignore[assignment]
    page = await service.list_own(
        session,
        user,
        problem_slug=problem or None,
        verdict=chosen,
        cursor=cursor,
        limit=HISTORY_PAGE,
    )
    return render(
        request,
        "submissions/list.html",
        user=user,
        section="submissions",
        page=page,
        problem=problem,
        verdict=chosen or "",
        verdicts=VERDICTS,
        first_page=cursor is None,
    )


@router.get("/submissions/{submission_id}")
async def submission_page(
    request: Request, submission_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Response:
    """Verdict, per-test results with sample diffs, and the code; live while judging."""
    detail = await service.detail(session, user, submission_id)
    problem = await problems_service.get_problem(session, detail.problem, user)
    return render(
        request,
        "submissions/detail.html",
        user=user,
        section="submissions",
        submission=detail,
        problem=problem,
    )
