"""The database schema (SQLAlchemy Core). Migrations in `migrations/` build exactly this."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# A chat, channel, feed or file that messages come from.
sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("title", Text),
    Column("crossing", String(60)),  # the crossing the title names, if one
)

# Scrubbed messages only; times are naive UTC.
messages = Table(
    "messages",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False),
    Column("msg_id", String(100), nullable=False),
    Column("ts", DateTime),
    Column("edited_ts", DateTime),
    Column("author", String(64)),  # keyed pseudonym
    Column("text", Text, nullable=False),
    Column("digest", String(32), nullable=False),
    UniqueConstraint("source_id", "msg_id", name="uq_messages_source_msg"),
)
Index("ix_messages_ts", messages.c.ts)

# The facts of `molva extract`, one row per message (replaced when the message changes).
reports = Table(
    "reports",
    metadata,
    Column(
        "message_id",
        BigInteger().with_variant(Integer, "sqlite"),
        ForeignKey("messages.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("source_id", Integer, nullable=False),
    Column("ts", DateTime),
    Column("author", String(64)),
    Column("lang", String(8)),
    Column("kind", String(20), nullable=False),
    Column("crossing", String(60)),
    Column("direction", String(10)),
    Column("wait_low", Float),
    Column("wait_high", Float),
    Column("wait_state", String(10)),
    Column("queue_km", Float),
    Column("vehicles", Integer),
    Column("people", Integer),
    Column("checks", Text, nullable=False, server_default=""),  # space-separated
    Column("mode", Text, nullable=False, server_default=""),  # space-separated
    Column("incident_type", String(20)),
    Column("place_type", String(20)),
    Column("place_name", Text),
    Column("city", String(100)),
    Column("count_low", Float),
    Column("count_high", Float),
    Column("claim", Text),
    Column("confidence", Float, nullable=False),
    Column("throughput", Float),  # vehicles let through per hour
    # the board's sample (fuse/thin.py): rank of a border report within its crossing, direction,
    # hour and kind, or null when the board does not read it
    Column("sample_rank", SmallInteger),
)
Index("ix_reports_crossing_ts", reports.c.crossing, reports.c.ts)
Index("ix_reports_sample_ts", reports.c.ts, sqlite_where=reports.c.sample_rank.is_not(None),
      postgresql_where=reports.c.sample_rank.is_not(None))
Index("ix_reports_kind_ts", reports.c.kind, reports.c.ts)

# The board's counts per crossing, direction and hour (h − 1, h], kept at ingest (fuse/thin.py).
board_hours = Table(
    "board_hours",
    metadata,
    Column("crossing", String(60), primary_key=True),
    Column("direction", String(10), primary_key=True),
    Column("hour", Integer, primary_key=True),  # epoch hours
    Column("reports", Integer, nullable=False),
    Column("latest", DateTime, nullable=False),
    Column("checks", Text, nullable=False, server_default=""),  # "questioning=3 phone_check=1"
)
Index("ix_board_hours_hour", board_hours.c.hour)

# A counter raised by every write that changes what is published: caches key on it.
store_state = Table(
    "store_state",
    metadata,
    Column("key", String(20), primary_key=True),
    Column("value", Integer, nullable=False),
)

# An operator's verdicts on a rumour's claim, with evidence; the newest is its status, all are its history.
claim_status = Table(
    "claim_status",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(200), nullable=False),
    Column("status", String(20), nullable=False),  # unverified | confirmed | denied
    Column("evidence", Text),
    Column("set_at", DateTime, nullable=False),
)
Index("ix_claim_status_claim", claim_status.c.claim_id, claim_status.c.id)
