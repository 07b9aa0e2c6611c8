"""Request and response bodies of the cohorts API."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from winterarc.kit.types import Slug


class ScheduleEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    week_id: Slug
    starts_on: date


class CohortIn(BaseModel):
    """A new cohort. Without a schedule, one roadmap week is current per 7 days from
    `starts_on`, in roadmap order."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=80)
    starts_on: date
    schedule: list[ScheduleEntry] = Field(default_factory=list, max_length=200)

    @field_validator("name")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> CohortIn:
        dates = [entry.starts_on for entry in self.schedule]
        if dates and dates[0] < self.starts_on:
            raise ValueError("schedule: the first week cannot start before the cohort")
        if any(later <= earlier for earlier, later in pairwise(dates)):
            raise ValueError("schedule: weeks must start on strictly increasing dates")
        return self


class JoinIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=64)


class CohortOut(BaseModel):
    """A cohort as its organiser sees it (with the join code)."""

    id: int
    name: str
    starts_on: date
    schedule: list[ScheduleEntry]
    join_code: str
    members: int
    current_week: str | None


class MyCohortOut(BaseModel):
    """The learner's own cohort: no join code, no other members."""

    id: int
    name: str
    starts_on: date
    current_week: str | None


class WeekProgress(BaseModel):
    week_id: str
    label: str
    completion: float


class MemberRow(BaseModel):
    user_id: int
    username: str
    display_name: str | None
    weeks: list[WeekProgress]
    last_activity: datetime | None
    # Filled by winterarc.cohorts.streaks.streaks_of (the daily loop's current streak).
    streak: int | None
    behind: bool
    reasons: list[str]


class DashboardOut(BaseModel):
    cohort: CohortOut
    weeks: list[ScheduleEntry]
    members: list[MemberRow]
