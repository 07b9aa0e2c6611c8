"""The learner's CLI against a real server: device login through the approval page, fetch,
local test, submit over HTTP and the WebSocket, revoked and refused logins."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import httpx
import pytest

from tests.client.conftest import (
    LABS,
    RIGHT,
    Cli,
    browser,
    decide,
    finish,
    first_event,
    login,
    one_line,
    register,
    serve,
)
from tests.helpers.factories import solution
from tests.helpers.processes import ProcessGroup

pytestmark = pytest.mark.slow
WRONG = solution("sum-stdio", "wrong", "skips_first.py")


def test_a_learner_logs_in_fetches_tests_and_submits(
    processes: ProcessGroup, tmp_path: Path, cli: Cli
) -> None:
    server = serve(processes, tmp_path)
    register(server.url, "ada")
    with browser(server.url, "ada") as learner:
        # A login denied on the page stores nothing.
        process = cli.start("login", "--server", server.url, "--json")
        denied = decide(learner, first_event(process)["user_code"], "deny")
        assert denied.status_code == 200 and "Denied" in denied.text
        status, _, err = finish(process)
        assert status == 1 and "denied" in one_line(err)
        assert not cli.credentials.exists()

        assert login(cli, server.url, learner) == {
            "event": "logged_in",
            "server": server.url,
            "username": "ada",
        }
        assert stat.S_IMODE(cli.credentials.stat().st_mode) == 0o600
        whoami = cli.run("whoami")
        assert whoami.returncode == 0 and whoami.stdout.startswith(
            "ada, learner, on http://127.0.0.1"
        )

        listed = cli.run("problems")
        assert listed.returncode == 0, listed.stderr
        rows = [line.split("\t") for line in listed.stdout.splitlines()]
        assert rows[0] == ["slug", "title", "difficulty", "type", "status"]
        assert [rows[1][0], rows[1][4]] == ["sum-stdio", "new"]
        morning = cli.run("daily", "--json")  # builds today's drill: sum-stdio is new work
        assert morning.returncode == 0, morning.stderr
        assert "sum-stdio" in [i["ref"] for i in json.loads(morning.stdout)["items"]]
        shown = cli.run("show", "sum-stdio")
        assert shown.returncode == 0 and "stdio" in shown.stdout.splitlines()[0]

        fetched = cli.run("fetch", "sum-stdio")
        assert fetched.returncode == 0, fetched.stderr
        folder = cli.home / "sum-stdio"
        assert (folder / "statement.md").read_text().strip()
        assert sorted(p.name for p in (folder / "samples").iterdir()) == [
            "sample-1.in",
            "sample-1.out",
            "sample-2.in",
            "sample-2.out",
        ]
        assert "import sys" in (folder / "solution.py").read_text()  # the stdio starter

        (folder / "solution.py").write_text(WRONG)
        tested = cli.run("test", cwd=folder)
        assert tested.returncode == 1 and "verdict: WA" in tested.stdout, (
            tested.stdout + tested.stderr
        )
        assert "01-empty" not in tested.stdout  # hidden tests never leave the server
        (folder / "solution.py").write_text(RIGHT)
        tested = cli.run("test", "--json", cwd=folder)
        assert tested.returncode == 0, tested.stdout + tested.stderr
        assert json.loads(tested.stdout)["verdict"] == "AC"

        (folder / "solution.py").write_text(WRONG)
        wrong = cli.run("submit", cwd=folder)
        assert wrong.returncode == 1, wrong.stdout + wrong.stderr
        assert "[1/" in wrong.stdout  # per-test progress came over the WebSocket
        assert "verdict: WA (Wrong answer)" in wrong.stdout.splitlines()
        assert "--- expected ---" in wrong.stdout  # the failed sample is shown
        (folder / "solution.py").write_text(RIGHT)
        right = cli.run("submit", cwd=folder)
        assert right.returncode == 0, right.stdout + right.stderr
        assert "verdict: AC (Accepted)" in right.stdout.splitlines()
        as_json = cli.run("submit", "--json", cwd=folder)
        assert as_json.returncode == 0 and json.loads(as_json.stdout)["verdict"] == "AC"

        listed = cli.run("problems", "--status", "solved", "--json")
        assert [p["slug"] for p in json.loads(listed.stdout)["items"]] == ["sum-stdio"]
        progress = cli.run("progress")
        assert progress.returncode == 0 and progress.stdout.startswith("solved "), progress.stderr
        unknown = cli.run("show", "no-such-problem")
        assert unknown.returncode == 1 and "no-such-problem" in one_line(unknown.stderr)
        daily = cli.run("daily", "--json")
        assert daily.returncode == 0, daily.stderr
        solved_today = [i for i in json.loads(daily.stdout)["items"] if i["ref"] == "sum-stdio"]
        assert [i["status"] for i in solved_today] == ["completed"]  # the drill of the morning
        table = cli.run("daily")
        assert table.returncode == 0 and "Today's drill for " in table.stdout, table.stderr

        # Revoked on the server (another device logged this session out): the next refresh fails.
        stored = json.loads(cli.credentials.read_text())
        revoked = httpx.post(
            f"{server.url}/api/v1/auth/logout", json={"refresh_token": stored["refresh_token"]}
        )
        assert revoked.status_code == 204
        stored["access_expires_at"] = 0  # the access token is due for its refresh
        cli.credentials.write_text(json.dumps(stored))
        again = cli.run("whoami")
        assert again.returncode == 3
        assert "run `winterarc login` again" in one_line(again.stderr)
        assert not cli.credentials.exists()
        assert cli.run("logout").stdout.strip() == "Not logged in."


def test_a_code_left_unapproved_expires_with_a_clear_message(
    processes: ProcessGroup, tmp_path: Path, cli: Cli
) -> None:
    # A code lives one second and the CLI first polls after one: it is expired by then.
    server = serve(processes, tmp_path, device_code_ttl_seconds="1")
    process = cli.start("login", "--server", server.url)
    status, out, err = finish(process)
    assert "approve the code" in out
    assert status == 1
    assert "expired before it was approved" in one_line(err)
    assert not cli.credentials.exists()


def test_logging_out_revokes_the_session_on_the_server(
    processes: ProcessGroup, tmp_path: Path, cli: Cli
) -> None:
    server = serve(processes, tmp_path)
    register(server.url, "bob")
    with browser(server.url, "bob") as learner:
        login(cli, server.url, learner)
    refresh_token = json.loads(cli.credentials.read_text())["refresh_token"]
    out = cli.run("logout")
    assert out.returncode == 0 and out.stdout.strip() == f"Logged out of {server.url}."
    refused = httpx.post(f"{server.url}/api/v1/auth/refresh", json={"refresh_token": refresh_token})
    assert refused.status_code == 401


def test_a_lab_is_fetched_runnable_tested_locally_and_submitted(
    processes: ProcessGroup, tmp_path: Path, cli: Cli
) -> None:
    server = serve(processes, tmp_path, labs=("greeter-two-files",))
    register(server.url, "lin")
    with browser(server.url, "lin") as learner:
        login(cli, server.url, learner)
    fetched = cli.run("fetch", "greeter-two-files", "--json")
    assert fetched.returncode == 0, fetched.stderr
    folder = cli.home / "greeter-two-files"
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert {"app.py", "greetings.py", "checks/test_sample_greet.py", "pytest.ini"} <= names
    assert not any("test_greet.py" in name for name in names)  # hidden checks stay hidden

    tested = cli.run("test", cwd=folder)  # the starter raises NotImplementedError
    assert tested.returncode == 1, tested.stdout + tested.stderr
    reference = LABS / "greeter-two-files" / "solutions" / "accepted" / "ref"
    for name in ("app.py", "greetings.py"):
        (folder / name).write_text((reference / name).read_text())
    tested = cli.run("test", cwd=folder)
    assert tested.returncode == 0, tested.stdout + tested.stderr

    submitted = cli.run("submit", "--json", cwd=folder)
    assert submitted.returncode == 0, submitted.stdout + submitted.stderr
    detail = json.loads(submitted.stdout)
    assert detail["verdict"] == "AC"
    assert set(detail["files"]) == {"app.py", "greetings.py"}
