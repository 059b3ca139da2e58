"""The board's incremental state: hourly counts per crossing and direction, and a sample rank on
border reports (fuse/thin.py); 0004 fills them from the reports already stored.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("sample_rank", sa.SmallInteger))
    op.create_index(
        "ix_reports_sample_ts", "reports", ["ts"],
        sqlite_where=sa.text("sample_rank IS NOT NULL"), postgresql_where=sa.text("sample_rank IS NOT NULL"),
    )
    op.create_table(
        "board_hours",
        sa.Column("crossing", sa.String(60), primary_key=True),
        sa.Column("direction", sa.String(10), primary_key=True),
        sa.Column("hour", sa.Integer, primary_key=True),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("latest", sa.DateTime, nullable=False),
        sa.Column("checks", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_board_hours_hour", "board_hours", ["hour"])
    # the state is built from the stored reports by 0004, once the columns it reads are all there


def downgrade() -> None:
    op.drop_index("ix_board_hours_hour", table_name="board_hours")
    op.drop_table("board_hours")
    op.drop_index("ix_reports_sample_ts", table_name="reports")
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("sample_rank")
