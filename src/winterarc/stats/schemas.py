"""Statistics as the API shows them."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class ProblemStatsOut(BaseModel):
    problem: str
    submissions: int
    accepted: int
    solvers: int
    attempters: int
    acceptance_rate: float
    computed_at: datetime | None


class LearnerStatsOut(BaseModel):
    submissions: int
    accepted: int
    solved: int
    attempted: int
    computed_at: datetime | None
