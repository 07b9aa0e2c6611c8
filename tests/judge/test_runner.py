"""judge(): every verdict, problem type and checker, through the real sandbox."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers.judge import FIXTURES, copy_fixture, edit, fixture, require_sandbox
from winterarc.judge import Result, TestResult, Verdict, judge, load_package
from winterarc.judge import runner as runner_module
from winterarc.judge.assessment import assess
from winterarc.judge.checking import OutputChecker
from winterarc.judge.generation import materialise_tests
from winterarc.judge.sandbox import RunOutcome, Status

pytestmark = pytest.mark.sandbox


@pytest.fixture(autouse=True)
def _sandbox() -> None:
    require_sandbox()


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated-test cache for the module: the generator runs once per package."""
    return tmp_path_factory.mktemp("generated")


def run(slug: str, source: str, cache: Path, **options: object) -> Result:
    return judge(fixture(slug), source, cache_dir=cache, **options)  # type: ignore[arg-type]


def reference(slug: str) -> str:
    return fixture(slug).reference.source


def solution(slug: str, name: str) -> str:
    return next(s.source for s in fixture(slug).solutions if s.name == name)


def run_order(slug: str) -> list[str]:
    """The judge's order: samples first, then the other tests as the package lists them."""
    tests = fixture(slug).tests
    return [t.name for t in tests if t.is_sample] + [t.name for t in tests if not t.is_sample]


def first_failure(result: Result) -> TestResult:
    return next(test for test in result.tests if test.verdict is not Verdict.AC)


SUM = """
import sys
data = sys.stdin.read().split()
n = int(data[0])
total = sum(map(int, data[1:1 + n]))
{body}
"""


# --- verdicts ----------------------------------------------------------------------------


def test_an_accepted_stdio_solution_gets_ac_with_metrics_for_every_test(cache: Path) -> None:
    result = run("sum-stdio", reference("sum-stdio"), cache)
    assert result.verdict is Verdict.AC
    assert [test.name for test in result.tests] == run_order("sum-stdio")
    assert all(test.verdict is Verdict.AC for test in result.tests)
    assert all(test.wall_ms >= 0 and test.cpu_ms >= 0 for test in result.tests)
    assert all(test.memory_kb > 0 for test in result.tests)


def test_a_wrong_answer_on_a_sample_shows_input_expected_actual_and_where(cache: Path) -> None:
    source = SUM.format(body="print(total + 1 if total == 6 else total)")
    result = run("sum-stdio", source, cache)
    assert result.verdict is Verdict.WA
    failed = result.tests[-1]
    assert (failed.name, failed.sample, failed.verdict) == ("sample-1", True, Verdict.WA)
    assert (failed.input, failed.expected, failed.actual) == ("3\n1 2 3\n", "6\n", "7\n")
    assert "expected '6', got '7'" in failed.message
    assert "-6" in failed.diff() and "+7" in failed.diff()


def test_a_hidden_failing_test_never_carries_its_expected_output(cache: Path) -> None:
    expected = (FIXTURES / "sum-stdio" / "tests" / "02-big-values.out").read_text().strip()
    source = SUM.format(body="print(12345 if total == 5 * 10**9 else total)")
    result = run("sum-stdio", source, cache)
    failed = first_failure(result)
    assert (failed.name, failed.sample, failed.verdict) == ("02-big-values", False, Verdict.WA)
    document = json.dumps(result.to_json())
    assert expected not in document
    assert "12345" not in document  # nor the actual output
    assert {"input", "expected", "actual"}.isdisjoint(failed.to_json())
    assert failed.message == "wrong answer"


def test_an_endless_loop_is_tle_and_judging_stops_there(cache: Path) -> None:
    result = run("sum-stdio", "while True:\n    pass\n", cache)
    assert result.verdict is Verdict.TLE
    assert len(result.tests) == 1
    # CPU time, or wall clock on a busy machine: the same sentence either way.
    assert re.fullmatch(
        r"Time limit exceeded: the (CPU time|wall-clock) limit of \d+ ms was hit after \d+ ms of "
        r"CPU time\.",
        result.tests[0].message,
    ), result.tests[0].message


def test_sleeping_past_the_wall_clock_limit_says_which_limit_was_hit(cache: Path) -> None:
    result = run("sum-stdio", "import time\ntime.sleep(60)\n", cache)
    assert result.verdict is Verdict.TLE
    message = result.tests[0].message
    assert message.startswith("Time limit exceeded: the wall-clock limit of "), message
    assert "CPU time limit" not in message


def test_a_run_that_finishes_after_its_cpu_budget_is_still_tle() -> None:
    package = fixture("sum-stdio")
    test = package.tests[0]
    late = RunOutcome(Status.OK, b"0\n", b"", 0, None, 1000.5, 1100.0, 9000, "")
    with OutputChecker(package) as checker:
        result = assess(package, test, late, checker)
    assert result.verdict is Verdict.TLE
    assert result.cpu_ms == 1000
    assert result.message == (
        "Time limit exceeded: the CPU time limit of 1000 ms was hit after 1000 ms of CPU time."
    )


def test_allocating_past_the_memory_limit_is_mle(cache: Path) -> None:
    result = run("sum-stdio", "block = bytearray(600 * 1024 * 1024)\nprint(len(block))\n", cache)
    assert result.verdict is Verdict.MLE


def test_an_exception_is_re_with_the_line_on_a_sample(cache: Path) -> None:
    source = SUM.format(body="if total == 6:\n    print(1 // 0)\nprint(total)")
    failed = run("sum-stdio", source, cache).tests[-1]
    assert (failed.name, failed.verdict) == ("sample-1", Verdict.RE)
    assert "ZeroDivisionError: integer division or modulo by zero (line 7)" in failed.message
    assert "Traceback" in failed.message  # the stderr tail, learner frames only


# Right on both samples ("3 / 1 2 3" and "1 / -5"), so the first failure is a hidden test.
PASS_SAMPLES = """import sys
data = sys.stdin.read()
if data.split() in (["3", "1", "2", "3"], ["1", "-5"]):
    print(sum(map(int, data.split()[1:])))
else:
    {raise_}
"""


def test_samples_run_before_hidden_tests(cache: Path) -> None:
    result = run("sum-stdio", "print(0)", cache)
    assert (result.tests[0].name, result.tests[0].verdict) == ("sample-1", Verdict.WA)
    assert result.tests[0].expected == "6\n"


def test_an_exception_on_a_hidden_test_keeps_only_its_name_and_line(cache: Path) -> None:
    source = PASS_SAMPLES.format(raise_="raise ValueError('leak:' + data)")
    result = run("sum-stdio", source, cache)
    failed = first_failure(result)
    assert (failed.sample, failed.verdict) == (False, Verdict.RE)
    assert failed.message == "ValueError (line 6)"
    assert "leak" not in json.dumps(result.to_json())


def test_a_made_up_exception_class_name_is_not_shown_on_a_hidden_test(cache: Path) -> None:
    source = PASS_SAMPLES.format(raise_="raise type('leak' + data[:1], (Exception,), {})()")
    failed = first_failure(run("sum-stdio", source, cache))
    assert failed.message == "an exception of the solution's own class (line 6)"


def test_printing_past_the_output_limit_is_ole(cache: Path) -> None:
    result = run("sum-stdio", "import sys\nsys.stdout.write('x' * (9 * 1024 * 1024))\n", cache)
    assert result.verdict is Verdict.OLE


def test_a_syntax_error_is_ce_with_its_line_and_nothing_runs(cache: Path) -> None:
    result = run("sum-stdio", "x = 1\ny = 2\nprint(x +\n", cache)
    assert result.verdict is Verdict.CE
    assert result.tests == ()
    assert result.message.startswith("line 3: ")


def test_a_sql_query_that_does_not_parse_is_ce(cache: Path) -> None:
    result = run("top-customers-sql", "SELEC name FROM customers", cache)
    assert result.verdict is Verdict.CE
    assert "syntax error" in result.message


def test_a_crashing_reference_makes_generated_tests_ie_with_the_reason(tmp_path: Path) -> None:
    package_dir = copy_fixture("sum-stdio", tmp_path)
    (package_dir / "solutions" / "accepted" / "ref.py").write_text("raise SystemExit(3)\n")
    package = load_package(package_dir)
    result = judge(package, reference("sum-stdio"))
    assert result.verdict is Verdict.IE
    assert "reference solution solutions/accepted/ref.py on gen-1 failed" in result.message
    assert result.tests == ()


def test_a_bogus_sandbox_python_is_ie_with_the_reason(cache: Path) -> None:
    result = run("lru-design", reference("lru-design"), cache, python="/nonexistent/python3")
    assert result.verdict is Verdict.IE
    assert "/nonexistent/python3" in result.message


def test_without_a_sandbox_nothing_runs_and_the_verdict_is_ie(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runner_module, "sandbox_available", lambda: (False, "bwrap not found"))

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a sandbox was created")

    monkeypatch.setattr(runner_module, "Sandbox", refuse)
    result = judge(fixture("lru-design"), reference("lru-design"))
    assert result.verdict is Verdict.IE
    assert "bwrap not found" in result.message


def test_an_unexpected_judge_failure_is_ie_not_an_exception(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(runner_module, "materialise_tests", broken)
    result = judge(fixture("lru-design"), reference("lru-design"))
    assert result.verdict is Verdict.IE
    assert result.message == "the judge failed: RuntimeError: disk on fire"
    assert "disk on fire" in caplog.text


# --- problem types -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "wrong"),
    [
        ("two-sum-fn", "same_index.py"),
        ("reverse-list", "drops_last_node.py"),  # list_node in and out
        ("tree-depth", "counts_edges.py"),  # tree_node in
        ("async-sum", "drops_partial_chunk.py"),  # async def
        ("lru-design", "fifo.py"),  # design
        ("top-customers-sql", "group_by_name.sql"),  # sql, rows unordered
        ("ranked-customers-sql", "ascending.sql"),  # sql, rows ordered, float
        ("ticket-code", "plus_instead_of_times.py"),
    ],
)
def test_each_problem_type_accepts_the_reference_and_rejects_a_wrong_solution(
    slug: str, wrong: str, cache: Path
) -> None:
    assert run(slug, reference(slug), cache).verdict is Verdict.AC
    assert run(slug, solution(slug, wrong), cache).verdict is Verdict.WA


def test_a_design_class_with_async_methods_is_awaited(cache: Path) -> None:
    source = """
from collections import OrderedDict
import asyncio

class LRUCache:
    def __init__(self, capacity):
        self.capacity, self.items = capacity, OrderedDict()

    async def get(self, key):
        await asyncio.sleep(0)
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    async def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)
"""
    assert run("lru-design", source, cache).verdict is Verdict.AC


def test_a_function_that_never_awaits_its_coroutine_is_re(cache: Path) -> None:
    result = run("async-sum", solution("async-sum", "never_awaited.py"), cache)
    assert result.verdict is Verdict.RE


# --- checkers ----------------------------------------------------------------------------


def test_the_tokens_checker_ignores_spacing(cache: Path) -> None:
    source = SUM.format(body="print('  ', total, '  \\n\\n')")
    assert run("sum-stdio", source, cache).verdict is Verdict.AC


def test_the_exact_checker_compares_json_deeply(cache: Path) -> None:
    source = "class Solution:\n    def ticket_code(self, number):\n        return ['tkt', number]\n"
    assert run("ticket-code", source, cache).verdict is Verdict.WA


MEAN = """
n = int(input())
numbers = list(map(int, input().split()))
print({{(1, 2, 4): {answer!r}}}.get(tuple(numbers), f"{{sum(numbers) / n:.10f}}"))
"""


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ("2.333333333", Verdict.AC),
        ("2.333335666333333", Verdict.AC),  # exactly tol * |expected| above
        ("2.331", Verdict.WA),
        ("2.333335666333334", Verdict.WA),  # one step beyond the tolerance
        ("2.333333333 extra", Verdict.WA),
        ("nan", Verdict.WA),
    ],
)
def test_the_float_checker_accepts_exactly_up_to_the_tolerance(
    answer: str, verdict: Verdict, cache: Path
) -> None:
    assert run("mean-float", MEAN.format(answer=answer), cache).verdict is verdict


PAIRS = """
class Solution:
    def pairs_with_sum(self, nums, target):
        seen, pairs = set(), set()
        for value in nums:
            if target - value in seen:
                pairs.add((min(value, target - value), max(value, target - value)))
            seen.add(value)
        return [{pair} for a, b in sorted(pairs, reverse=True)]
"""


def test_the_unordered_checker_ignores_order_one_level_down_when_nested(cache: Path) -> None:
    assert run("pairs-unordered", PAIRS.format(pair="[b, a]"), cache).verdict is Verdict.AC


def test_the_unordered_checker_keeps_inner_order_when_not_nested(tmp_path: Path) -> None:
    package_dir = copy_fixture("pairs-unordered", tmp_path)
    edit(package_dir / "problem.toml", "unordered_nested = true\n", "")
    package = load_package(package_dir)
    assert judge(package, PAIRS.format(pair="[a, b]")).verdict is Verdict.AC  # outer reversed
    assert judge(package, PAIRS.format(pair="[b, a]")).verdict is Verdict.WA


PARITY = """
import sys
tokens = sys.stdin.read().split()
count = int(tokens[0])
for i in range(count):
    low, high = int(tokens[1 + 2 * i]), int(tokens[2 + 2 * i])
    {body}
"""


def test_a_custom_checker_accepts_any_valid_answer(cache: Path) -> None:
    body = "print(high - high % 2 if high - high % 2 >= low else -1)"
    assert run("parity-custom", PARITY.format(body=body), cache).verdict is Verdict.AC


def test_a_custom_checker_message_is_shown_on_a_sample_only(cache: Path) -> None:
    result = run("parity-custom", PARITY.format(body="print(low)"), cache, all_tests=True)
    assert result.verdict is Verdict.WA
    wrong = [test for test in result.tests if test.verdict is Verdict.WA]
    assert any("is not an even number" in t.message for t in wrong if t.sample)
    assert all(t.message == "wrong answer" for t in wrong if not t.sample)


def test_a_custom_checker_that_crashes_is_ie_not_wa(tmp_path: Path) -> None:
    package_dir = copy_fixture("parity-custom", tmp_path)
    sample = (package_dir / "tests" / "sample-1.in").read_text()
    (package_dir / "checker.py").write_text(  # fine on the sample, crashes on hidden tests
        f"def check(input, expected, actual):\n    if input == {sample!r}:\n"
        "        return True, 'ok'\n    raise RuntimeError(expected)\n"
    )
    package = load_package(package_dir)
    result = judge(package, package.reference.source)
    assert result.verdict is Verdict.IE
    hidden = result.tests[-1]  # judging stops at the internal error
    assert (hidden.sample, hidden.verdict) == (False, Verdict.IE)
    assert "judge log" in hidden.message
    expected = (package_dir / "tests" / "01-single-points.out").read_text().strip()
    assert expected not in json.dumps(result.to_json())


# --- run order, callbacks, generated tests -----------------------------------------------


def test_judging_stops_at_the_first_failure_by_default(cache: Path) -> None:
    result = run("lru-design", solution("lru-design", "fifo.py"), cache)
    verdicts = [t.verdict for t in result.tests]
    assert verdicts[-1] is Verdict.WA and set(verdicts[:-1]) <= {Verdict.AC}
    assert len(verdicts) < len(fixture("lru-design").tests)


def test_all_tests_mode_runs_every_test_and_keeps_the_first_failure_as_verdict(
    cache: Path,
) -> None:
    source = SUM.format(body="print(total if n < 3 else 'x')")
    result = run("sum-stdio", source, cache, all_tests=True)
    assert len(result.tests) == len(fixture("sum-stdio").tests)
    assert result.verdict is Verdict.WA
    assert result.message == "Wrong Answer on test sample-1"  # n = 3 there; samples run first
    assert {t.verdict for t in result.tests} == {Verdict.AC, Verdict.WA}


def test_on_test_is_called_once_per_test_in_run_order(cache: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    run(
        "sum-stdio",
        reference("sum-stdio"),
        cache,
        on_test=lambda done, total, test: calls.append((done, total, test.name)),
    )
    names = run_order("sum-stdio")
    assert calls == [(i, len(names), name) for i, name in enumerate(names, start=1)]


def test_generated_tests_are_cached_and_reused_without_the_generator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = fixture("sum-stdio")
    first = materialise_tests(package, cache_dir=tmp_path)
    assert (tmp_path / f"{package.content_hash}.json").is_file()
    assert [p.name for p in tmp_path.iterdir()] == [f"{package.content_hash}.json"]

    def no_generator(*_: object, **__: object) -> list[bytes]:
        raise AssertionError("the generator ran again")

    monkeypatch.setattr("winterarc.judge.generation.run_generator", no_generator)
    second = materialise_tests(package, cache_dir=tmp_path)
    assert second.tests == first.tests
    assert judge(package, package.reference.source, cache_dir=tmp_path).verdict is Verdict.AC


def test_a_tampered_cache_entry_is_what_the_judge_uses(tmp_path: Path) -> None:
    package = fixture("sum-stdio")
    materialise_tests(package, cache_dir=tmp_path)
    path = tmp_path / f"{package.content_hash}.json"
    document = json.loads(path.read_text())
    document["tests"][0]["reference_output"] = "OTk5Cg=="  # "999\n"
    path.write_text(json.dumps(document))
    result = judge(package, package.reference.source, cache_dir=tmp_path)
    assert first_failure(result).name == "gen-1"


def test_a_corrupt_cache_file_is_ignored_and_rewritten(tmp_path: Path) -> None:
    package = fixture("two-sum-fn")
    path = tmp_path / f"{package.content_hash}.json"
    path.write_text("{not json")
    assert judge(package, package.reference.source, cache_dir=tmp_path).verdict is Verdict.AC
    assert json.loads(path.read_text())["slug"] == "two-sum-fn"


# --- hostile function solutions ----------------------------------------------------------

HOSTILE = {
    "always_equal": """
class Anything:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = object.__hash__

class Solution:
    def ticket_code(self, number):
        return Anything()
""",
    "always_equal_str": """
class Anything(str):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = str.__hash__

class Solution:
    def ticket_code(self, number):
        return Anything("")
""",
    "frame_peeking": """
import sys

class Solution:
    def ticket_code(self, number):
        frame, found = sys._getframe(), []
        while frame is not None:
            for value in list(frame.f_locals.values()) + list(frame.f_globals.values()):
                if isinstance(value, str) and value.startswith("tkt-"):
                    found.append(value)
            frame = frame.f_back
        print(found)
        return found[0] if found else "nothing"
""",
    "gc_hunting": """
import gc

class Solution:
    def ticket_code(self, number):
        found = []
        for obj in gc.get_objects():
            if isinstance(obj, dict):
                found += [v for v in obj.values() if isinstance(v, str) and v.startswith("tkt-")]
            elif isinstance(obj, (list, tuple)):
                found += [v for v in obj if isinstance(v, str) and v.startswith("tkt-")]
        print(found)
        return found[0] if found else "nothing"
""",
}


@pytest.fixture(scope="module")
def secrets() -> list[str]:
    """Every expected value of ticket-code's hidden tests."""
    package = fixture("ticket-code")
    return [str(test.expected) for test in package.tests if not test.is_sample]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_function_solutions_never_see_or_reveal_the_expected_value(
    name: str, secrets: list[str], cache: Path
) -> None:
    result = run("ticket-code", HOSTILE[name], cache, all_tests=True)
    assert result.verdict is not Verdict.AC
    assert all(test.verdict is not Verdict.AC for test in result.tests if not test.sample)
    document = json.dumps(result.to_json())
    for secret in secrets:
        assert secret not in document
