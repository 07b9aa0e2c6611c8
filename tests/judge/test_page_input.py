"""The problem page's Run input: written as the samples are shown, turned into the JSON the
judge takes; several cases split by `---` lines."""

from __future__ import annotations

import json

import pytest

from tests.helpers.judge import fixture
from winterarc.judge import CustomInputError
from winterarc.judge.custom_run import custom_payload, page_input, sample_input, split_cases


def test_the_first_samples_input_as_shown_is_what_run_takes_for_every_type() -> None:
    for slug in ("sum-stdio", "two-sum-fn", "lru-design", "reverse-list"):
        package = fixture(slug)
        shown = sample_input(package)
        assert shown == package.samples[0].display_input
        custom_payload(package, page_input(package, shown))  # accepted as it is
    assert sample_input(fixture("top-customers-sql")) == ""  # SQL runs on the sample data


def test_function_arguments_one_a_line_and_the_apis_array_both_work() -> None:
    package = fixture("two-sum-fn")
    assert json.loads(page_input(package, "[2, 7, 11, 15]\n9\n")) == [[2, 7, 11, 15], 9]
    assert json.loads(page_input(package, "[[2, 7, 11, 15], 9]")) == [[2, 7, 11, 15], 9]
    with pytest.raises(CustomInputError, match=r"line 2: not a JSON value.*\[2, 7, 11, 15\]"):
        page_input(package, "[1, 2]\nnine\n")
    # One parameter: a single list line is that one argument, not the argument list.
    single = fixture("reverse-list")
    assert json.loads(page_input(single, "[1, 2, 3]\n")) == [[1, 2, 3]]


def test_class_problems_take_one_call_a_line() -> None:
    package = fixture("lru-design")
    calls = json.loads(page_input(package, "LRUCache(2)\nput(1, 1)\nget(1)\n"))
    assert calls == {"ops": ["LRUCache", "put", "get"], "args": [[2], [1, 1], [1]]}
    with pytest.raises(CustomInputError, match=r"line 2: 'put 1' is not a call like 'LRUCache"):
        page_input(package, "LRUCache(2)\nput 1\n")


def test_cases_split_on_lines_of_three_dashes() -> None:
    assert split_cases("3\n1 2 3\n---\n1\n5\n") == ["3\n1 2 3\n", "1\n5\n"]
    assert split_cases("") == [""]
    assert split_cases("1\n---\n\n---\n2\n") == ["1\n", "2\n"]
