"""Streaks: a day counts when at least one item of that day's drill was completed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta


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
