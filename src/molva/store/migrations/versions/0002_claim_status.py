"""Claim status: an operator's verdicts on rumours, with evidence and history.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_status",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("claim_id", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("evidence", sa.Text),
        sa.Column("set_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_claim_status_claim", "claim_status", ["claim_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_claim_status_claim", table_name="claim_status")
    op.drop_table("claim_status")
