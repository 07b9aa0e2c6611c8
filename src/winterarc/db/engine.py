"""Engine construction; the SQLite pragmas live here so every connection gets them."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession
from sqlalchemy.pool import NullPool


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine for a SQLite or PostgreSQL URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            _private_sqlite_file(Path(database))
        # hide_parameters: an error's text (which may be logged) never shows a row's values.
        if database and database != ":memory:":
            # Pooled: opening an aiosqlite connection (a thread, the file, the pragmas) costs
            # milliseconds, several times per request and per judged submission. An idle pooled
            # connection holds no read transaction (the pool rolls back on return), so WAL
            # checkpoints still complete. SQLite has one writer: a small pool is enough.
            engine = create_async_engine(
                url, echo=echo, pool_size=5, max_overflow=10, hide_parameters=True
            )
        else:
            # Each connection to ":memory:" is its own database: never share one by pooling.
            engine = create_async_engine(url, echo=echo, poolclass=NullPool, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(
        url, echo=echo, hide_parameters=True, pool_pre_ping=True, pool_size=10, max_overflow=10
    )


def _private_sqlite_file(path: Path) -> None:
    """The database file exists and is 0600 before SQLite opens it: SQLite gives its -wal and
    -shm files the database's own mode, and would create it with the umask's (often 0644).

    An existing file is never opened here: closing any descriptor of a database file drops
    every POSIX lock this process holds on it, including those of open SQLite connections (an
    engine's pool), and another process could then take itself for the last connection and
    delete the WAL under them ("disk I/O error", "database disk image is malformed")."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if companion.stat().st_mode & 0o077:
                companion.chmod(0o600)
        except FileNotFoundError:
            continue


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
