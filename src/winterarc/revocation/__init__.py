"""Revoked access tokens (by `jti`) until they expire: Redis when configured, else a table.
Chosen once at start-up from WINTERARC_REDIS_URL, like the pub/sub and the rate limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import HTTPConnection

from winterarc.revocation.base import Denylist
from winterarc.settings import Settings

__all__ = ["Denylist", "DenylistDep", "create_denylist", "get_denylist"]


def create_denylist(settings: Settings) -> Denylist:
    if settings.redis_url:
        from winterarc.revocation.redis import RedisDenylist

        return RedisDenylist(settings.redis_url)
    from winterarc.revocation.database import DatabaseDenylist

    return DatabaseDenylist()


async def get_denylist(connection: HTTPConnection) -> Denylist:
    denylist: Denylist = connection.app.state.denylist
    return denylist


DenylistDep = Annotated[Denylist, Depends(get_denylist)]
