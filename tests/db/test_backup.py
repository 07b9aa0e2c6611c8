"""`winterarc backup` / `winterarc restore` round trips on SQLite and on a fresh PostgreSQL
database: data written, backup taken, data destroyed, restored, every row back."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import create_async_engine

from winterarc.auth.models import Role, User
from winterarc.db import migrate
from winterarc.db.backup import BackupError, backup, backup_kind, restore
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.db.models import Base

Snapshot = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated database of its own (PostgreSQL: created here, dropped after the session)."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'live' / 'winterarc.db'}"
    else:
        make: Callable[[str], str] = request.getfixturevalue("make_postgres_database")
        url = make("backup")
    migrate.upgrade(url)
    return url


async def _add_users(url: str, users: list[User]) -> list[int]:
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            session.add_all(users)
            await session.commit()
            return [user.id for user in users]
    finally:
        await engine.dispose()


def _write_data(url: str) -> None:
    members = [
        User(username=f"member-{number}", password_hash=f"hash-{number}", role=role)
        for number, role in enumerate(Role)
    ]
    asyncio.run(_add_users(url, members))


async def _snapshot(url: str) -> Snapshot:
    """Every row of every table, in a stable order."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            rows: Snapshot = {}
            for table in [*Base.metadata.sorted_tables]:
                result = await connection.execute(select(table).order_by(*table.primary_key))
                rows[table.name] = [tuple(row) for row in result]
            version = await connection.execute(text("SELECT version_num FROM alembic_version"))
            rows["alembic_version"] = [tuple(row) for row in version]
            return rows
    finally:
        await engine.dispose()


async def _destroy(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                await connection.execute(table.delete())
            await connection.execute(
                text("DROP TABLE users CASCADE" if "postgres" in url else "DROP TABLE users")
            )
    finally:
        await engine.dispose()


def winterarc(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
    env["WINTERARC_DATABASE_URL"] = url
    return subprocess.run(
        [sys.executable, "-m", "winterarc", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a net for a hang, not a speed check
        check=False,
    )


def test_backup_then_restore_brings_every_row_back(fresh_url: str, tmp_path: Path) -> None:
    _write_data(fresh_url)
    before = asyncio.run(_snapshot(fresh_url))
    assert len(before["users"]) == len(Role)
    archive = tmp_path / "winterarc.backup"

    taken = winterarc(fresh_url, "backup", str(archive))
    assert taken.returncode == 0, taken.stderr
    assert "backed up" in taken.stdout
    assert backup_kind(archive) == ("postgresql" if "postgresql" in fresh_url else "sqlite")

    asyncio.run(_destroy(fresh_url))
    restored = winterarc(fresh_url, "restore", "--yes", str(archive))
    assert restored.returncode == 0, restored.stderr

    assert asyncio.run(_snapshot(fresh_url)) == before
    # The sequences came back too: the next row gets the next id.
    newcomer = User(username="after-restore", password_hash="x", role=Role.LEARNER)
    assert asyncio.run(_add_users(fresh_url, [newcomer])) == [len(Role) + 1]


def test_backup_refuses_to_overwrite_and_restore_refuses_other_files(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'winterarc.db'}"
    migrate.upgrade(url)
    archive = tmp_path / "taken.db"
    backup(url, archive)
    with pytest.raises(BackupError, match="already exists"):
        backup(url, archive)
    assert backup(url, archive, overwrite=True).size > 0

    stranger = tmp_path / "notes.txt"
    stranger.write_text("not a database")
    with pytest.raises(BackupError, match="not a Winter Arc backup"):
        restore(url, stranger)
    with pytest.raises(BackupError, match="no such file"):
        restore(url, tmp_path / "missing.db")
    with pytest.raises(BackupError, match="sqlite backup but the database is postgresql"):
        restore("postgresql+asyncpg://nobody@127.0.0.1:1/none", archive)


def test_backup_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'absent.db'}"
    with pytest.raises(BackupError, match="no database at"):
        backup(url, tmp_path / "out.db")
    assert not (tmp_path / "absent.db").exists()
    assert not list(tmp_path.iterdir())


def test_cli_errors_are_one_line(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'absent.db'}"
    failed = winterarc(url, "restore", "--yes", str(tmp_path / "missing.db"))
    assert failed.returncode == 1
    assert failed.stderr.strip().splitlines() == [
        f"winterarc: error: restore: no such file: {tmp_path / 'missing.db'}"
    ]
    unreachable = winterarc(
        "postgresql+asyncpg://nobody:secret-word@127.0.0.1:1/none", "backup", str(tmp_path / "b")
    )
    assert unreachable.returncode == 1
    lines = unreachable.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("winterarc: error: backup: pg_dump")
    assert "secret-word" not in unreachable.stderr
    assert not (tmp_path / "b").exists()


def test_help_is_complete() -> None:
    url = "sqlite+aiosqlite:///unused.db"
    taken = winterarc(url, "backup", "--help")
    assert taken.returncode == 0
    assert (
        "PATH" in taken.stdout.upper() and "--force" in taken.stdout and "pg_dump" in taken.stdout
    )
    restored = winterarc(url, "restore", "--help")
    assert restored.returncode == 0
    assert "--yes" in restored.stdout and "pg_restore" in restored.stdout
