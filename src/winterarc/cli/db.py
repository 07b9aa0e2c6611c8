"""`winterarc db`: schema migrations."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from winterarc.db import migrate
from winterarc.settings import load_settings

app = typer.Typer(help="Database schema migrations.", no_args_is_help=True)


@app.command()
def upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply migrations up to REVISION (default: the newest)."""
    url = load_settings().resolved_database_url
    migrate.upgrade(url, revision)
    typer.echo(f"database at revision {asyncio.run(migrate.current_revision(url))}")


@app.command()
def downgrade(revision: Annotated[str, typer.Argument(help="Target revision, e.g. base.")]) -> None:
    """Revert migrations down to REVISION."""
    url = load_settings().resolved_database_url
    migrate.downgrade(url, revision)
    typer.echo(f"database at revision {asyncio.run(migrate.current_revision(url)) or 'base'}")


@app.command()
def current() -> None:
    """Print the database's revision and the newest one available."""
    url = load_settings().resolved_database_url
    typer.echo(f"current: {asyncio.run(migrate.current_revision(url)) or 'base'}")
    typer.echo(f"head:    {migrate.head_revision()}")
