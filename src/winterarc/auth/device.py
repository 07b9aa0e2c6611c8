"""The device authorization grant (RFC 8628): codes, approval, and polling for tokens.

`winterarc login` asks for a device code and shows the learner a short user code; the learner
enters it on /device while logged in and approves; the CLI polls the token endpoint with the
device code until it gets tokens, is refused, or the code expires. A code gives one login."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth import repository, service
from winterarc.auth.models import DeviceCode, DeviceCodeState, User
from winterarc.auth.tokens import hash_refresh_token
from winterarc.db.base import utcnow
from winterarc.kit.errors import AppError

# RFC 8628 section 6.1: consonants only (no vowels, so no words; no lookalike characters).
USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"
USER_CODE_LENGTH = 8
SLOW_DOWN_STEP = 5  # seconds added to the interval on every poll that came too early
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class DeviceGrantError(AppError):
    """An RFC 8628 token-endpoint error: problem+json that also carries OAuth's `error`."""

    status = 400
    error = "invalid_grant"

    def __init__(self, detail: str | None = None, **extensions: Any) -> None:
        super().__init__(detail, error=self.error, **extensions)


class AuthorizationPending(DeviceGrantError):
    code, title, error = "authorization-pending", "Authorization pending", "authorization_pending"


class SlowDown(DeviceGrantError):
    code, title, error = "slow-down", "Polling too fast", "slow_down"


class ExpiredDeviceCode(DeviceGrantError):
    code, title, error = "expired-token", "Device code expired", "expired_token"


class AccessDenied(DeviceGrantError):
    code, title, error = "access-denied", "Access denied", "access_denied"


class InvalidDeviceCode(DeviceGrantError):
    code, title, error = "invalid-grant", "Invalid device code", "invalid_grant"


@dataclass(frozen=True, slots=True)
class DeviceGrant:
    device_code: str
    user_code: str  # formatted for people: "BCDF-GHJK"
    expires_in: int
    interval: int


def new_user_code() -> str:
    raw = "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(USER_CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalize_user_code(text: str) -> str | None:
    """The code as stored: upper case without separators; None when it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch not in "- \t")
    if len(cleaned) != USER_CODE_LENGTH or any(ch not in USER_CODE_ALPHABET for ch in cleaned):
        return None
    return cleaned


def format_user_code(normalized: str) -> str:
    return f"{normalized[:4]}-{normalized[4:]}"


async def start(
    session: AsyncSession, *, ttl: timedelta, interval: int, now: datetime | None = None
) -> DeviceGrant:
    """A new pending code pair; expired codes are swept out on the way."""
    now = now or utcnow()
    await session.execute(delete(DeviceCode).where(DeviceCode.expires_at <= now - ttl))
    device_code = secrets.token_urlsafe(32)
    user_code = new_user_code()
    normalized = normalize_user_code(user_code)
    assert normalized is not None
    session.add(
        DeviceCode(
            device_code_hash=hash_refresh_token(device_code),
            user_code_hash=hash_refresh_token(normalized),
            state=DeviceCodeState.PENDING,
            interval_seconds=interval,
            created_at=now,
            expires_at=now + ttl,
        )
    )
    await session.flush()  # a clash of user codes (1 in 2.5e10) fails here, not silently
    return DeviceGrant(device_code, user_code, int(ttl.total_seconds()), interval)


async def exchange(
    session: AsyncSession,
    policy: service.TokenPolicy,
    raw_device_code: str,
    now: datetime | None = None,
) -> service.TokenPair:
    """One poll of the token endpoint: tokens once approved, else the RFC 8628 error.

    The poll's time is recorded even when it fails, so the errors are committed first."""
    now = now or utcnow()
    result = await session.execute(
        select(DeviceCode)
        .where(DeviceCode.device_code_hash == hash_refresh_token(raw_device_code))
        .with_for_update()
    )
    code = result.scalar_one_or_none()
    if code is None or code.state is DeviceCodeState.USED:
        raise InvalidDeviceCode("The device code is unknown or was already used.")
    if _aware(code.expires_at) <= now:
        raise ExpiredDeviceCode("The device code has expired. Run `winterarc login` again.")
    if code.state is DeviceCodeState.DENIED:
        raise AccessDenied("The login was denied on the approval page.")
    too_early = code.last_polled_at is not None and now - _aware(code.last_polled_at) < timedelta(
        seconds=code.interval_seconds
    )
    code.last_polled_at = now
    if too_early:
        code.interval_seconds += SLOW_DOWN_STEP
        await session.commit()
        raise SlowDown(
            f"Poll at most every {code.interval_seconds} seconds.", interval=code.interval_seconds
        )
    if code.state is DeviceCodeState.PENDING or code.user_id is None:
        await session.commit()
        raise AuthorizationPending("The login has not been approved yet.")
    user = await repository.get_user(session, code.user_id)
    if user is None or not user.is_active:
        raise AccessDenied("The account that approved this login is not active.")
    code.state = DeviceCodeState.USED
    return await service.issue_tokens(session, policy, user, now=now)


async def decide(
    session: AsyncSession, user_code: str, user: User, *, approve: bool, now: datetime | None = None
) -> bool:
    """Approve or deny a pending code for `user`; False when no pending code matches."""
    now = now or utcnow()
    normalized = normalize_user_code(user_code)
    if normalized is None:
        return False
    result = await session.execute(
        select(DeviceCode)
        .where(DeviceCode.user_code_hash == hash_refresh_token(normalized))
        .with_for_update()
    )
    code = result.scalar_one_or_none()
    if code is None or code.state is not DeviceCodeState.PENDING or _aware(code.expires_at) <= now:
        return False
    code.state = DeviceCodeState.APPROVED if approve else DeviceCodeState.DENIED
    code.user_id = user.id if approve else None
    return True


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
