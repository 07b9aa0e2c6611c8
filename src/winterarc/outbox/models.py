"""The transactional outbox: messages written with the data they describe, published later."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, UTCDateTime, utcnow


class OutboxEvent(Base):
    __tablename__ = "outbox_events"
    __table_args__ = (
        Index("ix_outbox_events_published_at_id", "published_at", "id"),
        Index("ix_outbox_events_fair_key_settled_at", "fair_key", "settled_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    queue: Mapped[str] = mapped_column(String(64), nullable=False)
    message_id: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Whose work the message starts (e.g. "user:42"): the relay keeps only a few of one key's
    # messages in the broker at once, so one learner's burst cannot queue ahead of everyone.
    fair_key: Mapped[str | None] = mapped_column(String(64))
    # When the consumer finished with it (the verdict's transaction): it no longer counts.
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
