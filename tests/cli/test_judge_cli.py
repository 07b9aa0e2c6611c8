"""`winterarc judge` and `winterarc problem check`, run as real processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import run_in_process
from tests.helpers.judge import FIXTURES
from winterarc.judge import sandbox_available

SUM = FIXTURES / "sum-stdio"
ACCEPTED = SUM / "solutions" / "accepted" / "ref.py"
WRONG = SUM / "solutions" / "wrong" / "skips_first.py"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
    clean["WINTERARC_DATA_DIR"] = str(tmp_path / "data")
    return clean


@pytest.fixture
def sandbox() -> None:
    ok, reason = sandbox_available()
    if not ok:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the sandbox must work under CI: {reason}")
        pytest.skip(f"sandbox unavailable: {reason}")


def winterarc(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "winterarc", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,  # a net for a hang, not a speed check (busy cores)
        check=False,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_judge_json_prints_exactly_one_object_and_exits_0_for_ac(env: dict[str, str]) -> None:
    result = winterarc(env, "judge", SUM, ACCEPTED, "--json")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1
    data = json.loads(result.stdout)
    assert data["verdict"] == "AC"
    assert len(data["tests"]) == 8
    for test in data["tests"]:
        assert {"name", "verdict", "cpu_ms", "wall_ms", "memory_kb"} <= set(test)
    assert (Path(env["WINTERARC_DATA_DIR"]) / "cache" / "generated").is_dir()


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_judge_exits_1_for_a_failing_verdict_and_stops_at_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_in_process(monkeypatch, capsys, "judge", SUM, WRONG, "--json")
    assert code == 1
    data = json.loads(out)
    assert data["verdict"] == "WA"
    assert data["tests"][-1]["verdict"] == "WA"
    assert len(data["tests"]) < 8


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_judge_all_tests_runs_past_the_first_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_in_process(monkeypatch, capsys, "judge", SUM, WRONG, "--json", "--all-tests")
    assert code == 1
    assert len(json.loads(out)["tests"]) == 8


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_judge_prints_one_line_per_test_and_the_verdict_when_piped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_in_process(monkeypatch, capsys, "judge", SUM, WRONG)
    assert code == 1
    lines = out.splitlines()
    # Samples run first: the wrong sum fails the first one, and its diff is printed.
    assert lines[0].startswith("[1/8] sample-1: WA  cpu ")
    assert "expected '6', got '5'" in lines[0]
    assert "verdict: WA (Wrong Answer)" in lines


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_judge_reports_a_compile_error_with_its_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("print(1)\nprint(\n")
    code, out, _ = run_in_process(monkeypatch, capsys, "judge", SUM, broken, "--json")
    assert code == 1
    data = json.loads(out)
    assert (data["verdict"], data["tests"]) == ("CE", [])
    assert data["message"].startswith("line 2: ")


def test_judge_with_a_missing_solution_is_one_line_and_exit_2(env: dict[str, str]) -> None:
    result = winterarc(env, "judge", SUM, "missing.py")
    assert result.returncode == 2
    assert result.stdout == ""
    assert one_line_error(result) == "winterarc: error: missing.py: no such solution file"


def test_judge_with_a_missing_package_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_in_process(monkeypatch, capsys, "judge", "nowhere", ACCEPTED, "--json")
    assert (code, out) == (2, "")
    assert err == "winterarc: error: nowhere: no such package folder or .zip\n"


def test_judge_with_an_invalid_package_names_the_issue(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    package = tmp_path / "sum-stdio"
    shutil.copytree(SUM, package)
    (package / "statement.md").write_text("")
    code, _, err = run_in_process(monkeypatch, capsys, "judge", package, ACCEPTED)
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "invalid package: statement.md" in err


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_problem_check_passes_good_fixtures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("problem", "check", SUM, FIXTURES / "lru-design", "--jobs", "2")
    code, out, err = run_in_process(monkeypatch, capsys, *args)
    assert code == 0, out + err
    assert "all 2 packages passed" in out


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_problem_check_fails_a_broken_package_with_a_report(
    env: dict[str, str], tmp_path: Path
) -> None:
    package = tmp_path / "sum-stdio"
    shutil.copytree(SUM, package)
    (package / "solutions" / "wrong" / "skips_first.py").write_text(ACCEPTED.read_text())
    result = winterarc(env, "problem", "check", tmp_path)
    assert result.returncode == 1
    assert "FAIL sum-stdio" in result.stdout
    assert "solutions/wrong/skips_first.py: expected a failing verdict" in result.stdout
    assert "1 of 1 packages failed: sum-stdio" in result.stdout


@pytest.mark.sandbox
@pytest.mark.usefixtures("sandbox")
def test_problem_check_json_is_one_report_object(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copytree(FIXTURES / "lru-design", tmp_path / "lru-design")
    (tmp_path / "lru-design" / "solutions" / "accepted" / "via_plain_dict.py").write_text("1 / 0")
    code, out, _ = run_in_process(monkeypatch, capsys, "problem", "check", tmp_path, "--json")
    assert code == 1
    report = json.loads(out)
    assert report["ok"] is False
    [failure] = report["packages"][0]["failures"]
    # The first test run is a sample, so the author sees the whole error.
    assert failure.startswith(
        "solutions/accepted/via_plain_dict.py: expected AC, got RE on sample-1 "
        "(ZeroDivisionError: division by zero (line 1)"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("judge",),
        ("judge", "only-one"),
        ("problem", "check"),
        ("problem", "check", "-j", "-1", "x"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_in_process(monkeypatch, capsys, *args)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("winterarc: error: ")


def test_problem_check_of_a_missing_path_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_in_process(monkeypatch, capsys, "problem", "check", "nowhere")
    assert (code, out) == (2, "")
    assert err == "winterarc: error: nowhere: no such package, zip or folder\n"
