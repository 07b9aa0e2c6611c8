"""A learner's hack, judged: the input validated by validator.py, the reference's answer as
the expected output, the target solution judged on it; and the hack as a package test file."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass

from winterarc.judge.custom_run import CustomInputError, custom_payload
from winterarc.judge.generation import with_tests
from winterarc.judge.packages import (
    Expected,
    GeneratedTestError,
    Package,
    ProblemType,
    TestCase,
    expected_from_reference_output,
)
from winterarc.judge.packages.archive import read_zip
from winterarc.judge.packages.payloads import decode_json, encode_json
from winterarc.judge.programs import learner_program, reference_limits
from winterarc.judge.runner import judge
from winterarc.judge.sandbox import Sandbox, Status, sandbox_available
from winterarc.judge.validation import InputValidator, ValidatorError, validator_input
from winterarc.judge.verdicts import Verdict

HACK_TEST = "hack"
# The verdicts that prove an accepted solution wrong on a valid input.
BREAKING = frozenset({Verdict.WA, Verdict.RE, Verdict.TLE, Verdict.MLE, Verdict.OLE})
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


class HackRefused(ValueError):
    """The input cannot be a hack: invalid, no validator, or the reference cannot answer it."""


class HackFailed(RuntimeError):
    """The judge could not decide (the sandbox or a validator broke): nobody's fault."""


@dataclass(frozen=True, slots=True)
class HackOutcome:
    """The target's verdict on the hack input, and the reference's answer to it."""

    verdict: Verdict
    message: str
    payload: bytes
    expected: Expected

    @property
    def successful(self) -> bool:
        return self.verdict in BREAKING


def hackable(package: Package) -> str | None:
    """None when learners may hack this problem; otherwise why not."""
    if package.lab is not None:
        return "labs cannot be hacked"
    if package.validator_source is None:
        return "this problem has no validator.py, so hack inputs cannot be checked"
    return None


def try_hack(
    package: Package, target_source: str, text: str, *, python: str | None = None
) -> HackOutcome:
    """Validate `text` (the input as the problem's tests hold it), get the reference's answer,
    and judge `target_source` on it. Raises HackRefused or HackFailed."""
    reason = hackable(package)
    if reason is not None:
        raise HackRefused(reason)
    ok, why = sandbox_available()
    if not ok:
        raise HackFailed(f"the sandbox is unavailable: {why}")
    try:
        payload = custom_payload(package, text)
    except CustomInputError as error:
        raise HackRefused(str(error)) from None
    test = TestCase(HACK_TEST, False, payload, None)
    try:
        with InputValidator(package, python=python) as validator:
            refusal = validator.refusal(validator_input(test))
    except ValidatorError as error:
        raise HackFailed(str(error)) from None
    if refusal is not None:
        raise HackRefused(f"invalid input: {refusal}")
    expected = reference_answer(package, payload, python=python)
    result = judge(
        with_tests(package, (TestCase(HACK_TEST, False, payload, expected),)),
        target_source,
        all_tests=True,
        python=python,
    )
    if result.verdict is Verdict.IE:
        raise HackFailed(f"the judge failed on the target: {result.message}")
    tested = result.tests[0] if result.tests else None
    message = (tested.message if tested else result.message) or ""
    return HackOutcome(result.verdict, message, payload, expected)


def reference_answer(package: Package, payload: bytes, *, python: str | None = None) -> Expected:
    """The reference solution's answer on `payload`, as a test's expected value."""
    reference = package.reference
    with Sandbox(
        learner_program(package, reference.source), reference_limits(package), python=python
    ) as sandbox:
        failure = sandbox.start()
        if failure is not None:
            raise HackFailed(f"the reference cannot start: {failure.message}")
        outcome = sandbox.run(payload)
    if outcome.status is Status.INTERNAL_ERROR:
        raise HackFailed(f"the sandbox failed: {outcome.message}")
    if outcome.status is not Status.OK:
        raise HackRefused(
            f"the reference solution cannot answer this input ({outcome.status.value}); "
            "it is probably outside the constraints"
        )
    try:
        expected = expected_from_reference_output(package, outcome.output)
    except GeneratedTestError as error:
        raise HackFailed(f"the reference's answer is unusable: {error}") from None
    if package.type is ProblemType.SQL and isinstance(expected, dict):
        expected = {**expected, "ordered": _sql_ordered(package)}
    return expected


def _sql_ordered(package: Package) -> bool:
    """A hack test of a sql problem compares rows the way its hidden tests do."""
    for test in package.tests:
        if isinstance(test.expected, dict) and not test.is_sample:
            return test.expected.get("ordered") is True
    return any(isinstance(t.expected, dict) and t.expected.get("ordered") for t in package.tests)


def hack_test_files(
    package: Package, name: str, payload: bytes, expected: Expected
) -> dict[str, bytes]:
    """The files that make the hack a test named `name`, by path inside the package."""
    base = f"tests/{name}"
    if package.type is ProblemType.STDIO:
        output = expected if isinstance(expected, bytes) else str(expected).encode()
        return {f"{base}.in": payload, f"{base}.out": output}
    data = decode_json(payload)
    if package.type is ProblemType.SQL:
        files = {f"{base}.json": _pretty(expected)}
        if data.get("data_sql"):
            files[f"{base}.sql"] = str(data["data_sql"]).encode()
        return files
    return {f"{base}.json": _pretty({**data, "expected": expected})}


def _pretty(value: object) -> bytes:
    # One line like the bank's test files; re-encoded strictly (no NaN).
    return json.dumps(decode_json(encode_json(value)), ensure_ascii=False).encode() + b"\n"


def archive_with_files(archive: bytes, slug: str, added: dict[str, bytes]) -> bytes:
    """A new package zip: the stored one's files plus `added` (refused when one exists)."""
    files = dict(read_zip(archive, archive_name=f"{slug}.zip").files)
    clashes = sorted(path for path in added if path in files)
    if clashes:
        raise HackRefused(f"the package already has {', '.join(clashes)}")
    files.update(added)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as output:
        for path in sorted(files):
            info = zipfile.ZipInfo(f"{slug}/{path}", date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            output.writestr(info, files[path])
    return buffer.getvalue()
