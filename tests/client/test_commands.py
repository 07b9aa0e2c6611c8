"""The learner's commands without a server: help, usage errors, no login, no server."""

from __future__ import annotations

from tests.client.conftest import Cli, one_line
from tests.helpers.processes import free_port
from winterarc.cli.commands import LEARNER, PLATFORM


def test_help_lists_every_command_without_importing_them(cli: Cli) -> None:
    shown = cli.run("--help")
    assert shown.returncode == 0
    for name in (*LEARNER, *PLATFORM):
        assert f"\n  {name} " in shown.stdout, name
    for name in LEARNER:
        own = cli.run(name, "--help")
        assert own.returncode == 0 and f"usage: winterarc {name}" in own.stdout, own.stderr
        assert "--json" in own.stdout


def test_an_unreachable_server_is_one_line_and_status_4(cli: Cli) -> None:
    result = cli.run("problems", "--server", f"http://127.0.0.1:{free_port()}")
    assert result.returncode == 4
    assert one_line(result.stderr).startswith("winterarc: error: cannot reach the server at")


def test_commands_that_need_a_login_say_so(cli: Cli) -> None:
    for command in (["whoami"], ["progress"], ["daily"], ["submit", "-p", "x", "a.py"]):
        result = cli.run(*command)
        assert result.returncode in (2, 3), (command, result.stderr)
    whoami = cli.run("whoami")
    assert whoami.returncode == 3 and "run `winterarc login` first" in one_line(whoami.stderr)


def test_usage_errors_are_one_line_and_status_2(cli: Cli) -> None:
    for command in (["problems", "-d", "impossible"], ["show"], ["fetch", "../etc"], ["test"]):
        result = cli.run(*command)
        assert result.returncode == 2, (command, result.stderr)
        one_line(result.stderr)
    outside = cli.run("submit")
    assert outside.returncode == 2 and "winterarc fetch SLUG" in one_line(outside.stderr)


def test_logout_without_a_login_is_harmless(cli: Cli) -> None:
    result = cli.run("logout", "--json")
    assert result.returncode == 0
    assert result.stdout.strip() == '{"logged_out": false, "revoked_on_server": false}'
