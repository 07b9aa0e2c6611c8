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


def _insert(session: AsyncSession, model: type[Base]) -> Any:
    module: Any = postgresql if session.bind.dialect.name == "postgresql" else sqlite
    return module.insert(model)


async def insert_if_absent(
    session: AsyncSession, model: type[Base], row: dict[str, Any], unique: Sequence[str]
) -> bool:
    """INSERT ... ON CONFLICT (unique) DO NOTHING for one row: True when it was inserted."""
    statement = _insert(session, model).values(row).on_conflict_do_nothing(index_elements=unique)
    result = await session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0) == 1


async def upsert_adding(
    session: AsyncSession,
    model: type[Base],
    row: dict[str, Any],
    key: Sequence[str],
    add: Sequence[str],
) -> None:
    """INSERT the row, or add its `add` columns to the existing one's (one atomic statement,
    so concurrent workers never lose an increment)."""
    statement = _insert(session, model).values(row)
    statement = statement.on_conflict_do_update(
        index_elements=list(key),
        set_={column: getattr(model, column) + statement.excluded[column] for column in add},
    )
    await session.execute(statement)


async def upsert(
    session: AsyncSession, model: type[Base], row: dict[str, Any], key: Sequence[str]
) -> None:
    """INSERT the row, or replace the existing one's other columns with its values (one
    statement: two transactions writing the same row never fail on the primary key)."""
    statement = _insert(session, model).values(row)
    statement = statement.on_conflict_do_update(
        index_elements=list(key),
        set_={column: statement.excluded[column] for column in row if column not in key},
    )
    await session.execute(statement)
