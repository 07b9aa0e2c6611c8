"""The roadmap (sessions, weeks, topics) and each learner's progress on it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, UTCDateTime, sql_in, utcnow

PROGRESS_STATUSES = ("not_started", "in_progress", "done", "skipped")


class RoadmapSession(Base):
    __tablename__ = "roadmap_sessions"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")


class RoadmapWeek(Base):
    __tablename__ = "roadmap_weeks"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("roadmap_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    label: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")


class RoadmapTopic(Base):
    __tablename__ = "roadmap_topics"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    week_id: Mapped[str] = mapped_column(
        ForeignKey("roadmap_weeks.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Lists of short strings / {title, url} objects: read whole, never queried into.
    objectives: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    key_concepts: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    references: Mapped[list[dict[str, str]]] = mapped_column(JSON, nullable=False, default=list)


class TopicProgress(Base):
    """A learner's own statement about a topic; practice completion is derived, not stored."""

    __tablename__ = "topic_progress"
    __table_args__ = (CheckConstraint(sql_in("status", PROGRESS_STATUSES), name="status"),)

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[str] = mapped_column(
        ForeignKey("roadmap_topics.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )
