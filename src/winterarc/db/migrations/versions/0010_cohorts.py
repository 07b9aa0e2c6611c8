"""cohorts, leaderboards, personal notes, practice preferences and the organiser role

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ROLES = "role IN ('learner', 'author', 'admin')"
NEW_ROLES = "role IN ('learner', 'author', 'admin', 'organiser')"


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
    )


def _problem_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["problem_id"],
        ["problems.id"],
        name=op.f(f"fk_{table}_problem_id_problems"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint(op.f("ck_users_role"), type_="check")
        batch.create_check_constraint(op.f("ck_users_role"), NEW_ROLES)
    op.create_table(
        "cohorts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("organiser_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("schedule", sa.JSON(), nullable=False),
        sa.Column("join_code", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["users.id"],
            name=op.f("fk_cohorts_organiser_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohorts")),
        sa.UniqueConstraint("join_code", name=op.f("uq_cohorts_join_code")),
    )
    op.create_index("ix_cohorts_organiser_id", "cohorts", ["organiser_id"])
    op.create_table(
        "cohort_members",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohorts.id"],
            name=op.f("fk_cohort_members_cohort_id_cohorts"),
            ondelete="CASCADE",
        ),
        _user_fk("cohort_members"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_cohort_members")),
    )
    op.create_index("ix_cohort_members_cohort_id", "cohort_members", ["cohort_id"])
    op.create_table(
        "user_preferences",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("hide_difficulty", sa.Boolean(), nullable=False),
        sa.Column("leaderboard_opt_out", sa.Boolean(), nullable=False),
        _user_fk("user_preferences"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_preferences")),
    )
    op.create_table(
        "problem_notes",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _user_fk("problem_notes"),
        _problem_fk("problem_notes"),
        sa.PrimaryKeyConstraint("user_id", "problem_id", name=op.f("pk_problem_notes")),
    )
    op.create_table(
        "leaderboard_solves",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("solved_at", sa.DateTime(timezone=True), nullable=False),
        _user_fk("leaderboard_solves"),
        _problem_fk("leaderboard_solves"),
        sa.PrimaryKeyConstraint("user_id", "problem_id", name=op.f("pk_leaderboard_solves")),
    )
    op.create_table(
        "leaderboard_scores",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("solved", sa.Integer(), nullable=False),
        _user_fk("leaderboard_scores"),
        sa.PrimaryKeyConstraint("user_id", "period", name=op.f("pk_leaderboard_scores")),
    )
    op.create_index(
        "ix_leaderboard_scores_period_score", "leaderboard_scores", ["period", "score", "user_id"]
    )
    # Solves from before this release count all-time (weekly boards start empty).
    op.execute(
        "INSERT INTO leaderboard_solves (user_id, problem_id, points, solved_at) "
        "SELECT s.user_id, s.problem_id, "
        "CASE p.difficulty WHEN 'hard' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END, "
        "MIN(COALESCE(s.judged_at, s.created_at)) "
        "FROM submissions s JOIN problems p ON p.id = s.problem_id "
        "WHERE s.verdict = 'AC' GROUP BY s.user_id, s.problem_id, p.difficulty"
    )
    op.execute(
        "INSERT INTO leaderboard_scores (user_id, period, score, solved) "
        "SELECT user_id, 'all', SUM(points), COUNT(*) FROM leaderboard_solves GROUP BY user_id"
    )


def downgrade() -> None:
    op.drop_index("ix_leaderboard_scores_period_score", table_name="leaderboard_scores")
    op.drop_table("leaderboard_scores")
    op.drop_table("leaderboard_solves")
    op.drop_table("problem_notes")
    op.drop_table("user_preferences")
    op.drop_index("ix_cohort_members_cohort_id", table_name="cohort_members")
    op.drop_table("cohort_members")
    op.drop_index("ix_cohorts_organiser_id", table_name="cohorts")
    op.drop_table("cohorts")
    op.execute("UPDATE users SET role = 'learner' WHERE role = 'organiser'")
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint(op.f("ck_users_role"), type_="check")
        batch.create_check_constraint(op.f("ck_users_role"), OLD_ROLES)
