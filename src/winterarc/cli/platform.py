"""The platform's commands (serve, worker, db, user, judge, problem, content, lab-runtime): one
Typer app whose commands are imported only when run (cli/lazy.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from winterarc import __version__
from winterarc.cli.commands import PLATFORM
from winterarc.cli.lazy import Lazy, LazyGroup


class PlatformGroup(LazyGroup):
    COMMANDS = {name: Lazy(target, summary) for name, (target, summary) in PLATFORM.items()}


app = typer.Typer(
    name="winterarc",
    cls=PlatformGroup,
    help="Winter Arc: a self-hosted training platform with a hardened Python judge.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"winterarc {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Winter Arc: roadmap, daily practice and a hardened Python judge.

    Settings come from WINTERARC_* environment variables (see the README's configuration table).
    """


def run_platform() -> int:
    # Without standalone mode click returns typer.Exit's code instead of exiting.
    code = app(standalone_mode=False)
    return code if isinstance(code, int) else 0
