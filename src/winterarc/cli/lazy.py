"""Platform commands imported only when they run: importing every command module would import
the web app, the ORM and the curriculum for any one of them.

Each command is named with its one-line help and where it lives ("module:attribute", a Typer
app for a group or a function for a command); help listings use the line, running or asking
for a command's own help imports it."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup


@dataclass(frozen=True, slots=True)
class Lazy:
    target: str  # "winterarc.cli.serve:serve"
    help: str
    panel: str = "Commands"


class LazyCommand(TyperCommand):
    """A stand-in that lists itself cheaply and becomes the real command when used."""

    def __init__(self, name: str, lazy: Lazy) -> None:
        super().__init__(name, help=lazy.help, rich_help_panel=lazy.panel)
        self.lazy = lazy
        self._real: Any = None

    def real(self) -> Any:
        if self._real is None:
            module_name, _, attribute = self.lazy.target.partition(":")
            found = getattr(importlib.import_module(module_name), attribute)
            if isinstance(found, typer.Typer):
                found.info.name = self.name
                found._add_completion = False  # the root has no completion; its commands neither
                # A group even with one command (`user create`), as add_typer would make it.
                self._real = typer.main.get_group(found)
            else:
                single = typer.Typer(add_completion=False)
                single.command(self.name)(found)
                self._real = typer.main.get_command(single)
            self._real.name = self.name
        return self._real

    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> Any:
        return self.real().make_context(info_name, args, parent=parent, **extra)


class LazyGroup(TyperGroup):
    """The `winterarc` group: `COMMANDS` are added on top of what Typer registered."""

    COMMANDS: dict[str, Lazy] = {}

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), *self.COMMANDS]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        lazy = self.COMMANDS.get(cmd_name)
        if lazy is not None:
            return LazyCommand(cmd_name, lazy)
        return super().get_command(ctx, cmd_name)
