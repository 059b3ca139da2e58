"""The board's incremental state in the database: hourly counts and the sampled reports.

`refresh` recomputes the hours a write touched (fuse/thin.py chooses); `window` and
`sampled_evidence` are what the board reads. Every statement works on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from molva.fuse.thin import (
    DEFAULT_DIRECTION,
    Row,
    Tally,
    choose,
    decode_checks,
    encode_checks,
    hour_end,
    hour_of,
    hour_start,
    split_window,
)
from molva.store.schema import board_hours, messages, reports

Key = tuple[str, int]  # (crossing, hour)


def _naive(ts: datetime) -> datetime:
    return ts.astimezone(UTC).replace(tzinfo=None)


def _aware(ts: datetime) -> datetime:
    return ts.replace(tzinfo=UTC)


def touched(rows: Iterable[tuple[str | None, datetime | None]]) -> set[Key]:
    """The (crossing, hour) buckets of border report rows (crossing, naive UTC time)."""
    return {(c, hour_of(_aware(ts))) for c, ts in rows if c is not None and ts is not None}


def refresh(conn: Connection, keys: Iterable[Key]) -> None:
    """Recompute the counts and the sample of each (crossing, hour) from its stored reports."""
    for crossing, hour in sorted(set(keys)):
        lo, hi = _naive(hour_start(hour)), _naive(hour_end(hour))
        q = (
            sa.select(
                reports.c.message_id, reports.c.direction, reports.c.author, reports.c.ts,
                reports.c.wait_low, reports.c.wait_state, reports.c.queue_km, reports.c.vehicles,
                reports.c.throughput,
                reports.c.mode, reports.c.checks, reports.c.sample_rank, messages.c.digest,
            )
            .join(messages, messages.c.id == reports.c.message_id)
            .where(reports.c.kind == "border", reports.c.crossing == crossing,
                   reports.c.ts > lo, reports.c.ts <= hi)
        )
        rows, old = [], {}
        for r in conn.execute(q):
            rows.append(Row(
                key=r.message_id, direction=r.direction, author=r.author, rank=r.digest,
                wait=r.wait_low is not None, ongoing=r.wait_state == "ongoing",
                length=bool(r.queue_km) or bool(r.vehicles), rate=r.throughput is not None,
                mode=tuple((r.mode or "").split()),
                checks=tuple((r.checks or "").split()), ts=r.ts,
            ))
            old[r.message_id] = r.sample_rank
        chosen = choose(rows)
        changes = [{"pk": k, "rank": chosen.get(k)} for k, was in old.items() if chosen.get(k) != was]
        if changes:
            conn.execute(
                reports.update().where(reports.c.message_id == sa.bindparam("pk"))
                .values(sample_rank=sa.bindparam("rank")),
                changes,
            )
        tallies: dict[str, Tally] = defaultdict(Tally)
        for row in rows:
            tallies[row.direction or DEFAULT_DIRECTION].add(1, row.ts, Counter(row.checks))
        conn.execute(
            board_hours.delete().where(board_hours.c.crossing == crossing, board_hours.c.hour == hour))
        if tallies:
            conn.execute(board_hours.insert(), [
                {"crossing": crossing, "direction": d, "hour": hour, "reports": t.reports,
                 "latest": t.latest, "checks": encode_checks(t.checks)}
                for d, t in sorted(tallies.items())
            ])


def rebuild(conn: Connection, progress_every: int = 0) -> int:
    """Recompute every bucket (a migration's backfill); returns how many there were."""
    q = sa.select(reports.c.crossing, reports.c.ts).where(
        reports.c.kind == "border", reports.c.crossing.is_not(None), reports.c.ts.is_not(None)
    )
    keys = touched(conn.execute(q))
    refresh(conn, keys)
    return len(keys)


def window(conn: Connection, since: datetime, until: datetime,
           crossing: str | None = None) -> dict[tuple[str, str], Tally]:
    """Exact counts per (crossing, direction) of the border reports said in (since, until]:
    whole hours from `board_hours`, the partial hours at the ends from the reports themselves."""
    return windows(conn, [since], until, crossing)[0]


def windows(conn: Connection, starts: Sequence[datetime], until: datetime,
            crossing: str | None = None) -> list[dict[tuple[str, str], Tally]]:
    """`window` for several windows ending at `until` (the board's 48 and 24 hours), reading the
    hourly state once and each partial hour once."""
    splits = [split_window(since, until) for since in starts]
    whole = [(first, last) for first, last, _ in splits if first <= last]
    hourly: list[tuple[int, tuple[str, str], int, datetime, Counter[str]]] = []
    if whole:
        lo, hi = min(f for f, _ in whole), max(last for _, last in whole)
        q = sa.select(board_hours).where(board_hours.c.hour >= lo, board_hours.c.hour <= hi)
        if crossing is not None:
            q = q.where(board_hours.c.crossing == crossing)
        hourly = [(r.hour, (r.crossing, r.direction), r.reports, _aware(r.latest), decode_checks(r.checks))
                  for r in conn.execute(q)]
    edge_tallies = {edge: _edge(conn, *edge, crossing) for _, _, edges in splits for edge in set(edges)}
    result = []
    for first, last, edges in splits:
        out: dict[tuple[str, str], Tally] = defaultdict(Tally)
        for hour, key, n, latest, checks in hourly:
            if first <= hour <= last:
                out[key].add(n, latest, checks)
        for edge in edges:
            for key, t in edge_tallies[edge].items():
                out[key].add(t.reports, t.latest, t.checks)
        result.append(dict(out))
    return result


def _edge(conn: Connection, lo: datetime, hi: datetime, crossing: str | None) -> dict[tuple[str, str], Tally]:
    """Counts of the border reports in a partial hour (lo, hi], grouped in the database; the
    few with checks read one by one."""
    c = reports.c
    where = (c.kind == "border", c.ts > _naive(lo), c.ts <= _naive(hi),
             c.crossing.is_not(None) if crossing is None else c.crossing == crossing)
    out: dict[tuple[str, str], Tally] = defaultdict(Tally)
    counted = sa.select(c.crossing, c.direction, sa.func.count(), sa.func.max(c.ts)).where(*where).group_by(
        c.crossing, c.direction)
    for key, direction, n, latest in conn.execute(counted).all():
        out[(key, direction or DEFAULT_DIRECTION)].add(n, _aware(latest), {})
    checked = sa.select(c.crossing, c.direction, c.checks).where(*where, c.checks != "")
    for key, direction, checks in conn.execute(checked).all():
        out[(key, direction or DEFAULT_DIRECTION)].add(0, None, Counter(checks.split()))
    return out


def known(conn: Connection, until: datetime) -> set[tuple[str, str]]:
    """Every (crossing, direction) with a border report at or before `until`."""
    last = hour_of(until)
    q = sa.select(board_hours.c.crossing, board_hours.c.direction).where(board_hours.c.hour < last).distinct()
    out = {(r.crossing, r.direction) for r in conn.execute(q)}
    edge = sa.select(reports.c.crossing, reports.c.direction).where(
        reports.c.kind == "border", reports.c.crossing.is_not(None),
        reports.c.ts > _naive(hour_start(last)), reports.c.ts <= _naive(until),
    ).distinct()
    out |= {(r.crossing, r.direction or DEFAULT_DIRECTION) for r in conn.execute(edge)}
    return out


def hours(conn: Connection, crossing: str, direction: str, first: int, last: int) -> dict[int, Tally]:
    """The hourly counts of one crossing and direction, buckets first..last."""
    q = sa.select(board_hours).where(
        board_hours.c.crossing == crossing, board_hours.c.direction == direction,
        board_hours.c.hour >= first, board_hours.c.hour <= last,
    )
    out = {}
    for r in conn.execute(q):
        t = Tally()
        t.add(r.reports, _aware(r.latest), decode_checks(r.checks))
        out[r.hour] = t
    return out
