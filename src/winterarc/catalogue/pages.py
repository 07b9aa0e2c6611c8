"""/problems pages: the catalogue with filters, a problem with its editor, and editorials."""

from __future__ import annotations

import math
import re
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.dependencies import CurrentUser, OptionalUser
from winterarc.auth.models import User
from winterarc.catalogue import service
from winterarc.db.session import SessionDep
from winterarc.judge.custom_run import sample_input
from winterarc.judge.packages import Difficulty
from winterarc.kit.pagination import PageParams
from winterarc.kit.types import SLUG_PATTERN, SlugPath
from winterarc.notes import service as notes_service
from winterarc.notes.schemas import NOTE_MAX_CHARS
from winterarc.preferences import service as preferences
from winterarc.problems import repository
from winterarc.problems import service as problems_service
from winterarc.problems.packages import PackageCacheDep
from winterarc.problems.repository import ProblemFilters
from winterarc.problems.schemas import ProblemDetail, ProblemSort, SolveStatus
from winterarc.problems.starter import starter_code
from winterarc.roadmap import service as roadmap_service
from winterarc.submissions import repository as submissions_repository
from winterarc.submissions import reveal
from winterarc.submissions import service as submissions_service
from winterarc.web.templates import render

router = APIRouter()
_LABEL = re.compile(SLUG_PATTERN)
DIFFICULTIES = tuple(difficulty.value for difficulty in Difficulty)
SORTS = {"roadmap": "Roadmap order", "difficulty": "Easiest first",
         "-difficulty": "Hardest first", "-acceptance": "Highest acceptance",
         "acceptance": "Lowest acceptance", "-solvers": "Most solvers", "title": "Title",
         "-created": "Newest"}  # fmt: skip
# What each problem type asks for, in the learner's words ("design" problems ask for a class).
TYPES = {"stdio": "stdio", "function": "function", "design": "class", "sql": "SQL", "lab": "lab"}
PAGE_SIZE = 25


def _labels(values: list[str]) -> tuple[str, ...]:
    """Well-formed labels only: a hand-edited address filters by what it can, never errors."""
    return tuple(dict.fromkeys(v for v in values[:10] if len(v) <= 48 and _LABEL.match(v)))


@router.get("/problems")
async def problem_list(
    request: Request,
    session: SessionDep,
    user: OptionalUser,
    difficulty: Annotated[list[str], Query()] = [],  # noqa: B006
    type: Annotated[list[str], Query()] = [],  # noqa: B006
    tag: Annotated[list[str], Query()] = [],  # noqa: B006
    pattern: Annotated[list[str], Query()] = [],  # noqa: B006
    q: Annotated[str, Query(max_length=100)] = "",
    status: str = "",
    topic: Annotated[str, Query(max_length=64)] = "",
    week: Annotated[str, Query(max_length=16)] = "",
    sort: str = "roadmap",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The catalogue: filter by difficulty, tag, pattern, status, topic or week; search titles."""
    chosen_status = SolveStatus(status) if user and status in set(SolveStatus) else None
    filters = ProblemFilters(
        difficulties=tuple(d for d in DIFFICULTIES if d in difficulty),
        types=tuple(t for t in TYPES if t in type),
        tags=_labels(tag),
        patterns=_labels(pattern),
        text=q.strip() or None,
        topic=topic if _LABEL.match(topic) else None,
        sort=ProblemSort(sort) if sort in SORTS else ProblemSort.ROADMAP,
    )
    chosen_week = week if _LABEL.match(week) else None
    results = await service.list_problems(
        session,
        filters,
        PageParams(page, PAGE_SIZE),
        user=user,
        status=chosen_status,
        week=chosen_week,
    )
    pages = max(1, math.ceil(results.total / PAGE_SIZE))
    query = {
        "difficulty": list(filters.difficulties),
        "type": list(filters.types),
        "tag": list(filters.tags),
        "pattern": list(filters.patterns),
        "q": filters.text or "",
        "status": chosen_status.value if chosen_status else "",
        "topic": filters.topic or "",
        "week": chosen_week or "",
        "sort": filters.sort.value if filters.sort is not ProblemSort.ROADMAP else "",
    }
    kept = {k: v for k, v in query.items() if v}

    def page_url(number: int) -> str:
        return "/problems?" + urlencode({**kept, "page": number}, doseq=True)

    return render(
        request,
        "problems/list.html",
        user=user,
        section="problems",
        results=results,
        pages=pages,
        page_url=page_url,
        filters=query,
        filtered=bool(kept.keys() - {"sort"}),
        labels=await repository.label_names(session),
        difficulties=DIFFICULTIES,
        sorts=SORTS,
        hide_difficulty=await preferences.hides_difficulty(session, user.id if user else None),
        types=TYPES,
        roadmap=await roadmap_service.filter_choices(session),
    )


def statement_body(statement: str, title: str) -> str:
    """The statement without its leading "# Title" line: the page shows the title already."""
    first, _, rest = statement.lstrip().partition("\n")
    if first.startswith("# ") and first[2:].strip() == title.strip():
        return rest.lstrip("\n")
    return statement


def editorial_body(editorial: str, title: str) -> str:
    """The editorial without its leading "# Editorial: Title" (or "# Editorial", "# Title")
    line: the page's own heading says it already."""
    first, _, rest = editorial.lstrip().partition("\n")
    heading = first[2:].strip() if first.startswith("# ") else None
    if heading is not None and (
        heading == title.strip() or heading == "Editorial" or heading.startswith("Editorial:")
    ):
        return rest.lstrip("\n")
    return editorial


@router.get("/problems/{slug}")
async def problem_page(
    request: Request,
    slug: SlugPath,
    session: SessionDep,
    user: OptionalUser,
    packages: PackageCacheDep,
) -> Response:
    """Statement, samples, limits, the editor with the learner's last code, Run and Submit;
    for a lab, a tab per file, its visible checks and the runtime."""
    stored = await problems_service.get_model(session, slug)
    problem = await service.detail(session, stored, user, packages)
    if problem.type == "lab":
        return await _lab_page(request, session, user, problem)
    samples = []
    custom_input = ""
    package = await packages.readable(session, stored)
    if package is not None:
        samples = [(t.name, t.display_input, t.display_expected) for t in package.samples]
        custom_input = sample_input(package)
    starter = starter_code(problem.type, problem.statement)
    recent = []
    last_code = None
    help_after_failing = None
    if user is not None:
        help_after_failing = await reveal.help_for(session, user, stored, packages)
        recent = await submissions_service.recent(session, user, limit=5, problem_slug=slug)
        if recent:
            latest = await submissions_repository.get(session, recent[0].id)
            last_code = latest.source if latest is not None else None
    return render(
        request,
        "problems/detail.html",
        user=user,
        section="problems",
        problem=problem,
        statement=statement_body(problem.statement, problem.title),
        samples=samples,
        starter=starter,
        custom_input=custom_input,
        help=help_after_failing,
        initial_code=last_code or starter,
        recent=recent,
        judged=package is not None,
        language="sql" if problem.type == "sql" else "python",
        hide_difficulty=await preferences.hides_difficulty(session, user.id if user else None),
        note=await notes_service.find(session, user, slug) if user else None,
        note_max=NOTE_MAX_CHARS,
    )


async def _lab_page(
    request: Request, session: AsyncSession, user: User | None, problem: ProblemDetail
) -> Response:
    lab = problem.lab
    files = dict(lab.starter) if lab is not None else {}
    recent = []
    if user is not None:
        recent = await submissions_service.recent(session, user, limit=5, problem_slug=problem.slug)
        if recent:
            latest = await submissions_repository.get(session, recent[0].id)
            if latest is not None and latest.files:
                files.update({k: v for k, v in latest.files.items() if k in files})
    return render(
        request,
        "problems/lab.html",
        user=user,
        section="problems",
        problem=problem,
        statement=statement_body(problem.statement, problem.title),
        lab=lab,
        files=files,
        recent=recent,
        judged=lab is not None,
        hide_difficulty=await preferences.hides_difficulty(session, user.id if user else None),
    )


@router.get("/problems/{slug}/editorial")
async def editorial_page(
    request: Request, slug: SlugPath, session: SessionDep, user: CurrentUser
) -> Response:
    """The editorial, once solved or given up (403 page otherwise)."""
    text = await service.editorial(session, user, slug)
    problem = await service.get_problem(session, slug, user)
    return render(
        request,
        "problems/editorial.html",
        user=user,
        section="problems",
        problem=problem,
        editorial=editorial_body(text, problem.title),
    )


@router.post("/problems/{slug}/give-up")
async def give_up(slug: SlugPath, session: SessionDep, user: CurrentUser) -> Response:
    """Record giving up, then show the editorial."""
    await problems_service.give_up(session, user, slug)
    return RedirectResponse(f"/problems/{slug}/editorial", status_code=303)
