"""Waiting for a condition with a deadline, for the few things that announce no event (a row
appearing in another process's database, a server starting to answer).

The short pause between probes is the only sleep the tests use to wait: everything that can
signal (an asyncio.Event, a subscription, a process exit) is waited on directly instead."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def eventually(
    probe: Callable[[], Awaitable[T | None]], *, seconds: float = 30.0, every: float = 0.05
) -> T:
    """Await `probe` until it returns something other than None; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        value = await probe()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {seconds} s waiting for {probe}")
        await asyncio.sleep(every)  # poll interval, not a guess at how long anything takes


def wait_until(
    probe: Callable[[], T | None], *, seconds: float = 60.0, every: float = 0.1, what: str = ""
) -> T:
    """Call `probe` until it returns something other than None; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        value = probe()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {seconds} s waiting for {what or probe}")
        time.sleep(every)  # poll interval, not a guess at how long anything takes
