"""Storage: SQLAlchemy Core schema, Alembic migrations and the Store."""

from molva.store.db import Store, WriteCounts

__all__ = ["Store", "WriteCounts"]
