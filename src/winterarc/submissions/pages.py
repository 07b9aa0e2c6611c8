"""Submitting and running from the problem page, the submission history and one submission."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.judge import Verdict
from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.errors import AppError
from winterarc.kit.types import SLUG_PATTERN, SlugPath
from winterarc.problems import service as problems_service
from winterarc.problems.packages import PackageCacheDep
from winterarc.submissions import reveal, service
from winterarc.submissions.announce import AnnouncerDep
from winterarc.submissions.quotas import RunQuota, SubmitQuota
from winterarc.submissions.runs import STATUS_WORDS, RunnerDep
from winterarc.web.templates import render, render_fragment

router = APIRouter()
# The body limit middleware bounds the whole request; the service and the runner check the
# real sizes against the settings.
Code = Annotated[str | None, Form()]
HISTORY_PAGE = 30
FILE_FIELD = "file:"  # a lab page's editors: one form field per file, "file:app.py"


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


async def _lab_fields(request: Request) -> dict[str, str] | None:
    """The lab files a page's form holds, or None for a problem's single `code` field."""
    form = await request.form()  # already parsed (and bounded) for the Form() parameters
    files = {
        key.removeprefix(FILE_FIELD): value
        for key, value in form.multi_items()
        if key.startswith(FILE_FIELD) and isinstance(value, str)
    }
    return files or None


@router.post("/problems/{slug}/submissions", dependencies=[SubmitQuota])
async def submit_from_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    settings: SettingsDep,
    user: CurrentUser,
    announce: AnnouncerDep,
    packages: PackageCacheDep,
    code: Code = None,
) -> Response:
    """The problem page's Submit (a lab page's: its files): JSON for its script (which then
    follows the WebSocket), or a redirect to the submission's page for a plain form post."""
    files = await _lab_fields(request)
    submission, created = await service.accept(
        session,
        user=user,
        problem_slug=slug,
        language=None,
        code=None if code is None else service.checked_code(code, settings.submission_max_bytes),
        idempotency_key=None,
        files=files,
        packages=packages,
        lab_max_bytes=settings.lab_submission_max_bytes,
    )
    announce.accepted(submission, created=created)
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


@router.post("/problems/{slug}/run", dependencies=[RunQuota])
async def run_from_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    runner: RunnerDep,
    user: CurrentUser,
    code: Code = None,
    input: Annotated[str, Form()] = "",
) -> Response:
    """Run once on the learner's own input (a lab: its visible checks on the page's files);
    htmx swaps the result under the editor."""
    files = await _lab_fields(request)
    lab = code is None  # a lab page sends file fields (none at all: the starter files)
    try:
        if lab:
            result = await runner.run_lab(session, problem_slug=slug, files=files or {})
            return render_fragment(request, "problems/_lab_run_result.html", run=result, error=None)
        assert code is not None
        cases = await runner.run_cases(session, problem_slug=slug, code=code, text=input)
    except AppError as error:
        if request.headers.get("hx-request") != "true":
            raise
        template = "problems/_lab_run_result.html" if lab else "problems/_run_result.html"
        return render_fragment(request, template, cases=[], run=None, error=error)
    problem = await problems_service.get_model(session, slug)
    return render_fragment(
        request,
        "problems/_run_result.html",
        cases=cases,
        error=None,
        words=STATUS_WORDS,
        prints_to_stderr=problem.type in ("function", "design"),
    )


@router.post("/problems/{slug}/reveal-hidden-test")
async def reveal_from_page(
    slug: SlugPath, session: SessionDep, user: CurrentUser, packages: PackageCacheDep
) -> Response:
    """Help after failing: reveal the failed hidden test (the rule is enforced here too)."""
    problem = await problems_service.get_model(session, slug)
    await reveal.reveal(session, user, problem, packages)
    return RedirectResponse(f"/problems/{slug}#help-after-failing", status_code=303)


@router.get("/submissions")
async def history(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    problem: Annotated[str, Query(max_length=64, pattern=f"^({SLUG_PATTERN[1:-1]})?$")] = "",
    verdict: str = "",
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """The learner's submissions, newest first."""
    chosen = Verdict(verdict) if verdict in set(Verdict) else None
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
        problems=await service.submitted_problems(session, user),
        verdict=chosen or "",
        verdicts=list(Verdict),
        first_page=cursor is None,
    )


@router.get("/submissions/{submission_id}")
async def submission_page(
    request: Request, submission_id: uuid.UUID, session: SessionDep, user: CurrentUser
) -> Response:
    """Verdict, per-test results with sample diffs, and the code; live while judging."""
    detail = await service.detail(session, user, submission_id)
    problem = await problems_service.get_model(session, detail.problem)
    return render(
        request,
        "submissions/detail.html",
        user=user,
        section="submissions",
        submission=detail,
        problem=problem,
    )
