"""The time the daily loop runs on: injected, so tests can live through a month in a second."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# One clock for the whole application (kit.clock); re-exported for the daily loop's modules.
from winterarc.kit.clock import Clock, ClockDep, get_clock, local_day, system_clock

__all__ = ["Clock", "ClockDep", "day_bounds", "get_clock", "local_day", "system_clock"]


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of a local day in UTC (23 or 25 hours long across a DST change)."""
    start = datetime.combine(day, time(), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(), zone).astimezone(UTC)
    return start, end
