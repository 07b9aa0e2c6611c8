"""Running code on the learner's own input ("Run" before "Submit"): nothing is recorded.

Runs happen in the API process, in the same sandbox as judging, a few at a time per replica
(WINTERARC_RUN_SLOTS); they are short (one input, the problem's limits) and the learner waits
for them."""

from __future__ import annotations

import asyncio
import difflib
from dataclasses import dataclass, field
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from winterarc.db.session import release_connection
from winterarc.judge import CustomInputError, RunOutput, judge_lab, run_custom
from winterarc.judge.custom_run import MAX_CASES, page_input, split_cases
from winterarc.judge.lab_jails import LabJails
from winterarc.judge.packages import TestCase
from winterarc.kit.errors import AppError, InvalidInput
from winterarc.problems import repository as problems_repository
from winterarc.problems.packages import PackageCache
from winterarc.settings import Settings
from winterarc.submissions.schemas import LabRunOut, TestResultOut
from winterarc.submissions.service import (
    PayloadTooLarge,
    checked_code,
    checked_files,
    lab_package,
    language_for,
)

# A run's sandbox status in words, for the page (the API keeps the codes).
STATUS_WORDS = {
    "ok": "Finished",
    "runtime_error": "Runtime error",
    "time_limit": "Time limit exceeded",
    "memory_limit": "Memory limit exceeded",
    "output_limit": "Output limit exceeded",
    "compile_error": "Syntax error",
    "internal_error": "Internal error",
}


@dataclass
class CaseRun:
    """One case of a page's Run; `expected` and `diff` when its input is a sample's."""

    number: int
    input: str
    output: dict[str, Any] | None = None
    error: str | None = None
    sample: str | None = None
    expected: str | None = None
    matches: bool | None = None
    diff: list[tuple[str, str]] = field(default_factory=list)  # ("del" | "add" | "same", line)


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _diff(expected: str, actual: str) -> list[tuple[str, str]]:
    kinds = {"-": "del", "+": "add", " ": "same"}
    return [
        (kinds[line[0]], line[2:])
        for line in difflib.ndiff(expected.splitlines(), actual.splitlines())
        if line[:1] in kinds
    ]


class RunsBusy(AppError):
    status, code, title = 503, "busy", "Busy"


class Runner:
    """The concurrency limit of one API process, and the caps on what a run takes."""

    def __init__(self, packages: PackageCache, settings: Settings) -> None:
        self.packages = packages
        self._slots = asyncio.Semaphore(settings.run_slots)
        self._wait_seconds = settings.run_wait_seconds
        self._max_code_bytes = settings.submission_max_bytes
        self._max_input_bytes = settings.run_input_max_bytes
        self._max_lab_bytes = settings.lab_submission_max_bytes
        self.lab_jails = LabJails(settings.lab_warm_jails)
        self.waiting = 0  # runs waiting for a slot

    async def run(
        self,
        session: AsyncSession,
        *,
        problem_slug: str,
        language: str | None,
        code: str,
        stdin: str,
    ) -> dict[str, Any]:
        output = await self._run(
            session, problem_slug=problem_slug, language=language, code=code, stdin=stdin
        )
        return output.to_json()

    async def _run(
        self,
        session: AsyncSession,
        *,
        problem_slug: str,
        language: str | None,
        code: str,
        stdin: str,
        sample: TestCase | None = None,
    ) -> RunOutput:
        problem = await problems_repository.get_by_slug(session, problem_slug)
        if problem is None:
            raise InvalidInput(f"problem: no problem with slug {problem_slug!r}")
        language_for(problem, language)
        code = checked_code(code, self._max_code_bytes)
        if len(stdin.encode("utf-8", errors="replace")) > self._max_input_bytes:
            raise PayloadTooLarge(
                f"input: at most {self._max_input_bytes} bytes of custom input are accepted"
            )
        package = await self.packages.readable(session, problem)
        if package is None:
            raise InvalidInput(f"problem: {problem_slug!r} cannot run code yet")
        await self._acquire(session)
        try:
            output = await anyio.to_thread.run_sync(
                lambda: run_custom(package, code, stdin, sample=sample)
            )
        except CustomInputError as error:
            raise InvalidInput(f"input: {error}") from None
        finally:
            self._slots.release()
        return output

    async def run_cases(
        self, session: AsyncSession, *, problem_slug: str, code: str, text: str
    ) -> list[CaseRun]:
        """The problem page's Run: each `---`-separated case of the custom input, written as
        the samples are shown; a case that is a sample's input is checked against its output by
        the package's checker, as Submit checks it (a float within tolerance, pairs in any
        order)."""
        problem = await problems_repository.get_by_slug(session, problem_slug)
        package = None if problem is None else await self.packages.readable(session, problem)
        if problem is None or package is None:
            raise InvalidInput(f"problem: {problem_slug!r} cannot run code yet")
        cases = split_cases(text)
        if len(cases) > MAX_CASES:
            raise InvalidInput(f"input: at most {MAX_CASES} cases at once ({len(cases)} given)")
        samples = {_normal(t.display_input): t for t in package.samples}
        results = []
        for number, case in enumerate(cases, start=1):
            result = CaseRun(number, case)
            results.append(result)
            sample = samples.get(_normal(case)) if package.type.value != "sql" else None
            try:
                converted = page_input(package, case)
                output = await self._run(
                    session,
                    problem_slug=problem_slug,
                    language=None,
                    code=code,
                    stdin=converted,
                    sample=sample,
                )
            except CustomInputError as error:
                result.error = f"input: {error}"
                continue
            except InvalidInput as error:
                result.error = error.detail
                continue
            result.output = output.to_json()
            if sample is not None and output.check is not None:
                result.sample, result.expected = sample.name, sample.display_expected
                result.matches = output.check.ok
                if not result.matches:
                    result.diff = _diff(sample.display_expected, output.output)
        return results

    async def run_lab(
        self, session: AsyncSession, *, problem_slug: str, files: dict[str, str]
    ) -> LabRunOut:
        """A lab's Run: its sample checks against the learner's files, all of them judged."""
        problem = await problems_repository.get_by_slug(session, problem_slug)
        if problem is None:
            raise InvalidInput(f"problem: no problem with slug {problem_slug!r}")
        if problem.type != "lab":
            raise InvalidInput(f"problem: {problem_slug!r} is not a lab (Run takes code and input)")
        package = await lab_package(session, problem, self.packages)
        complete = checked_files(package, files, self._max_lab_bytes)
        await self._acquire(session)
        try:
            result = await anyio.to_thread.run_sync(
                lambda: judge_lab(
                    package,
                    complete,
                    samples_only=True,
                    all_tests=True,
                    pool=self.lab_jails.pool(),
                )
            )
        finally:
            self._slots.release()
        return LabRunOut(
            verdict=result.verdict,
            message=result.message,
            tests=[
                TestResultOut(
                    ordinal=ordinal,
                    name=test.name,
                    verdict=test.verdict,
                    cpu_ms=test.cpu_ms,
                    wall_ms=test.wall_ms,
                    memory_kb=test.memory_kb,
                    sample=test.sample,
                    message=test.message or None,
                    input=test.input if test.sample else None,
                    actual=test.actual if test.sample else None,
                )
                for ordinal, test in enumerate(result.tests, start=1)
            ],
        )

    async def _acquire(self, session: AsyncSession) -> None:
        """A run slot, waited for without holding a database connection: twenty waiting runs
        would otherwise take the whole PostgreSQL pool and stall every other request."""
        await release_connection(session)
        self.waiting += 1
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=self._wait_seconds)
        except TimeoutError:
            raise RunsBusy("Too many runs at once; try again in a moment.") from None
        finally:
            self.waiting -= 1

    def close(self) -> None:
        self.lab_jails.close()


async def get_runner(connection: HTTPConnection) -> Runner:
    runner: Runner = connection.app.state.runner
    return runner


RunnerDep = Annotated[Runner, Depends(get_runner)]
