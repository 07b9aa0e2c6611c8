"""Which roadmap week a cohort is in on a given day.

The roadmap reads this (roadmap.service decides every learner's current week), so it imports
nothing above the cohorts' own tables: pyproject.toml's layer contract allows exactly this one
upward import."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.cohorts.models import Cohort, CohortMember

WEEK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class ScheduledWeek:
    week_id: str
    starts_on: date


def scheduled_weeks(cohort: Cohort, roadmap_week_ids: Sequence[str]) -> list[ScheduledWeek]:
    """The cohort's explicit schedule, or by default one roadmap week per 7 days from its start."""
    if cohort.schedule:
        return [
            ScheduledWeek(entry["week_id"], date.fromisoformat(entry["starts_on"]))
            for entry in cohort.schedule
        ]
    return [
        ScheduledWeek(week_id, cohort.starts_on + index * WEEK)
        for index, week_id in enumerate(roadmap_week_ids)
    ]


def week_on(weeks: Sequence[ScheduledWeek], today: date) -> str | None:
    """The last week that has started by `today`; None before the cohort starts (the last week
    stays current after the schedule ends)."""
    started = [week for week in weeks if week.starts_on <= today]
    return started[-1].week_id if started else None


async def cohort_of(session: AsyncSession, user_id: int) -> Cohort | None:
    found: Cohort | None = await session.scalar(
        select(Cohort)
        .join(CohortMember, CohortMember.cohort_id == Cohort.id)
        .where(CohortMember.user_id == user_id)
    )
    return found


async def current_week_of(
    session: AsyncSession, user_id: int, today: date, roadmap_week_ids: Sequence[str]
) -> str | None:
    """The week the learner's cohort is in today; None when they are in no cohort or it has
    not started (the roadmap then goes by their progress)."""
    cohort = await cohort_of(session, user_id)
    if cohort is None:
        return None
    week = week_on(scheduled_weeks(cohort, roadmap_week_ids), today)
    return week if week in roadmap_week_ids else None
