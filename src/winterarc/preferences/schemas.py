"""Request and response bodies of the preferences API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, StrictBool


class PreferencesOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    hide_difficulty: bool
    leaderboard_opt_out: bool


class PreferencesUpdate(BaseModel):
    """Only the fields given change; booleans are JSON booleans, never 0 or 1."""

    model_config = ConfigDict(extra="forbid")

    hide_difficulty: StrictBool | None = None
    leaderboard_opt_out: StrictBool | None = None
