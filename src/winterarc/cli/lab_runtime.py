"""`winterarc lab-runtime`: the third-party packages lab problems may import in the sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from winterarc.cli.errors import CLIError
from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.lab_runtime_build import (
    LabRuntimeBuildError,
    build_default,
    disk_usage,
    summary,
)

app = typer.Typer(
    help="The lab runtime: the locked packages lab problems may import.", no_args_is_help=True
)

PythonOption = Annotated[
    str | None,
    typer.Option(
        "--python",
        help="The interpreter the judge runs [default: the one behind this environment].",
    ),
]


@app.command()
def build(
    target: Annotated[
        Path | None,
        typer.Option(
            "--target",
            help="Build root: builds go in DIR/<lock hash>/, DIR/current names the finished one "
            "[default: .lab-runtime/ in a checkout].",
        ),
    ] = None,
    python: PythonOption = None,
    lock: Annotated[
        Path | None,
        typer.Option(
            "--lock", help="A requirements.lock [default: the one shipped with Winter Arc]."
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Say nothing when up to date.")
    ] = False,
) -> None:
    """Install the runtime's lock for the judge's interpreter; nothing to do when up to date."""
    try:
        result = build_default(target, python=python, lock=lock)
    except LabRuntimeBuildError as error:
        raise CLIError(f"lab runtime not built: {error}") from None
    if result.built or not quiet:
        typer.echo(summary(result))


@app.command()
def show(
    target: Annotated[
        Path | None,
        typer.Option(
            "--target",
            help="A build, or a build root holding current [default: WINTERARC_LAB_RUNTIME, "
            "then .lab-runtime/ in a checkout].",
        ),
    ] = None,
    python: PythonOption = None,
) -> None:
    """Print where the runtime is, its Python, its size and every package with its version."""
    try:
        runtime = locate(target, python=python)
    except LabRuntimeUnavailable as error:
        raise CLIError(error.reason) from None
    packages = runtime.package_list()
    typer.echo(f"path: {runtime.path}")
    typer.echo(f"python: {runtime.python_version}")
    typer.echo(f"lock: sha256 {runtime.lock_hash}")
    typer.echo(f"size: {disk_usage(runtime.path) / 2**20:.0f} MiB on disk")
    typer.echo(f"packages ({len(packages)}):")
    width = max((len(name) for name, _ in packages), default=0)
    for name, version in packages:
        typer.echo(f"  {name:<{width}}  {version}")
