"""A learner's practice preferences; defaults apply until they change one."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.preferences.models import Preferences
from winterarc.preferences.schemas import PreferencesOut, PreferencesUpdate

DEFAULTS = PreferencesOut(hide_difficulty=False, leaderboard_opt_out=False)


async def of(session: AsyncSession, user_id: int | None) -> PreferencesOut:
    """The learner's preferences (the defaults for anonymous visitors)."""
    if user_id is None:
        return DEFAULTS
    stored = await session.get(Preferences, user_id)
    return DEFAULTS if stored is None else PreferencesOut.model_validate(stored)


async def hides_difficulty(session: AsyncSession, user_id: int | None) -> bool:
    return (await of(session, user_id)).hide_difficulty


async def update(session: AsyncSession, user_id: int, data: PreferencesUpdate) -> PreferencesOut:
    stored = await session.get(Preferences, user_id)
    if stored is None:
        stored = Preferences(user_id=user_id, **DEFAULTS.model_dump())
        session.add(stored)
    for name, value in data.model_dump(exclude_none=True).items():
        setattr(stored, name, value)
    await session.flush()
    return PreferencesOut.model_validate(stored)
