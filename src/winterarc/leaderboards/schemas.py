"""Response bodies of the leaderboards API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Window = Literal["week", "all"]
Ranking = Literal["points", "streak"]


class Entry(BaseModel):
    rank: int | None  # None: the viewer opted out, so they hold no place on the board
    user_id: int
    username: str
    display_name: str | None
    points: int  # problems solved, weighted by difficulty (easy 1, medium 2, hard 3)
    solved: int
    streak: int | None  # the current streak in days (the stored one, daily.models.LearnerStreak)
    longest_streak: int | None = None  # the longest streak ever, in days


class BoardOut(BaseModel):
    ranking: Ranking
    window: Window  # streak boards: `week` ranks current streaks, `all` the longest ever
    period: str  # "all", or the Monday (UTC) that starts the week
    cohort_id: int | None
    # Always true now that streaks exist; kept so clients written against the slot still work.
    available: bool
    entries: list[Entry]
    me: Entry | None  # the viewer's own line, even when outside the top
