"""The cohort dashboard's streaks: the daily loop's, computed from the members' histories (a
cohort is small). The leaderboards read the stored streaks instead (daily.models.LearnerStreak),
kept equal to these in every transaction that can change them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.daily import service as daily_service


async def streaks_of(
    session: AsyncSession, user_ids: Sequence[int], now: datetime
) -> dict[int, int | None]:
    """Each learner's current streak in days at `now` (each on their own local day)."""
    found = await daily_service.current_streaks(session, user_ids, lambda: now)
    return {uid: found.get(uid, 0) for uid in user_ids}
