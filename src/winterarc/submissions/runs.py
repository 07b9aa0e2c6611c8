"""Running code on the learner's own input ("Run" before "Submit"): nothing is recorded.

Runs happen in the API process, in the same sandbox as judging, a few at a time per replica
(RUN_SLOTS); they are short (one input, the problem's limits) and the learner waits for them."""

from __future__ import annotations

import asyncio
from typing import Any

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.judge import CustomInputError, PackageError, run_custom
from winterarc.kit.errors import AppError, InvalidInput
from winterarc.problems import repository as problems_repository
from winterarc.submissions.service import checked_code, language_for
from winterarc.worker.packages import PackageCache

RUN_SLOTS = 2


class RunsBusy(AppError):
    status, code, title = 503, "busy", "Busy"


class Runner:
    """The package cache and the concurrency limit of one API process."""

    def __init__(self, slots: int = RUN_SLOTS) -> None:
        self.packages = PackageCache()
        self._slots = asyncio.Semaphore(slots)

    async def run(
        self,
        session: AsyncSession,
        *,
        problem_slug: str,
        language: str | None,
        code: str,
        stdin: str,
        max_bytes: int,
    ) -> dict[str, Any]:
        problem = await problems_repository.get_by_slug(session, problem_slug)
        if problem is None:
            raise InvalidInput(f"problem: no problem with slug {problem_slug!r}")
        language_for(problem, language)
        code = checked_code(code, max_bytes)
        try:
            package = await self.packages.get(session, problem.id, problem.package_hash)
        except PackageError:
            package = None
        if package is None:
            raise InvalidInput(f"problem: {problem_slug!r} cannot run code yet")
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=20)
        except TimeoutError:
            raise RunsBusy("Too many runs at once; try again in a moment.") from None
        try:
            output = await anyio.to_thread.run_sync(lambda: run_custom(package, code, stdin))
        except CustomInputError as error:
            raise InvalidInput(f"input: {error}") from None
        finally:
            self._slots.release()
        return output.to_json()
