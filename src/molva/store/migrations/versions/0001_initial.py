"""Initial schema: sources, messages, reports.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer, "sqlite")


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("crossing", sa.String(60)),
    )
    op.create_table(
        "messages",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column(
            "source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("msg_id", sa.String(100), nullable=False),
        sa.Column("ts", sa.DateTime),
        sa.Column("edited_ts", sa.DateTime),
        sa.Column("author", sa.String(64)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("digest", sa.String(32), nullable=False),
        sa.UniqueConstraint("source_id", "msg_id", name="uq_messages_source_msg"),
    )
    op.create_index("ix_messages_ts", "messages", ["ts"])
    op.create_table(
        "reports",
        sa.Column(
            "message_id", ID, sa.ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("ts", sa.DateTime),
        sa.Column("author", sa.String(64)),
        sa.Column("lang", sa.String(8)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("crossing", sa.String(60)),
        sa.Column("direction", sa.String(10)),
        sa.Column("wait_low", sa.Float),
        sa.Column("wait_high", sa.Float),
        sa.Column("wait_state", sa.String(10)),
        sa.Column("queue_km", sa.Float),
        sa.Column("vehicles", sa.Integer),
        sa.Column("people", sa.Integer),
        sa.Column("checks", sa.Text, nullable=False, server_default=""),
        sa.Column("mode", sa.Text, nullable=False, server_default=""),
        sa.Column("incident_type", sa.String(20)),
        sa.Column("place_type", sa.String(20)),
        sa.Column("place_name", sa.Text),
        sa.Column("city", sa.String(100)),
        sa.Column("count_low", sa.Float),
        sa.Column("count_high", sa.Float),
        sa.Column("claim", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_reports_crossing_ts", "reports", ["crossing", "ts"])
    op.create_index("ix_reports_kind_ts", "reports", ["kind", "ts"])


def downgrade() -> None:
    op.drop_table("reports")
    op.drop_table("messages")
    op.drop_table("sources")
