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
    streak: int | None  # filled by winterarc.cohorts.streaks (None until streaks exist)


class BoardOut(BaseModel):
    ranking: Ranking
    window: Window
    period: str  # "all", or the Monday (UTC) that starts the week
    cohort_id: int | None
    # False for the streak ranking until streaks exist: its entries are then empty.
    available: bool
    entries: list[Entry]
    me: Entry | None  # the viewer's own line, even when outside the top
