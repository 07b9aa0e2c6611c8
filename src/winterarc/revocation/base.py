"""The denylist interface: access tokens are stateless, so ending one early needs a record.

Both calls take the request's database session: the database backend works inside the
request's own transaction (a second connection would wait on SQLite's write lock, and costs a
pool slot on PostgreSQL); the Redis backend ignores it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession


class Denylist(ABC):
    @abstractmethod
    async def revoke(self, session: AsyncSession, token_id: str, expires_at: datetime) -> None:
        """Refuse this token id from now until `expires_at` (after that it is refused anyway)."""

    @abstractmethod
    async def is_revoked(self, session: AsyncSession, token_id: str) -> bool: ...

    async def close(self) -> None:
        return None
