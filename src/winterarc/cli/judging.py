"""What `winterarc judge` and `winterarc problem` share: loading inputs, the test cache."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from winterarc.cli.errors import CLIError
from winterarc.judge import PackageError, load_package
from winterarc.judge.packages import Package
from winterarc.settings import SettingsError, load_settings

USAGE_ERROR = 2  # bad arguments, missing files, refused packages
SHOWN_ISSUES = 3


def load_problem(path: Path) -> Package:
    """The package at `path`, or a one-line CLIError naming what is wrong."""
    if not path.exists():
        raise CLIError(f"{path}: no such package folder or .zip", USAGE_ERROR)
    try:
        return load_package(path)
    except PackageError as error:
        raise CLIError(f"{path}: invalid package: {issues_line(error)}", USAGE_ERROR) from None


def issues_line(error: PackageError) -> str:
    """The first few issues of a refused package, on one line."""
    shown = "; ".join(str(issue) for issue in error.issues[:SHOWN_ISSUES])
    more = len(error.issues) - SHOWN_ISSUES
    return f"{shown} (and {more} more)" if more > 0 else shown


def read_solution(path: Path) -> str:
    """The solution's source text, or a one-line CLIError."""
    if not path.is_file():
        raise CLIError(f"{path}: no such solution file", USAGE_ERROR)
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CLIError(f"{path}: the solution is not UTF-8 text", USAGE_ERROR) from None
    except OSError as error:
        raise CLIError(f"{path}: cannot read the solution: {error.strerror}", USAGE_ERROR) from None


def read_lab_files(path: Path, package: Package) -> dict[str, str]:
    """A lab submission: a folder holding (some of) the lab's files, or the one file of a
    single-file lab; files left out are the starter's."""
    assert package.lab is not None
    names = package.lab.files
    if path.is_dir():
        found = {name: path / name for name in names if (path / name).is_file()}
        if not found:
            raise CLIError(
                f"{path}: holds none of this lab's files ({', '.join(names)})", USAGE_ERROR
            )
    elif path.is_file() and path.name in names:
        found = {path.name: path}
    elif path.is_file() and len(names) == 1:
        found = {names[0]: path}
    else:
        raise CLIError(f"{path}: a lab takes a folder with {', '.join(names)}", USAGE_ERROR)
    return {name: read_solution(file) for name, file in found.items()}


def cache_dir() -> Path | None:
    """`<data dir>/cache/generated` for generated tests; None when settings are unusable."""
    try:
        return load_settings().data_dir / "cache" / "generated"
    except SettingsError:
        return None  # the cache only saves time; judging must not depend on it


def progress_bar(console: Console) -> Progress:
    """The transient progress bar both judging commands show on a terminal."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
