"""The relay's wake-up from a response's background task happens on the event loop thread.

asyncio.Event is not thread-safe: set from Starlette's worker thread (where it runs a sync
background task) the relay may sleep on until something else wakes the loop."""

from __future__ import annotations

import threading
import uuid
from typing import Any, cast

import pytest
from starlette.background import BackgroundTasks

from winterarc.outbox.relay import OutboxRelay
from winterarc.submissions.announce import Announcer

pytestmark = pytest.mark.anyio


class _Relay(OutboxRelay):
    def __init__(self) -> None:
        super().__init__(cast(Any, None), cast(Any, None))
        self.woken_on: list[int] = []

    def wake(self) -> None:
        self.woken_on.append(threading.get_ident())
        super().wake()


async def test_an_accepted_submission_wakes_the_relay_on_the_loop_thread() -> None:
    relay, tasks = _Relay(), BackgroundTasks()
    submission = cast(Any, type("S", (), {"id": uuid.uuid4()})())
    Announcer(tasks, cast(Any, None), relay).accepted(submission, created=False)
    await tasks()
    assert relay.woken_on == [threading.get_ident()]
    assert relay._wakeup.is_set()
