"""curriculum: roadmap, quizzes, problem packages

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "quizzes",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quizzes")),
    )
    op.create_table(
        "roadmap_sessions",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_sessions")),
    )
    op.create_table(
        "quiz_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("quiz_id", sa.String(length=64), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "correct >= 0 AND correct <= total", name=op.f("ck_quiz_attempts_score")
        ),
        sa.ForeignKeyConstraint(
            ["quiz_id"],
            ["quizzes.id"],
            name=op.f("fk_quiz_attempts_quiz_id_quizzes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_quiz_attempts_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_attempts")),
    )
    with op.batch_alter_table("quiz_attempts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_quiz_attempts_user_id_quiz_id", ["user_id", "quiz_id"], unique=False
        )

    op.create_table(
        "quiz_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quiz_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('single', 'multiple')", name=op.f("ck_quiz_questions_kind")),
        sa.ForeignKeyConstraint(
            ["quiz_id"],
            ["quizzes.id"],
            name=op.f("fk_quiz_questions_quiz_id_quizzes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quiz_questions")),
        sa.UniqueConstraint("quiz_id", "key", name=op.f("uq_quiz_questions_quiz_id_key")),
    )
    op.create_table(
        "roadmap_weeks",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("session_id", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["roadmap_sessions.id"],
            name=op.f("fk_roadmap_weeks_session_id_roadmap_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_weeks")),
    )
    with op.batch_alter_table("roadmap_weeks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_roadmap_weeks_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "problem_give_ups",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.id"],
            name=op.f("fk_problem_give_ups_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_problem_give_ups_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "problem_id", name=op.f("pk_problem_give_ups")),
    )
    op.create_table(
        "problem_packages",
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("archive", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.id"],
            name=op.f("fk_problem_packages_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("problem_id", name=op.f("pk_problem_packages")),
    )
    op.create_table(
        "roadmap_topics",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("week_id", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("objectives", sa.JSON(), nullable=False),
        sa.Column("key_concepts", sa.JSON(), nullable=False),
        sa.Column("references", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["week_id"],
            ["roadmap_weeks.id"],
            name=op.f("fk_roadmap_topics_week_id_roadmap_weeks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roadmap_topics")),
    )
    with op.batch_alter_table("roadmap_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roadmap_topics_week_id"), ["week_id"], unique=False)

    op.create_table(
        "problem_topics",
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.id"],
            name=op.f("fk_problem_topics_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["roadmap_topics.id"],
            name=op.f("fk_problem_topics_topic_id_roadmap_topics"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("problem_id", "topic_id", name=op.f("pk_problem_topics")),
    )
    with op.batch_alter_table("problem_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_problem_topics_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "quiz_topics",
        sa.Column("quiz_id", sa.String(length=64), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["quiz_id"],
            ["quizzes.id"],
            name=op.f("fk_quiz_topics_quiz_id_quizzes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["roadmap_topics.id"],
            name=op.f("fk_quiz_topics_topic_id_roadmap_topics"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("quiz_id", "topic_id", name=op.f("pk_quiz_topics")),
    )
    with op.batch_alter_table("quiz_topics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quiz_topics_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "topic_progress",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'done', 'skipped')",
            name=op.f("ck_topic_progress_status"),
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["roadmap_topics.id"],
            name=op.f("fk_topic_progress_topic_id_roadmap_topics"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_topic_progress_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "topic_id", name=op.f("pk_topic_progress")),
    )
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.add_column(sa.Column("package_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:

    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.drop_column("package_hash")

    op.drop_table("topic_progress")
    with op.batch_alter_table("quiz_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quiz_topics_topic_id"))

    op.drop_table("quiz_topics")
    with op.batch_alter_table("problem_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_problem_topics_topic_id"))

    op.drop_table("problem_topics")
    with op.batch_alter_table("roadmap_topics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roadmap_topics_week_id"))

    op.drop_table("roadmap_topics")
    op.drop_table("problem_packages")
    op.drop_table("problem_give_ups")
    with op.batch_alter_table("roadmap_weeks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roadmap_weeks_session_id"))

    op.drop_table("roadmap_weeks")
    op.drop_table("quiz_questions")
    with op.batch_alter_table("quiz_attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_quiz_attempts_user_id_quiz_id")

    op.drop_table("quiz_attempts")
    op.drop_table("roadmap_sessions")
    op.drop_table("quizzes")
