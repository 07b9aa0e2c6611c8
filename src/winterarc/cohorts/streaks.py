"""THE one place cohorts and leaderboards get learners' streaks from.

Streaks are built elsewhere (the daily drill, issue #12 part A); until that is wired in here,
every streak is unknown (None) and pages and the API show it as such."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession


async def streaks_of(
    session: AsyncSession, user_ids: Sequence[int], today: date
) -> dict[int, int | None]:
    """Each learner's current streak in days on `today`; None while streaks do not exist."""
    return dict.fromkeys(user_ids)
