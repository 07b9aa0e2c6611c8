"""The `winterarc` command. The learner's commands, help and version are parsed with argparse
(cli/learner.py) and the platform's with Typer (cli/platform.py); each side imports only what
it uses, so a learner's command starts without Typer, the web app or the ORM (bench/cli.py)."""

from __future__ import annotations

import sys

from winterarc.cli.errors import CLIError, describe, exit_code_of
from winterarc.client.errors import ClientError


def run() -> None:
    """Console-script entry point: every failure is one readable line and a non-zero exit."""
    argv = sys.argv[1:]
    try:
        from winterarc.cli.learner import handles, run_learner

        if handles(argv):
            code = run_learner(argv)
        else:
            from winterarc.cli.platform import run_platform

            code = run_platform()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except (CLIError, ClientError) as exc:
        sys.stderr.write(f"winterarc: error: {exc}\n")
        sys.exit(exc.exit_code)
    except Exception as exc:
        sys.stderr.write(f"winterarc: error: {describe(exc)}\n")
        sys.exit(exit_code_of(exc))
    sys.exit(code)
