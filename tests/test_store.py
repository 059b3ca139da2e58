"""The store on SQLite and PostgreSQL: migrations, upserts, edits, round trips."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from molva.records import Message, Report, Source
from molva.store import Store
from molva.store.schema import metadata

T0 = datetime(2022, 9, 26, 10, 0, tzinfo=UTC)
SRC = Source(key="telegram:1", kind="telegram", title="Верхний Ларс")


def msg(mid: str, text: str, edited: datetime | None = None) -> Message:
    return Message(source=SRC.key, msg_id=mid, ts=T0, text=text, author="p1", edited_ts=edited)


def rep(mid: str, wait: float | tuple[float, float] | None) -> Report:
    return Report(id=mid, kind="border", crossing="verkhny-lars", wait_hours=wait,
                  wait_state="done" if wait else None, checks=("phone_check",), confidence=0.8)


def test_migrations_build_exactly_the_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    assert set(sa.inspect(store.engine).get_table_names()) >= {"sources", "messages", "reports"}


def test_migrate_twice_is_harmless(store: Store) -> None:
    store.migrate()
    assert store.counts() == {"sources": 0, "messages": 0, "reports": 0}


def test_write_is_idempotent(store: Store) -> None:
    sid = store.source_id(SRC, "verkhny-lars")
    batch = [(msg("1", "прошли за 5 ч"), rep("1", 5)), (msg("2", "привет"), None)]
    first = store.write(sid, batch)
    second = store.write(sid, batch)
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    assert (second.new, second.updated, second.unchanged) == (0, 0, 2)
    assert store.counts() == {"sources": 1, "messages": 2, "reports": 1}


def test_edit_replaces_message_and_report(store: Store) -> None:
    sid = store.source_id(SRC)
    store.write(sid, [(msg("1", "прошли за 5 ч"), rep("1", 5))])
    counts = store.write(sid, [(msg("1", "прошли за 7 ч", T0 + timedelta(minutes=3)), rep("1", 7))])
    assert counts.updated == 1
    [m] = store.messages()
    assert m.text == "прошли за 7 ч" and m.edited_ts == T0 + timedelta(minutes=3)
    [e] = store.border_evidence(T0 - timedelta(hours=1), T0)
    assert e.report.wait_hours == 7
    assert store.counts()["reports"] == 1


def test_same_message_id_in_two_sources_is_two_messages(store: Store) -> None:
    a = store.source_id(SRC)
    b = store.source_id(Source(key="telegram:2", kind="telegram", title="Кяхта"))
    store.write(a, [(msg("1", "x"), None)])
    store.write(b, [(msg("1", "x"), None)])
    assert store.counts()["messages"] == 2


def test_evidence_respects_time_bounds(store: Store) -> None:
    sid = store.source_id(SRC)
    store.write(sid, [(msg("1", "прошли за 5 ч"), rep("1", 5))])
    assert store.border_evidence(T0 - timedelta(hours=1), T0 - timedelta(seconds=1)) == []
    assert len(store.border_evidence(T0 - timedelta(hours=1), T0)) == 1
    assert store.known_crossings(T0) == [("verkhny-lars", "exit")]
    assert store.known_crossings(T0 - timedelta(seconds=1)) == []


waits = st.one_of(
    st.none(),
    st.floats(min_value=0.1, max_value=200, allow_nan=False).map(lambda x: round(x, 2)),
    st.tuples(st.integers(1, 50), st.integers(51, 120)).map(lambda t: (float(t[0]), float(t[1]))),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    wait=waits,
    checks=st.lists(st.sampled_from(["questioning", "phone_check", "military_id"]), unique=True),
    text=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40),
)
def test_reports_survive_the_store(store: Store, wait, checks, text) -> None:  # type: ignore[no-untyped-def]
    sid = store.source_id(SRC)
    mid = str(abs(hash((wait, tuple(checks), text))))
    r = Report(id=mid, kind="border", crossing="kyakhta", direction="exit", wait_hours=wait,
               wait_state="done" if wait is not None else None, queue_km=12.5, vehicles=300,
               checks=tuple(checks), mode=("foot",), confidence=0.7)
    store.write(sid, [(msg(mid, text), r)])
    got = {e.report.id: e for e in store.border_evidence(T0 - timedelta(hours=1), T0)}
    stored = [e.report for e in got.values() if e.report.crossing == "kyakhta"]
    assert any(
        s.wait_hours == wait and s.checks == tuple(checks) and s.mode == ("foot",)
        and s.queue_km == 12.5 and s.vehicles == 300
        for s in stored
    )
    assert [m.text for m in store.messages() if m.msg_id == mid] == [text]


def test_version_changes_only_when_something_published_changes(store: Store) -> None:
    sid = store.source_id(SRC, "verkhny-lars")
    v0 = store.version()
    batch = [(msg("1", "прошли за 5 ч"), rep("1", 5))]
    store.write(sid, batch)
    v1 = store.version()
    store.write(sid, batch)  # the same again: nothing changed, caches stay valid
    assert v1 > v0 and store.version() == v1
    store.write(sid, [(msg("1", "прошли за 7 ч", T0 + timedelta(minutes=3)), rep("1", 7))])
    v2 = store.version()
    assert v2 > v1
    store.set_verdict("abc", "denied", "https://example.org/x", T0)
    assert store.version() > v2


def test_on_foot_reads_reports_about_people_on_foot(store: Store) -> None:
    sid = store.source_id(SRC, "verkhny-lars")
    foot = Report(id="1", kind="border", crossing="verkhny-lars", mode=("foot",), confidence=0.8)
    car = Report(id="2", kind="border", crossing="verkhny-lars", wait_hours=5.0, wait_state="done",
                 confidence=0.8)
    store.write(sid, [(msg("1", "пешком пропускают"), foot), (msg("2", "прошли за 5 ч"), car)])
    [(crossing, ts, checks)] = store.on_foot(T0 - timedelta(hours=1), T0)
    assert crossing == "verkhny-lars" and ts == T0 and checks == ()
    assert store.on_foot(T0, T0 + timedelta(hours=1)) == []
