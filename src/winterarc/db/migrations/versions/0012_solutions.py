"""solutions: learners' shared accepted solutions with write-ups, and their upvotes

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shared_solutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("writeup", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("hidden_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("hidden_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["hidden_by_id"],
            ["users.id"],
            name=op.f("fk_shared_solutions_hidden_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.id"],
            name=op.f("fk_shared_solutions_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["submissions.id"],
            name=op.f("fk_shared_solutions_submission_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_shared_solutions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_solutions")),
        sa.UniqueConstraint(
            "problem_id", "user_id", name=op.f("uq_shared_solutions_problem_id_user_id")
        ),
    )
    with op.batch_alter_table("shared_solutions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_shared_solutions_problem_id_created_at", ["problem_id", "created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_shared_solutions_submission_id"), ["submission_id"], unique=False
        )

    op.create_table(
        "solution_votes",
        sa.Column("shared_solution_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["shared_solution_id"],
            ["shared_solutions.id"],
            name=op.f("fk_solution_votes_shared_solution_id_shared_solutions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_solution_votes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("shared_solution_id", "user_id", name=op.f("pk_solution_votes")),
    )
    with op.batch_alter_table("solution_votes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_solution_votes_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("solution_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_solution_votes_user_id"))

    op.drop_table("solution_votes")
    with op.batch_alter_table("shared_solutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shared_solutions_submission_id"))
        batch_op.drop_index("ix_shared_solutions_problem_id_created_at")

    op.drop_table("shared_solutions")
