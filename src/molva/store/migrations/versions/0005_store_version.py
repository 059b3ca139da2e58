"""The store's version: a counter raised by every write that changes what is published, so
that caches of pages and API answers know when to refresh.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "store_state",
        sa.Column("key", sa.String(20), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.bulk_insert(table, [{"key": "version", "value": 1}])


def downgrade() -> None:
    op.drop_table("store_state")
