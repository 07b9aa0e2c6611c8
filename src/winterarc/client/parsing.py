"""The learner's commands on argparse: Typer builds a pydantic adapter for every parameter,
which costs more than the whole start-up budget of these commands (bench/cli.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from winterarc.client.errors import USAGE, ClientError

Handler = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """Usage errors are one line and exit status 2, like the rest of `winterarc`."""

    def error(self, message: str) -> Any:
        raise ClientError(f"{message} (see `{self.prog} --help`)", USAGE)


class Commands:
    """The subcommands, in the order `winterarc --help` lists them."""

    def __init__(self, subparsers: Any) -> None:
        self._subparsers = subparsers

    def add(self, name: str, handler: Handler, summary: str, details: str = "") -> Parser:
        parser: Parser = self._subparsers.add_parser(
            name,
            help=summary,
            description=f"{summary}\n\n{details}".strip(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.set_defaults(handler=handler)
        return parser


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON and nothing else")


def server_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server",
        metavar="URL",
        help="the Winter Arc server (default: the one you logged in to, or WINTERARC_SERVER)",
    )
