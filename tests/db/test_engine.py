"""SQLite engines: a second engine on the same file never breaks the first one's connections."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from winterarc.db.engine import create_engine

pytestmark = pytest.mark.anyio

# Another process opens the database and closes it: if it could take an exclusive lock on the
# file, it believes it was the last connection, checkpoints and deletes the -wal and -shm files.
OTHER_PROCESS = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM notes").fetchone()
connection.close()
"""


async def test_a_new_engine_keeps_the_locks_of_pooled_connections(tmp_path: Path) -> None:
    database = tmp_path / "winterarc.db"
    url = f"sqlite+aiosqlite:///{database}"
    first = create_engine(url)
    try:
        async with first.begin() as connection:
            await connection.execute(text("CREATE TABLE notes (body TEXT)"))
            await connection.execute(text("INSERT INTO notes VALUES ('kept')"))
        # A pooled connection is open (WAL mode: it holds a shared lock on the file) when this
        # process builds another engine on the same file, as a CLI command or a test does.
        async with first.connect() as held:
            second = create_engine(url)
            await second.dispose()
            other = await asyncio.create_subprocess_exec(
                sys.executable, "-c", OTHER_PROCESS, str(database)
            )
            assert await other.wait() == 0
            assert (tmp_path / "winterarc.db-wal").exists(), "the WAL was deleted under us"
            await held.execute(text("INSERT INTO notes VALUES ('still writable')"))
            await held.commit()
            rows = (await held.execute(text("SELECT body FROM notes ORDER BY rowid"))).all()
            assert [r.body for r in rows] == ["kept", "still writable"]
    finally:
        await first.dispose()
