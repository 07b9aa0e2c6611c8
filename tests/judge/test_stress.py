"""`problem check --stress N`: small random inputs from generator.py's stress mode; accepted
and slow solutions must agree with the reference on each, wrong ones that never fail are noted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.helpers.judge import copy_fixture, require_sandbox
from tests.judge.validator_helpers import sum_package
from winterarc.cli.main import run
from winterarc.judge.packages import load_package
from winterarc.judge.packages.validate import has_stress_mode
from winterarc.judge.problem_check import StressOptions, check_package
from winterarc.judge.stress import stress_package

pytestmark = pytest.mark.sandbox

# Right on small inputs; wrong only past 1000 numbers (a bug stress inputs cannot see).
BIG_ONLY_BUG = """\
import sys

data = sys.stdin.read().split()
n = int(data[0])
print(sum(int(t) for t in data[1 : 1 + n]) + (1 if n > 1000 else 0))
"""
# Reads -3 as 3: no test of the fixture holds -3, small random inputs soon do.
MINUS_THREE_AS_THREE = """\
import sys

data = sys.stdin.read().split()
n = int(data[0])
print(sum(3 if t == "-3" else int(t) for t in data[1 : 1 + n]))
"""


@pytest.fixture(autouse=True)
def _sandbox() -> None:
    require_sandbox()


def test_agreeing_solutions_pass_and_the_wrong_one_is_caught(tmp_path: Path) -> None:
    package = load_package(sum_package(tmp_path))
    stress = stress_package(package, 30, first_seed=5)
    assert stress.generator
    assert stress.failures == [] and stress.warnings == []
    assert stress.message == "30 stress inputs (seeds 5..34), 0 failures"


def test_an_accepted_solution_that_disagrees_fails_with_the_input(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    (package / "solutions" / "accepted" / "via_misread.py").write_text(MINUS_THREE_AS_THREE)
    check = check_package(package, stress=StressOptions(runs=20))
    # The package's own tests never hold -3, so only stress sees the bug.
    assert [s.verdict for s in check.solutions if s.path.endswith("via_misread.py")] == ["AC"]
    failures = check.failures()
    assert len(failures) == 1, failures
    assert failures[0].startswith(
        "stress: solutions/accepted/via_misread.py disagrees with the reference on stress-"
    )
    assert "(WA: token 1 (line 1): expected " in failures[0] and "; input: '" in failures[0]


def test_a_slow_solution_that_disagrees_fails_but_its_tle_does_not(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    (package / "solutions" / "slow" / "misread.py").write_text(MINUS_THREE_AS_THREE)
    stress = stress_package(load_package(package), 20)
    assert [f.split(" disagrees")[0] for f in stress.failures] == ["solutions/slow/misread.py"]


def test_a_wrong_solution_no_stress_input_catches_is_a_note(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    (package / "solutions" / "wrong" / "big_only.py").write_text(BIG_ONLY_BUG)
    check = check_package(package, stress=StressOptions(runs=10))
    assert check.ok, check.failures()
    assert check.notes() == [
        "stress: solutions/wrong/big_only.py: passed all 10 stress inputs (its bug needs larger "
        "inputs, or it is not wrong)"
    ]


def test_stress_inputs_are_validated(tmp_path: Path) -> None:
    package = sum_package(tmp_path, stress_max_n=40)
    # The validator allows 30 numbers at most; generated tests are then refused too.
    (package / "problem.toml").write_text(
        (package / "problem.toml").read_text().replace("seeds = [1, 2, 3]", "seeds = [1]")
    )
    (package / "validator.py").write_text(
        (package / "validator.py").read_text().replace("20000", "30")
    )
    stress = stress_package(load_package(package), 25)
    assert stress.failures, "some of 25 inputs of up to 40 numbers hold more than 30"
    assert all(f.startswith("stress-") and ": invalid input: n = " in f for f in stress.failures), (
        stress.failures
    )


def test_a_reference_that_crashes_on_a_stress_input_is_a_failure(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    reference = package / "solutions" / "accepted" / "ref.py"
    reference.write_text(
        reference.read_text().replace("n = int(data[0])", "n = int(data[0])\nassert n != 0")
    )
    stress = stress_package(load_package(package), 40)
    assert stress.failures and all(
        f.startswith("reference solutions/accepted/ref.py fails on stress-")
        for f in stress.failures
    ), stress.failures


def test_without_a_stress_mode_it_is_noted_or_required(tmp_path: Path) -> None:
    package = copy_fixture("sum-stdio", tmp_path)
    noted = check_package(package, stress=StressOptions(runs=5))
    assert noted.ok and "stress: no stress generator" in noted.notes()
    required = check_package(package, stress=StressOptions(runs=5, required=True))
    assert required.failures() == ["stress: no stress generator (--require-stress)"]


def test_a_stress_mode_that_fails_is_a_failure(tmp_path: Path) -> None:
    package = sum_package(tmp_path)
    generator = package / "generator.py"
    generator.write_text(generator.read_text().replace("int(args[1])", "int(args[7])"))
    stress = stress_package(load_package(package), 3)
    assert len(stress.failures) == 1
    assert stress.failures[0].startswith("generator.py stress 0 failed: runtime_error")
    assert "IndexError" in stress.failures[0]


def test_a_stress_mode_is_declared_by_the_literal() -> None:
    assert has_stress_mode('if sys.argv[1] == "stress":\n    pass\n')
    assert not has_stress_mode("seed = int(sys.argv[1])  # stress later\n")
    assert not has_stress_mode(None)
    assert not has_stress_mode("def broken(:\n")


def test_the_cli_reports_stress_in_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    package = sum_package(tmp_path)
    argv = ["winterarc", "problem", "check", str(package), "--json", "--stress", "4", "--seed", "9"]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exited:
        run()
    assert exited.value.code == 0
    report = json.loads(capsys.readouterr().out)
    stress = report["packages"][0]["stress"]
    assert (stress["runs"], stress["first_seed"], stress["generator"]) == (4, 9, True)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--require-stress"], "--require-stress needs --stress N"),
        (["--stress", "-1"], "--stress must be between 0 and 100000, got -1"),
        (["--stress", "3", "--seed", "-2"], "--seed must be between 0 and 2**63 - 1 - N"),
    ],
)
def test_the_cli_refuses_bad_stress_options(
    args: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "argv", ["winterarc", "problem", "check", str(tmp_path), *args])
    with pytest.raises(SystemExit) as exited:
        run()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


# The fixture's generator with a stress mode: distinct powers of two, so every pair has its
# own sum and the answer is unique.
TWO_SUM_GENERATOR = """\
import json
import random
import sys

args = sys.argv[1:] or sys.stdin.read().split()
if args[0] == "stress":
    rng = random.Random(int(args[1]))
    nums = rng.sample([2**k for k in range(12)], rng.randint(2, 6))
    i, j = sorted(rng.sample(range(len(nums)), 2))
    print(json.dumps({"args": [nums, nums[i] + nums[j]]}))
else:
    seed = int(args[0])
    rng = random.Random(seed)
    n = 50 if seed == 1 else 20000
    values = rng.sample(range(-(10**8), 10**8), n - 2)
    nums = [3 * v for v in values]
    a, b = 3 * rng.randint(-(10**8), 10**8) + 1, 3 * rng.randint(-(10**8), 10**8) + 1
    print(json.dumps({"args": [nums + [a, b], a + b]}))
"""


def test_function_problems_are_stressed_through_their_json_arguments(tmp_path: Path) -> None:
    package = copy_fixture("two-sum-fn", tmp_path)
    (package / "generator.py").write_text(TWO_SUM_GENERATOR)
    result = stress_package(load_package(package), 10)
    assert result.failures == []
    # same_index adds a number to itself: no sum of two distinct powers of two is 2x.
    assert result.warnings == [
        "solutions/wrong/same_index.py: passed all 10 stress inputs (its bug needs larger "
        "inputs, or it is not wrong)"
    ]
