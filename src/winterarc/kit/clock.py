"""The clock requests run on: injected, so tests can move "today" (and live through a month in
a second).

Routes take `ClockDep` (a callable: a WebSocket that stays open reads it again at midnight) or
`NowDep` (this request's moment, from the same clock). Tests set
`app.dependency_overrides[get_clock] = lambda: clock` to move both, or override `current_time`
alone. Async, like the other getters: FastAPI runs a sync dependency in a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends

Clock = Callable[[], datetime]


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The learner's calendar day at `moment`."""
    return moment.astimezone(zone).date()


def system_clock() -> datetime:
    return datetime.now(UTC)


async def get_clock() -> Clock:
    """The clock of a request."""
    return system_clock


ClockDep = Annotated[Clock, Depends(get_clock)]


async def current_time(clock: ClockDep) -> datetime:
    return clock()


NowDep = Annotated[datetime, Depends(current_time)]
