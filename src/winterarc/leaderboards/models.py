"""Leaderboard tables, maintained incrementally when a verdict is stored (docs/cohorts.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, UTCDateTime

ALL_TIME = "all"  # the period of all-time scores; weekly periods are their Monday, YYYY-MM-DD


class LeaderboardSolve(Base):
    """A learner's first accepted solution of a problem: only the first one scores."""

    __tablename__ = "leaderboard_solves"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), primary_key=True
    )
    points: Mapped[int] = mapped_column(Integer, nullable=False)
    solved_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class LeaderboardScore(Base):
    """A learner's score in one period: all time, or one UTC week (Monday to Sunday)."""

    __tablename__ = "leaderboard_scores"
    # Reading the top of a board and counting who is ahead are both ranges of this index.
    __table_args__ = (Index("ix_leaderboard_scores_period_score", "period", "score", "user_id"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    solved: Mapped[int] = mapped_column(Integer, nullable=False)
