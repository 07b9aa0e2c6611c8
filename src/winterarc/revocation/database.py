"""Revoked token ids in a table: shared by every process on the same database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.db.base import utcnow
from winterarc.revocation.base import Denylist
from winterarc.revocation.models import RevokedToken


class DatabaseDenylist(Denylist):
    async def revoke(self, session: AsyncSession, token_id: str, expires_at: datetime) -> None:
        # Expired rows are worthless: each revocation sweeps them, so the table stays small.
        await session.execute(delete(RevokedToken).where(RevokedToken.expires_at < utcnow()))
        await session.merge(RevokedToken(token_id=token_id, expires_at=expires_at))
        await session.flush()

    async def is_revoked(self, session: AsyncSession, token_id: str) -> bool:
        found = await session.scalar(
            select(RevokedToken.token_id).where(RevokedToken.token_id == token_id)
        )
        return found is not None
