"""Accounts, refresh tokens, browser sessions and device codes."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, StrEnumText, TimestampMixin, UTCDateTime, sql_in, utcnow


class Role(StrEnum):
    LEARNER = "learner"
    AUTHOR = "author"
    ADMIN = "admin"
    ORGANISER = "organiser"  # runs cohorts (admins may too)


DEFAULT_TIME_ZONE = "UTC"
DEFAULT_DRILL_SIZE = 4
DRILL_SIZE_MIN, DRILL_SIZE_MAX = 1, 10

STAFF = frozenset({Role.AUTHOR, Role.ADMIN})  # may read every submission and editorial


class User(TimestampMixin, Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(sql_in("role", Role), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lowercased: usernames are case-insensitive identifiers.
    username: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    display_name: Mapped[str | None] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    role: Mapped[Role] = mapped_column(StrEnumText(Role, 16), nullable=False, default=Role.LEARNER)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF


class RefreshToken(Base):
    """An opaque refresh token, stored only as its SHA-256; rotated tokens share a family."""

    __tablename__ = "refresh_tokens"
    __table_args__ = (Index("ix_refresh_tokens_family_id", "family_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    family_id: Mapped[uuid.UUID] = mapped_column(Uuid(), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class WebSession(Base):
    """A browser's login: the cookie holds an opaque token, stored here only as its SHA-256.

    Deleting the row logs the browser out at once, unlike a JWT that lives until it expires."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)


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


class LearnerSettings(Base):
    """A learner's time zone (their day follows it) and drill size; no row means defaults."""

    __tablename__ = "learner_settings"
    __table_args__ = (
        CheckConstraint(
            f"drill_size BETWEEN {DRILL_SIZE_MIN} AND {DRILL_SIZE_MAX}", name="drill_size"
        ),
    )

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    time_zone: Mapped[str] = mapped_column(String(64), nullable=False, default=DEFAULT_TIME_ZONE)
    drill_size: Mapped[int] = mapped_column(Integer, nullable=False, default=DEFAULT_DRILL_SIZE)
