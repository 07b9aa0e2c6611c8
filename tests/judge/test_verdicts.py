"""Verdicts, per-test results and the submission result."""

from __future__ import annotations

import inspect
import json

import pytest

from winterarc.judge.verdicts import (
    DIFF_LINE_CAP,
    SAMPLE_TEXT_CAP,
    Result,
    TestResult,
    Verdict,
    unified_diff,
)

METRICS = {"cpu_ms": 12, "wall_ms": 20, "memory_kb": 9000}


def sample(name: str = "sample-1", verdict: Verdict = Verdict.WA, **texts: str) -> TestResult:
    fields = {"input": "1 2\n", "expected": "3\n", "actual": "4\n", **texts}
    return TestResult.for_sample(name, verdict, **METRICS, message="line 1 differs", **fields)


def hidden(name: str = "01", verdict: Verdict = Verdict.AC, **metrics: int) -> TestResult:
    return TestResult.for_hidden(name, verdict, **{**METRICS, **metrics})


def test_verdict_values_are_their_names() -> None:
    assert [v.value for v in Verdict] == ["AC", "WA", "TLE", "MLE", "RE", "OLE", "CE", "IE"]
    assert Verdict("TLE") is Verdict.TLE
    assert Verdict.TLE.label == "Time Limit Exceeded"


def test_hidden_test_cannot_carry_expected_output() -> None:
    with pytest.raises(ValueError, match="hidden"):
        TestResult("01", Verdict.WA, 1, 1, 1, sample=False, expected="42")
    with pytest.raises(ValueError, match="hidden"):
        TestResult("01", Verdict.WA, 1, 1, 1, sample=False, input="1")
    assert "expected" not in inspect.signature(TestResult.for_hidden).parameters


def test_hidden_test_json_has_no_data_fields() -> None:
    data = hidden(verdict=Verdict.WA).to_json()
    assert data == {
        "name": "01",
        "verdict": "WA",
        "cpu_ms": 12,
        "wall_ms": 20,
        "memory_kb": 9000,
        "sample": False,
        "message": "",
    }


def test_sample_test_json_carries_input_expected_and_actual() -> None:
    data = sample().to_json()
    assert (data["input"], data["expected"], data["actual"]) == ("1 2\n", "3\n", "4\n")
    assert data["message"] == "line 1 differs"


def test_sample_texts_are_capped() -> None:
    result = sample(actual="x" * (SAMPLE_TEXT_CAP * 3))
    assert result.actual is not None
    assert len(result.actual) < SAMPLE_TEXT_CAP + 20
    assert result.actual.endswith("(truncated)")


def test_diff_of_a_sample_is_a_unified_diff() -> None:
    diff = sample(expected="1\n2\n3\n", actual="1\n5\n3\n").diff()
    assert diff.splitlines() == [
        "--- expected",
        "+++ actual",
        "@@ -1,3 +1,3 @@",
        " 1",
        "-2",
        "+5",
        " 3",
    ]


def test_diff_of_a_hidden_test_is_empty() -> None:
    assert hidden(verdict=Verdict.WA).diff() == ""


def test_diff_is_capped_in_lines() -> None:
    expected = "\n".join(str(i) for i in range(1000))
    actual = "\n".join(str(-i) for i in range(1000))
    lines = unified_diff(expected, actual).splitlines()
    assert len(lines) == DIFF_LINE_CAP + 1
    assert lines[-1] == "… (diff truncated)"


def test_result_verdict_is_the_first_failing_test_in_run_order() -> None:
    result = Result.from_tests([hidden("01"), hidden("02", Verdict.WA), hidden("03", Verdict.TLE)])
    assert result.verdict is Verdict.WA


def test_result_is_internal_error_when_any_test_is() -> None:
    result = Result.from_tests([hidden("01", Verdict.WA), hidden("02", Verdict.IE)])
    assert result.verdict is Verdict.IE


def test_result_with_every_test_accepted_is_accepted() -> None:
    assert Result.from_tests([hidden("01"), hidden("02")]).verdict is Verdict.AC


def test_result_without_tests_is_an_internal_error() -> None:
    result = Result.from_tests([])
    assert (result.verdict, result.message) == (Verdict.IE, "no tests were run")


def test_compile_error_result_keeps_the_compiler_message() -> None:
    result = Result.compile_error("  File 'solution.py', line 1\nSyntaxError: invalid syntax")
    assert result.verdict is Verdict.CE
    assert result.message.endswith("invalid syntax")


def test_result_totals_are_the_maxima_over_tests() -> None:
    result = Result.from_tests(
        [hidden("01", cpu_ms=5, memory_kb=100), hidden("02", cpu_ms=40, memory_kb=50)]
    )
    assert (result.max_cpu_ms, result.max_memory_kb, result.max_wall_ms) == (40, 100, 20)


def test_result_json_has_the_agreed_shape_and_is_json_safe() -> None:
    result = Result.from_tests([sample(), hidden("01")])
    data = result.to_json()
    assert list(data) == [
        "verdict",
        "message",
        "max_cpu_ms",
        "max_wall_ms",
        "max_memory_kb",
        "tests",
    ]
    assert data["verdict"] == "WA"
    assert [t["name"] for t in data["tests"]] == ["sample-1", "01"]
    assert set(data["tests"][0]) >= {"name", "verdict", "cpu_ms", "wall_ms", "memory_kb"}
    assert json.loads(json.dumps(data)) == data


def test_result_round_trips_through_json() -> None:
    result = Result.from_tests([sample(), hidden("01", Verdict.TLE)], message="judged")
    assert Result.from_json(json.loads(json.dumps(result.to_json()))) == result


@pytest.mark.parametrize(
    "broken",
    [
        {"verdict": "XX", "tests": []},
        {"verdict": "AC"},
        {"verdict": "AC", "tests": [{"name": "01"}]},
        {"verdict": "AC", "tests": [{**hidden().to_json(), "cpu_ms": True}]},
        {"verdict": "AC", "tests": [{**sample().to_json(), "actual": None}]},
    ],
)
def test_malformed_result_json_is_refused(broken: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="malformed"):
        Result.from_json(broken)


def test_expected_output_stored_with_a_hidden_test_is_never_revived() -> None:
    stored = {"verdict": "WA", "tests": [{**hidden().to_json(), "expected": "42"}]}
    assert "expected" not in Result.from_json(stored).tests[0].to_json()
