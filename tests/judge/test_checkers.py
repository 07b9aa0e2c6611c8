"""Built-in checkers and the custom-checker protocol, edge cases first."""

from __future__ import annotations

import json

import pytest

from winterarc.judge.checkers import (
    CheckerProtocolError,
    CheckOutcome,
    InvalidOutputError,
    compare,
    custom_checker_outcome,
    custom_checker_payload,
)
from winterarc.judge.packages import CheckerKind, CheckSpec, ProblemType

STDIO, FUNCTION, DESIGN, SQL = (
    ProblemType.STDIO,
    ProblemType.FUNCTION,
    ProblemType.DESIGN,
    ProblemType.SQL,
)


def spec(
    problem_type: ProblemType, checker: str, tolerance: float = 1e-6, nested: bool = False
) -> CheckSpec:
    return CheckSpec(problem_type, CheckerKind(checker), tolerance, nested)


def check(problem_type: ProblemType, checker: str, expected: object, actual: bytes) -> CheckOutcome:
    return compare(spec(problem_type, checker), expected, actual)  # type: ignore[arg-type]


def as_json(value: object) -> bytes:
    return json.dumps(value).encode()


# --- stdio: exact ---------------------------------------------------------------------------


def test_exact_ignores_whitespace_and_newlines_at_the_end_of_the_output() -> None:
    assert check(STDIO, "exact", b"1 2\n3\n", b"1 2\n3  \n\n\t").ok
    assert check(STDIO, "exact", b"1 2\n3", b"1 2\n3\n").ok


def test_exact_treats_crlf_as_lf() -> None:
    assert check(STDIO, "exact", b"a\nb\n", b"a\r\nb\r\n").ok


def test_exact_keeps_trailing_spaces_inside_the_output_significant() -> None:
    outcome = check(STDIO, "exact", b"1\n2\n", b"1 \n2\n")
    assert outcome == CheckOutcome(False, "line 1: expected '1', got '1 '")


def test_exact_names_the_first_differing_line() -> None:
    outcome = check(STDIO, "exact", b"1\n2\n5\n6\n", b"1\n2\n4\n7\n")
    assert outcome.message == "line 3: expected '5', got '4'"


def test_exact_names_missing_and_extra_lines() -> None:
    assert check(STDIO, "exact", b"1\n2\n", b"1\n").message == (
        "line 2: expected '2', got end of output"
    )
    assert check(STDIO, "exact", b"1\n", b"1\nx\n").message == (
        "line 2: expected end of output, got 'x'"
    )


def test_exact_empty_output_is_wrong_and_says_so() -> None:
    assert check(STDIO, "exact", b"5\n", b"") == CheckOutcome(False, "output is empty")
    assert check(STDIO, "exact", b"5\n", b"\n \n") == CheckOutcome(False, "output is empty")


def test_exact_empty_expected_accepts_empty_output() -> None:
    assert check(STDIO, "exact", b"", b"\n").ok
    assert not check(STDIO, "exact", b"", b"0").ok


def test_exact_message_on_a_long_line_shows_the_column_and_a_short_excerpt() -> None:
    line = "x" * 500
    outcome = check(STDIO, "exact", (line + "a").encode(), (line + "b").encode())
    assert outcome.message.startswith("line 1: column 501: expected …'")
    assert len(outcome.message) < 150


def test_exact_compares_unicode_exactly() -> None:
    assert check(STDIO, "exact", "Zoë\n".encode(), "Zoë".encode()).ok
    decomposed = check(STDIO, "exact", "café".encode(), "cafe\u0301".encode())
    assert not decomposed.ok
    assert "café" in decomposed.message


def test_invalid_utf8_output_is_compared_not_crashed_on() -> None:
    outcome = check(STDIO, "exact", b"ok\n", b"\xff\xfe\n")
    assert not outcome.ok
    assert "\ufffd" in outcome.message


# --- stdio: tokens --------------------------------------------------------------------------


def test_tokens_ignore_spacing_and_line_breaks() -> None:
    assert check(STDIO, "tokens", b"1 2 3\n", b"1\n2\t\t3 \r\n").ok


def test_tokens_message_names_the_token_and_its_line() -> None:
    outcome = check(STDIO, "tokens", b"1 2\n3 5\n", b"1 2\n3 4\n")
    assert outcome.message == "token 4 (line 2): expected '5', got '4'"


def test_tokens_report_missing_and_extra_tokens() -> None:
    assert check(STDIO, "tokens", b"1 2 3 4", b"1 2 3").message == (
        "expected 4 tokens, got 3 (1 missing)"
    )
    assert (
        check(STDIO, "tokens", b"1 2", b"1 2 9").message == "expected 2 tokens, got 3 (extra: '9')"
    )


def test_tokens_split_on_ascii_whitespace_only() -> None:
    assert not check(STDIO, "tokens", b"a b", "a\u00a0b".encode()).ok


def test_tokens_are_case_sensitive_and_unicode_aware() -> None:
    assert not check(STDIO, "tokens", b"YES", b"yes").ok
    assert check(STDIO, "tokens", "日本 語".encode(), "日本\n語".encode()).ok


def test_tokens_on_empty_output() -> None:
    assert check(STDIO, "tokens", b"1", b"  \n") == CheckOutcome(False, "output is empty")
    assert check(STDIO, "tokens", b"\n", b"").ok


def test_expected_output_may_be_given_as_text() -> None:
    assert check(STDIO, "tokens", "1 2", b"1 2").ok


# --- stdio: float ---------------------------------------------------------------------------


def test_float_accepts_a_difference_exactly_at_the_tolerance() -> None:
    assert check(STDIO, "float", b"0", b"0.000001").ok
    assert check(STDIO, "float", b"2.5", b"2.499999").ok
    assert not check(STDIO, "float", b"0", b"0.0000010001").ok


def test_float_tolerance_is_absolute_or_relative() -> None:
    assert check(STDIO, "float", b"0.0000001", b"0.0000009").ok  # absolute
    assert check(STDIO, "float", b"1000000", b"1000001").ok  # relative: 1 <= 1e-6 * 1e6
    assert not check(STDIO, "float", b"1000000", b"1000001.5").ok


def test_float_handles_1e18_scale_values_relatively() -> None:
    assert check(STDIO, "float", b"1000000000000000000", b"1000000000000000123").ok
    assert check(STDIO, "float", b"1e18", b"1000000000000000000.5").ok
    assert not check(STDIO, "float", b"1000000000000000000", b"1000002000000000000").ok


def test_float_compares_numbers_too_big_for_a_double_without_overflowing() -> None:
    big = b"1" + b"0" * 400
    assert check(STDIO, "float", big, big[:-1] + b"1").ok
    assert not check(STDIO, "float", big, b"2" + b"0" * 400).ok


def test_float_negative_zero_equals_zero() -> None:
    assert check(STDIO, "float", b"0", b"-0.0").ok


def test_float_nan_never_equals_anything() -> None:
    assert not check(STDIO, "float", b"nan", b"nan").ok
    assert not check(STDIO, "float", b"1", b"NaN").ok


def test_float_infinities_equal_only_themselves() -> None:
    assert check(STDIO, "float", b"inf", b"Infinity").ok
    assert not check(STDIO, "float", b"inf", b"-inf").ok
    assert not check(STDIO, "float", b"1e308", b"inf").ok


def test_float_accepts_other_spellings_of_the_same_number() -> None:
    assert check(STDIO, "float", b"0.000001 5", b"1e-6 5.0").ok


def test_float_compares_words_exactly() -> None:
    assert check(STDIO, "float", b"YES 0.5", b"YES 0.5000001").ok
    assert not check(STDIO, "float", b"YES 0.5", b"yes 0.5").ok


def test_float_message_gives_the_error_and_the_tolerance() -> None:
    outcome = check(STDIO, "float", b"1.5 0.5", b"1.5 0.51")
    assert (
        outcome.message
        == "token 2 (line 1): expected '0.5', got '0.51' (off by 0.01, tolerance 0.000001)"
    )


def test_float_message_when_a_number_is_missing() -> None:
    outcome = check(STDIO, "float", b"0.5", b"abc")
    assert outcome.message == "token 1 (line 1): expected the number '0.5', got 'abc'"


def test_float_uses_the_tolerance_from_the_spec() -> None:
    loose = spec(STDIO, "float", tolerance=0.01)
    assert compare(loose, b"1.00", b"1.009").ok
    assert not compare(loose, b"1.00", b"1.02").ok


# --- stdio: unordered -----------------------------------------------------------------------


def test_unordered_lines_match_in_any_order_with_tokens_normalised() -> None:
    assert check(STDIO, "unordered", b"1 2\n3 4\n", b"3 4\n\n1   2\r\n").ok


def test_unordered_lines_are_a_multiset() -> None:
    outcome = check(STDIO, "unordered", b"a\na\nb\n", b"a\nb\nb\n")
    assert outcome.message == "line 3 'b' appears more often than expected"


def test_unordered_names_unexpected_and_missing_lines() -> None:
    assert check(STDIO, "unordered", b"a\nb\n", b"x\nb\n").message == "line 1 'x' is not expected"
    assert check(STDIO, "unordered", b"a\nb\nc\n", b"c\na\n").message == ("expected 3 lines, got 2")


def test_unordered_keeps_the_order_of_tokens_within_a_line() -> None:
    assert not check(STDIO, "unordered", b"1 2\n", b"2 1\n").ok


# --- function / design: JSON ----------------------------------------------------------------


def test_json_numbers_compare_by_value_across_int_and_float() -> None:
    assert check(FUNCTION, "exact", 2, b"2.0").ok
    assert check(FUNCTION, "exact", 10**18, b"1e18").ok
    assert not check(FUNCTION, "exact", 10**30, as_json(10**30 + 1)).ok


def test_json_booleans_never_equal_numbers() -> None:
    outcome = check(FUNCTION, "exact", 1, b"true")
    assert outcome.message == "result: expected number 1, got boolean true"
    assert not check(FUNCTION, "exact", False, b"0").ok
    assert not check(FUNCTION, "exact", [True], b"[1]").ok
    assert not check(FUNCTION, "float", 1.0, b"true").ok


def test_json_null_is_not_zero_or_empty() -> None:
    assert not check(FUNCTION, "exact", None, b"0").ok
    assert not check(FUNCTION, "exact", [], b"null").ok


def test_json_message_gives_the_path_to_the_first_difference() -> None:
    outcome = check(FUNCTION, "exact", [[1, 2], [3, 4]], b"[[1, 2], [4, 4]]")
    assert outcome.message == "result[1][0]: expected 3, got 4"


def test_json_message_on_list_length() -> None:
    assert check(FUNCTION, "exact", [1, 2, 3], b"[1, 2]").message == (
        "result: expected 3 items, got 2"
    )


def test_json_objects_compare_keys_and_values() -> None:
    assert check(FUNCTION, "exact", {"a": 1, "b": [2]}, b'{"b": [2], "a": 1}').ok
    assert check(FUNCTION, "exact", {"a": 1}, b"{}").message == 'result: missing key "a"'
    assert check(FUNCTION, "exact", {}, b'{"z": 1}').message == 'result: unexpected key "z"'
    assert check(FUNCTION, "exact", {"a": 1}, b'{"a": 2}').message == (
        'result["a"]: expected 1, got 2'
    )


def test_json_strings_compare_exactly_with_unicode() -> None:
    assert check(FUNCTION, "exact", "Zoë", as_json("Zoë")).ok
    assert not check(FUNCTION, "exact", "1", b"1").ok


def test_json_negative_zero_equals_zero() -> None:
    assert check(FUNCTION, "exact", 0, b"-0.0").ok


def test_tokens_checker_on_json_is_exact() -> None:
    assert check(FUNCTION, "tokens", [1, 2], b"[1,2]").ok
    assert not check(FUNCTION, "tokens", [1, 2], b"[2,1]").ok


def test_json_output_that_is_not_json_is_wrong_with_a_message() -> None:
    outcome = check(FUNCTION, "exact", 1, b"Traceback (most recent call last)")
    assert not outcome.ok
    assert outcome.message.startswith("output is not valid JSON")


def test_json_nan_and_infinity_literals_are_not_json() -> None:
    assert not check(FUNCTION, "float", 1.0, b"NaN").ok
    assert not check(FUNCTION, "float", 1.0, b"Infinity").ok


def test_deeply_nested_output_is_wrong_not_a_crash() -> None:
    assert not check(FUNCTION, "exact", [], b"[" * 100_000 + b"]" * 100_000).ok


def test_json_float_checker_uses_the_tolerance_everywhere() -> None:
    assert check(FUNCTION, "float", 0.3, b"0.30000000000000004").ok
    assert check(FUNCTION, "float", [1, {"x": 2}], b'[1.0000001, {"x": 1.9999999}]').ok
    assert check(FUNCTION, "float", 10**18, as_json(10**18 + 5)).ok
    outcome = check(FUNCTION, "float", [0.5], b"[0.6]")
    assert outcome.message == "result[0]: expected 0.5, got 0.6 (off by 0.1, tolerance 0.000001)"


def test_design_results_are_compared_call_by_call() -> None:
    outcome = check(DESIGN, "exact", [None, None, 1, -1], b"[null, null, 1, 1]")
    assert outcome.message == "result[3]: expected -1, got 1"


# --- function / design: unordered -----------------------------------------------------------


def test_unordered_json_ignores_top_level_order_only() -> None:
    assert check(FUNCTION, "unordered", [[1, 5], [2, 4]], b"[[2, 4], [1, 5]]").ok
    assert not check(FUNCTION, "unordered", [[1, 5], [2, 4]], b"[[4, 2], [1, 5]]").ok


def test_unordered_nested_ignores_order_one_level_down() -> None:
    nested = spec(FUNCTION, "unordered", nested=True)
    assert compare(nested, [[1, 5], [2, 4]], b"[[4, 2], [5, 1]]").ok
    assert compare(nested, [[[1, 2], [3]]], b"[[[3], [1, 2]]]").ok
    assert not compare(nested, [[[1, 2], [3]]], b"[[[2, 1], [3]]]").ok


def test_unordered_json_is_a_multiset() -> None:
    outcome = check(FUNCTION, "unordered", [1, 1, 2], b"[1, 2, 2]")
    assert outcome.message == "result[2] = 2 appears more often than expected"
    assert (
        check(FUNCTION, "unordered", [1, 2], b"[1, 3]").message == "result[1] = 3 is not expected"
    )
    assert check(FUNCTION, "unordered", [1, 2], b"[1]").message == "result: expected 2 items, got 1"


def test_unordered_json_keeps_booleans_apart_from_numbers() -> None:
    assert not check(FUNCTION, "unordered", [True, 1], b"[1, 1]").ok
    assert check(FUNCTION, "unordered", [1.0, 2, "x"], b'["x", 2.0, 1]').ok


def test_unordered_json_on_a_non_list_answer_is_exact() -> None:
    assert check(FUNCTION, "unordered", 3, b"3").ok
    assert not check(FUNCTION, "unordered", [1], b"1").ok


def test_unordered_design_compares_each_calls_result_as_a_multiset() -> None:
    assert check(DESIGN, "unordered", [None, [1, 2], 3], b"[null, [2, 1], 3]").ok
    assert not check(DESIGN, "unordered", [None, [1, 2], 3], b"[null, 3, [1, 2]]").ok


# --- sql ------------------------------------------------------------------------------------


def sql_expected(rows: list[list[object]], ordered: bool, columns: list[str] | None = None) -> dict:  # type: ignore[type-arg]
    return {"columns": columns or ["name", "total"], "rows": rows, "ordered": ordered}


def sql_output(rows: list[list[object]], columns: list[str] | None = None) -> bytes:
    return as_json({"columns": columns or ["name", "total"], "rows": rows})


def test_sql_ordered_result_must_keep_the_row_order() -> None:
    expected = sql_expected([["a", 1], ["b", 2]], ordered=True)
    assert check(SQL, "exact", expected, sql_output([["a", 1], ["b", 2]])).ok
    outcome = check(SQL, "exact", expected, sql_output([["b", 2], ["a", 1]]))
    assert outcome.message == 'row 1: expected ["a", 1], got ["b", 2]'


def test_sql_unordered_result_matches_in_any_row_order() -> None:
    expected = sql_expected([["a", 1], ["b", 2], ["a", 1]], ordered=False)
    assert check(SQL, "exact", expected, sql_output([["a", 1], ["a", 1], ["b", 2]])).ok
    outcome = check(SQL, "exact", expected, sql_output([["a", 1], ["b", 2], ["b", 2]]))
    assert not outcome.ok
    assert outcome.message.endswith("(row order is ignored)")


def test_sql_column_names_are_case_insensitive_but_ordered() -> None:
    expected = sql_expected([["a", 1]], ordered=True)
    assert check(SQL, "exact", expected, sql_output([["a", 1]], ["NAME", "Total"])).ok
    outcome = check(SQL, "exact", expected, sql_output([[1, "a"]], ["total", "name"]))
    assert outcome.message == 'columns: expected ["name", "total"], got ["total", "name"]'


def test_sql_values_follow_sqlite_types() -> None:
    expected = sql_expected([["a", 1], [None, 2.5]], ordered=True)
    assert check(SQL, "exact", expected, sql_output([["a", 1.0], [None, 2.5]])).ok
    assert not check(SQL, "exact", expected, sql_output([["a", "1"], [None, 2.5]])).ok
    assert not check(SQL, "exact", expected, sql_output([["a", 1], [0, 2.5]])).ok


def test_sql_row_count_message() -> None:
    outcome = check(SQL, "exact", sql_expected([["a", 1]], False), sql_output([]))
    assert outcome.message == "expected 1 rows, got 0"


def test_sql_malformed_result_is_wrong() -> None:
    expected = sql_expected([], ordered=False)
    assert check(SQL, "exact", expected, b"[]").message.startswith("query result is malformed")


def test_sql_float_checker_applies_the_tolerance_to_values() -> None:
    expected = sql_expected([["Ada", 36.666666666666664]], ordered=True)
    assert check(SQL, "float", expected, sql_output([["Ada", 36.666666667]])).ok
    assert not check(SQL, "float", expected, sql_output([["Ada", 36.67]])).ok


def test_sql_unicode_values() -> None:
    expected = sql_expected([["美咲", 1], ["Zoë", 2]], ordered=False)
    assert check(SQL, "exact", expected, sql_output([["Zoë", 2], ["美咲", 1]])).ok


# --- custom checkers ------------------------------------------------------------------------


def test_compare_refuses_a_custom_checker() -> None:
    with pytest.raises(ValueError, match="sandbox"):
        check(STDIO, "custom", b"1", b"1")


def test_custom_checker_payload_for_stdio_holds_the_three_texts() -> None:
    payload = custom_checker_payload(spec(STDIO, "custom"), b"1 4\n", b"2\n", b"4\n\xff")
    assert json.loads(payload) == {"input": "1 4\n", "expected": "2\n", "actual": "4\n\ufffd"}


def test_custom_checker_payload_for_function_holds_decoded_values() -> None:
    payload = custom_checker_payload(
        spec(FUNCTION, "custom"), b'{"args": [[1, 2], 3]}', [0, 1], b"[1, 0]"
    )
    assert json.loads(payload) == {"input": [[1, 2], 3], "expected": [0, 1], "actual": [1, 0]}


def test_custom_checker_payload_for_design_passes_ops_and_args() -> None:
    calls = {"ops": ["Box", "get"], "args": [[], []]}
    payload = custom_checker_payload(
        spec(DESIGN, "custom"), as_json(calls), [None, 1], b"[null, 1]"
    )
    assert json.loads(payload)["input"] == calls


def test_custom_checker_payload_refuses_output_that_is_not_json() -> None:
    with pytest.raises(InvalidOutputError):
        custom_checker_payload(spec(FUNCTION, "custom"), b'{"args": []}', 1, b"oops")


def test_custom_checker_outcome_reads_ok_and_message() -> None:
    assert custom_checker_outcome(b'[true, ""]') == CheckOutcome(True, "")
    assert custom_checker_outcome(b'[false, "answer 2: 3 is odd"]') == CheckOutcome(
        False, "answer 2: 3 is odd"
    )


@pytest.mark.parametrize(
    "answer",
    [b"", b"garbage", b'[1, "x"]', b'{"ok": true}', b"[true]", b'[true, "a", 1]', b"[true, 5]"],
)
def test_malformed_custom_checker_answer_is_a_protocol_error(answer: bytes) -> None:
    with pytest.raises(CheckerProtocolError):
        custom_checker_outcome(answer)


def test_custom_checker_message_is_capped() -> None:
    outcome = custom_checker_outcome(as_json([False, "x" * 10_000]))
    assert len(outcome.message) <= 500
