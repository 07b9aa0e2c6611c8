"""support/: files an author gives a lab's learner code, read-only and never submitted."""

from __future__ import annotations

from pathlib import Path

import pytest
from lab_helpers import require_lab_runtime, write_lab

from winterarc.judge.lab_runner import judge_lab
from winterarc.judge.packages import PackageError, load_package
from winterarc.judge.verdicts import Verdict

pytestmark = pytest.mark.sandbox

SUPPORT = "def slow_lookup(key):\n    return {'a': 1, 'b': 2}[key]\n"
SOLUTION = (
    "from store import slow_lookup\n\ndef total(keys):\n    return sum(map(slow_lookup, keys))\n"
)
CHECKS = {
    "test_sample_total.py": """
        def test_total(learner):
            assert learner.call("solution", "total", ["a", "b"]) == 3

        def test_the_support_file_is_read_only(learner):
            with learner.raises("OSError"):
                learner.call("solution", "overwrite")
    """,
}


def _lab(root: Path) -> Path:
    folder = root / "support-lab"
    write_lab(
        folder,
        files={"solution.py": SOLUTION},
        checks=CHECKS,
        lab='files = ["solution.py"]\nserve = "library"',
    )
    (folder / "support").mkdir()
    (folder / "support" / "store.py").write_text(SUPPORT)
    return folder


def test_the_learners_code_imports_the_support_files_and_cannot_change_them(
    tmp_path: Path,
) -> None:
    require_lab_runtime()
    package = load_package(_lab(tmp_path))
    assert package.lab is not None
    assert package.lab.support == (("store.py", SUPPORT),)
    attempt = SOLUTION + "\ndef overwrite():\n    open('/lab/store.py', 'w').write('x = 1')\n"
    result = judge_lab(package, {"solution.py": attempt}, all_tests=True)
    assert [test.verdict for test in result.tests] == [Verdict.AC, Verdict.AC], result


def test_a_support_file_may_not_shadow_a_submitted_one(tmp_path: Path) -> None:
    folder = _lab(tmp_path)
    (folder / "support" / "solution.py").write_text("x = 1\n")
    with pytest.raises(PackageError, match="is also one of"):
        load_package(folder)
