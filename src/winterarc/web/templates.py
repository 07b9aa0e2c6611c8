"""Jinja2 templates and the one function pages render with."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from winterarc.judge import Verdict
from winterarc.web import csrf
from winterarc.web.markdown import render_markdown

PACKAGE_DIR = Path(__file__).resolve().parents[1]
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

# The judge's words for its verdicts; pages pass them on to the browser code (base.html).
VERDICT_NAMES = {verdict.value: verdict.label for verdict in Verdict}


class Viewer(Protocol):
    """What a page shows of the logged-in account (an `auth.models.User`)."""

    @property
    def username(self) -> str: ...

    @property
    def display_name(self) -> str | None: ...

    @property
    def role(self) -> str: ...

    @property
    def is_staff(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class NavItem:
    """A main-navigation entry; `section` marks it current. New areas (daily drill,
    leaderboards) are one more entry here and one template."""

    section: str
    label: str
    href: str
    needs_login: bool = False


NAV_ITEMS = (
    NavItem("daily", "Today", "/daily", needs_login=True),
    NavItem("roadmap", "Roadmap", "/roadmap"),
    NavItem("problems", "Problems", "/problems"),
    NavItem("quizzes", "Quizzes", "/quizzes"),
    NavItem("submissions", "Submissions", "/submissions", needs_login=True),
    NavItem("leaderboard", "Leaderboard", "/leaderboard"),
    NavItem("cohorts", "Cohorts", "/cohorts", needs_login=True),
)


@cache
def asset_url(path: str) -> str:
    """A static file's URL with a content hash, so browsers may cache it and still see a new
    release at once."""
    digest = hashlib.sha256((STATIC_DIR / path).read_bytes()).hexdigest()[:12]
    return f"/static/{path}?v={digest}"


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""


def _display_date(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment is not None else ""


def _percent(fraction: float) -> str:
    """0.6666 -> "67 %"; a rate below 1 % but above 0 shows as "<1 %", not as zero."""
    if 0 < fraction < 0.005:
        return "<1 %"
    return f"{round(fraction * 100)} %"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        markdown=render_markdown, iso=_iso, display_date=_display_date, percent=_percent
    )
    env.globals.update(asset_url=asset_url, verdict_names=VERDICT_NAMES, nav_items=NAV_ITEMS)
    return env


templates = Jinja2Templates(env=_environment())


def render(
    request: Request,
    template: str,
    *,
    user: Viewer | None,
    status_code: int = 200,
    section: str = "",
    headers: Mapping[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    """Render a page for `user`; every page gets the CSRF token and the navigation state."""
    response = templates.TemplateResponse(
        request,
        template,
        {"user": user, "section": section, "csrf_token": csrf.token_for(request), **context},
        status_code=status_code,
        headers={"Cache-Control": "no-store", **(headers or {})},
    )
    csrf.attach_cookie(request, response)
    return response


def render_fragment(request: Request, template: str, **context: Any) -> HTMLResponse:
    """A partial page for htmx to swap in (with the CSRF token for any form inside it)."""
    return templates.TemplateResponse(
        request,
        template,
        {"csrf_token": csrf.token_for(request), **context},
        headers={"Cache-Control": "no-store"},
    )
