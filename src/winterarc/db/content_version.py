"""The catalogue's content version: one row (`content_versions`), re-stamped in the transaction
of every write to the static catalogue (problems and their labels and topics, the roadmap,
quizzes), so each process's cached catalogue (`roadmap.catalogue`) knows, from one tiny read,
whether another replica changed it. docs/catalogue-cache.md.

The stamp is random, not a counter: a rolled-back write must never hand its number to a later
write, or a cache built inside the rolled-back transaction would pass for the committed one."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import BigInteger, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, UTCDateTime, utcnow
from winterarc.db.dialects import upsert

CATALOGUE = "catalogue"
# Set by `bump`: a session's memo of the catalogue (roadmap.catalogue) is dropped with it.
SESSION_MEMO = "winterarc.catalogue"


class ContentVersion(Base):
    __tablename__ = "content_versions"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


def new_stamp() -> int:
    """A fresh version: random, positive, fits a signed 64-bit column."""
    return secrets.randbits(62) + 1


async def bump(session: AsyncSession) -> None:
    """Mark the catalogue changed, in the caller's transaction (call after its writes: the row
    lock is then held only until the commit)."""
    row = {"name": CATALOGUE, "version": new_stamp(), "changed_at": utcnow()}
    await upsert(session, ContentVersion, row, ["name"])
    session.info.pop(SESSION_MEMO, None)


async def current(session: AsyncSession) -> int | None:
    """The catalogue's version as this transaction sees it (None: never stamped)."""
    found: int | None = await session.scalar(
        select(ContentVersion.version).where(ContentVersion.name == CATALOGUE)
    )
    return found
