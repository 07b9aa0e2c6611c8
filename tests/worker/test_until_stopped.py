"""A worker does not live on without one of its consumers: one that ends by itself, even
cancelled by a stray CancelledError from a library, stops the worker with an error."""

from __future__ import annotations

import asyncio

import pytest

from winterarc.worker.main import _until_stopped

pytestmark = pytest.mark.anyio


async def _cancelled_by_itself() -> None:
    raise asyncio.CancelledError  # not cancelled by anyone: what a library can leak


async def test_a_consumer_that_ends_cancelled_stops_the_worker_with_an_error() -> None:
    stopping = asyncio.Event()
    survivor = asyncio.create_task(stopping.wait(), name="judge")
    leaked = asyncio.create_task(_cancelled_by_itself(), name="scheduler")
    with pytest.raises(RuntimeError, match="consumer scheduler failed"):
        await _until_stopped([survivor, leaked], stopping, grace_seconds=30)
    assert stopping.is_set() and survivor.done()


async def test_a_stop_request_ends_every_consumer_without_an_error() -> None:
    stopping = asyncio.Event()
    consumers = [asyncio.create_task(stopping.wait(), name=f"c{i}") for i in range(3)]
    stopping.set()
    await _until_stopped(consumers, stopping, grace_seconds=30)
    assert all(task.done() and not task.cancelled() for task in consumers)
