"""The `winterarc` command: one Typer app, one module per command group."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from winterarc import __version__
from winterarc.cli import content as content_commands
from winterarc.cli import db as db_commands
from winterarc.cli import judge as judge_commands
from winterarc.cli import lab_runtime as lab_runtime_commands
from winterarc.cli import problem as problem_commands
from winterarc.cli import serve as serve_commands
from winterarc.cli import user as user_commands
from winterarc.cli import worker as worker_commands
from winterarc.cli.errors import CLIError, describe

app = typer.Typer(
    name="winterarc",
    help="Winter Arc: a self-hosted training platform with a hardened Python judge.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command("serve")(serve_commands.serve)
app.command("worker")(worker_commands.worker)
app.add_typer(db_commands.app, name="db")
app.add_typer(user_commands.app, name="user")
app.command("judge")(judge_commands.judge)
app.add_typer(problem_commands.app, name="problem")
app.add_typer(content_commands.app, name="content")
app.add_typer(lab_runtime_commands.app, name="lab-runtime")


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


def run() -> None:
    """Console-script entry point: every failure is one readable line and a non-zero exit."""
    try:
        # Without standalone mode click returns typer.Exit's code instead of exiting.
        code = app(standalone_mode=False)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except CLIError as exc:
        typer.echo(f"winterarc: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        typer.echo(f"winterarc: error: {describe(exc)}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
