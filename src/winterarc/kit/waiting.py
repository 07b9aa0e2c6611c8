"""Waiting for whichever comes first: an event, a task, or a deadline."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable, Sequence
from typing import Any


async def wait_for_any(
    events: Sequence[asyncio.Event],
    *,
    tasks: Iterable[asyncio.Future[Any]] = (),
    seconds: float,
) -> None:
    """Return when one of `events` is set, one of `tasks` is done, or `seconds` have passed."""
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait([*waiters, *tasks], timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await waiter
