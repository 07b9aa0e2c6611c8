"""Brute-force brakes on logging in and signing up, for the API and the pages alike."""

from __future__ import annotations

from fastapi import Request

from winterarc.ratelimit import RateLimiter


def _client(request: Request) -> str:
    # The peer address; uvicorn replaces it with X-Forwarded-For only from trusted proxies.
    return request.client.host if request.client else "unknown"


async def check_login(request: Request, username: str) -> None:
    """Per address and account (guessing one password), and per address (trying many)."""
    limiter: RateLimiter = request.app.state.rate_limiter
    settings = request.app.state.settings
    message = "Too many login attempts. Wait a minute and try again."
    address = _client(request)
    await limiter.check(
        settings.login_rate_limit, "login", address, username.strip().lower()[:64], message=message
    )
    await limiter.check(settings.login_ip_rate_limit, "login-ip", address, message=message)


async def check_signup(request: Request) -> None:
    limiter: RateLimiter = request.app.state.rate_limiter
    await limiter.check(
        request.app.state.settings.signup_rate_limit,
        "signup",
        _client(request),
        message="Too many accounts created from this address. Try again later.",
    )
