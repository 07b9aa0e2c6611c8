"""The browser's cookies: the login session and the CSRF secret, both HttpOnly and SameSite=Lax."""

from __future__ import annotations

from fastapi import Request, Response

from winterarc.settings import Settings

SESSION_COOKIE = "winterarc_session"
CSRF_COOKIE = "winterarc_csrf"
CSRF_COOKIE_MAX_AGE = 365 * 86_400


def served_over_tls(request: Request) -> bool:
    """True when this request arrived over TLS (directly, or per a trusted proxy's headers),
    or when WINTERARC_COOKIE_SECURE forces it."""
    settings: Settings = request.app.state.settings
    forced = settings.cookie_secure
    if forced is not None:
        return forced
    return request.url.scheme in ("https", "wss")


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        httponly=True,
        secure=served_over_tls(request),
        samesite="lax",
    )


def clear_cookie(response: Response, request: Request, name: str) -> None:
    response.delete_cookie(
        name, path="/", httponly=True, secure=served_over_tls(request), samesite="lax"
    )
