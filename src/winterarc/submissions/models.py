"""Submissions and their per-test results, written by the judge workers."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import false

from winterarc.db.base import Base, StrEnumText, UTCDateTime, sql_in, utcnow
from winterarc.judge import Verdict


class SubmissionStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"


class Submission(Base):
    __tablename__ = "submissions"
    __table_args__ = (
        CheckConstraint(sql_in("status", SubmissionStatus), name="status"),
        CheckConstraint(f"verdict IS NULL OR {sql_in('verdict', Verdict)}", name="verdict"),
        CheckConstraint("language = 'python' OR language = 'sql'", name="language"),
        # A final verdict exists exactly when the submission is done.
        CheckConstraint("(status = 'done') = (verdict IS NOT NULL)", name="done_has_verdict"),
        UniqueConstraint("user_id", "idempotency_key"),
        Index("ix_submissions_user_id_created_at_id", "user_id", "created_at", "id"),
        Index("ix_submissions_problem_id_verdict", "problem_id", "verdict"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True, default=uuid.uuid4)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), nullable=False
    )
    language: Mapped[str] = mapped_column(String(16), nullable=False, default="python")
    source: Mapped[str] = mapped_column(Text, nullable=False)
    # A lab's files by name (source then holds them joined, for display and idempotency).
    files: Mapped[dict[str, str] | None] = mapped_column(JSON)
    status: Mapped[SubmissionStatus] = mapped_column(
        StrEnumText(SubmissionStatus, 8), nullable=False, default=SubmissionStatus.QUEUED
    )
    verdict: Mapped[Verdict | None] = mapped_column(StrEnumText(Verdict, 3))
    message: Mapped[str | None] = mapped_column(Text)
    cpu_ms: Mapped[float | None] = mapped_column(Float)
    memory_kb: Mapped[int | None] = mapped_column(Integer)
    idempotency_key: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    judged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Hacks (winterarc.hacks): its owner lets other solvers hack it; when a hack broke it.
    shared: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    hacked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SubmissionTest(Base):
    __tablename__ = "submission_tests"
    __table_args__ = (
        UniqueConstraint("submission_id", "ordinal"),
        CheckConstraint(sql_in("verdict", Verdict), name="verdict"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False
    )
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    verdict: Mapped[Verdict] = mapped_column(StrEnumText(Verdict, 3), nullable=False)
    cpu_ms: Mapped[float] = mapped_column(Float, nullable=False)
    wall_ms: Mapped[float] = mapped_column(Float, nullable=False)
    memory_kb: Mapped[int] = mapped_column(Integer, nullable=False)
    message: Mapped[str | None] = mapped_column(Text)
    # Samples keep their input, expected and actual text for display; hidden tests never do.
    sample: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    data: Mapped[dict[str, str] | None] = mapped_column(JSON)


class HiddenTestReveal(Base):
    """The one hidden test a learner has revealed on a problem (help after failing): one per
    learner and problem, so failing on purpose never uncovers a second."""

    __tablename__ = "hidden_test_reveals"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), primary_key=True
    )
    test_name: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
