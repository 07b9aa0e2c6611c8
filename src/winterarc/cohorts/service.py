"""Cohorts: organisers create and run them, learners join with a code, the dashboard shows who
keeps up. The rules are documented in docs/cohorts.md."""

from __future__ import annotations

import secrets
from datetime import date, datetime, timedelta
from itertools import pairwise

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import Role, User
from winterarc.cohorts import repository, schedule, streaks
from winterarc.cohorts.models import Cohort
from winterarc.cohorts.schemas import (
    CohortIn,
    CohortOut,
    DashboardOut,
    MemberRow,
    MyCohortOut,
    ScheduleEntry,
    WeekProgress,
)
from winterarc.kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from winterarc.roadmap import catalogue
from winterarc.roadmap import service as roadmap_service

ORGANISERS = frozenset({Role.ORGANISER, Role.ADMIN})
# Falling behind (docs/cohorts.md): the weeks whose time is over are on average less than this
# complete, or the learner has not submitted anything for INACTIVE_AFTER.
BEHIND_BELOW = 0.75
INACTIVE_AFTER = timedelta(days=7)


def new_join_code() -> str:
    """About 80 bits from `secrets`: unguessable, short enough to read out in a class."""
    return secrets.token_urlsafe(10)


def _require_organiser(user: User) -> None:
    if user.role not in ORGANISERS:
        raise Forbidden("Only organisers and admins run cohorts.")


async def _week_ids(session: AsyncSession) -> list[str]:
    return [week.id for week in (await catalogue.current(session)).weeks]


async def managed(session: AsyncSession, user: User, cohort_id: int) -> Cohort:
    """A cohort the user may run: its organiser, or any admin."""
    cohort = await repository.get(session, cohort_id)
    if cohort is None:
        raise NotFound("No such cohort.")
    if user.role is not Role.ADMIN and cohort.organiser_id != user.id:
        raise Forbidden("Only this cohort's organiser and admins may see or change it.")
    return cohort


async def _out(session: AsyncSession, cohort: Cohort, today: date) -> CohortOut:
    weeks = schedule.scheduled_weeks(cohort, await _week_ids(session))
    counts = await repository.member_counts(session, [cohort.id])
    return CohortOut(
        id=cohort.id,
        name=cohort.name,
        starts_on=cohort.starts_on,
        schedule=[ScheduleEntry(week_id=w.week_id, starts_on=w.starts_on) for w in weeks],
        join_code=cohort.join_code,
        members=counts.get(cohort.id, 0),
        current_week=schedule.week_on(weeks, today),
    )


async def create(session: AsyncSession, user: User, data: CohortIn, today: date) -> CohortOut:
    """A new cohort run by `user`, with a fresh join code."""
    _require_organiser(user)
    known = set(await _week_ids(session))
    unknown = [entry.week_id for entry in data.schedule if entry.week_id not in known]
    if unknown:
        raise InvalidInput(f"schedule: no roadmap week {unknown[0]!r}")
    cohort = await repository.add(
        session,
        Cohort(
            name=data.name,
            organiser_id=user.id,
            starts_on=data.starts_on,
            schedule=[
                {"week_id": e.week_id, "starts_on": e.starts_on.isoformat()} for e in data.schedule
            ],
            join_code=new_join_code(),
        ),
    )
    return await _out(session, cohort, today)


async def list_run_by(session: AsyncSession, user: User, today: date) -> list[CohortOut]:
    """The cohorts the user runs (all of them for an admin)."""
    _require_organiser(user)
    cohorts = await repository.run_by(session, None if user.role is Role.ADMIN else user.id)
    return [await _out(session, cohort, today) for cohort in cohorts]


async def get(session: AsyncSession, user: User, cohort_id: int, today: date) -> CohortOut:
    return await _out(session, await managed(session, user, cohort_id), today)


async def rotate_code(session: AsyncSession, user: User, cohort_id: int, today: date) -> CohortOut:
    """A new join code; the old one stops working at once (members stay)."""
    cohort = await managed(session, user, cohort_id)
    cohort.join_code = new_join_code()
    await session.flush()
    return await _out(session, cohort, today)


async def join(session: AsyncSession, user: User, code: str, today: date) -> MyCohortOut:
    """Join the cohort with this code; a learner is in one cohort at a time."""
    cohort = await repository.by_code(session, code.strip())
    if cohort is None:
        raise NotFound("No cohort has this join code.")
    current = await repository.membership(session, user.id)
    if current is not None and current.cohort_id != cohort.id:
        raise Conflict("You are already in another cohort; leave it first.")
    if current is None:
        await repository.add_member(session, cohort.id, user.id)
    return await _mine(session, cohort, today)


async def leave(session: AsyncSession, user: User) -> None:
    current = await repository.membership(session, user.id)
    if current is None:
        raise NotFound("You are not in a cohort.")
    await repository.remove_member(session, current)


async def _mine(session: AsyncSession, cohort: Cohort, today: date) -> MyCohortOut:
    weeks = schedule.scheduled_weeks(cohort, await _week_ids(session))
    return MyCohortOut(
        id=cohort.id,
        name=cohort.name,
        starts_on=cohort.starts_on,
        current_week=schedule.week_on(weeks, today),
    )


async def mine(session: AsyncSession, user: User, today: date) -> MyCohortOut | None:
    cohort = await schedule.cohort_of(session, user.id)
    return None if cohort is None else await _mine(session, cohort, today)


def _behind(
    completions: dict[str, float],
    weeks: list[schedule.ScheduledWeek],
    last: datetime | None,
    now: datetime,
    started: bool,
) -> list[str]:
    today = now.date()
    # A week is over once the next one has started.
    over = [week.week_id for week, after in pairwise(weeks) if after.starts_on <= today]
    reasons = []
    if over:
        average = sum(completions.get(w, 0.0) for w in over) / len(over)
        if average < BEHIND_BELOW:
            reasons.append(f"past weeks {round(average * 100)} % done")
    if started and (last is None or now - last > INACTIVE_AFTER):
        reasons.append("no submission for 7 days" if last else "no submission yet")
    return reasons


async def dashboard(
    session: AsyncSession, user: User, cohort_id: int, now: datetime
) -> DashboardOut:
    """Every member's completion of each scheduled week, last activity, streak and whether
    they are falling behind."""
    cohort = await managed(session, user, cohort_id)
    today = now.date()
    all_weeks = (await catalogue.current(session)).weeks
    labels = {w.id: w.label for w in all_weeks}
    weeks = schedule.scheduled_weeks(cohort, [w.id for w in all_weeks])
    members = await repository.members(session, cohort.id)
    ids = [m.id for m in members]
    last = await repository.last_activity(session, ids)
    streak = await streaks.streaks_of(session, ids, now)
    started = cohort.starts_on + schedule.WEEK <= today  # a week's grace before "inactive"
    rows = []
    # In bulk: a handful of queries however many members (not a roadmap per member).
    completions_of = await roadmap_service.week_completions(session, ids)
    for member in members:
        completions = completions_of[member.id]
        reasons = _behind(completions, weeks, last.get(member.id), now, started)
        rows.append(
            MemberRow(
                user_id=member.id,
                username=member.username,
                display_name=member.display_name,
                weeks=[
                    WeekProgress(
                        week_id=w.week_id,
                        label=labels.get(w.week_id, w.week_id),
                        completion=completions.get(w.week_id, 0.0),
                    )
                    for w in weeks
                ],
                last_activity=last.get(member.id),
                streak=streak.get(member.id),
                behind=bool(reasons),
                reasons=reasons,
            )
        )
    return DashboardOut(
        cohort=await _out(session, cohort, today),
        weeks=[ScheduleEntry(week_id=w.week_id, starts_on=w.starts_on) for w in weeks],
        members=rows,
    )
