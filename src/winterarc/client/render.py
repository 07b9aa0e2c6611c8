"""Output for people and for scripts: Rich on a terminal, plain lines when piped, JSON on demand.

Rich is imported only when something is drawn on a terminal: piped output and --json need none."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

VERDICT_STYLES = {"AC": "bold green", "WA": "bold red", "IE": "bold magenta"}


class Output:
    def __init__(self, json_mode: bool = False) -> None:
        self.json_mode = json_mode
        self._console: Console | None = None

    @property
    def terminal(self) -> bool:
        return not self.json_mode and sys.stdout.isatty()

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(highlight=False)
        return self._console

    def json(self, data: Any) -> None:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def line(self, text: str = "") -> None:
        if self.terminal:
            self.console.print(text, markup=False)
        else:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()

    def styled(self, markup: str, plain: str) -> None:
        """Rich markup on a terminal, `plain` otherwise."""
        if self.terminal:
            self.console.print(markup)
        else:
            self.line(plain)

    def note(self, text: str) -> None:
        """Status for people, on standard error: it never mixes into piped results."""
        sys.stderr.write(text + "\n")
        sys.stderr.flush()

    def table(
        self,
        columns: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        title: str | None = None,
        right: Sequence[str] = (),
    ) -> None:
        """A Rich table on a terminal; tab-separated lines with a header row when piped."""
        if not self.terminal:
            for row in [list(columns), *rows]:
                self.line("\t".join(cell.replace("\t", " ") for cell in row))
            return
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for column in columns:
            table.add_column(column, justify="right" if column in right else "left")
        for row in rows:
            table.add_row(*row)
        self.console.print(table)

    def markdown(self, text: str) -> None:
        if self.terminal:
            from rich.markdown import Markdown

            self.console.print(Markdown(text))
        else:
            self.line(text.rstrip("\n"))


def verdict_markup(verdict: str | None) -> str:
    text = verdict or "-"
    style = VERDICT_STYLES.get(text, "bold yellow")
    return f"[{style}]{text}[/]"


def percent(value: float | None) -> str:
    return "-" if value is None else f"{round(value * 100)}%"
