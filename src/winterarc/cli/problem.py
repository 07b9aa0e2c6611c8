"""`winterarc problem check PROBLEM...`: validate packages and prove their solutions."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from winterarc.cli.errors import CLIError
from winterarc.cli.judging import USAGE_ERROR, cache_dir, progress_bar
from winterarc.judge.packages.manifest import MAX_SEED
from winterarc.judge.problem_check import (
    CheckReport,
    PackageCheck,
    StressOptions,
    check_packages,
    find_packages,
)
from winterarc.judge.roadmap_topics import RoadmapError, find_known_topics
from winterarc.judge.tag_vocabulary import Vocabulary, VocabularyError, find_vocabulary

MAX_STRESS = 100_000
app = typer.Typer(help="Author problem packages.", no_args_is_help=True)


@app.callback()
def main() -> None:
    """Problem packages: check them before they are imported."""


@app.command()
def check(
    # Optional only so that a missing one is our usage error (exit 2), not click's (exit 1).
    problems: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PROBLEM",
            help="Package folders or zips, or folders of packages (content/problems).",
        ),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Packages checked at once (0: one per CPU).")
    ] = 0,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print one JSON report and nothing else.")
    ] = False,
    stress: Annotated[
        int,
        typer.Option(
            "--stress",
            metavar="N",
            help="Also compare every solution with the reference on N small random inputs "
            "from generator.py's stress mode (0: none).",
        ),
    ] = 0,
    seed: Annotated[
        int, typer.Option("--seed", metavar="S", help="First stress seed (seeds S..S+N-1).")
    ] = 0,
    require_stress: Annotated[
        bool,
        typer.Option(
            "--require-stress", help="With --stress, fail packages that have no stress mode."
        ),
    ] = False,
) -> None:
    """Validate packages; judge every solution; check generators and the reference's speed.

    Accepted solutions must get AC on every test, wrong ones must fail, slow ones must get TLE;
    generators must be deterministic, validator.py must accept every test input and the
    reference must use at most a third of the time limit. With --stress N, accepted and slow
    solutions must agree with the reference on N small random inputs (wrong ones that never
    fail are noted). Exits 1 when any expectation fails.
    """
    if not problems:
        raise CLIError(
            "usage: winterarc problem check PROBLEM... [--jobs N] [--json] [--stress N]",
            USAGE_ERROR,
        )
    if jobs < 0:
        raise CLIError(f"--jobs must be 0 (one per CPU) or more, got {jobs}", USAGE_ERROR)
    if not 0 <= stress <= MAX_STRESS:
        raise CLIError(f"--stress must be between 0 and {MAX_STRESS}, got {stress}", USAGE_ERROR)
    if not 0 <= seed <= MAX_SEED - stress:
        raise CLIError(f"--seed must be between 0 and 2**63 - 1 - N, got {seed}", USAGE_ERROR)
    if require_stress and not stress:
        raise CLIError("--require-stress needs --stress N", USAGE_ERROR)
    options = StressOptions(stress, seed, require_stress)
    for path in problems:
        if not path.exists():
            raise CLIError(f"{path}: no such package, zip or folder", USAGE_ERROR)
    topics, sources = _known_topics(problems)
    vocabulary = _vocabulary(problems)
    workers = jobs or min(os.cpu_count() or 1, 8)
    console = Console(highlight=False, stderr=json_output)
    if json_output or not console.is_terminal:
        report = check_packages(
            problems,
            known_topics=topics,
            vocabulary=vocabulary,
            jobs=workers,
            cache_dir=cache_dir(),
            on_package=None if json_output else _print_plainly,
            stress=options,
        )
    else:
        report = _check_on_terminal(console, problems, topics, vocabulary, workers, options)
    report.notes.extend(f"topic ids from {source}" for source in sources)
    if vocabulary is not None:
        report.notes.append(f"tags and patterns from {vocabulary.source}")
    if json_output:
        typer.echo(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        _print_summary(Console(highlight=False), report)
    sys.exit(0 if report.ok else 1)


def _known_topics(problems: list[Path]) -> tuple[frozenset[str] | None, list[str]]:
    ids: set[str] = set()
    sources: list[str] = []
    for path in problems:
        try:
            found = find_known_topics(path)
        except RoadmapError as error:
            raise CLIError(str(error), USAGE_ERROR) from None
        if found is not None and str(found.source) not in sources:
            ids |= found.ids
            sources.append(str(found.source))
    return (frozenset(ids) if sources else None), sources


def _vocabulary(problems: list[Path]) -> Vocabulary | None:
    """The tag vocabulary of the first package's content folder (one bank per check)."""
    try:
        return find_vocabulary(problems[0])
    except VocabularyError as error:
        raise CLIError(str(error), USAGE_ERROR) from None


def _check_on_terminal(
    console: Console,
    problems: list[Path],
    topics: frozenset[str] | None,
    vocabulary: Vocabulary | None,
    workers: int,
    stress: StressOptions,
) -> CheckReport:
    progress = progress_bar(console)
    with progress:
        task = progress.add_task("checking packages", total=len(find_packages(problems)[0]) or None)

        def advance(done: int, total: int, package: PackageCheck) -> None:
            progress.update(task, completed=done, total=total)
            progress.console.print(_package_lines(package), markup=False)

        return check_packages(
            problems,
            known_topics=topics,
            vocabulary=vocabulary,
            jobs=workers,
            cache_dir=cache_dir(),
            on_package=advance,
            stress=stress,
        )


def _print_plainly(done: int, total: int, package: PackageCheck) -> None:
    typer.echo(f"[{done}/{total}] {_package_lines(package)}")


def _package_lines(package: PackageCheck) -> str:
    name = package.slug or package.location
    lines = [f"{'ok  ' if package.ok else 'FAIL'} {name} ({package.location})"]
    lines += [f"    error: {failure}" for failure in package.failures()]
    lines += [f"    warning: {warning}" for warning in package.warnings]
    lines += [f"    note: {note}" for note in package.notes()]
    if package.stress is not None and package.stress.generator:
        lines.append(f"    {package.stress.message}")
    return "\n".join(lines)


def _print_summary(console: Console, report: CheckReport) -> None:
    for issue in report.issues:
        console.print(f"error: {issue}", markup=False)
    for note in report.notes:
        console.print(f"note: {note}", markup=False)
    failed = [package for package in report.packages if not package.ok]
    total = len(report.packages)
    if report.ok:
        console.print(f"[bold green]all {total} packages passed[/]")
    else:
        names = ", ".join(package.slug or package.location for package in failed)
        summary = f"{len(failed)} of {total} packages failed" + (f": {names}" if names else "")
        console.print(f"[bold red]{summary}[/]" if failed else "[bold red]check failed[/]")
