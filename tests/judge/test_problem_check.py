"""problem check: good packages pass; each broken promise fails with a report that names it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.judge import FIXTURES, copy_fixture, edit, require_sandbox
from winterarc.judge import calibration
from winterarc.judge.problem_check import check_package, check_packages, find_packages
from winterarc.judge.roadmap_topics import find_known_topics

pytestmark = pytest.mark.sandbox

SUM_REFERENCE = (FIXTURES / "sum-stdio" / "solutions" / "accepted" / "ref.py").read_text()


@pytest.fixture(autouse=True)
def _sandbox() -> None:
    require_sandbox()


def test_every_fixture_package_passes_with_two_workers() -> None:
    topics = find_known_topics(FIXTURES)
    assert topics is not None
    report = check_packages([FIXTURES], known_topics=topics.ids, jobs=2)
    assert [package.failures() for package in report.packages if not package.ok] == []
    assert report.ok
    slugs = [package.slug for package in report.packages]
    assert slugs == sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())
    sum_stdio = report.packages[slugs.index("sum-stdio")]
    assert sum_stdio.generator is not None and sum_stdio.generator.deterministic
    assert sum_stdio.reference is not None and sum_stdio.reference.test is not None
    kinds = {(s.path.split("/")[1], s.verdict) for s in sum_stdio.solutions}
    assert kinds == {("accepted", "AC"), ("wrong", "WA"), ("slow", "TLE")}
    json.dumps(report.to_json())


def test_a_wrong_solution_that_passes_fails_the_check(tmp_path: Path) -> None:
    package = copy_fixture("sum-stdio", tmp_path)
    (package / "solutions" / "wrong" / "actually_right.py").write_text(SUM_REFERENCE)
    check = check_package(package)
    assert not check.ok
    assert check.failures() == [
        "solutions/wrong/actually_right.py: expected a failing verdict, but it passed every "
        "test: add a test that catches it"
    ]


def test_a_slow_solution_that_is_fast_fails_the_check(tmp_path: Path) -> None:
    package = copy_fixture("sum-stdio", tmp_path)
    (package / "solutions" / "slow" / "quadratic.py").write_text(SUM_REFERENCE)
    failures = check_package(package).failures()
    assert failures == [
        "solutions/slow/quadratic.py: expected TLE, but it passed every test in time: "
        "add a larger test"
    ]


def test_an_accepted_solution_that_fails_names_the_test(tmp_path: Path) -> None:
    package = copy_fixture("lru-design", tmp_path)
    wrong = (package / "solutions" / "wrong" / "fifo.py").read_text()
    (package / "solutions" / "accepted" / "via_plain_dict.py").write_text(wrong)
    failures = check_package(package).failures()
    assert failures == [
        "solutions/accepted/via_plain_dict.py: expected AC, got WA on sample-1 "
        "(result[5]: expected -1, got 2)"
    ]


def test_a_non_deterministic_generator_fails_the_check(tmp_path: Path) -> None:
    package = copy_fixture("sum-stdio", tmp_path)
    edit(package / "generator.py", "rng = random.Random(seed)", "rng = random.Random()")
    check = check_package(package)
    assert check.generator is not None and not check.generator.deterministic
    assert check.failures() == [
        "generator.py is not deterministic: two runs differ on gen-1, gen-2, gen-3"
    ]


def busy_reference(seconds: float) -> str:
    """The sum reference after spinning `seconds` of CPU time (whatever the machine's load)."""
    busy = "import time\nstart = time.process_time()\n"
    return f"{busy}while time.process_time() - start < {seconds}:\n    pass\n{SUM_REFERENCE}"


def test_a_reference_over_a_third_of_the_time_limit_fails_the_check(tmp_path: Path) -> None:
    package = copy_fixture("sum-stdio", tmp_path)
    edit(package / "problem.toml", "time_limit_ms = 1000", "time_limit_ms = 300")
    # 250 ms is over the budget (100 ms) even at the largest slowdown a machine may claim (x2).
    (package / "solutions" / "accepted" / "ref.py").write_text(busy_reference(0.25))
    check = check_package(package)
    assert check.reference is not None
    assert not check.reference.ok
    assert check.reference.max_cpu_ms >= 250
    assert 100 <= check.reference.budget_ms <= 200
    assert check.failures()[0].startswith("reference solutions/accepted/ref.py used ")
    assert "(a third of the time limit" in check.failures()[0]


def test_a_slower_machine_scales_the_reference_budget_by_its_calibration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reference within its third on the reference machine, measured on a machine the
    calibration workload finds 1.5 times slower, passes; the same reference on a machine as fast
    as the reference one fails."""
    package = copy_fixture("sum-stdio", tmp_path)
    edit(package / "problem.toml", "time_limit_ms = 1000", "time_limit_ms = 600")
    (package / "solutions" / "accepted" / "ref.py").write_text(busy_reference(0.22))

    def measured(speed: float) -> None:
        monkeypatch.setattr(
            calibration, "workload_cpu_ms", lambda **_: speed * calibration.NOMINAL_CPU_MS
        )

    measured(1.5)
    slow_machine = check_package(package)
    assert slow_machine.reference is not None
    assert slow_machine.reference.max_cpu_ms > 200  # over a third of 600 ms, unscaled
    assert slow_machine.reference.slowdown == 1.5
    assert slow_machine.reference.budget_ms == 300
    assert slow_machine.reference.ok and slow_machine.ok

    measured(0.8)  # a faster machine does not tighten the rule, nor loosen it
    fast_machine = check_package(package)
    assert fast_machine.reference is not None and not fast_machine.reference.ok
    assert fast_machine.reference.budget_ms == 200
    assert "at most 200 ms (a third of the time limit) is allowed" in fast_machine.failures()[0]


def test_an_invalid_package_reports_its_issues_without_judging(tmp_path: Path) -> None:
    package = copy_fixture("sum-stdio", tmp_path)
    edit(package / "problem.toml", 'difficulty = "easy"', 'difficulty = "trivial"')
    check = check_package(package)
    assert check.solutions == []
    assert check.failures() == [
        "problem.toml: difficulty: must be one of 'easy', 'medium' or 'hard'"
    ]


def test_unknown_roadmap_topics_are_reported(tmp_path: Path) -> None:
    package = copy_fixture("lru-design", tmp_path)
    check = check_package(package, known_topics=frozenset({"s1-w1-oop"}))
    assert any("s1-w3-hash-maps" in failure for failure in check.failures())


def test_a_folder_of_packages_expands_and_an_empty_folder_is_an_issue(tmp_path: Path) -> None:
    copy_fixture("lru-design", tmp_path / "bank")
    (tmp_path / "empty").mkdir()
    found, issues = find_packages([tmp_path / "bank", tmp_path / "empty"])
    assert found == [tmp_path / "bank" / "lru-design"]
    assert issues == [
        f"{tmp_path / 'empty'}: no problem packages (folders with problem.toml, or zips)"
    ]


def test_two_packages_with_one_slug_fail_the_report(tmp_path: Path) -> None:
    copy_fixture("lru-design", tmp_path / "a")
    copy_fixture("lru-design", tmp_path / "b")
    report = check_packages([tmp_path / "a", tmp_path / "b"], jobs=1)
    assert not report.ok
    assert report.issues == [
        f"slug 'lru-design' is used by {tmp_path / 'a' / 'lru-design'} and "
        f"{tmp_path / 'b' / 'lru-design'}"
    ]
