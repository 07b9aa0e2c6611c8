"""The daily loop's state: each learner's drill per local day, the lapses they declared on
drill items (giving up) and their streaks as last computed. Their day settings live with the
account (auth.models)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.auth.models import (
    DEFAULT_DRILL_SIZE,
    DEFAULT_TIME_ZONE,
    DRILL_SIZE_MAX,
    DRILL_SIZE_MIN,
    LearnerSettings,
)
from winterarc.db.base import Base, UTCDateTime, utcnow

__all__ = [
    "DEFAULT_DRILL_SIZE",
    "DEFAULT_TIME_ZONE",
    "DRILL_SIZE_MAX",
    "DRILL_SIZE_MIN",
    "DailyDrill",
    "DrillGiveUp",
    "LearnerSettings",
    "LearnerStreak",
]


class DailyDrill(Base):
    """The drill of one learner's local day, frozen when first built so it stays the same all
    day. Items are small dicts (kind, target, reason) read whole, never queried into."""

    __tablename__ = "daily_drills"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class DrillGiveUp(Base):
    """The learner gave up on a drill item: a lapse in its review schedule."""

    __tablename__ = "drill_give_ups"
    __table_args__ = (Index("ix_drill_give_ups_user_id_created_at", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), nullable=False
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class LearnerStreak(Base):
    """A learner's streaks, recomputed from their history in every transaction that can change
    them (service.refresh_streak), so boards read one row per learner instead of histories.
    `current` is the run ending on `last_day`: it is alive only while `last_day` is the
    learner's local today or yesterday (streaks.StreakRecord.current_on)."""

    __tablename__ = "learner_streaks"
    # The week's board (streaks still alive) and the all-time board (longest first).
    __table_args__ = (
        Index("ix_learner_streaks_alive_until", "alive_until"),
        Index("ix_learner_streaks_longest", "longest", "user_id"),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    current: Mapped[int] = mapped_column(Integer, nullable=False)
    longest: Mapped[int] = mapped_column(Integer, nullable=False)
    last_day: Mapped[date | None] = mapped_column(Date)
    # When `current` dies (streaks.alive_until: last_day + 2 starts in the learner's zone).
    alive_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
