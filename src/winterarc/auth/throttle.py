"""Brute-force brakes on logging in and signing up, for the API and the pages alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from winterarc.kit.dependencies import SettingsDep
from winterarc.ratelimit import RateLimiter, RateLimiterDep
from winterarc.settings import Settings


@dataclass(frozen=True, slots=True)
class Throttle:
    """The rate limits of one request's client."""

    limiter: RateLimiter
    settings: Settings
    client: str

    async def check_login(self, username: str, *, known_device: bool = False) -> None:
        """Per address and account (guessing one password), per address (trying many), and per
        account from anywhere (guessing one password from many addresses) unless this browser
        has logged in to the account before: the rightful user is never locked out."""
        message = "Too many login attempts. Wait a minute and try again."
        account = username.strip().lower()[:64]
        if not known_device:
            await self.limiter.check(
                self.settings.login_account_rate_limit,
                "login-account",
                account,
                message="Too many login attempts for this account. Wait a minute, or log in "
                "from a browser you have used before.",
            )
        await self.limiter.check(
            self.settings.login_rate_limit, "login", self.client, account, message=message
        )
        await self.limiter.check(
            self.settings.login_ip_rate_limit, "login-ip", self.client, message=message
        )

    async def check_signup(self) -> None:
        await self.limiter.check(
            self.settings.signup_rate_limit,
            "signup",
            self.client,
            message="Too many accounts created from this address. Try again later.",
        )

    async def check_device_code(self) -> None:
        await self.limiter.check(
            self.settings.device_code_rate_limit,
            "device-code",
            self.client,
            message="Too many logins started from this address. Wait a minute and try again.",
        )

    async def check_device_verify(self) -> None:
        """Per address: user codes are short, so guessing them must be slow."""
        await self.limiter.check(
            self.settings.device_verify_rate_limit,
            "device-verify",
            self.client,
            message="Too many codes tried from this address. Wait a minute and try again.",
        )


async def get_throttle(
    request: Request, limiter: RateLimiterDep, settings: SettingsDep
) -> Throttle:
    # The peer address; uvicorn replaces it with X-Forwarded-For only from trusted proxies.
    client = request.client.host if request.client else "unknown"
    return Throttle(limiter, settings, client)


ThrottleDep = Annotated[Throttle, Depends(get_throttle)]
