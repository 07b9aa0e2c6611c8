"""run_custom(): the learner's code once on the learner's own input, no expected output."""

from __future__ import annotations

import pytest

from tests.helpers.judge import fixture, require_sandbox
from winterarc.judge import CustomInputError, run_custom
from winterarc.judge.sandbox import Status

pytestmark = pytest.mark.sandbox


@pytest.fixture(autouse=True)
def _sandbox() -> None:
    require_sandbox()


def test_stdio_text_is_standard_input_and_stdout_comes_back() -> None:
    source = (
        "import sys\n"
        "print(sum(map(int, sys.stdin.read().split()[1:])))\n"
        "print('dbg', file=sys.stderr)\n"
    )
    output = run_custom(fixture("sum-stdio"), source, "3\n4 5 6\n")
    assert (output.status, output.output, output.stderr) == (Status.OK, "15\n", "dbg\n")
    assert output.memory_kb > 0


def test_function_input_is_a_json_array_of_arguments() -> None:
    package = fixture("two-sum-fn")
    output = run_custom(package, package.reference.source, "[[2, 7, 11, 15], 9]")
    assert (output.status, output.output) == (Status.OK, "[0, 1]\n")


def test_function_input_may_also_be_an_args_object_and_uses_node_conversions() -> None:
    package = fixture("reverse-list")
    output = run_custom(package, package.reference.source, '{"args": [[1, 2, 3]]}')
    assert output.output == "[3, 2, 1]\n"


def test_design_input_is_an_ops_and_args_object() -> None:
    package = fixture("lru-design")
    calls = '{"ops": ["LRUCache", "put", "get"], "args": [[1], [1, 5], [1]]}'
    output = run_custom(package, package.reference.source, calls)
    assert output.output == "null\nnull\n5\n"


def test_sql_input_is_data_for_the_schema() -> None:
    package = fixture("top-customers-sql")
    output = run_custom(package, "SELECT COUNT(*) AS n FROM customers", "")
    assert output.status is Status.OK
    assert '"n"' in output.output


@pytest.mark.parametrize(
    ("slug", "text", "fragment"),
    [
        ("two-sum-fn", "[1, 2", "JSON array of the arguments"),
        ("two-sum-fn", '{"nums": [1]}', "JSON array of the arguments"),
        ("two-sum-fn", "[[1, 2]]", "args"),  # two parameters declared
        ("reverse-list", "[[[1], 2]]", "args"),  # a list_node holds plain values
        ("lru-design", "[1]", '{"ops"'),
        ("lru-design", '{"ops": ["Other"], "args": [[]]}', "ops"),
    ],
)
def test_input_of_the_wrong_shape_is_refused_with_a_clear_reason(
    slug: str, text: str, fragment: str
) -> None:
    with pytest.raises(CustomInputError, match="custom input") as error:
        run_custom(fixture(slug), fixture(slug).reference.source, text)
    assert fragment in str(error.value)


def test_a_compile_error_reports_its_line() -> None:
    output = run_custom(fixture("sum-stdio"), "print(1)\nif True\n", "")
    assert output.status is Status.COMPILE_ERROR
    assert output.message.startswith("line 2:")


def test_a_runtime_error_returns_the_traceback_tail() -> None:
    output = run_custom(fixture("sum-stdio"), "print('partial')\nraise KeyError('k')\n", "")
    assert output.status is Status.RUNTIME_ERROR
    assert "KeyError" in output.message
    assert "Traceback" in output.stderr


def test_long_output_is_capped() -> None:
    output = run_custom(fixture("sum-stdio"), "print('y' * 200_000)", "")
    assert output.status is Status.OK
    assert len(output.output) < 70_000
    assert output.output.endswith("(truncated)")


@pytest.mark.parametrize(
    ("slug", "example", "other"),
    [
        ("pairs-unordered", "e.g. [[1, 2, 3, 4, 5], 6]", "[2, 7, 11, 15]"),
        ("two-sum-fn", "e.g. [[2, 7, 11, 15], 9]", "[1, 2, 3, 4, 5]"),
        ("lru-design", 'e.g. {"ops": ["LRUCache", "put", "put", "get"', '"Cache"'),
    ],
)
def test_the_refusals_example_is_the_problems_own_first_sample(
    slug: str, example: str, other: str
) -> None:
    with pytest.raises(CustomInputError) as error:
        run_custom(fixture(slug), fixture(slug).reference.source, "[1, 2")
    assert example in str(error.value)
    assert other not in str(error.value)


PAIRS = "class Solution:\n    def pairs_with_sum(self, nums, target):\n        return {}\n"


@pytest.mark.parametrize(
    ("slug", "right", "wrong", "given"),
    [
        # 2.3333333 is within the float checker's tolerance of 2.333333333.
        ("mean-float", "print(2.3333333)", "print(2.3)", "3\n1 2 4\n"),
        # The unordered checker takes the pairs in any order.
        (
            "pairs-unordered",
            PAIRS.format("[[2, 4], [1, 5]]"),
            PAIRS.format("[[1, 5]]"),
            "[[1, 2, 3, 4, 5], 6]",
        ),
    ],
)
def test_a_samples_output_is_checked_by_the_packages_checker(
    slug: str, right: str, wrong: str, given: str
) -> None:
    package = fixture(slug)
    sample = package.samples[0]
    output = run_custom(package, right, given, sample=sample)
    assert output.check is not None and output.check.ok, output
    assert output.output.split() != sample.display_expected.split()  # not the same tokens
    refused = run_custom(package, wrong, given, sample=sample)
    assert refused.check is not None and not refused.check.ok, refused


def test_no_sample_no_check() -> None:
    output = run_custom(fixture("sum-stdio"), "print(6)", "3\n1 2 3\n")
    assert output.check is None


@pytest.mark.parametrize(
    "attack",
    [
        # The custom checker's own reply, hoping to be read as the checker's verdict.
        "print('[true, \"ok\"]')",
        # A forged checker request, hoping its "actual" is taken for the output.
        'import json\nprint(json.dumps({"input": "", "expected": "", "actual": ""}))',
        # Bytes that are not UTF-8: the checker must get them as text, not fail the run.
        "import sys\nsys.stdout.buffer.write(b'\\xff\\xfe[true, \"ok\"]\\x00' * 100)",
        # A note left for the checker in the sandbox's files: it runs in its own sandbox.
        "open('/tmp/verdict', 'w').write('[true, \"ok\"]')\nprint('[true, \"ok\"]')",
    ],
)
def test_a_wrong_output_cannot_talk_runs_checker_into_a_match(attack: str) -> None:
    """Run's sample check hands learner output to the package's checker (checker.py in its
    own sandbox): nothing the output says is taken for the checker's answer."""
    package = fixture("parity-custom")
    sample = package.samples[0]
    output = run_custom(package, attack, sample.display_input, sample=sample)
    assert output.status == "ok", output
    assert output.check is not None and not output.check.ok, output
