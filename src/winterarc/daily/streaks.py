"""Streaks: a day counts when at least one item of that day's drill was completed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from winterarc.daily.clock import day_bounds, local_day


def current_streak(active: set[date], today: date) -> int:
    """Consecutive active days ending today, or yesterday while today is still open."""
    day = today if today in active else today - timedelta(days=1)
    count = 0
    while day in active:
        count += 1
        day -= timedelta(days=1)
    return count


def longest_streak(active: Iterable[date]) -> int:
    best = run = 0
    previous: date | None = None
    for day in sorted(set(active)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best, previous = max(best, run), day
    return best


@dataclass(frozen=True, slots=True)
class StreakRecord:
    """A learner's streaks as stored (`learner_streaks`): what /me computes, frozen at their
    last active day so that reading it needs only their local today."""

    current: int  # the run of active days ending on last_day
    longest: int
    last_day: date | None  # the last active local day

    def current_on(self, today: date) -> int:
        """The current streak on `today`: alive while the last active day is today or
        yesterday (the same rule as `current_streak`)."""
        alive = self.last_day is not None and self.last_day >= today - timedelta(days=1)
        return self.current if alive else 0

    def current_at(self, now: datetime, time_zone: str) -> int:
        """The current streak at the instant `now`, read on the learner's own local day."""
        return self.current_on(local_day(now, ZoneInfo(time_zone)))


def streak_record(active: Iterable[date]) -> StreakRecord:
    days = set(active)
    if not days:
        return StreakRecord(0, 0, None)
    last = max(days)
    return StreakRecord(current_streak(days, last), longest_streak(days), last)


def alive_until(last_day: date | None, zone: ZoneInfo) -> datetime | None:
    """The instant a streak whose last active day is `last_day` ends, in UTC: the start of the
    learner's local day after the next (`StreakRecord.current_on` is 0 from then on). Stored,
    it lets a board tell live streaks from dead ones in SQL, whatever each learner's zone."""
    return None if last_day is None else day_bounds(last_day + timedelta(days=2), zone)[0]
