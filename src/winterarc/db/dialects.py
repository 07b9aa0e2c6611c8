"""The few statements that differ between SQLite and PostgreSQL, in one place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.db.base import Base


async def insert_ignoring_duplicates(
    session: AsyncSession, model: type[Base], rows: Sequence[dict[str, Any]], unique: Sequence[str]
) -> None:
    """INSERT ... ON CONFLICT (unique) DO NOTHING: a row that already exists is kept as is."""
    if not rows:
        return
    module: Any = postgresql if session.bind.dialect.name == "postgresql" else sqlite
    statement = (
        module.insert(model).values(list(rows)).on_conflict_do_nothing(index_elements=list(unique))
    )
    await session.execute(statement)
