"""CSRF protection for cookie-authenticated requests: a signed double-submit token bound to
the session.

Each browser gets a random secret in an HttpOnly cookie; forms and scripts send
HMAC(server key, secret + session cookie) back in a `csrf_token` field or an `X-CSRF-Token`
header. A cross-site page can make the browser send the cookies but can neither read them nor
compute the HMAC. A sibling subdomain can plant a CSRF cookie together with a token it got for
it, but that token was signed for the attacker's session (or none), not the victim's, so it
fails. Anonymous pages are bound to the CSRF cookie alone (there is no session yet); login
rotates the secret. Requests the browser marks cross-site (Sec-Fetch-Site) or whose Origin is
another host are refused first."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from urllib.parse import urlsplit

from fastapi import Request, Response
from starlette.requests import HTTPConnection

from winterarc.kit.errors import AppError
from winterarc.web.cookies import CSRF_COOKIE, CSRF_COOKIE_MAX_AGE, SESSION_COOKIE, set_cookie

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
FORM_FIELD = "csrf_token"
HEADER = "x-csrf-token"
_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32,64}$")


class CsrfRefused(AppError):
    status, code, title = 403, "csrf-refused", "Request refused"


def derive_key(app_secret: str) -> bytes:
    """The CSRF signing key, derived so that it is never the JWT key itself."""
    return hmac.new(app_secret.encode(), b"winterarc csrf v1", hashlib.sha256).digest()


def signing_key(connection: HTTPConnection) -> bytes:
    """The key `create_app` derived (see `derive_key`)."""
    key: bytes = connection.app.state.csrf_key
    return key


def _sign(key: bytes, browser_secret: str, session: str) -> str:
    # The secret's alphabet has no ".", so secret and session cannot be shifted into each other.
    message = f"{browser_secret}.{session}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _session(connection: HTTPConnection) -> str:
    """The login session the token is bound to: its cookie ("" before logging in)."""
    return connection.cookies.get(SESSION_COOKIE, "")


def _browser_secret(request: Request) -> str:
    """This browser's secret: the cookie's, or a new one that `attach_cookie` will set."""
    fresh: str | None = getattr(request.state, "csrf_secret", None)
    if fresh is not None:
        return fresh
    current = request.cookies.get(CSRF_COOKIE, "")
    if _SECRET_SHAPE.match(current):
        return current
    request.state.csrf_secret = secrets.token_urlsafe(32)
    return str(request.state.csrf_secret)


def token_for(request: Request) -> str:
    """The token a page embeds in its forms and its `csrf-token` meta tag."""
    return _sign(signing_key(request), _browser_secret(request), _session(request))


def rotate(request: Request) -> None:
    """A new secret (on login and logout), so a token seen before no longer works."""
    request.state.csrf_secret = secrets.token_urlsafe(32)


def attach_cookie(request: Request, response: Response) -> None:
    """Set the cookie when this request created or rotated the secret."""
    fresh: str | None = getattr(request.state, "csrf_secret", None)
    if fresh is not None:
        set_cookie(response, request, CSRF_COOKIE, fresh, CSRF_COOKIE_MAX_AGE)


def _same_origin(request: Request) -> bool:
    if request.headers.get("sec-fetch-site") == "cross-site":
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()


def check(request: Request, submitted: str | None) -> None:
    """Raise CsrfRefused unless the request is same-origin and carries this browser's token."""
    if not _same_origin(request):
        raise CsrfRefused("Cross-site requests are not accepted.")
    secret = request.cookies.get(CSRF_COOKIE, "")
    if not submitted or not _SECRET_SHAPE.match(secret):
        raise CsrfRefused(
            "The form's security token is missing or expired. Reload the page and try again."
        )
    expected = _sign(signing_key(request), secret, _session(request))
    if not hmac.compare_digest(submitted.encode(), expected.encode()):
        raise CsrfRefused(
            "The form's security token does not match. Reload the page and try again."
        )


async def protect(request: Request) -> None:
    """Router dependency for pages: every state-changing request must prove it is ours."""
    if request.method in SAFE_METHODS:
        return
    if not _same_origin(request) or not _SECRET_SHAPE.match(request.cookies.get(CSRF_COOKIE, "")):
        check(request, None)  # refused as it stands: the body is never parsed
    submitted = request.headers.get(HEADER)
    if submitted is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            value = (await request.form()).get(FORM_FIELD)
            submitted = value if isinstance(value, str) else None
    check(request, submitted)
