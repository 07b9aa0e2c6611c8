"""content versions: the catalogue's version stamp, read by each process's catalogue cache

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from winterarc.db.base import UTCDateTime, utcnow
from winterarc.db.content_version import CATALOGUE, new_stamp

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


_versions = sa.table(
    "content_versions",
    sa.column("name", sa.String()),
    sa.column("version", sa.BigInteger()),
    sa.column("changed_at", UTCDateTime()),
)


def upgrade() -> None:
    op.create_table(
        "content_versions",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_content_versions")),
    )
    # Stamped at once: a reader never meets a missing row on a migrated database.
    op.bulk_insert(_versions, [{"name": CATALOGUE, "version": new_stamp(), "changed_at": utcnow()}])


def downgrade() -> None:
    op.drop_table("content_versions")
