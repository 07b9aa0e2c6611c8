"""All account queries."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import (
    DEFAULT_DRILL_SIZE,
    DEFAULT_TIME_ZONE,
    LearnerSettings,
    RefreshToken,
    User,
    WebSession,
)


async def get_user(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def get_user_by_username(session: AsyncSession, username: str) -> User | None:
    result = await session.execute(select(User).where(User.username == username.lower()))
    return result.scalar_one_or_none()


async def list_users(
    session: AsyncSession, *, offset: int, limit: int
) -> tuple[Sequence[User], int]:
    total = await session.scalar(select(func.count()).select_from(User))
    rows = await session.scalars(select(User).order_by(User.id).offset(offset).limit(limit))
    return rows.all(), int(total or 0)


async def get_refresh_token_for_update(
    session: AsyncSession, token_hash: str
) -> RefreshToken | None:
    # FOR UPDATE on PostgreSQL: two concurrent refreshes with one token must not both rotate it.
    result = await session.execute(
        select(RefreshToken).where(RefreshToken.token_hash == token_hash).with_for_update()
    )
    return result.scalar_one_or_none()


async def revoke_family(session: AsyncSession, family_id: uuid.UUID, now: datetime) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


async def revoke_live_tokens(session: AsyncSession, family_id: uuid.UUID, now: datetime) -> None:
    """Revoke the family's tokens that were never used (the current head of the chain)."""
    await session.execute(
        update(RefreshToken)
        .where(
            RefreshToken.family_id == family_id,
            RefreshToken.revoked_at.is_(None),
            RefreshToken.used_at.is_(None),
        )
        .values(revoked_at=now)
    )


async def family_has_used_successor(
    session: AsyncSession, family_id: uuid.UUID, after: datetime
) -> bool:
    count = await session.scalar(
        select(func.count())
        .select_from(RefreshToken)
        .where(
            RefreshToken.family_id == family_id,
            RefreshToken.created_at >= after,
            RefreshToken.used_at.is_not(None),
        )
    )
    return bool(count)


async def get_web_session_user(
    session: AsyncSession, token_hash: str, now: datetime
) -> User | None:
    """The active user behind an unexpired browser session."""
    result = await session.execute(
        select(User)
        .join(WebSession, WebSession.user_id == User.id)
        .where(WebSession.token_hash == token_hash, WebSession.expires_at > now, User.is_active)
    )
    return result.scalar_one_or_none()


async def delete_web_session(session: AsyncSession, token_hash: str) -> None:
    await session.execute(delete(WebSession).where(WebSession.token_hash == token_hash))


async def delete_expired_web_sessions(session: AsyncSession, user_id: int, now: datetime) -> None:
    await session.execute(
        delete(WebSession).where(WebSession.user_id == user_id, WebSession.expires_at <= now)
    )


async def time_zone_of(session: AsyncSession, user_id: int) -> str:
    """The learner's time zone setting (the default when they have none)."""
    found = await session.scalar(
        select(LearnerSettings.time_zone).where(LearnerSettings.user_id == user_id)
    )
    return found or DEFAULT_TIME_ZONE


async def set_time_zone(session: AsyncSession, user_id: int, time_zone: str) -> None:
    row = await session.get(LearnerSettings, user_id)
    if row is None:
        session.add(
            LearnerSettings(user_id=user_id, time_zone=time_zone, drill_size=DEFAULT_DRILL_SIZE)
        )
    else:
        row.time_zone = time_zone
    await session.flush()
