"""Streak arithmetic: the stored record, read at an instant on the learner's own local day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from winterarc.daily.streaks import StreakRecord, alive_until, streak_record

JUNE = [date(2026, 6, day) for day in (1, 2, 3, 5, 6)]


def test_the_record_keeps_the_run_ending_on_the_last_day_and_the_longest() -> None:
    assert streak_record(JUNE) == StreakRecord(current=2, longest=3, last_day=date(2026, 6, 6))
    assert streak_record([]) == StreakRecord(0, 0, None)


def test_a_streak_lives_through_the_next_day_and_dies_the_day_after() -> None:
    record = streak_record(JUNE)
    assert record.current_on(date(2026, 6, 6)) == 2
    assert record.current_on(date(2026, 6, 7)) == 2  # today is still open
    assert record.current_on(date(2026, 6, 8)) == 0


@pytest.mark.parametrize(
    ("zone", "current"),
    [("Pacific/Auckland", 0), ("UTC", 2), ("America/Los_Angeles", 2)],
)
def test_the_same_instant_reads_each_learners_own_day(zone: str, current: int) -> None:
    # 12:30 UTC on 7 June is already 8 June (00:30) in Auckland: the streak ending on the 6th is
    # over there, alive in UTC (the 7th) and in Los Angeles (05:30 on the 7th).
    now = datetime(2026, 6, 7, 12, 30, tzinfo=UTC)
    assert streak_record(JUNE).current_at(now, zone) == current


@pytest.mark.parametrize("zone", ["Pacific/Auckland", "UTC", "America/Los_Angeles"])
def test_alive_until_is_the_instant_current_at_drops_to_zero(zone: str) -> None:
    record = streak_record(JUNE)
    end = alive_until(record.last_day, ZoneInfo(zone))
    assert end is not None
    assert record.current_at(end - timedelta(microseconds=1), zone) == 2
    assert record.current_at(end, zone) == 0
    assert alive_until(None, ZoneInfo(zone)) is None
