"""Throughput statements: vehicles let through per hour ("пропускают 40 машин в час"); then the
board's state (0003) is built from the reports already stored.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from molva.store import summary

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("throughput", sa.Float))
    summary.rebuild(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("throughput")
