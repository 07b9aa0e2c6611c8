"""A learner's practice preferences (one row per learner who changed a default)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base


class Preferences(Base):
    __tablename__ = "user_preferences"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    hide_difficulty: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Opted-out learners vanish from every leaderboard (their own rank is still shown to them).
    leaderboard_opt_out: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
