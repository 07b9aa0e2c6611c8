"""Hacks: an input, the accepted submission it targets, and what the judge said."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, StrEnumText, UTCDateTime, sql_in, utcnow
from winterarc.judge import Verdict


class HackStatus(StrEnum):
    SUCCESSFUL = "successful"  # the target failed on the input
    FAILED = "failed"  # the target answered it correctly


class Hack(Base):
    __tablename__ = "hacks"
    __table_args__ = (
        CheckConstraint(sql_in("status", HackStatus), name="status"),
        CheckConstraint(sql_in("verdict", Verdict), name="verdict"),
        # Authors list a problem's hacks newest first; learners their own.
        Index("ix_hacks_problem_id_created_at", "problem_id", "created_at"),
        Index("ix_hacks_hacker_id_created_at", "hacker_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), nullable=False
    )
    hacker_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    target_id: Mapped[uuid.UUID] = mapped_column(
        Uuid(), ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    input: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[HackStatus] = mapped_column(StrEnumText(HackStatus, 16), nullable=False)
    verdict: Mapped[Verdict] = mapped_column(StrEnumText(Verdict, 3), nullable=False)
    message: Mapped[str | None] = mapped_column(Text)
    # The reference's answer as a test file holds it (stdio: the .out text; else JSON).
    expected: Mapped[str] = mapped_column(Text, nullable=False)
    package_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    # Set once an author made it a test of the package (the test's name).
    added_as: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
