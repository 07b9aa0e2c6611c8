"""A browser that has logged in to an account before: it keeps logging in to that account
while strangers guessing the password from many addresses are slowed down.

The cookie holds HMAC(key, account), so it cannot be made for an account without having
logged in to it on that browser, and says nothing about the password."""

from __future__ import annotations

import base64
import hashlib
import hmac

from fastapi import Request, Response

from winterarc.web.cookies import set_cookie

COOKIE = "winterarc_device"
MAX_AGE = 365 * 86_400


def _account(username: str) -> str:
    return username.strip().lower()[:64]


def _proof(request: Request, username: str) -> str:
    base: bytes = request.app.state.csrf_key
    key = hmac.new(base, b"winterarc known device v1", hashlib.sha256).digest()
    digest = hmac.new(key, _account(username).encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def is_known(request: Request, username: str) -> bool:
    presented = request.cookies.get(COOKIE, "")
    return bool(presented) and hmac.compare_digest(
        presented.encode(), _proof(request, username).encode()
    )


def remember(request: Request, response: Response, username: str) -> None:
    """After a successful login: this browser is now known for this account."""
    set_cookie(response, request, COOKIE, _proof(request, username), MAX_AGE)
