"""A worker process: consume the judge queue (and its dead letters) until told to stop.

SIGTERM stops taking new messages; judgements in flight get `grace_seconds` to finish, after
which they are cancelled and their messages go back to the queue."""

from __future__ import annotations

import asyncio
import logging
from functools import partial

import anyio.to_thread

from winterarc.broker import JOBS_QUEUE, JUDGE_QUEUE, create_broker, dead_letter_queue
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.db.migrate import current_revision, head_revision
from winterarc.judge import sandbox_available
from winterarc.judge.lab_jails import LabJails
from winterarc.kit.collector import startup_objects_frozen
from winterarc.pubsub import create_pubsub
from winterarc.settings import Settings, secure_data_dir
from winterarc.worker.consumer import JudgeContext, judge_submission, settle_dead_letter
from winterarc.worker.scheduler import run_job, run_scheduler
from winterarc.worker.stats import JOBS

logger = logging.getLogger("winterarc.worker")
GRACE_SECONDS = 30.0


async def wait_for_schema(url: str, stopping: asyncio.Event) -> bool:
    """Wait until the database is migrated to this release (serve or `db upgrade` does it)."""
    head = head_revision()
    waited = 0.0
    while not stopping.is_set():
        try:
            if await current_revision(url) == head:
                return True
        except Exception as error:  # the database may not even exist yet
            logger.debug("schema check: %s", error)
        if waited % 10 == 0:
            logger.info("waiting for the database schema to reach %s", head)
        await asyncio.sleep(0.5)
        waited += 0.5
    return False


async def run_worker(
    settings: Settings,
    *,
    concurrency: int,
    stopping: asyncio.Event,
    grace_seconds: float = GRACE_SECONDS,
) -> None:
    url = settings.resolved_database_url
    secure_data_dir(settings.data_dir)  # the worker writes its generated-tests cache there
    if not await wait_for_schema(url, stopping):
        return
    ok, reason = await anyio.to_thread.run_sync(sandbox_available)
    if not ok:
        logger.error("the sandbox is unavailable (%s): every judgement will be IE", reason)
    engine = create_engine(url)
    sessionmaker = create_sessionmaker(engine)
    broker = create_broker(settings, sessionmaker)
    pubsub = create_pubsub(settings, sessionmaker)
    ctx = JudgeContext(
        sessionmaker,
        pubsub,
        cache_dir=settings.data_dir / "cache" / "generated",
        lab_jails=LabJails(settings.lab_warm_jails),
    )
    consumers = [
        asyncio.create_task(
            broker.consume(
                JUDGE_QUEUE,
                partial(judge_submission, ctx),
                concurrency=concurrency,
                stopping=stopping,
            ),
            name="judge",
        ),
        asyncio.create_task(
            broker.consume(
                dead_letter_queue(JUDGE_QUEUE),
                partial(settle_dead_letter, ctx),
                concurrency=1,
                stopping=stopping,
            ),
            name="judge-dead",
        ),
        asyncio.create_task(
            broker.consume(
                JOBS_QUEUE, partial(run_job, sessionmaker, JOBS), concurrency=1, stopping=stopping
            ),
            name="jobs",
        ),
        asyncio.create_task(
            run_scheduler(
                sessionmaker,
                broker,
                dict.fromkeys(JOBS, settings.stats_interval_seconds),
                stopping,
            ),
            name="scheduler",
        ),
    ]
    logger.info("worker ready: concurrency %d, broker %s", concurrency, type(broker).__name__)
    try:
        with startup_objects_frozen():  # full collections stay short while it judges
            await _until_stopped(consumers, stopping, grace_seconds)
    finally:
        await broker.close()
        await pubsub.close()
        await engine.dispose()
        await anyio.to_thread.run_sync(ctx.lab_jails.close)


async def _until_stopped(
    consumers: list[asyncio.Task[None]], stopping: asyncio.Event, grace_seconds: float
) -> None:
    stop = asyncio.create_task(stopping.wait())
    await asyncio.wait([stop, *consumers], return_when=asyncio.FIRST_COMPLETED)
    # A consumer that ended by itself crashed, even one that ended cancelled (a stray
    # CancelledError from a library): the worker must not live on without it.
    crashed = [t for t in consumers if t.done() and (t.cancelled() or t.exception() is not None)]
    stopping.set()
    stop.cancel()
    if not crashed:
        logger.info("stopping: finishing the judgements in flight (up to %.0f s)", grace_seconds)
    _, pending = await asyncio.wait(consumers, timeout=grace_seconds)
    for task in pending:
        task.cancel()  # in-flight messages go back to the queue
    results = await asyncio.gather(*consumers, return_exceptions=True)
    for task in crashed:
        cause = None if task.cancelled() else task.exception()
        raise RuntimeError(f"consumer {task.get_name()} failed") from cause
    for result in results:
        if isinstance(result, Exception):
            logger.error("consumer failed while stopping: %r", result)
