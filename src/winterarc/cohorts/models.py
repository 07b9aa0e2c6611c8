"""Cohorts: a group of learners following the roadmap on one schedule, run by an organiser."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, TimestampMixin, UTCDateTime, utcnow


class Cohort(TimestampMixin, Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    organiser_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    # [{"week_id": ..., "starts_on": "YYYY-MM-DD"}, ...] in date order; empty means the default
    # (one roadmap week per 7 days from starts_on). Read whole, never queried into.
    schedule: Mapped[list[dict[str, str]]] = mapped_column(JSON, nullable=False, default=list)
    join_code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)


class CohortMember(Base):
    """A learner belongs to at most one cohort: it decides their current week."""

    __tablename__ = "cohort_members"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    cohort_id: Mapped[int] = mapped_column(
        ForeignKey("cohorts.id", ondelete="CASCADE"), nullable=False, index=True
    )
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
