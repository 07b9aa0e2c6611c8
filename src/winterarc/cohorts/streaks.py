"""The cohort dashboard's streaks: the stored ones (daily.models.LearnerStreak) the leaderboards
read too, kept equal to /me's in every transaction that can change them: one query for a cohort
of any size, rather than every member's drill history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.daily import service as daily_service


async def streaks_of(
    session: AsyncSession, user_ids: Sequence[int], now: datetime
) -> dict[int, int | None]:
    """Each learner's current streak in days at `now` (each on their own local day)."""
    found = await daily_service.streaks_now(session, user_ids, now)
    return {uid: current for uid, (current, _longest) in found.items()}
