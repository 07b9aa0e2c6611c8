"""The loaded Package: tests ready for the sandbox, solutions, hashes, generated-test helpers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from package_helpers import FIXTURES, load_fixture

from winterarc.judge.packages import (
    CheckerKind,
    CheckSpec,
    GeneratedTestError,
    ProblemType,
    SolutionKind,
    ValueKind,
    expected_from_reference_output,
    format_input,
    format_output,
    format_value,
    generator_input,
    load_package,
    payload_from_generated,
)

Copy = Callable[[str], Path]


def test_stdio_tests_carry_stdin_bytes_and_expected_stdout_bytes() -> None:
    first = load_fixture("sum-stdio").samples[0]
    assert (first.name, first.is_sample, first.seed) == ("sample-1", True, None)
    assert first.payload == b"3\n1 2 3\n"
    assert first.expected == b"6\n"
    assert first.display_input == "3\n1 2 3\n"
    assert first.display_expected == "6\n"


def test_tests_run_in_name_order_then_generated_in_seed_order() -> None:
    names = [test.name for test in load_fixture("sum-stdio").tests]
    assert names == [
        "01-empty",
        "02-big-values",
        "03-mixed-signs",
        "sample-1",
        "sample-2",
        "gen-1",
        "gen-2",
        "gen-3",
    ]


def test_hidden_tests_have_no_display_text() -> None:
    hidden = load_fixture("sum-stdio").tests[0]
    assert not hidden.is_sample
    assert (hidden.display_input, hidden.display_expected) == ("", "")


def test_generated_tests_wait_for_the_generator_and_the_reference() -> None:
    generated = load_fixture("sum-stdio").tests[-1]
    assert (generated.name, generated.seed, generated.is_generated) == ("gen-3", 3, True)
    assert (generated.payload, generated.expected) == (b"", None)
    filled = generated.with_generated(b"1\n5\n", b"5\n")
    assert (filled.payload, filled.expected, filled.seed) == (b"1\n5\n", b"5\n", 3)


def test_only_generated_tests_can_be_filled_in() -> None:
    with pytest.raises(ValueError, match="not a generated test"):
        load_fixture("sum-stdio").tests[0].with_generated(b"", b"")


def test_function_payload_is_args_json_and_expected_is_decoded() -> None:
    package = load_fixture("two-sum-fn")
    test = package.samples[0]
    assert json.loads(test.payload) == {"args": [[2, 7, 11, 15], 9]}
    assert test.expected == [0, 1]
    assert test.display_input == "[2, 7, 11, 15]\n9\n"
    assert package.function is not None
    assert package.function.params == (ValueKind.JSON, ValueKind.JSON)
    assert package.entry == "two_sum"


def test_function_without_params_treats_every_argument_as_json() -> None:
    function = load_fixture("pairs-unordered").function
    assert function is not None
    assert function.params == ()
    assert function.param_kind(5) is ValueKind.JSON


def test_design_payload_has_ops_and_args_but_never_the_expected_results() -> None:
    test = load_fixture("lru-design").samples[0]
    payload = json.loads(test.payload)
    assert set(payload) == {"ops", "args"}
    assert payload["ops"][:3] == ["LRUCache", "put", "put"]
    assert test.display_input.splitlines()[:2] == ["LRUCache(2)", "put(1, 1)"]
    assert test.display_expected.splitlines()[:4] == ["null", "null", "null", "1"]


def test_sql_payload_carries_the_test_data_and_the_schema_stays_on_the_package() -> None:
    package = load_fixture("top-customers-sql")
    by_name = {test.name: test for test in package.tests}
    assert json.loads(by_name["03-empty-tables"].payload) == {"data_sql": None}
    assert "INSERT INTO customers" in json.loads(by_name["sample-1"].payload)["data_sql"]
    assert by_name["sample-1"].expected == {
        "columns": ["name", "total"],
        "rows": [["Bo", 100], ["Ada", 110]],
        "ordered": False,
    }
    assert package.schema_sql is not None
    assert "CREATE TABLE orders" in package.schema_sql


def test_solutions_are_grouped_by_kind_and_sorted_by_name() -> None:
    package = load_fixture("sum-stdio")
    assert [solution.path for solution in package.solutions] == [
        "solutions/accepted/ref.py",
        "solutions/accepted/via_input_lines.py",
        "solutions/wrong/skips_first.py",
        "solutions/slow/quadratic.py",
    ]
    assert package.reference.name == "ref.py"
    assert [s.name for s in package.solutions_of(SolutionKind.SLOW)] == ["quadratic.py"]


def test_manifest_values_and_defaults_reach_the_package() -> None:
    package = load_fixture("pairs-unordered")
    assert (package.time_limit_ms, package.memory_limit_mb) == (1000, 256)
    assert package.check_spec == CheckSpec(ProblemType.FUNCTION, CheckerKind.UNORDERED, 1e-6, True)
    assert package.tags == ("arrays", "hash-map")
    assert load_fixture("mean-float").patterns == ()


def test_custom_checker_source_is_kept() -> None:
    package = load_fixture("parity-custom")
    assert package.checker_source is not None
    assert "def check(" in package.checker_source


def test_content_hash_is_stable_and_changes_with_any_file(package_copy: Copy) -> None:
    original = load_package(FIXTURES / "sum-stdio").content_hash
    assert load_package(FIXTURES / "sum-stdio").content_hash == original
    assert len(original) == 64
    root = package_copy("sum-stdio")
    assert load_package(root).content_hash == original
    (root / "editorial.md").write_text("changed\n")
    assert load_package(root).content_hash != original


def test_generator_reads_its_seed_as_decimal_text() -> None:
    assert generator_input(7) == b"7\n"


def test_generated_stdio_output_is_the_payload_as_is() -> None:
    assert payload_from_generated(load_fixture("sum-stdio"), "2\n1 2\n") == b"2\n1 2\n"


def test_generated_function_output_becomes_an_args_payload() -> None:
    package = load_fixture("two-sum-fn")
    payload = payload_from_generated(package, b' {"args": [[1, 2], 3]} \n')
    assert payload == b'{"args":[[1,2],3]}'


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (b"not json", "not valid JSON"),
        (b'{"args": [[1, 2], 3], "expected": [0, 1]}', "JSON object with args"),
        (b'{"args": [[1, 2]]}', "params declares 2, got 1"),
    ],
)
def test_unusable_generator_output_is_an_error(output: bytes, message: str) -> None:
    with pytest.raises(GeneratedTestError, match=message):
        payload_from_generated(load_fixture("two-sum-fn"), output)


def test_generated_design_output_is_checked_like_a_test_file() -> None:
    package = load_fixture("lru-design")
    ok = payload_from_generated(package, b'{"ops": ["LRUCache", "get"], "args": [[1], [1]]}')
    assert json.loads(ok) == {"ops": ["LRUCache", "get"], "args": [[1], [1]]}
    with pytest.raises(GeneratedTestError, match="must be the class name"):
        payload_from_generated(package, b'{"ops": ["Other"], "args": [[1]]}')


def test_reference_output_becomes_the_expected_value() -> None:
    assert expected_from_reference_output(load_fixture("sum-stdio"), b"6\n") == b"6\n"
    assert expected_from_reference_output(load_fixture("two-sum-fn"), b"[0, 1]") == [0, 1]
    with pytest.raises(GeneratedTestError, match="reference output is not valid JSON"):
        expected_from_reference_output(load_fixture("two-sum-fn"), b"Traceback")


def test_outputs_are_displayed_like_the_expected_values() -> None:
    expected = {"columns": ["name", "total"], "rows": [["Ada", 110]], "ordered": False}
    assert format_value(ProblemType.SQL, expected) == '["name", "total"]\n["Ada", 110]\n'
    output = b'{"columns":["name","total"],"rows":[["Ada",110]]}'
    assert format_output(ProblemType.SQL, output) == format_value(ProblemType.SQL, expected)
    assert format_output(ProblemType.DESIGN, b"[null,1]") == "null\n1\n"
    assert format_output(ProblemType.FUNCTION, b'["Zo\\u00eb"]') == '["Zoë"]\n'
    assert format_output(ProblemType.FUNCTION, b"oops") == "oops"
    assert format_input(ProblemType.SQL, b'{"data_sql": null}') == ""
