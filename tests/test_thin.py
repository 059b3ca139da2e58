"""The board's incremental state: the choice of sampled reports (pure) and the store's hourly
counts and sample on SQLite and PostgreSQL, checked against counting everything directly."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from molva.fuse import estimate_board
from molva.fuse.thin import PER_HOUR, Row, board_sample, choose, hour_end, hour_of, split_window
from molva.records import Message, Report, Source
from molva.store import Store
from molva.store.schema import board_hours, reports

T0 = datetime(2022, 9, 26, 10, 0, tzinfo=UTC)


def t(h: float) -> datetime:
    return T0 + timedelta(hours=h)


@pytest.mark.parametrize(
    ("ts", "bucket_end"),
    [
        (t(0), t(0)),  # a whole hour belongs to the hour it ends
        (t(0.01), t(1)),
        (t(0.99), t(1)),
        (t(1), t(1)),
    ],
)
def test_hour_buckets_are_closed_at_their_end(ts: datetime, bucket_end: datetime) -> None:
    assert hour_end(hour_of(ts)) == bucket_end


@pytest.mark.parametrize(
    ("since", "until", "whole", "edges"),
    [
        (t(-48), t(0), (t(-47), t(0)), []),
        (t(-47.5), t(0.25), (t(-46), t(0)), [(t(-47.5), t(-47)), (t(0), t(0.25))]),
        (t(0.25), t(0.75), None, [(t(0.25), t(0.75))]),
        (t(0), t(1.5), (t(1), t(1)), [(t(1), t(1.5))]),
    ],
)
def test_split_window(since, until, whole, edges) -> None:  # type: ignore[no-untyped-def]
    first, last, got = split_window(since, until)
    if whole is None:
        assert first > last
    else:
        assert (hour_end(first), hour_end(last)) == whole
    assert got == edges


def row(key: int, author: str | None, kind: str = "done", direction: str | None = "exit",
        mode: tuple[str, ...] = ()) -> Row:
    return Row(key=key, direction=direction, author=author, rank=f"{key * 7919 % 1000:04d}",
               wait=kind in ("done", "ongoing"), ongoing=kind == "ongoing", length=kind == "length",
               mode=mode)


def test_choice_keeps_at_most_per_hour_of_each_kind() -> None:
    rows = [row(k, f"a{k}", kind) for k in range(60) for kind in ["done", "length", "ongoing"][k % 3 :][:1]]
    chosen = choose(rows)
    kinds = Counter(next(r for r in rows if r.key == k).wait for k in chosen)
    assert len(chosen) == 3 * PER_HOUR and sorted(chosen.values()) == sorted(list(range(PER_HOUR)) * 3)
    assert kinds[True] == 2 * PER_HOUR


def test_choice_takes_one_report_per_pseudonym_before_a_second() -> None:
    burst = [row(k, "spammer") for k in range(100)]
    others = [row(1000 + k, f"p{k}") for k in range(PER_HOUR - 1)]
    chosen = choose(burst + others)
    assert sum(k < 100 for k in chosen) == 1 and len(chosen) == PER_HOUR


@pytest.mark.parametrize(
    ("r", "kept"),
    [
        (row(1, "a", mode=("foot",)), False),  # people on foot pass the queue of cars
        (row(2, "a", "other"), False),  # nothing the estimator reads
        (row(3, "a", "length", direction=None), True),
        (row(4, "a", "ongoing"), True),
    ],
)
def test_what_the_estimator_reads_is_sampled(r: Row, kept: bool) -> None:
    assert (r.key in choose([r])) is kept


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", None]), st.sampled_from(["done", "length"])),
                max_size=60), st.randoms())
def test_choice_does_not_depend_on_order(items, rnd: random.Random) -> None:  # type: ignore[no-untyped-def]
    rows = [row(k, a, kind) for k, (a, kind) in enumerate(items)]
    shuffled = rows[:]
    rnd.shuffle(shuffled)
    assert choose(rows) == choose(shuffled)


# -- the store ------------------------------------------------------------------------------

SRC = Source(key="telegram:9", kind="telegram", title="Верхний Ларс")
CHECKS = ("phone_check", "questioning", "military_id")


def busy_hours(n: int, seed: int = 1) -> list[tuple[Message, Report]]:
    """`n` border reports over 30 hours at two crossings, many to an hour."""
    rnd = random.Random(seed)
    out = []
    for k in range(n):
        ts = t(-30 + rnd.random() * 30)
        crossing = rnd.choice(["verkhny-lars", "verkhny-lars", "kyakhta"])
        kind = rnd.choice(["done", "length", "checks"])
        out.append((
            Message(source=SRC.key, msg_id=str(k), ts=ts, text=f"m{k}", author=f"p{rnd.randrange(40)}"),
            Report(id=str(k), kind="border", crossing=crossing, direction=rnd.choice(["exit", None, "entry"]),
                   wait_hours=rnd.choice([10, 12, 20]) if kind == "done" else None,
                   wait_state="done" if kind == "done" else None,
                   queue_km=rnd.choice([8, 10, 12]) if kind == "length" else None,
                   checks=tuple(c for c in CHECKS if rnd.random() < 0.3), confidence=0.8),
        ))
    return out


def direct_counts(store: Store, since: datetime, until: datetime) -> dict:
    out: dict = {}
    for e in store.border_evidence(since, until):
        key = (e.report.crossing, e.report.direction or "exit")
        n, latest, checks = out.get(key, (0, None, Counter()))
        out[key] = (n + 1, max(latest or e.ts, e.ts), checks + Counter(e.report.checks))
    return out


def write_in_batches(store: Store, items: list, size: int = 97) -> None:
    sid = store.source_id(SRC, "verkhny-lars")
    for i in range(0, len(items), size):
        store.write(sid, items[i : i + size])


@pytest.mark.parametrize("until", [t(0), t(-0.4), t(-7.25)])
def test_hourly_counts_are_exact(store: Store, until: datetime) -> None:
    write_in_batches(store, busy_hours(1200))
    for hours in (48, 24, 0.5, 3.3):
        since = until - timedelta(hours=hours)
        got = store.board_counts(since, until)
        want = direct_counts(store, since, until)
        assert {k: (v.reports, v.latest, +v.checks) for k, v in got.items()} == want


def test_the_sample_is_bounded_and_does_not_depend_on_ingest_order(store: Store, db_url: str) -> None:
    items = busy_hours(4000)
    write_in_batches(store, items)
    sampled = {(e.ts, e.author) for e in store.border_evidence(t(-31), t(0), sampled=True)}
    per_hour = Counter(
        (e.report.crossing, e.report.direction or "exit", hour_of(e.ts), e.report.wait_state)
        for e in store.border_evidence(t(-31), t(0), sampled=True)
    )
    assert max(per_hour.values()) == PER_HOUR and len(sampled) < len(items) / 2
    # the same messages, written in another order into another database of the same backend
    other = Store.open(db_url.replace("molva.db", "other.db")) if "sqlite" in db_url else None
    if other is None:
        with store.engine.begin() as conn:
            conn.execute(reports.delete())
            conn.execute(board_hours.delete())
            conn.execute(sa.text("DELETE FROM messages"))
        other = store
    shuffled = items[:]
    random.Random(5).shuffle(shuffled)
    write_in_batches(other, shuffled, size=50)
    again = {(e.ts, e.author) for e in other.border_evidence(t(-31), t(0), sampled=True)}
    assert again == sampled


def test_an_edit_moves_the_counts(store: Store) -> None:
    sid = store.source_id(SRC)
    m = Message(source=SRC.key, msg_id="1", ts=t(-1), text="прошли за 5 ч", author="p1")
    store.write(sid, [(m, Report(id="1", kind="border", crossing="verkhny-lars", wait_hours=5,
                                 wait_state="done", confidence=0.8))])
    assert store.board_counts(t(-48), t(0))[("verkhny-lars", "exit")].reports == 1
    edited = Message(source=SRC.key, msg_id="1", ts=t(-1), text="прошли Кяхту за 5 ч", author="p1",
                     edited_ts=t(-0.5))
    store.write(sid, [(edited, Report(id="1", kind="border", crossing="kyakhta", wait_hours=5,
                                      wait_state="done", checks=("phone_check",), confidence=0.8))])
    counts = store.board_counts(t(-48), t(0))
    assert set(counts) == {("kyakhta", "exit")}
    assert counts[("kyakhta", "exit")].shares() == {"phone_check": 1.0}
    assert [e.report.crossing for e in store.border_evidence(t(-48), t(0), sampled=True)] == ["kyakhta"]


def test_board_from_the_state_equals_the_board_from_every_report(store: Store) -> None:
    """Where no hour holds more than the sample's size, the state gives exactly what reading every
    report gives."""
    items = busy_hours(150, seed=3)
    write_in_batches(store, items)
    at = t(-0.3)
    full = estimate_board(store.border_evidence(at - timedelta(days=7), at), at, {})
    fast = estimate_board(store.border_evidence(at - timedelta(days=7), at, sampled=True), at, {},
                          store.known_crossings(at), store.board_counts(at - timedelta(hours=48), at),
                          store.board_counts(at - timedelta(hours=24), at))
    assert [e.to_dict() for e in fast] == [e.to_dict() for e in full]


def test_the_migration_builds_the_state_of_reports_stored_before_it(store: Store) -> None:
    from alembic import command
    from alembic.config import Config

    from molva.store.db import MIGRATIONS

    write_in_batches(store, busy_hours(600, seed=4))
    want = store.board_counts(t(-48), t(0))
    sampled = {(e.ts, e.author) for e in store.border_evidence(t(-48), t(0), sampled=True)}
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert "board_hours" not in sa.inspect(store.engine).get_table_names()
    store.migrate()
    got = store.board_counts(t(-48), t(0))
    def plain(counts: dict) -> dict:
        return {k: (v.reports, +v.checks) for k, v in counts.items()}

    assert plain(got) == plain(want)
    assert {(e.ts, e.author) for e in store.border_evidence(t(-48), t(0), sampled=True)} == sampled


def test_the_stores_query_reads_what_the_board_sample_says(store: Store) -> None:
    """`Store.border_evidence(board_at=…)` (the SQL the board runs) gives exactly `board_sample` of
    the whole sample, at whole hours, between them and across the 6, 24 and 48 hour tiers, with
    waits of days so that old lengths are read back to the earliest join."""
    from molva.fuse.board import HISTORY

    rnd = random.Random(5)
    items = []
    for k in range(1500):
        kind = rnd.choice(["done", "ongoing", "length", "length", "rate", "vehicles"])
        wait = rnd.choice([5, 20, 50, 90, 130]) if kind in ("done", "ongoing") else None
        items.append((
            Message(source=SRC.key, msg_id=str(k), ts=t(-200 + rnd.random() * 200), text=f"m{k}",
                    author=f"p{rnd.randrange(150)}"),
            Report(id=str(k), kind="border", crossing=rnd.choice(["verkhny-lars", "kyakhta"]),
                   direction=rnd.choice(["exit", None, "entry"]), wait_hours=wait,
                   wait_state=None if wait is None else ("done" if kind == "done" else "ongoing"),
                   queue_km=rnd.choice([3, 8, 15]) if kind == "length" else None,
                   vehicles=rnd.choice([500, 1500]) if kind == "vehicles" else None,
                   throughput=rnd.choice([40.0, 60.0]) if kind == "rate" else None,
                   mode=("foot",) if rnd.random() < 0.03 else (), confidence=0.8),
        ))
    write_in_batches(store, items)

    def key(e):  # type: ignore[no-untyped-def]
        r = e.report
        return (e.ts, e.author, r.crossing, r.direction, r.wait_mid, r.queue_km, r.vehicles, r.throughput)

    for hours in (0, 0.5, 3.25, 10, 24, 47.9, 48, 60.5, 100):
        at = t(-hours)
        read = store.border_evidence(at - HISTORY, at, sampled=True, board_at=at)
        sample = store.border_evidence(at - HISTORY, at, sampled=True)
        assert sorted(map(key, read)) == sorted(map(key, board_sample(sample, at)))
