"""Judging one submission from the queue, and settling the ones that died repeatedly.

The flow: load it (already final: ack and stop) -> running -> judge in a thread, publishing a
`test` event per finished test and heartbeats -> store the verdict once (a conditional UPDATE)
-> commit -> publish `final` -> return (the broker acks). A crash anywhere before the commit
means redelivery; after it, the redelivered message finds the verdict and stops."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.broker.base import Delivery
from winterarc.judge import LabFilesError, PackageError, Result, TestResult, judge, judge_lab
from winterarc.judge.lab_jails import LabJails
from winterarc.judge.packages import Package, ProblemType
from winterarc.judge.verdicts import Verdict
from winterarc.kit.logs import bind
from winterarc.kit.metrics import JUDGE_DURATION, JUDGE_VERDICTS, SANDBOX_FAILURES
from winterarc.leaderboards import service as leaderboards
from winterarc.outbox.store import SETTLED_CHANNEL, settle
from winterarc.problems.packages import PackageCache
from winterarc.pubsub.base import PubSub
from winterarc.submissions import repository
from winterarc.submissions.events import EventType, channel, final_event
from winterarc.submissions.models import SubmissionStatus
from winterarc.worker.faults import crash_if_marked

logger = logging.getLogger("winterarc.worker")
DEAD_MESSAGE = "judging failed repeatedly; an operator has been told (see the worker logs)"


@dataclass
class JudgeContext:
    sessionmaker: async_sessionmaker[AsyncSession]
    pubsub: PubSub
    cache_dir: Path | None
    heartbeat_seconds: float = 5.0
    packages: PackageCache = field(default_factory=PackageCache)
    lab_jails: LabJails = field(default_factory=lambda: LabJails(0))


class _Progress:
    """Ordered events of one judging attempt; `emit_from_thread` is safe from the judge thread."""

    def __init__(self, pubsub: PubSub, submission_id: uuid.UUID, attempt: int) -> None:
        self._pubsub = pubsub
        self._channel = channel(submission_id)
        self._base = {"submission_id": str(submission_id), "attempt": attempt}
        self._seq = itertools.count(1)
        self._queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        self._loop = asyncio.get_running_loop()
        self._pump = asyncio.create_task(self._publish_in_order())

    def emit(self, kind: EventType, **fields: Any) -> None:
        self._queue.put_nowait({**self._base, "type": kind.value, "seq": next(self._seq), **fields})

    def emit_from_thread(self, kind: EventType, **fields: Any) -> None:
        self._loop.call_soon_threadsafe(lambda: self.emit(kind, **fields))

    async def _publish_in_order(self) -> None:
        while (event := await self._queue.get()) is not None:
            await self._pubsub.publish(self._channel, event)

    async def close(self) -> None:
        """Publish everything emitted so far, then stop."""
        self._queue.put_nowait(None)
        await self._pump


async def judge_submission(ctx: JudgeContext, delivery: Delivery) -> None:
    """The handler for the judge queue (idempotent: deliveries are at-least-once)."""
    submission_id = uuid.UUID(str(delivery.message.body["submission_id"]))
    bind(
        request_id=delivery.message.body.get("request_id"),
        submission_id=str(submission_id),
        attempt=delivery.attempt,
    )
    logger.info("judging")
    async with ctx.sessionmaker() as session:
        job = await repository.job_for(session, submission_id)
        if job is None or job.status is SubmissionStatus.DONE:
            # Deleted, or already judged by an earlier delivery: nothing to do but settle.
            settled = await settle(session, delivery.message.id)
            await session.commit()
            await _announce_settled(ctx, settled)
            return
        await repository.mark_running(session, submission_id)
        await session.commit()
    crash_if_marked(job.source)
    started = time.perf_counter()
    progress = _Progress(ctx.pubsub, submission_id, delivery.attempt)
    try:
        progress.emit(EventType.RUNNING)
        heartbeat = asyncio.create_task(_heartbeat(progress, ctx.heartbeat_seconds))
        try:
            result = await _judge(ctx, job, progress)
        finally:
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat
        async with ctx.sessionmaker() as session:
            final = await repository.record_result(session, submission_id, result)
            if final and result.verdict is Verdict.AC:  # scored in the verdict's transaction
                await leaderboards.record_accepted(session, submission_id)
            settled = await settle(session, delivery.message.id)
            await session.commit()
            stored = await repository.get(session, submission_id)
        await _announce_settled(ctx, settled)
        if final and stored is not None:
            logger.info("judged", extra={"verdict": result.verdict.value})
            _count(job, result, time.perf_counter() - started)
            progress.emit(EventType.FINAL, **_without_identity(final_event(stored)))
    finally:
        await progress.close()


async def _announce_settled(ctx: JudgeContext, settled: bool) -> None:
    """Tell the relays (every API replica) that a learner's judgement is done, so the next one
    they hold back for fairness can go now."""
    if settled:
        await ctx.pubsub.publish(SETTLED_CHANNEL, {"type": "settled"})


def _count(job: repository.JudgeJob, result: Result, seconds: float) -> None:
    JUDGE_VERDICTS.labels(result.verdict.value).inc()
    JUDGE_DURATION.labels("lab" if job.files else "program").observe(seconds)
    if result.verdict is Verdict.IE:
        SANDBOX_FAILURES.inc()


async def _judge(ctx: JudgeContext, job: repository.JudgeJob, progress: _Progress) -> Result:
    async with ctx.sessionmaker() as session:
        try:
            package = await ctx.packages.get(session, job.problem_id, job.package_hash)
        except PackageError as error:
            logger.error("problem %d: its stored package is invalid: %s", job.problem_id, error)
            return Result.internal_error("the problem's package is invalid")
    if package is None:
        return Result.internal_error("the problem has no package to judge against")

    def on_test(done: int, total: int, test: TestResult) -> None:
        progress.emit_from_thread(EventType.TEST, done=done, total=total, **test_fields(test))

    # The sandbox decides by itself: unavailable means IE with the reason, never unsandboxed.
    if package.type is ProblemType.LAB:
        return await anyio.to_thread.run_sync(
            lambda: _judge_lab(ctx, package, job.files or {}, on_test)
        )
    return await anyio.to_thread.run_sync(
        lambda: judge(package, job.source, on_test=on_test, cache_dir=ctx.cache_dir)
    )


def _judge_lab(
    ctx: JudgeContext,
    package: Package,
    files: dict[str, str],
    on_test: Callable[[int, int, TestResult], None],
) -> Result:
    try:
        return judge_lab(package, files, on_test=on_test, pool=ctx.lab_jails.pool())
    except LabFilesError as error:  # checked when accepted: only a changed lab gets here
        return Result.internal_error(f"the files no longer fit the lab: {error}")


def test_fields(test: TestResult) -> dict[str, Any]:
    """What a `test` event says about one test. Only samples carry input, expected and actual
    (TestResult refuses them on hidden tests), so a sample diff can show live."""
    fields: dict[str, Any] = {
        "name": test.name,
        "verdict": test.verdict.value,
        "sample": test.sample,
        "cpu_ms": test.cpu_ms,
        "message": test.message or None,
    }
    if test.sample:
        fields.update(input=test.input, expected=test.expected, actual=test.actual)
    return fields


async def _heartbeat(progress: _Progress, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        progress.emit(EventType.HEARTBEAT)


async def settle_dead_letter(ctx: JudgeContext, delivery: Delivery) -> None:
    """The handler for the judge dead-letter queue: the submission becomes IE, never stuck."""
    submission_id = uuid.UUID(str(delivery.message.body["submission_id"]))
    logger.error("submission %s: dead-lettered after repeated failures", submission_id)
    async with ctx.sessionmaker() as session:
        final = await repository.record_result(
            session, submission_id, Result.internal_error(DEAD_MESSAGE)
        )
        settled = await settle(session, delivery.message.id)
        await session.commit()
        stored = await repository.get(session, submission_id)
    await _announce_settled(ctx, settled)
    if final and stored is not None:
        await ctx.pubsub.publish(channel(submission_id), final_event(stored))


def _without_identity(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if k not in {"submission_id", "type"}}
