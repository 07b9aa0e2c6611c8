"""The interactive display in a real terminal: tmux runs `winterarc submit` on a pseudo-terminal
and the final screen is read back with capture-pane."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.client.conftest import HANG, RIGHT, Cli, browser, login, register, serve
from tests.helpers.processes import ProcessGroup
from tests.helpers.services import in_ci

pytestmark = pytest.mark.slow


def require_tmux() -> str:
    """tmux (scripts/bootstrap --dev installs it); skipped without it, except under CI=true."""
    found = shutil.which("tmux")
    if found is None:
        message = "tmux is not installed: run scripts/bootstrap --dev (or apt-get install tmux)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return found


def test_submit_on_a_terminal_ends_with_the_test_table_and_the_verdict(
    processes: ProcessGroup, tmp_path: Path, cli: Cli
) -> None:
    tmux = require_tmux()
    server = serve(processes, tmp_path)
    register(server.url, "cyd")
    with browser(server.url, "cyd") as learner:
        login(cli, server.url, learner)
    assert cli.run("fetch", "sum-stdio").returncode == 0
    folder = cli.home / "sum-stdio"
    (folder / "solution.py").write_text(RIGHT)

    socket = str(tmp_path / "tmux.sock")  # a private tmux server, whatever else runs
    session = f"cli-{uuid.uuid4().hex[:8]}"
    # When submit ends: print its status, signal the test, keep the pane open for the capture.
    signal = shlex.join([tmux, "-S", socket, "wait-for", "-S", "done"])
    script = (
        f"cd {shlex.quote(str(folder))} && {shlex.join(cli.command('submit'))}; "
        f'echo "exit status $?"; {signal}; read'
    )
    start = [tmux, "-S", socket, "new-session", "-d", "-s", session, "-x", "110", "-y", "40"]
    subprocess.run([*start, script], env=cli.env, check=True, timeout=60)
    try:
        subprocess.run([tmux, "-S", socket, "wait-for", "done"], check=True, timeout=HANG)
        screen = subprocess.run(
            [tmux, "-S", socket, "capture-pane", "-p", "-t", session],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    finally:
        subprocess.run([tmux, "-S", socket, "kill-server"], check=False, timeout=60)
    lines = [line.rstrip() for line in screen.splitlines() if line.strip()]
    assert any(line.startswith("Tests") for line in lines), screen
    assert any("sample-1" in line and "AC" in line and "│" in line for line in lines), screen
    assert any("(hidden)" in line for line in lines), screen
    assert "verdict: AC (Accepted)" in lines, screen
    assert lines[-1] == "exit status 0", screen
    assert "judging sum-stdio" not in screen  # the progress bar cleared itself at the end
