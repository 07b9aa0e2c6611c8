"""/api/v1/me/preferences: the learner's practice preferences."""

from __future__ import annotations

from fastapi import APIRouter

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.preferences import service
from winterarc.preferences.schemas import PreferencesOut, PreferencesUpdate

router = APIRouter(prefix="/me/preferences", tags=["preferences"])


@router.get("", response_model=PreferencesOut)
async def get_preferences(session: SessionDep, user: CurrentUser) -> PreferencesOut:
    """Whether difficulty labels are hidden and whether you are off the leaderboards."""
    return await service.of(session, user.id)


@router.patch("", response_model=PreferencesOut)
async def update_preferences(
    body: PreferencesUpdate, session: SessionDep, user: CurrentUser
) -> PreferencesOut:
    """Change some preferences; the others stay as they are."""
    return await service.update(session, user.id, body)
