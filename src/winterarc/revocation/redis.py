"""Revoked token ids as expiring Redis keys: every replica sees a logout at once."""

from __future__ import annotations

import logging
import math
from datetime import datetime

import redis.asyncio as redis
from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.db.base import utcnow
from winterarc.revocation.base import Denylist

logger = logging.getLogger("winterarc.revocation")
PREFIX = "winterarc:revoked:"


class RedisDenylist(Denylist):
    def __init__(self, url: str) -> None:
        self._client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)

    async def revoke(self, session: AsyncSession, token_id: str, expires_at: datetime) -> None:
        ttl = max(1, math.ceil((expires_at - utcnow()).total_seconds()))
        await self._client.set(PREFIX + token_id, b"1", ex=ttl)

    async def is_revoked(self, session: AsyncSession, token_id: str) -> bool:
        try:
            return bool(await self._client.exists(PREFIX + token_id))
        except RedisError:
            # Like the rate limits: an outage must not log everybody out. Logout still ended
            # the refresh session in the database, so the token dies at its expiry at worst.
            logger.warning("token denylist unavailable; accepting the token", exc_info=True)
            return False

    async def close(self) -> None:
        await self._client.aclose()
