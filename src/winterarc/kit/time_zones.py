"""IANA time zone names: the one check the sign-up form, the settings API and the drill share."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

MAX_LENGTH = 64


@cache
def _names() -> frozenset[str]:
    return frozenset(available_timezones() | {"UTC"})


def is_time_zone(name: str) -> bool:
    """A name zoneinfo knows (e.g. "Europe/Paris"); never a path or an arbitrary key."""
    return 0 < len(name) <= MAX_LENGTH and name in _names()
