"""labs: the lab problem type and the files of a lab submission

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_TYPES = "type IN ('stdio', 'function', 'design', 'sql')"
NEW_TYPES = "type IN ('stdio', 'function', 'design', 'sql', 'lab')"


def upgrade() -> None:
    # batch mode: SQLite cannot alter a CHECK constraint in place, so the table is rebuilt.
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_problems_type"), type_="check")
        batch_op.create_check_constraint(op.f("ck_problems_type"), sa.text(NEW_TYPES))
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("files", sa.JSON(), nullable=True))


def downgrade() -> None:
    # Lab problems cannot exist under the old constraint: their submissions go with them.
    op.execute("DELETE FROM problems WHERE type = 'lab'")
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_column("files")
    with op.batch_alter_table("problems", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_problems_type"), type_="check")
        batch_op.create_check_constraint(op.f("ck_problems_type"), sa.text(OLD_TYPES))
