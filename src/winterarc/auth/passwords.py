"""Password hashing (Argon2id) and the password policy."""

from __future__ import annotations

from functools import cache
from importlib import resources

import anyio.to_thread
from pwdlib import PasswordHash

MIN_LENGTH = 10
MAX_LENGTH = 256

_hasher = PasswordHash.recommended()


@cache
def _dummy_hash() -> str:
    return _hasher.hash("winterarc-timing-equaliser")


@cache
def common_passwords() -> frozenset[str]:
    text = resources.files("winterarc.auth").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line and not line.startswith("#")
    )


def policy_violations(password: str, username: str) -> list[str]:
    """Every rule the password breaks, phrased for the user; empty when it is acceptable."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"must be at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        problems.append(f"must be at most {MAX_LENGTH} characters")
    lowered = password.lower()
    if username and username.lower() in lowered:
        problems.append("must not contain the username")
    if lowered in common_passwords():
        problems.append("is too common")
    return problems


# Argon2 takes ~100 ms of CPU: run it off the event loop so one login does not stall others.
async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(_hasher.hash, password)


async def verify_password(password: str, password_hash: str) -> tuple[bool, str | None]:
    """(matches, a new hash when the stored one uses outdated parameters)."""
    return await anyio.to_thread.run_sync(_hasher.verify_and_update, password, password_hash)


async def spend_verification_time(password: str) -> None:
    """Verify against a dummy hash so an unknown user costs as much time as a wrong password."""
    await anyio.to_thread.run_sync(_hasher.verify, password, _dummy_hash())
