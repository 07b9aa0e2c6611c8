"""All cohort queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.cohorts.models import Cohort, CohortMember
from winterarc.submissions.models import Submission


async def get(session: AsyncSession, cohort_id: int) -> Cohort | None:
    return await session.get(Cohort, cohort_id)


async def by_code(session: AsyncSession, code: str) -> Cohort | None:
    found: Cohort | None = await session.scalar(select(Cohort).where(Cohort.join_code == code))
    return found


async def run_by(session: AsyncSession, organiser_id: int | None) -> Sequence[Cohort]:
    """Cohorts an organiser runs; every cohort when `organiser_id` is None (admins)."""
    query = select(Cohort).order_by(Cohort.starts_on.desc(), Cohort.id.desc())
    if organiser_id is not None:
        query = query.where(Cohort.organiser_id == organiser_id)
    return (await session.scalars(query)).all()


async def member_counts(session: AsyncSession, cohort_ids: Sequence[int]) -> dict[int, int]:
    rows = await session.execute(
        select(CohortMember.cohort_id, func.count())
        .where(CohortMember.cohort_id.in_(cohort_ids))
        .group_by(CohortMember.cohort_id)
    )
    return {cohort_id: int(count) for cohort_id, count in rows.tuples()}


async def membership(session: AsyncSession, user_id: int) -> CohortMember | None:
    return await session.get(CohortMember, user_id)


async def members(session: AsyncSession, cohort_id: int) -> Sequence[User]:
    return (
        await session.scalars(
            select(User)
            .join(CohortMember, CohortMember.user_id == User.id)
            .where(CohortMember.cohort_id == cohort_id)
            .order_by(User.username)
        )
    ).all()


async def last_activity(session: AsyncSession, user_ids: Sequence[int]) -> dict[int, datetime]:
    """Each learner's latest submission (the index on user_id, created_at answers it)."""
    rows = await session.execute(
        select(Submission.user_id, func.max(Submission.created_at))
        .where(Submission.user_id.in_(user_ids))
        .group_by(Submission.user_id)
    )
    found: dict[int, datetime] = {}
    for user_id, moment in rows.tuples():
        if moment is not None:
            found[user_id] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return found


async def add(session: AsyncSession, cohort: Cohort) -> Cohort:
    session.add(cohort)
    await session.flush()
    return cohort


async def add_member(session: AsyncSession, cohort_id: int, user_id: int) -> None:
    session.add(CohortMember(cohort_id=cohort_id, user_id=user_id))
    await session.flush()


async def remove_member(session: AsyncSession, member: CohortMember) -> None:
    await session.delete(member)
    await session.flush()
