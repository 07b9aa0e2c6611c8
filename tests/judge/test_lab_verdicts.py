"""From a check's report and how the learner's code ended, to a lab check's verdict."""

from __future__ import annotations

import pytest

from winterarc.judge.harness.protocol import time_limit_message
from winterarc.judge.lab_runner import LabFilesError, assess_check, decide, lab_files, preloads
from winterarc.judge.packages import LabServe, LabSpec
from winterarc.judge.sandbox.lab import CheckInfo, CheckReport, LabCheckOutcome, LearnerReport
from winterarc.judge.verdicts import Verdict

TLE_MESSAGE = time_limit_message("CPU time", 2000, 2000)
PASSED = CheckReport("passed", "pass", "", "")
ASSERTION = CheckReport("failed", "assertion", "AssertionError: assert 200 == 404", "E  assert ...")


def learner(status: str = "ok", message: str = "", error: str = "") -> LearnerReport:
    return LearnerReport(status, message, error, 12.0, 40.0, 30_000, "")


@pytest.mark.parametrize(
    ("check", "ended", "verdict"),
    [
        (PASSED, learner(), Verdict.AC),
        (PASSED, None, Verdict.AC),
        (ASSERTION, learner(), Verdict.WA),
        (PASSED, learner("time_limit", TLE_MESSAGE), Verdict.TLE),
        (ASSERTION, learner("memory_limit", "memory limit exceeded (256 MB)"), Verdict.MLE),
        (ASSERTION, learner("output_limit", "output limit exceeded"), Verdict.OLE),
        (ASSERTION, learner(error="KeyError: 41 (app.py line 24)"), Verdict.RE),
        (ASSERTION, learner("runtime_error", "killed by SIGSEGV"), Verdict.RE),
        (
            CheckReport("failed", "learner", "ValueError: no (calc.py line 3)", ""),
            learner(),
            Verdict.RE,
        ),
        (CheckReport("failed", "transport", "ConnectError: refused", ""), learner(), Verdict.WA),
        (CheckReport("failed", "unexpected", "KeyError: 'id'", ""), learner(), Verdict.WA),
        (CheckReport("timeout", "timeout", "", ""), learner(), Verdict.TLE),
        (CheckReport("failed", "check_error", "NameError: x", ""), learner(), Verdict.IE),
        (CheckReport("skipped", "skipped", "", ""), learner(), Verdict.IE),
        (CheckReport("crashed", "crashed", "", ""), learner(), Verdict.IE),
        (CheckReport("error", "internal", "the jail broke", ""), None, Verdict.IE),
        (PASSED, learner("internal_error", "failed to start"), Verdict.IE),
    ],
)
def test_the_verdict_of_a_check(
    check: CheckReport, ended: LearnerReport | None, verdict: Verdict
) -> None:
    assert decide(LabCheckOutcome(check, ended), 2000).verdict is verdict


def test_a_limit_outranks_the_checks_own_failure() -> None:
    decided = decide(LabCheckOutcome(ASSERTION, learner("time_limit", TLE_MESSAGE)), 2000)
    assert (decided.verdict, decided.message) == (Verdict.TLE, TLE_MESSAGE)


def test_a_check_that_timed_out_names_the_wall_clock_limit_in_the_one_tle_sentence() -> None:
    decided = decide(LabCheckOutcome(CheckReport("timeout", "timeout", "", ""), learner()), 2000)
    expected = time_limit_message("wall-clock", 7000, 12.0)  # 2 x 2000 ms + 3000 ms
    assert (decided.verdict, decided.message, decided.hidden) == (Verdict.TLE, expected, expected)
    files_only = decide(LabCheckOutcome(CheckReport("timeout", "timeout", "", ""), None), 2000)
    assert files_only.message == time_limit_message("wall-clock", 7000, 0)


def test_a_hidden_runtime_error_keeps_only_a_builtin_name_and_where() -> None:
    mine = decide(LabCheckOutcome(ASSERTION, learner(error="KeyError: 41 (app.py line 24)")), 2000)
    assert mine.hidden == "KeyError (app.py line 24)"
    smuggled = decide(
        LabCheckOutcome(ASSERTION, learner(error="Secret_hidden_input_42: x (app.py line 3)")), 2000
    )
    assert smuggled.hidden == "an exception of your own class (app.py line 3)"
    library = decide(
        LabCheckOutcome(
            ASSERTION, learner(error="OperationalError: database is locked (bank.py line 71)")
        ),
        2000,
    )
    assert library.hidden == "OperationalError (bank.py line 71)"
    # How the process died is the harness's text, not the learner's: it may be shown as is.
    died = decide(
        LabCheckOutcome(ASSERTION, learner("runtime_error", "more than 4 processes at once")), 2000
    )
    assert died.hidden == "more than 4 processes at once"


def test_a_hidden_check_says_its_name_and_docstring_never_the_assertion() -> None:
    info = CheckInfo(3, "test_delete_twice", "test_items.py", False, "Deleting twice is a 404.", "")
    result = assess_check(info, LabCheckOutcome(ASSERTION, learner()), 2000)
    assert result.verdict is Verdict.WA
    assert result.message == "wrong answer — Deleting twice is a 404."
    assert result.input is None and result.expected is None and result.actual is None


def test_a_sample_check_shows_pytests_detail_and_the_apps_output() -> None:
    info = CheckInfo(
        0, "test_create", "test_sample_items.py", True, "", "def test_create(http): ..."
    )
    ended = LearnerReport("ok", "", "", 10.0, 30.0, 20_000, "INFO: app said hello\n")
    result = assess_check(info, LabCheckOutcome(ASSERTION, ended), 2000)
    assert result.message == "AssertionError: assert 200 == 404\nE  assert ..."
    assert (result.input, result.actual) == ("def test_create(http): ...", "INFO: app said hello\n")


def test_long_check_names_are_capped_for_storage() -> None:
    info = CheckInfo(0, "test_" + "x" * 80, "test_items.py", False, "", "")
    assert len(assess_check(info, LabCheckOutcome(PASSED, None), 2000).name) == 64


LAB = LabSpec(
    files=("app.py", "models.py"),
    serve=LabServe.ASGI,
    entry="app:app",
    max_file_bytes=1024,
    starter=(
        ("app.py", "import models\nfrom fastapi import FastAPI\n"),
        ("models.py", "import sqlalchemy.orm\n"),
    ),
    checks=(),
)


def test_files_left_out_are_the_starters_and_unknown_or_oversized_files_are_refused() -> None:
    assert lab_files(LAB, {"app.py": "x = 1\n"}) == {
        "app.py": "x = 1\n",
        "models.py": "import sqlalchemy.orm\n",
    }
    with pytest.raises(LabFilesError, match=r"not part of this lab: evil\.py"):
        lab_files(LAB, {"evil.py": ""})
    with pytest.raises(LabFilesError, match="larger than 1024 bytes"):
        lab_files(LAB, {"app.py": "x" * 1025})
    with pytest.raises(LabFilesError, match="NUL"):
        lab_files(LAB, {"app.py": "\x00"})


def test_the_runtime_modules_the_learners_files_import_are_preloaded_but_not_their_own() -> None:
    assert preloads(LAB, LAB.starter_files()) == ("fastapi", "sqlalchemy", "uvicorn")
