"""`winterarc judge PROBLEM SOLUTION`: judge one solution locally, in the platform's sandbox."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from winterarc.cli.errors import CLIError
from winterarc.cli.judging import (
    USAGE_ERROR,
    cache_dir,
    load_problem,
    progress_bar,
    read_lab_files,
    read_solution,
)
from winterarc.judge import Result, TestResult, Verdict
from winterarc.judge import judge as judge_solution
from winterarc.judge.lab_runner import LabFilesError, judge_lab
from winterarc.judge.packages import Package

OnTest = Callable[[int, int, TestResult], None]
Judgement = Callable[[OnTest | None], Result]

VERDICT_STYLES = {Verdict.AC: "bold green", Verdict.WA: "bold red", Verdict.IE: "bold magenta"}


def judge(
    # Optional only so that a missing one is our usage error (exit 2), not click's (exit 1).
    problem: Annotated[
        Path | None,
        typer.Argument(metavar="PROBLEM", help="A problem package: a folder or a .zip."),
    ] = None,
    solution: Annotated[
        Path | None,
        typer.Argument(
            metavar="SOLUTION",
            help="The solution: a .py file (.sql for sql); for a lab, a folder with its files.",
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print one JSON object and nothing else.")
    ] = False,
    all_tests: Annotated[
        bool, typer.Option("--all-tests", help="Run every test instead of stopping at a failure.")
    ] = False,
) -> None:
    """Judge SOLUTION on every test of PROBLEM; exit 0 for AC, 1 for any other verdict."""
    if problem is None or solution is None:
        raise CLIError(
            "usage: winterarc judge PROBLEM SOLUTION [--json] [--all-tests]", USAGE_ERROR
        )
    package = load_problem(problem)
    result = judge_and_report(
        package, judgement(package, solution, all_tests), solution, json_output
    )
    sys.exit(0 if result.verdict is Verdict.AC else 1)


def judge_and_report(package: Package, run: Judgement, solution: Path, json_output: bool) -> Result:
    """Run the judgement, showing progress on a terminal, lines when piped, or one JSON object.

    `winterarc judge` and the learner's `winterarc test` share it, so they look alike."""
    if json_output:
        result = run(None)
        data = {"problem": package.slug, "solution": str(solution), **result.to_json()}
        typer.echo(json.dumps(data, ensure_ascii=False))
        return result
    console = Console(highlight=False)
    if console.is_terminal:
        result = _judge_on_terminal(console, package, run)
    else:
        result = _judge_plainly(run)
    _print_verdict(console, result)
    return result


def judgement(package: Package, solution: Path, all_tests: bool) -> Judgement:
    """How to judge this solution: its source on the tests, or a lab's files on its checks."""
    if package.lab is not None:
        files = read_lab_files(solution, package)

        def run_lab(on_test: OnTest | None) -> Result:
            try:
                return judge_lab(package, files, all_tests=all_tests, on_test=on_test)
            except LabFilesError as error:
                raise CLIError(f"{solution}: {error}", USAGE_ERROR) from None

        return run_lab
    source = read_solution(solution)

    def run(on_test: OnTest | None) -> Result:
        return judge_solution(
            package, source, all_tests=all_tests, on_test=on_test, cache_dir=cache_dir()
        )

    return run


def _judge_on_terminal(console: Console, package: Package, run: Judgement) -> Result:
    progress = progress_bar(console)
    with progress:
        # A lab's checks are counted in the jail: the total arrives with the first one.
        task = progress.add_task(f"judging {package.slug}", total=len(package.tests) or None)

        def advance(done: int, total: int, _: TestResult) -> None:
            progress.update(task, completed=done, total=total)

        result = run(advance)
    if result.tests:
        console.print(_table(result))
    for test in result.tests:
        if test.sample and test.verdict is not Verdict.AC:
            _print_sample(console, test)
    return result


def _judge_plainly(run: Judgement) -> Result:
    def line(done: int, total: int, test: TestResult) -> None:
        note = f"  {_one_line(test.message)}" if test.message else ""
        typer.echo(
            f"[{done}/{total}] {test.name}: {test.verdict.value}  cpu {test.cpu_ms} ms"
            f"  wall {test.wall_ms} ms  memory {test.memory_kb} KB{note}"
        )

    result = run(line)
    for test in result.tests:
        if test.sample and test.verdict is not Verdict.AC:
            _print_sample(Console(highlight=False), test)
    return result


def _table(result: Result) -> Table:
    table = Table(title="Tests", title_justify="left")
    for column in ("#", "test", "verdict"):
        table.add_column(column)
    for column in ("CPU ms", "wall ms", "memory KB"):
        table.add_column(column, justify="right")
    table.add_column("note", overflow="fold")
    for number, test in enumerate(result.tests, start=1):
        style = VERDICT_STYLES.get(test.verdict, "bold yellow")
        table.add_row(
            str(number),
            test.name + ("" if test.sample else " (hidden)"),
            f"[{style}]{test.verdict.value}[/]",
            str(test.cpu_ms),
            str(test.wall_ms),
            str(test.memory_kb),
            _one_line(test.message),
        )
    return table


def _print_sample(console: Console, test: TestResult) -> None:
    console.print(f"\n[bold]{test.name}[/] ({test.verdict.label})", markup=True)
    if test.message:
        console.print(test.message, markup=False)
    for title, text in (
        ("input", test.input),
        ("expected", test.expected),
        ("actual", test.actual),
    ):
        console.print(f"--- {title} ---", markup=False)
        console.print((text or "").rstrip("\n") or "(empty)", markup=False)
    diff = test.diff()
    if diff:
        console.print("--- diff ---", markup=False)
        console.print(diff, markup=False)


def _print_verdict(console: Console, result: Result) -> None:
    verdict = result.verdict
    style = VERDICT_STYLES.get(verdict, "bold yellow")
    console.print(f"\nverdict: [{style}]{verdict.value}[/] ({verdict.label})")
    if result.message:
        console.print(result.message, markup=False)


def _one_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= 120 else first[:119] + "…"
