"""The embedded pub/sub's event log, tailed by every API process (workers are processes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, UTCDateTime, utcnow


class LiveEvent(Base):
    __tablename__ = "live_events"
    __table_args__ = (
        Index("ix_live_events_channel_id", "channel", "id"),
        Index("ix_live_events_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(96), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
