"""Shared solutions: a learner's accepted submission with a short write-up, and its upvotes."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, UTCDateTime, utcnow


class SharedSolution(Base):
    __tablename__ = "shared_solutions"
    __table_args__ = (
        # One post per learner and problem: sharing again replaces it.
        UniqueConstraint("problem_id", "user_id"),
        Index("ix_shared_solutions_problem_id_created_at", "problem_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    submission_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    writeup: Mapped[str] = mapped_column(Text, nullable=False)  # Markdown, rendered sanitised
    # Kept up to date with the votes table, so a page sorts by it without counting.
    votes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    hidden_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class SolutionVote(Base):
    __tablename__ = "solution_votes"

    shared_solution_id: Mapped[int] = mapped_column(
        ForeignKey("shared_solutions.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
