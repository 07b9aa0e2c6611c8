"""`winterarc --help`, `--version` and the learner's commands, on argparse (winterarc.client).

`winterarc test` lives here rather than in the client: it judges with the platform's own judge
and reports like `winterarc judge`, which the client package does not import."""

from __future__ import annotations

import argparse
from pathlib import Path

from winterarc import __version__
from winterarc.cli.commands import LEARNER, PLATFORM
from winterarc.client.parsing import Commands, Parser, json_flag

DESCRIPTION = """Winter Arc: roadmap, daily practice and a hardened Python judge.

Learners: `winterarc login`, then `problems`, `fetch SLUG`, `test` and `submit`
(docs/cli.md). `winterarc COMMAND --help` explains each command."""


def handles(argv: list[str]) -> bool:
    """True for what this module answers: the learner's commands, help and version."""
    return not argv or argv[0] in LEARNER or argv[0] in ("-h", "--help", "--version")


def root_help() -> str:
    width = max(len(name) for name in (*LEARNER, *PLATFORM)) + 2
    lines = ["usage: winterarc [--version] [-h] COMMAND [ARGS]...", "", DESCRIPTION, ""]
    lines.append("Learner commands (talk to a Winter Arc server):")
    lines += [f"  {name:<{width}}{summary}" for name, summary in LEARNER.items()]
    lines += ["", "Platform commands (run and curate a server):"]
    lines += [f"  {name:<{width}}{summary}" for name, (_, summary) in PLATFORM.items()]
    lines += ["", "Settings come from WINTERARC_* environment variables (see the README)."]
    return "\n".join(lines)


def parser() -> Parser:
    # Imported here: `winterarc --help` and `--version` need none of the commands.
    from winterarc.client.commands import account, catalogue, solving

    root = Parser(prog="winterarc", add_help=False)
    subparsers = root.add_subparsers(dest="command", parser_class=Parser)
    commands = Commands(subparsers)
    account.register(commands)
    catalogue.register(commands)
    register_test(commands)
    solving.register(commands)
    return root


def run_learner(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(root_help())
        return 0
    if argv[0] == "--version":
        print(f"winterarc {__version__}")
        return 0
    args = parser().parse_args(argv)
    return int(args.handler(args))


def register_test(commands: Commands) -> None:
    test = commands.add(
        "test",
        run_tests,
        "Judge your solution on the samples (a lab: its visible checks) here, in the sandbox "
        "the server uses.",
        "Exit status 0 when every sample passes, 1 otherwise.",
    )
    test.add_argument(
        "solution",
        nargs="?",
        type=Path,
        help="your file (a lab: its folder); default: the fetched one",
    )
    test.add_argument("--all-tests", action="store_true", help="do not stop at the first failure")
    json_flag(test)


def run_tests(args: argparse.Namespace) -> int:
    # The judge is imported by this command only: the others stay quick to start.
    from winterarc.cli.judge import judge_and_report, judgement
    from winterarc.client import workspace
    from winterarc.client.kit import load_kit

    solution: Path | None = args.solution
    place = solution if solution is not None else Path.cwd()
    fetched = workspace.find(place.parent if place.is_file() else place)
    package = load_kit(fetched.kit)
    target = solution or (fetched.root if fetched.is_lab else fetched.root / str(fetched.solution))
    result = judge_and_report(
        package, judgement(package, target, args.all_tests), target, args.json
    )
    return 0 if result.verdict.value == "AC" else 1
