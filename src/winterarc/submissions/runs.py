"""Running code on the learner's own input ("Run" before "Submit"): nothing is recorded.

Runs happen in the API process, in the same sandbox as judging, a few at a time per replica
(WINTERARC_RUN_SLOTS); they are short (one input, the problem's limits) and the learner waits
for them."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from winterarc.judge import CustomInputError, PackageError, run_custom
from winterarc.kit.errors import AppError, InvalidInput
from winterarc.problems import repository as problems_repository
from winterarc.problems.packages import PackageCache
from winterarc.settings import Settings
from winterarc.submissions.service import PayloadTooLarge, checked_code, language_for


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

    async def run(
        self,
        session: AsyncSession,
        *,
        problem_slug: str,
        language: str | None,
        code: str,
        stdin: str,
    ) -> dict[str, Any]:
        problem = await problems_repository.get_by_slug(session, problem_slug)
        if problem is None:
            raise InvalidInput(f"problem: no problem with slug {problem_slug!r}")
        language_for(problem, language)
        code = checked_code(code, self._max_code_bytes)
        if len(stdin.encode("utf-8", errors="replace")) > self._max_input_bytes:
            raise PayloadTooLarge(
                f"input: at most {self._max_input_bytes} bytes of custom input are accepted"
            )
        try:
            package = await self.packages.get(session, problem.id, problem.package_hash)
        except PackageError:
            package = None
        if package is None:
            raise InvalidInput(f"problem: {problem_slug!r} cannot run code yet")
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=self._wait_seconds)
        except TimeoutError:
            raise RunsBusy("Too many runs at once; try again in a moment.") from None
        try:
            output = await anyio.to_thread.run_sync(lambda: run_custom(package, code, stdin))
        except CustomInputError as error:
            raise InvalidInput(f"input: {error}") from None
        finally:
            self._slots.release()
        return output.to_json()


def get_runner(connection: HTTPConnection) -> Runner:
    runner: Runner = connection.app.state.runner
    return runner


RunnerDep = Annotated[Runner, Depends(get_runner)]
