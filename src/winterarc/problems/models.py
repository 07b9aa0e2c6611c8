"""Problems, their labels (tags and patterns) and the roadmap topics they practise."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from winterarc.db.base import Base, TimestampMixin, UTCDateTime, sql_in, utcnow
from winterarc.judge.packages import Difficulty

DIFFICULTIES = tuple(difficulty.value for difficulty in Difficulty)
PROBLEM_TYPES = ("stdio", "function", "design", "sql", "lab")
CHECKERS = ("exact", "tokens", "float", "unordered", "custom")
TAG_KINDS = ("tag", "pattern")


class Problem(TimestampMixin, Base):
    __tablename__ = "problems"
    __table_args__ = (
        CheckConstraint(sql_in("difficulty", DIFFICULTIES), name="difficulty"),
        CheckConstraint(sql_in("type", PROBLEM_TYPES), name="type"),
        CheckConstraint(sql_in("checker", CHECKERS), name="checker"),
        CheckConstraint("time_limit_ms BETWEEN 100 AND 10000", name="time_limit_ms"),
        CheckConstraint("memory_limit_mb BETWEEN 16 AND 1024", name="memory_limit_mb"),
        # The catalogue's default order and the difficulty filter both use this index.
        Index("ix_problems_difficulty_id", "difficulty", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    difficulty: Mapped[str] = mapped_column(String(8), nullable=False)
    type: Mapped[str] = mapped_column(String(8), nullable=False, default="stdio")
    checker: Mapped[str] = mapped_column(String(16), nullable=False, default="tokens")
    float_tolerance: Mapped[float | None] = mapped_column(Float)
    time_limit_ms: Mapped[int] = mapped_column(Integer, nullable=False, default=1000)
    memory_limit_mb: Mapped[int] = mapped_column(Integer, nullable=False, default=256)
    statement: Mapped[str] = mapped_column(Text, nullable=False, default="")
    editorial: Mapped[str] = mapped_column(Text, nullable=False, default="")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    # Set for problems that come from a package (content sync or upload): the judge needs it.
    package_hash: Mapped[str | None] = mapped_column(String(64))


class ProblemPackage(Base):
    """The package a problem is judged with, as a zip (small: big tests come from generators)."""

    __tablename__ = "problem_packages"

    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), primary_key=True
    )
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    archive: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class GiveUp(Base):
    """A learner chose to see the editorial without solving the problem."""

    __tablename__ = "problem_give_ups"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class Tag(Base):
    """A label on problems: a data structure/technique (kind "tag") or a pattern."""

    __tablename__ = "tags"
    __table_args__ = (
        UniqueConstraint("kind", "name"),
        CheckConstraint(sql_in("kind", TAG_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    name: Mapped[str] = mapped_column(String(48), nullable=False)


class ProblemTag(Base):
    __tablename__ = "problem_tags"
    # The primary key serves "tags of a problem"; this index serves "problems with a tag".
    __table_args__ = (Index("ix_problem_tags_tag_id_problem_id", "tag_id", "problem_id"),)

    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class ProblemTopic(Base):
    """Which roadmap topics a problem practises."""

    __tablename__ = "problem_topics"

    problem_id: Mapped[int] = mapped_column(
        ForeignKey("problems.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[str] = mapped_column(
        ForeignKey("roadmap_topics.id", ondelete="CASCADE"), primary_key=True, index=True
    )
