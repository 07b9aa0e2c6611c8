"""Device authorization codes (RFC 8628): how `winterarc login` gets tokens without a password."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, StrEnumText, UTCDateTime, sql_in, utcnow


class DeviceCodeState(StrEnum):
    PENDING = "pending"  # waiting for the learner to approve or deny it
    APPROVED = "approved"  # approved; the next poll gets the tokens
    DENIED = "denied"
    USED = "used"  # tokens issued: a code is good for one login only


class DeviceCode(Base):
    """One login in progress. Both codes are stored only as SHA-256, like refresh tokens."""

    __tablename__ = "device_codes"
    __table_args__ = (CheckConstraint(sql_in("state", DeviceCodeState), name="state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_code_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    user_code_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    state: Mapped[DeviceCodeState] = mapped_column(
        StrEnumText(DeviceCodeState, 16), nullable=False, default=DeviceCodeState.PENDING
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    interval_seconds: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
