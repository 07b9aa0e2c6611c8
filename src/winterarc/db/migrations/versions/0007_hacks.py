"""hacks: learners' hacks, shared and hacked submissions

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "hacks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("hacker_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.Column("input", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("verdict", sa.String(length=3), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("expected", sa.Text(), nullable=False),
        sa.Column("package_hash", sa.String(length=64), nullable=False),
        sa.Column("added_as", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('successful', 'failed')", name=op.f("ck_hacks_status")),
        sa.CheckConstraint(
            "verdict IN ('AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'IE')",
            name=op.f("ck_hacks_verdict"),
        ),
        sa.ForeignKeyConstraint(
            ["hacker_id"], ["users.id"], name=op.f("fk_hacks_hacker_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["problems.id"],
            name=op.f("fk_hacks_problem_id_problems"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["submissions.id"],
            name=op.f("fk_hacks_target_id_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hacks")),
    )
    with op.batch_alter_table("hacks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_hacks_hacker_id_created_at", ["hacker_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_hacks_problem_id_created_at", ["problem_id", "created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_hacks_target_id"), ["target_id"], unique=False)

    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shared", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("hacked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_column("hacked_at")
        batch_op.drop_column("shared")

    with op.batch_alter_table("hacks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hacks_target_id"))
        batch_op.drop_index("ix_hacks_problem_id_created_at")
        batch_op.drop_index("ix_hacks_hacker_id_created_at")

    op.drop_table("hacks")
