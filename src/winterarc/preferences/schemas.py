"""Request and response bodies of the preferences API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class PreferencesOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    hide_difficulty: bool
    leaderboard_opt_out: bool


class PreferencesUpdate(BaseModel):
    """Only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    hide_difficulty: bool | None = None
    leaderboard_opt_out: bool | None = None
