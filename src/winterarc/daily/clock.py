"""The time the daily loop runs on: injected, so tests can live through a month in a second."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def get_clock() -> Clock:
    """The clock of a request; tests replace it with `app.dependency_overrides`."""
    return system_clock


ClockDep = Annotated[Clock, Depends(get_clock)]


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The learner's calendar day at `moment`."""
    return moment.astimezone(zone).date()


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of a local day in UTC (23 or 25 hours long across a DST change)."""
    start = datetime.combine(day, time(), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(), zone).astimezone(UTC)
    return start, end
