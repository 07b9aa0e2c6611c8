"""One transaction per request: services only flush; this dependency commits or rolls back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.requests import HTTPConnection


async def get_engine(connection: HTTPConnection) -> AsyncEngine:
    engine: AsyncEngine = connection.app.state.engine
    return engine


async def get_sessionmaker(connection: HTTPConnection) -> async_sessionmaker[AsyncSession]:
    maker: async_sessionmaker[AsyncSession] = connection.app.state.sessionmaker
    return maker


EngineDep = Annotated[AsyncEngine, Depends(get_engine)]
SessionmakerDep = Annotated[async_sessionmaker[AsyncSession], Depends(get_sessionmaker)]


async def get_session(maker: SessionmakerDep) -> AsyncIterator[AsyncSession]:
    async with maker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


async def release_connection(session: AsyncSession) -> None:
    """End the request's transaction early, before a long wait that needs no database: the
    connection goes back to the pool (objects stay loaded: expire_on_commit is off), and
    anything after the wait starts a new transaction."""
    await session.commit()


# scope="function": commit before the response is sent, so a client that got 201 can read
# what it wrote at once, and a failing commit becomes an error response instead of a lie.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
