"""`winterarc content`: the curriculum files."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from winterarc.cli.errors import CLIError
from winterarc.curriculum.files import CurriculumError
from winterarc.curriculum.sync import SyncReport, sync_content
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.db.migrate import upgrade_async
from winterarc.settings import load_settings

app = typer.Typer(
    help="The curriculum: roadmap, quizzes and problem packages.", no_args_is_help=True
)


@app.command()
def sync(
    content_dir: Annotated[
        Path | None,
        typer.Option(
            "--content-dir",
            help="Folder with roadmap.yaml, quizzes/ and problems/ [default: WINTERARC_CONTENT_DIR "
            "or the curriculum shipped with Winter Arc].",
        ),
    ] = None,
) -> None:
    """Load the roadmap, quizzes and problems into the database (safe to repeat)."""
    settings = load_settings()
    folder = content_dir or settings.content_dir
    if folder is None or not folder.is_dir():
        raise CLIError(
            f"no content directory at {folder}" if folder else "no content directory found"
        )
    report = asyncio.run(_sync(settings.resolved_database_url, settings.is_sqlite, folder))
    for error in report.errors:
        typer.echo(f"error: {error}", err=True)
    typer.echo(report.summary())
    if report.errors:
        raise typer.Exit(1)


async def _sync(url: str, is_sqlite: bool, folder: Path) -> SyncReport:
    if is_sqlite:
        await upgrade_async(url)
    engine = create_engine(url)
    try:
        async with create_sessionmaker(engine)() as session:
            try:
                report = await sync_content(session, folder)
            except CurriculumError as exc:
                raise CLIError(str(exc)) from None
            await session.commit()
            return report
    finally:
        await engine.dispose()
