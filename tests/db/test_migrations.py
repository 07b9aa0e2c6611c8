"""The one migration history runs up and down on SQLite and PostgreSQL and matches the models."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import create_async_engine

from winterarc.db import migrate


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'migrations.db'}"
    factory: Callable[[str], str] = request.getfixturevalue("make_postgres_database")
    return factory("migrations")


def _tables(url: str) -> set[str]:
    async def read() -> set[str]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as connection:
                return set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
        finally:
            await engine.dispose()

    return asyncio.run(read())


def test_upgrade_downgrade_upgrade_round_trip(empty_database: str) -> None:
    migrate.upgrade(empty_database)
    assert asyncio.run(migrate.current_revision(empty_database)) == migrate.head_revision()
    assert {
        "users",
        "refresh_tokens",
        "problems",
        "tags",
        "problem_tags",
        "submissions",
    } <= _tables(empty_database)
    migrate.downgrade(empty_database, "base")
    assert _tables(empty_database) <= {"alembic_version"}
    assert asyncio.run(migrate.current_revision(empty_database)) is None
    migrate.upgrade(empty_database)
    assert asyncio.run(migrate.current_revision(empty_database)) == migrate.head_revision()


def test_models_and_migrations_agree(empty_database: str) -> None:
    migrate.upgrade(empty_database)
    # Raises when autogenerate would produce operations: a model changed without a migration.
    command.check(migrate.alembic_config(empty_database))


def test_lab_problems_fit_the_migrated_schema(empty_database: str) -> None:
    """0005 widened the type constraint (SQLite rebuilds the table for it) and kept it a check."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    migrate.upgrade(empty_database)
    columns = (
        "slug, title, difficulty, type, checker, time_limit_ms, memory_limit_mb, statement, "
        "editorial, created_at, updated_at"
    )
    insert = text(
        f"INSERT INTO problems ({columns}) VALUES (:slug, 't', 'easy', :type, 'tokens', 1000, "
        "256, '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
    )

    async def attempt(slug: str, type_: str) -> None:
        engine = create_async_engine(empty_database)
        try:
            async with engine.begin() as connection:
                await connection.execute(insert, {"slug": slug, "type": type_})
        finally:
            await engine.dispose()

    asyncio.run(attempt("a-lab", "lab"))
    with pytest.raises(IntegrityError):
        asyncio.run(attempt("bogus", "bogus"))
