"""Error pages for browsers: the same errors the API reports as problem+json, as HTML.

A browser navigating to a page (Accept: text/html, not under /api/) gets a page with the
status, a plain explanation and a way on; a 401 becomes a redirect to the login page that
comes back afterwards. Scripts and API clients keep getting problem+json."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote, urlsplit

from fastapi import Request, Response
from fastapi.responses import RedirectResponse

from winterarc.web.templates import render

_NOT_PAGES = ("/api/", "/static/", "/openapi.json", "/healthz", "/readyz")
_HINTS = {
    403: "You are signed in, but this page is not open to your account.",
    404: "There is nothing at this address. It may have moved, or the link may be mistyped.",
    413: "What you sent is larger than this server accepts.",
    429: "Too many requests in a short time. Wait a moment and try again.",
    500: "Something went wrong on our side. The error has been logged; try again in a moment.",
}


def safe_next(target: str | None) -> str:
    """A local path to return to after logging in; anything else (another site) becomes /."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


def login_redirect(request: Request) -> RedirectResponse:
    """To the login page, coming back here (or, after a form post, to the form's page)."""
    if request.method == "GET":
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    else:
        referer = urlsplit(request.headers.get("referer", ""))
        same_host = referer.netloc.lower() == request.headers.get("host", "").lower()
        target = referer.path if same_host else "/"
    return RedirectResponse(f"/login?next={quote(safe_next(target), safe='/')}", status_code=303)


class HtmlErrorPages:
    """Plugged into kit.errors: decides who gets HTML and renders it."""

    def wants_html(self, request: Request) -> bool:
        if request.url.path.startswith(_NOT_PAGES):
            return False
        return "text/html" in request.headers.get("accept", "")

    def render(
        self,
        request: Request,
        status: int,
        title: str,
        detail: str,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        if status == 401:
            return login_redirect(request)
        # The viewer is unknown here (no dependencies run for errors): the page offers no
        # account links rather than guessing wrongly.
        headers = {k: v for k, v in (headers or {}).items() if k.lower() != "www-authenticate"}
        return render(
            request,
            "errors/error.html",
            user=None,
            status_code=status,
            headers=headers,
            status=status,
            title=title,
            detail=detail,
            hint=_HINTS.get(status, ""),
            neutral_nav=True,
        )
