"""`winterarc backup` and `winterarc restore`: the whole database to one file and back
(docs/operations.md has the strategy around them: schedules, WAL archiving, retention, drills)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from winterarc.cli.errors import CLIError
from winterarc.db import backup as backups
from winterarc.settings import load_settings


def backup(
    path: Annotated[Path, typer.Argument(help="The backup file to write.")],
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """Back up the database (WINTERARC_DATABASE_URL) to PATH.

    SQLite: a consistent copy through the online backup API, safe while servers run.

    PostgreSQL: pg_dump --format=custom (PostgreSQL's client tools on the PATH).
    """
    url = load_settings().resolved_database_url
    try:
        done = backups.backup(url, path, overwrite=force)
    except backups.BackupError as exc:
        raise CLIError(f"backup: {exc}") from None
    typer.echo(f"backed up {backups.describe_url(url)} to {done.path} ({done.size} bytes)")


def restore(
    path: Annotated[Path, typer.Argument(help="A file written by `winterarc backup`.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Replace the database (WINTERARC_DATABASE_URL) with the backup in PATH.

    Stop the servers and workers first; asks before it starts unless --yes.

    SQLite: copied back through the online backup API.

    PostgreSQL: pg_restore --clean --if-exists --no-owner in one transaction (a failed restore
    changes nothing), as the role that owns the schema (the migrations role).
    """
    url = load_settings().resolved_database_url
    try:
        kind = backups.backup_kind(path)
        if not yes and not _confirmed(f"Replace every table of {backups.describe_url(url)}?"):
            raise CLIError("restore: not confirmed (pass --yes to skip the question)")
        backups.restore(url, path)
    except backups.BackupError as exc:
        raise CLIError(f"restore: {exc}") from None
    typer.echo(f"restored {backups.describe_url(url)} from {path} ({kind} backup)")


def _confirmed(question: str) -> bool:
    try:
        return typer.confirm(question)
    except typer.Abort:  # no answer: standard input closed
        return False
