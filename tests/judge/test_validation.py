"""validator.py in `problem check`: every test input (files and generated) is validated in the
sandbox, and a refused one fails the package with the validator's reason."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers.judge import copy_fixture, edit, require_sandbox
from tests.judge.validator_helpers import sum_package
from winterarc.judge.packages import PackageError, load_package
from winterarc.judge.problem_check import check_package
from winterarc.judge.sandbox import RunOutcome, Status
from winterarc.judge.validation import refusal_reason

pytestmark = pytest.mark.sandbox


@pytest.fixture(autouse=True)
def _sandbox() -> None:
    require_sandbox()


def test_a_validator_that_accepts_every_input_passes(tmp_path: Path) -> None:
    check = check_package(sum_package(tmp_path))
    assert check.failures() == []
    assert check.validated == 8  # five file tests and three generated ones
    assert check.notes() == []


def test_a_refused_file_test_fails_the_package_with_the_reason(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    (package / "tests" / "04-out-of-range.in").write_text("2\n1 2000000000\n")
    (package / "tests" / "04-out-of-range.out").write_text("2000000001\n")
    check = check_package(package)
    assert check.failures() == [
        "04-out-of-range: invalid input: 2000000000 is not in [-10^9, 10^9]"
    ]


def test_generated_inputs_are_validated_too(tmp_path: Path) -> None:
    check = check_package(sum_package(tmp_path, max_n=1000))
    assert check.failures() == ["gen-3: invalid input: n = 20000 is not in [0, 1000]"]


def test_a_validator_that_raises_is_refusing_with_the_exception(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    (package / "validator.py").write_text(
        "import sys\nn = int(sys.stdin.readline())\nassert n != 3, 'n may not be 3'\n"
    )
    failures = check_package(package).failures()
    assert failures == ["sample-1: invalid input: AssertionError: n may not be 3"]


def test_a_broken_validator_refuses_every_input_with_its_error(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    (package / "validator.py").write_text("import no_such_module_anywhere\n")
    failures = check_package(package).failures()
    assert len(failures) == 8
    assert all(
        failure.endswith("ModuleNotFoundError: No module named 'no_such_module_anywhere'")
        for failure in failures
    ), failures


def test_function_validators_read_the_json_arguments(tmp_path: Path) -> None:
    package = copy_fixture("two-sum-fn", tmp_path)
    (package / "validator.py").write_text("import sys\nsys.exit('got ' + sys.stdin.read())\n")
    failures = check_package(package).failures()
    args = json.loads((package / "tests" / "01-equal-pair.json").read_text())["args"]
    payload = json.dumps({"args": args}, separators=(",", ":"))
    assert failures[0] == f"01-equal-pair: invalid input: got {payload}"
    assert {failure.split(":")[0] for failure in failures} >= {"gen-1", "gen-2", "sample-1"}


def test_sql_validators_read_the_data_script_as_json(tmp_path: Path) -> None:
    package = copy_fixture("top-customers-sql", tmp_path)
    (package / "validator.py").write_text(
        "import json, sys\ndata = json.load(sys.stdin)['data_sql']\n"
        "if data is None or 'Cy' in data:\n"
        "    sys.exit(f'refused {len(data or \"\")} characters')\n"
    )
    failures = check_package(package).failures()
    data = (package / "tests" / "sample-1.sql").read_text()
    assert failures == [
        "03-empty-tables: invalid input: refused 0 characters",
        f"sample-1: invalid input: refused {len(data)} characters",
    ]


def test_a_package_without_a_validator_is_noted_not_failed(tmp_path: Path) -> None:
    check = check_package(copy_fixture("sum-stdio", tmp_path))
    assert check.ok
    assert check.notes() == ["no validator.py: test inputs were not validated"]


def test_labs_have_no_validator(tmp_path: Path) -> None:
    lab = tmp_path / "locked-counter"
    shutil.copytree(Path(__file__).parent / "fixtures" / "labs" / "locked-counter", lab)
    (lab / "validator.py").write_text("pass\n")
    with pytest.raises(PackageError) as raised:
        load_package(lab)
    assert "validator.py: labs are judged by checks/, not by tests" in str(raised.value)


def test_a_refusal_is_the_first_stderr_line_or_the_exception() -> None:
    def outcome(stderr: str, status: Status = Status.RUNTIME_ERROR) -> RunOutcome:
        return RunOutcome(status, b"", stderr.encode(), 1, None, 1.0, 1.0, 1, "exit code 1")

    assert refusal_reason(outcome("\nn is too large\nsecond line\n")) == "n is too large"
    traceback = 'Traceback (most recent call last):\n  File "x"\nValueError: bad literal\n'
    assert refusal_reason(outcome(traceback)) == "ValueError: bad literal"
    assert refusal_reason(outcome("")) == "exit code 1"
    assert refusal_reason(outcome("", Status.TIME_LIMIT)).endswith("ran out of time on this input")


def test_a_short_input_is_refused(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    edit(package / "validator.py", "{n} numbers", "{n} values")
    (package / "tests" / "05-short.in").write_text("3\n1 2\n")
    (package / "tests" / "05-short.out").write_text("3\n")
    assert check_package(package).failures() == [
        "05-short: invalid input: expected 3 values, got 2"
    ]
