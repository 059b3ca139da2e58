"""Shared fixtures: heavy components built once; a fresh store on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from molva.api import Molva
from molva.settings import Settings
from molva.store import Store
from molva.understand import Extractor, Gazetteer

PG_URL = os.environ.get("MOLVA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer()


@pytest.fixture(scope="session")
def extractor(gazetteer: Gazetteer) -> Extractor:
    return Extractor(gazetteer)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[sa.engine.URL]:
    """A reachable PostgreSQL server, or a skip (a failure when MOLVA_REQUIRE_PG is set)."""
    url = sa.engine.make_url(PG_URL)
    try:
        engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        engine.dispose()
    except Exception as e:  # noqa: BLE001 - any failure to connect means "no server"
        if os.environ.get("MOLVA_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL required (MOLVA_REQUIRE_PG) but unreachable at {PG_URL}: {e}")
        pytest.skip(f"PostgreSQL unreachable at {PG_URL}")
    yield url


@pytest.fixture
def pg_url(pg_server: sa.engine.URL) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"molva_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg_server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'molva.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    yield s
    s.close()


@pytest.fixture
def molva(db_url: str, tmp_path: Path, gazetteer: Gazetteer, extractor: Extractor) -> Iterator[Molva]:
    m = Molva(Settings(db=db_url, secret="test-secret", secret_file=str(tmp_path / "secret")))
    m.__dict__["gazetteer"] = gazetteer  # share the session's built objects
    m.__dict__["extractor"] = extractor
    yield m
    m.close()
