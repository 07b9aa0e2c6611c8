"""The example labs under fixtures/labs, judged end to end through the sandbox and the runtime.

Every solution is judged once with all checks: an accepted one passes every check; a wrong one
is rejected for its own mistake (the check its first-line comment "Caught by test_x" names
fails) and never with IE or CE, which would be the judge's or the author's fault; the starter
files fail (a lab its starter passes is broken).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.judge import require_sandbox
from winterarc.judge import Result, Verdict
from winterarc.judge.lab_runner import judge_lab
from winterarc.judge.lab_runtime import LabRuntimeUnavailable, locate
from winterarc.judge.packages import Package, load_package

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]

LABS = Path(__file__).parent / "fixtures" / "labs"
# The first line of a wrong solution's file: `# Caught by test_name: why.`
CAUGHT_BY = re.compile(r"^\s*#\s*Caught by (test_\w+)")
KINDS = ("accepted", "wrong")


def _lab_folders() -> list[Path]:
    return sorted(path.parent for path in LABS.glob("*/problem.toml"))


def _cases() -> list[Any]:
    """(lab, kind, name) for every solution folder, and (lab, "starter", "") per lab."""
    cases = []
    for folder in _lab_folders():
        for kind in KINDS:
            for solution in sorted(
                p for p in (folder / "solutions" / kind).glob("*") if p.is_dir()
            ):
                case = (folder.name, kind, solution.name)
                cases.append(pytest.param(*case, id="/".join(case)))
        cases.append(pytest.param(folder.name, "starter", "", id=f"{folder.name}/starter"))
    return cases


@cache
def _package(slug: str) -> Package:
    return load_package(LABS / slug)


@pytest.fixture(autouse=True)
def _lab_runtime() -> None:
    require_sandbox()
    try:
        locate()
        return
    except LabRuntimeUnavailable as error:
        message = f"the lab runtime is unavailable ({error}): run scripts/bootstrap"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _caught_by(slug: str, name: str) -> str:
    """The check a wrong solution's first-line comment names."""
    for path in sorted((LABS / slug / "solutions" / "wrong" / name).iterdir()):
        first = path.read_text().splitlines()[0] if path.read_text() else ""
        found = CAUGHT_BY.match(first)
        if found:
            return found.group(1)
    raise AssertionError(f"{slug}/wrong/{name}: no file starts with '# Caught by test_...'")


def _table(result: Result) -> str:
    lines = [f"{result.verdict.name}: {result.message}"]
    lines += [f"  {test.name}: {test.verdict.name} {test.message[:300]!r}" for test in result.tests]
    return "\n".join(lines)


@pytest.mark.parametrize(("slug", "kind", "name"), _cases())
def test_example_lab(slug: str, kind: str, name: str) -> None:
    package = _package(slug)
    assert package.lab is not None
    if kind == "starter":
        result = judge_lab(package, package.lab.starter_files())
        assert result.verdict not in (Verdict.AC, Verdict.IE), _table(result)
        return
    solution = next(s for s in package.solutions if s.kind.value == kind and s.name == name)
    result = judge_lab(package, solution.file_map(), all_tests=True)
    assert result.tests, _table(result)
    if kind == "accepted":
        assert result.verdict is Verdict.AC, _table(result)
        assert all(test.verdict is Verdict.AC for test in result.tests), _table(result)
        samples = sum(test.sample for test in result.tests)
        assert samples >= 2 and len(result.tests) - samples >= 2, "2 samples and 2 hidden at least"
        return
    assert result.verdict not in (Verdict.AC, Verdict.IE, Verdict.CE), _table(result)
    named = _caught_by(slug, name)
    failed = {test.name.split("[")[0] for test in result.tests if test.verdict is not Verdict.AC}
    assert named in failed, f"{named} should catch {slug}/wrong/{name}\n{_table(result)}"
