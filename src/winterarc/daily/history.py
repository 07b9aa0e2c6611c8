"""A learner's practice history as plain values, the input of reviews, mastery and streaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Attempt:
    """A judged submission: its verdict and when the verdict came."""

    problem_id: int
    verdict: str
    at: datetime

    @property
    def accepted(self) -> bool:
        return self.verdict == "AC"


@dataclass(frozen=True, slots=True)
class Lapse:
    """The learner gave up on a problem."""

    problem_id: int
    at: datetime
