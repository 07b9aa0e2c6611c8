"""The `winterarc` command, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.helpers.processes import free_port, start, wait_ready
from winterarc import __version__


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
    clean["WINTERARC_DATA_DIR"] = str(tmp_path / "data")
    return clean


def winterarc(
    env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "winterarc", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        # A net for a hang, not a speed check: a cold start takes a minute on busy cores.
        timeout=300,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0], lines[0]


def test_version(env: dict[str, str]) -> None:
    result = winterarc(env, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"winterarc {__version__}"


def test_help_lists_every_command(env: dict[str, str]) -> None:
    result = winterarc(env, "--help")
    assert result.returncode == 0
    for command in ("serve", "db", "user"):
        assert command in result.stdout
    for group, commands in {"db": ("upgrade", "downgrade", "current"), "user": ("create",)}.items():
        sub = winterarc(env, group, "--help")
        assert sub.returncode == 0
        for command in commands:
            assert command in sub.stdout


def test_db_upgrade_then_current(env: dict[str, str]) -> None:
    result = winterarc(env, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    current = winterarc(env, "db", "current")
    head = current.stdout.split("head:")[1].strip()
    assert f"current: {head}" in current.stdout


def test_user_create_admin_from_stdin_and_duplicate_fails_cleanly(env: dict[str, str]) -> None:
    created = winterarc(
        env,
        "user",
        "create",
        "Root",
        "--admin",
        "--password-stdin",
        stdin="a-long-admin-passphrase\n",
    )
    assert created.returncode == 0, created.stderr
    assert "created admin root" in created.stdout
    again = winterarc(
        env, "user", "create", "root", "--password-stdin", stdin="a-long-admin-passphrase\n"
    )
    assert_one_line_error(again, "username is taken")


def test_user_create_refuses_a_weak_password(env: dict[str, str]) -> None:
    result = winterarc(env, "user", "create", "weakling", "--password-stdin", stdin="short\n")
    assert_one_line_error(result, "password")


def test_bad_settings_are_one_line(env: dict[str, str]) -> None:
    env["WINTERARC_PORT"] = "not-a-port"
    assert_one_line_error(winterarc(env, "db", "upgrade"), "WINTERARC_PORT")


def test_unreachable_database_is_one_line(env: dict[str, str]) -> None:
    env["WINTERARC_DATABASE_URL"] = "postgresql+asyncpg://nobody@127.0.0.1:1/none"
    assert_one_line_error(winterarc(env, "db", "upgrade"), "error")


def test_unknown_command_is_one_line(env: dict[str, str]) -> None:
    assert_one_line_error(winterarc(env, "frobnicate"), "frobnicate")


def test_production_without_secret_refuses_to_serve(env: dict[str, str]) -> None:
    env["WINTERARC_ENVIRONMENT"] = "production"
    env["WINTERARC_DATABASE_URL"] = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    assert_one_line_error(
        winterarc(env, "serve", "--port", str(free_port())), "WINTERARC_JWT_SECRET"
    )


@pytest.fixture
def server(env: dict[str, str], tmp_path: Path) -> Iterator[str]:
    port = free_port()
    process = start("serve", ["serve", "--port", str(port)], env, tmp_path / "logs", port)
    try:
        wait_ready(process, 90)
        yield process.url
    finally:
        process.stop(15)


def test_serve_runs_the_embedded_default_end_to_end(server: str, env: dict[str, str]) -> None:
    """The quick start: no database server, register, get a token, page through problems."""
    with httpx.Client(base_url=server, timeout=10) as http:
        assert (
            http.post(
                "/api/v1/auth/register",
                json={"username": "quick", "password": "a-fine-start-passphrase"},
            ).status_code
            == 201
        )
        response = http.post(
            "/api/v1/auth/token", data={"username": "quick", "password": "a-fine-start-passphrase"}
        )
        assert response.status_code == 200, response.text
        token = response.json()
        me = http.get(
            "/api/v1/auth/me", headers={"Authorization": f"Bearer {token['access_token']}"}
        )
        assert me.json()["username"] == "quick"
        page = http.get("/api/v1/problems", params={"page_size": 5})
        assert page.status_code == 200
        assert set(page.json()) == {"items", "total", "page", "page_size"}
        assert "swagger-ui" in http.get("/docs").text

        # The shipped curriculum was loaded on start: roadmap with progress, a week's problems,
        # a quiz taken through the API.
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        roadmap = http.get("/api/v1/roadmap", headers=auth).json()
        weeks = [w for s in roadmap["sessions"] for w in s["weeks"]]
        assert len(weeks) == 10
        assert roadmap["current_week"] == "s1-w1"
        assert all(w["completion"] == 0 for w in weeks)
        week_problems = http.get("/api/v1/problems", params={"week": "s1-w3"}).json()
        assert week_problems["total"] >= 20
        quiz_id = http.get("/api/v1/quizzes", params={"topic": "s2-w3-cap-theorem"}).json()[
            "items"
        ][0]["id"]
        quiz = http.get(f"/api/v1/quizzes/{quiz_id}").json()
        answers = {q["id"]: [q["choices"][0]["id"]] for q in quiz["questions"]}
        attempt = http.post(
            f"/api/v1/quizzes/{quiz_id}/attempts", json={"answers": answers}, headers=auth
        )
        assert attempt.status_code == 201
        assert all(r["explanation"] for r in attempt.json()["results"])
    assert (Path(env["WINTERARC_DATA_DIR"]) / "winterarc.db").exists()


def test_content_sync_loads_a_content_folder_and_reports_errors(
    env: dict[str, str], content_dir: Path
) -> None:
    content = content_dir
    result = winterarc(env, "content", "sync", "--content-dir", str(content))
    assert result.returncode == 0, result.stderr
    assert "6 topics, 1 quizzes" in result.stdout
    again = winterarc(env, "content", "sync", "--content-dir", str(content))
    assert "0 added, 0 updated" in again.stdout
    (content / "problems" / "sum-stdio" / "statement.md").write_text("")
    broken = winterarc(env, "content", "sync", "--content-dir", str(content))
    assert broken.returncode == 1
    assert "sum-stdio: statement.md" in broken.stderr
    (content / "roadmap.yaml").write_text("sessions: [")
    assert_one_line_error(winterarc(env, "content", "sync", "--content-dir", str(content)), "YAML")
