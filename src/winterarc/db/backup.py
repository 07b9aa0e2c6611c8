"""Whole-database backups: SQLite through its online backup API, PostgreSQL through `pg_dump`
in custom format and `pg_restore`. One file per backup, written beside its final name and
renamed into place, so a failed backup never leaves a half file under the name asked for."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_CUSTOM_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message is one readable line."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    backend: str  # "sqlite" or "postgresql"


def describe_url(url: str) -> str:
    """The database named without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def backup(url: str, path: Path, *, overwrite: bool = False) -> BackupResult:
    """Copy the whole database at URL into the file PATH."""
    if path.exists() and not overwrite:
        raise BackupError(f"{path} already exists (pass --force to replace it)")
    if path.exists() and path.is_dir():
        raise BackupError(f"{path} is a directory")
    if not path.parent.is_dir():
        raise BackupError(f"no such directory: {path.parent}")
    parsed = make_url(url)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if parsed.get_backend_name() == "sqlite":
            _sqlite_backup(_sqlite_file(parsed), partial)
        elif parsed.get_backend_name() == "postgresql":
            _run_pg("pg_dump", _pg_args(parsed), "--format=custom", f"--file={partial}", url=parsed)
        else:
            raise BackupError(f"cannot back up a {parsed.get_backend_name()} database")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(path, path.stat().st_size, parsed.get_backend_name())


def restore(url: str, path: Path) -> str:
    """Replace the database at URL with the backup in PATH; returns the backend's name.

    Stop the servers and workers first: a restore rewrites every table under them."""
    kind = backup_kind(path)
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend != kind:
        raise BackupError(f"{path} is a {kind} backup but the database is {backend}")
    if kind == "sqlite":
        _sqlite_restore(path, _sqlite_file(parsed))
    else:
        # --clean --if-exists drops what the archive holds before recreating it; one
        # transaction, so a failed restore leaves the database as it was. --no-owner: the
        # objects belong to the role restoring (the migrations role, docs/operations.md).
        _run_pg(
            "pg_restore",
            _pg_args(parsed),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            str(path),
            url=parsed,
        )
    return kind


def backup_kind(path: Path) -> str:
    """'sqlite' or 'postgresql', from the file's first bytes."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise BackupError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise BackupError(f"{path} is a directory") from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_CUSTOM_MAGIC):
        return "postgresql"
    raise BackupError(f"{path} is not a Winter Arc backup (neither SQLite nor pg_dump -Fc)")


def _sqlite_file(parsed: URL) -> Path:
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up or restored")
    return Path(parsed.database)


def _sqlite_backup(source: Path, target: Path) -> None:
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    # mode=ro: a mistyped path must not create an empty database to back up.
    with _sqlite_connect(f"{source.as_uri()}?mode=ro") as live, _sqlite_connect(target) as copy:
        live.backup(copy)  # a consistent snapshot even while servers write
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    _sqlite_check(target)


def _sqlite_restore(backup_file: Path, target: Path) -> None:
    _sqlite_check(backup_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    with _sqlite_connect(f"{backup_file.as_uri()}?mode=ro") as saved, _sqlite_connect(target) as db:
        db.execute("PRAGMA busy_timeout=5000")
        saved.backup(db)  # page by page under the target's lock: readers never see half of it
        db.execute("PRAGMA journal_mode=WAL")  # the server's mode (db/engine.py)


def _sqlite_check(path: Path) -> None:
    try:
        with _sqlite_connect(f"{path.as_uri()}?mode=ro") as db:
            verdict = db.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path}: {exc}") from None
    if not verdict or verdict[0] != "ok":
        raise BackupError(f"{path} fails SQLite's integrity check: {verdict[0] if verdict else ''}")


class _sqlite_connect:  # noqa: N801 - used like sqlite3.connect, but closes on exit
    def __init__(self, target: str | Path) -> None:
        uri = isinstance(target, str)
        try:
            self.connection = sqlite3.connect(target, uri=uri, isolation_level=None)
        except sqlite3.Error as exc:
            raise BackupError(f"cannot open {target}: {exc}") from None

    def __enter__(self) -> sqlite3.Connection:
        return self.connection

    def __exit__(self, *_: object) -> None:
        self.connection.close()


def _pg_args(parsed: URL) -> list[str]:
    args = ["--no-password", f"--dbname={parsed.database or 'postgres'}"]
    if parsed.host:
        args.append(f"--host={parsed.host}")
    if parsed.port:
        args.append(f"--port={parsed.port}")
    if parsed.username:
        args.append(f"--username={parsed.username}")
    return args


def _pg_env(parsed: URL) -> dict[str, str]:
    """The password travels in the environment, never on a command line others can read."""
    env = dict(os.environ)
    if parsed.password is not None:
        env["PGPASSWORD"] = str(parsed.password)
    ssl = parsed.query.get("ssl") or parsed.query.get("sslmode")  # asyncpg's or libpq's name
    if isinstance(ssl, str):
        env["PGSSLMODE"] = ssl
    return env


def _run_pg(program: str, args: list[str], *extra: str, url: URL) -> None:
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(
            f"{program} not found: install PostgreSQL's client tools (postgresql-client)"
        )
    result = subprocess.run(  # noqa: S603 - argv from the URL's parts, no shell
        [executable, *args, *extra],
        env=_pg_env(url),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        raise BackupError(lines[0] if lines else f"{program} exited with {result.returncode}")
