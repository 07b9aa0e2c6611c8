"""Daily loop API shapes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field, StrictInt, field_validator

from winterarc.daily.models import DRILL_SIZE_MAX, DRILL_SIZE_MIN
from winterarc.kit.time_zones import is_time_zone


class DrillItemOut(BaseModel):
    kind: Literal["new", "review", "weak"]
    target: Literal["problem", "quiz"]
    ref: str = Field(description="problem slug or quiz id")
    title: str
    difficulty: str | None
    reason: str = Field(description='why it was chosen, e.g. "review: last solved 12 days ago"')
    status: Literal["open", "completed", "given_up"]
    href: str


class DrillOut(BaseModel):
    day: date = Field(description="the learner's local day")
    time_zone: str
    completed: int
    items: list[DrillItemOut]


class GiveUpIn(BaseModel):
    slug: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")


class ActiveDay(BaseModel):
    day: date
    completed: int


class ActivityOut(BaseModel):
    today: date
    current_streak: int
    longest_streak: int
    days: list[ActiveDay]


class EvidenceOut(BaseModel):
    slug: str
    title: str
    difficulty: str
    accepted: int
    failed: int
    last_verdict: str
    last_at: datetime
    days_ago: int


class MasteryOut(BaseModel):
    name: str
    score: float = Field(ge=0, le=1)
    level: str
    accepted: int
    submissions: int
    evidence: list[EvidenceOut]


class MasteryReportOut(BaseModel):
    patterns: list[MasteryOut]
    topics: dict[str, MasteryOut]


class DaySettingsOut(BaseModel):
    time_zone: str
    drill_size: int


class DaySettingsIn(BaseModel):
    time_zone: str | None = Field(default=None, min_length=1, max_length=64)
    # Strict: JSON `true` is not a drill size of 1.
    drill_size: StrictInt | None = Field(default=None, ge=DRILL_SIZE_MIN, le=DRILL_SIZE_MAX)

    @field_validator("time_zone")
    @classmethod
    def _iana(cls, value: str | None) -> str | None:
        if value is not None and not is_time_zone(value):
            raise ValueError("not an IANA time zone (e.g. Europe/Paris)")
        return value
