"""The Store: opens a database, migrates it, writes messages and reports, answers queries.

Every SQL statement lives here (and in `schema.py`); the CLI, the web app and the
exports call these methods.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from molva.errors import ConfigError
from molva.fuse import thin
from molva.fuse.claims import ClaimMessage, Verdict
from molva.fuse.incidents import IncidentReport
from molva.fuse.thin import Tally
from molva.records import Evidence, Fact, Message, Report, Source
from molva.store import summary
from molva.store.schema import claim_status, messages, reports, sources, store_state
from molva.understand.claims import claim_key, claim_text
from molva.understand.text import normalize

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass(frozen=True, slots=True)
class WriteCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(
            self.new + other.new, self.updated + other.updated, self.unchanged + other.unchanged
        )


def _naive_utc(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    return ts.astimezone(UTC).replace(tzinfo=None) if ts.tzinfo else ts


def _aware(ts: datetime | None) -> datetime | None:
    return None if ts is None else ts.replace(tzinfo=UTC)


def digest(message: Message) -> str:
    """What identifies a version of a message: its text and times."""
    h = hashlib.blake2b(digest_size=16)
    for part in (message.text, str(message.ts), str(message.edited_ts), message.author or ""):
        h.update(part.encode())
        h.update(b"\x00")
    return h.hexdigest()


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA secure_delete=ON")  # deleted or replaced text is overwritten with zeros
    # reads through the OS's page cache, not SQLite's own small one: a board reads across a week
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.execute("PRAGMA cache_size=-32768")  # 32 MB for what mmap does not cover (writes)
    cur.close()


def _split(value: str) -> tuple[str, ...]:
    return tuple(value.split()) if value else ()


def _range(low: float | None, high: float | None) -> float | tuple[float, float] | None:
    if low is None:
        return None
    return low if high is None or high == low else (low, high)


def _count(low: float | None, high: float | None) -> int | tuple[int, int] | None:
    if low is None:
        return None
    if high is None or high == low:
        return int(low)
    return int(low), int(high)


def _report_row(message_id: int, source_id: int, msg: Message, r: Report) -> dict:
    def bounds(v):  # type: ignore[no-untyped-def]
        if v is None:
            return None, None
        return (v[0], v[1]) if isinstance(v, tuple) else (v, v)

    wait_low, wait_high = bounds(r.wait_hours)
    count_low, count_high = bounds(r.count)
    return {
        "message_id": message_id,
        "source_id": source_id,
        "ts": _naive_utc(msg.ts),
        "author": msg.author,
        "lang": r.lang,
        "kind": r.kind,
        "crossing": r.crossing,
        "direction": r.direction,
        "wait_low": wait_low,
        "wait_high": wait_high,
        "wait_state": r.wait_state,
        "queue_km": r.queue_km,
        "vehicles": r.vehicles,
        "people": r.people,
        "checks": " ".join(r.checks),
        "mode": " ".join(r.mode),
        "incident_type": r.incident_type,
        "place_type": r.place_type,
        "place_name": r.place_name,
        "city": r.city,
        "count_low": count_low,
        "count_high": count_high,
        "claim": r.claim,
        "confidence": r.confidence,
        "throughput": r.throughput,
    }


class Store:
    """A migrated database. Build once with `Store.open(url)` and hand it in."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._source_ids: dict[str, int] = {}

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        try:
            engine = sa.create_engine(url, future=True)
        except (ArgumentError, ImportError, ValueError) as e:
            raise ConfigError(f"cannot use database URL {url!r}: {e}") from e
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        """Bring the schema to the newest migration (Alembic)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as e:
            raise ConfigError(f"cannot open database: {e.orig}") from e

    def close(self) -> None:
        self.engine.dispose()

    # -- writing -------------------------------------------------------------------

    def source_id(self, source: Source, crossing: str | None = None) -> int:
        """The id of a source, created or its title refreshed."""
        if source.key in self._source_ids:
            return self._source_ids[source.key]
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(sources.c.id, sources.c.title, sources.c.crossing).where(
                    sources.c.key == source.key
                )
            ).first()
            if row is None:
                sid = conn.execute(
                    sources.insert().values(
                        key=source.key, kind=source.kind, title=source.title, crossing=crossing
                    )
                ).inserted_primary_key[0]
            else:
                sid = row.id
                if source.title and (row.title, row.crossing) != (source.title, crossing):
                    conn.execute(
                        sources.update()
                        .where(sources.c.id == sid)
                        .values(title=source.title, crossing=crossing)
                    )
        self._source_ids[source.key] = sid
        return sid

    def write(self, source_id: int, batch: Sequence[tuple[Message, Report | None]]) -> WriteCounts:
        """Upsert a batch of one source's messages with their reports, in one transaction.

        A message already stored with the same digest is left as it is; a changed one
        (an edit) replaces the stored version and its report.
        """
        if not batch:
            return WriteCounts()
        latest: dict[str, tuple[Message, Report | None]] = {}
        for msg, rep in batch:
            latest[msg.msg_id] = (msg, rep)
        ids = list(latest)
        with self.engine.begin() as conn:
            existing = {
                row.msg_id: (row.id, row.digest)
                for row in conn.execute(
                    sa.select(messages.c.msg_id, messages.c.id, messages.c.digest).where(
                        messages.c.source_id == source_id, messages.c.msg_id.in_(ids)
                    )
                )
            }
            new_rows, changed = [], []
            hours: set[summary.Key] = set()
            for msg_id, (msg, rep) in latest.items():
                row = {
                    "source_id": source_id,
                    "msg_id": msg_id,
                    "ts": _naive_utc(msg.ts),
                    "edited_ts": _naive_utc(msg.edited_ts),
                    "author": msg.author,
                    "text": msg.text,
                    "digest": digest(msg),
                }
                if msg_id not in existing:
                    new_rows.append(row)
                elif existing[msg_id][1] != row["digest"]:
                    changed.append((existing[msg_id][0], row, msg, rep))
            if new_rows:
                conn.execute(messages.insert(), new_rows)
            if changed:
                conn.execute(
                    messages.update().where(messages.c.id == sa.bindparam("pk")),
                    [{"pk": pk, **{k: v for k, v in row.items()}} for pk, row, _, _ in changed],
                )
                gone = reports.c.message_id.in_([c[0] for c in changed])
                hours |= summary.touched(conn.execute(
                    sa.select(reports.c.crossing, reports.c.ts).where(gone, reports.c.kind == "border")))
                conn.execute(reports.delete().where(gone))
            report_rows = [
                _report_row(pk, source_id, msg, rep) for pk, _, msg, rep in changed if rep
            ]
            if new_rows:
                pks = dict(
                    conn.execute(
                        sa.select(messages.c.msg_id, messages.c.id).where(
                            messages.c.source_id == source_id,
                            messages.c.msg_id.in_([r["msg_id"] for r in new_rows]),
                        )
                    ).all()
                )
                for row in new_rows:
                    msg, rep = latest[row["msg_id"]]
                    if rep is not None:
                        report_rows.append(_report_row(pks[row["msg_id"]], source_id, msg, rep))
            if report_rows:
                conn.execute(reports.insert(), report_rows)
                hours |= summary.touched(
                    (r["crossing"], r["ts"]) for r in report_rows if r["kind"] == "border")
            summary.refresh(conn, hours)  # the board's counts and sample of every hour written
            if new_rows or changed:
                _bump(conn)
        return WriteCounts(len(new_rows), len(changed), len(latest) - len(new_rows) - len(changed))

    # -- reading -------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for t in (sources, messages, reports)
            }

    def messages(self, source_key: str | None = None) -> list[Message]:
        q = sa.select(
            sources.c.key, sources.c.title, messages.c.msg_id, messages.c.ts,
            messages.c.edited_ts, messages.c.author, messages.c.text,
        ).join(sources, sources.c.id == messages.c.source_id).order_by(messages.c.id)
        if source_key is not None:
            q = q.where(sources.c.key == source_key)
        with self.engine.connect() as conn:
            return [
                Message(
                    source=r.key, msg_id=r.msg_id, ts=_aware(r.ts), text=r.text,
                    author=r.author, edited_ts=_aware(r.edited_ts), chat=r.title,
                )
                for r in conn.execute(q)
            ]

    def border_evidence(
        self, since: datetime, until: datetime, crossing: str | None = None, *, sampled: bool = False,
        board_at: datetime | None = None,
    ) -> list[Evidence]:
        """Border reports with a crossing (or of one crossing), said in (since, until], oldest first.

        `sampled`: only the board's sample of them (fuse/thin.py), at most `PER_HOUR` of each kind
        an hour; `board_at`: only what the board at that time reads of it (`thin.reads`)."""
        c = reports.c
        where = [
            c.crossing.is_not(None) if crossing is None else c.crossing == crossing,
            c.ts > _naive_utc(since),
            c.ts <= _naive_utc(until),
        ]
        if not sampled:
            q = sa.select(reports).where(c.kind == "border", *where).order_by(c.ts, c.message_id)
            with self.engine.connect() as conn:
                return [self._evidence(row) for row in conn.execute(q)]
        # only border reports are sampled, so the partial index on ts alone answers this
        where.append(c.sample_rank.is_not(None))
        q = sa.select(reports).order_by(c.ts, c.message_id)
        if board_at is None:
            return self._build(self._sample_rows(q.where(*where)))
        # what the board at `board_at` reads (thin.board_sample): the tiers of the last 48 hours…
        old_end = board_at - thin.WAITS_FOR
        recent = self._build(self._sample_rows(q.where(*where, c.ts > _naive_utc(old_end), sa.or_(
            c.ts > _naive_utc(board_at - thin.FRESH),
            sa.and_(c.ts > _naive_utc(board_at - thin.RECENT), c.sample_rank < thin.RECENT_PER_HOUR),
            sa.and_(c.sample_rank < thin.OLDER_PER_HOUR,
                    sa.or_(c.wait_state.is_(None), c.wait_state != "ongoing")),
        ))))
        # …then the older lengths that the waits read need, from when the earliest of them joined
        floors = thin.join_floors(recent)
        if not floors or since >= old_end:
            return recent
        old = self._sample_rows(q.where(
            *where, c.ts <= _naive_utc(old_end), c.ts >= _naive_utc(min(floors.values())),
            c.sample_rank < thin.OLD_PER_HOUR, c.wait_low.is_(None),
        ))
        naive = {key: _naive_utc(t) for key, t in floors.items()}
        far = _naive_utc(board_at)
        old = [row for row in old if row[0] >= naive.get((row[2], row[3] or thin.DEFAULT_DIRECTION), far)]
        return self._build(old) + recent

    def _sample_rows(self, q: sa.Select) -> list[tuple]:  # type: ignore[type-arg]
        """The rows of the board's sample: only the columns the estimator reads, times naive UTC
        (a board over a busy week reads tens of thousands of these)."""
        c = reports.c
        # SQLite keeps times as text: parsing it in C is several times faster than the dialect's
        text_ts = self.engine.dialect.name == "sqlite"
        q = q.with_only_columns(
            sa.type_coerce(c.ts, sa.String) if text_ts else c.ts,
            c.author, c.crossing, c.direction, c.wait_low, c.wait_high,
            c.wait_state, c.queue_km, c.vehicles, c.checks, c.mode, c.confidence, c.sample_rank,
            c.throughput,
        )
        with self.engine.connect() as conn:
            # the driver's own tuples: none of these columns needs the dialect's conversions
            rows = conn.execute(q).cursor.fetchall()
        if text_ts:
            parse = datetime.fromisoformat
            return [(parse(r[0]), *r[1:]) for r in rows]
        return [tuple(r) for r in rows]

    @staticmethod
    def _build(rows: list[tuple]) -> list[Evidence]:  # type: ignore[type-arg]
        out = []
        for ts, author, crossing, direction, lo, hi, state, km, vehicles, checks, mode, conf, rank, rate in (
                rows):
            wait = None if lo is None else (lo if hi is None or lo == hi else (lo, hi))
            fact = Fact(crossing, direction, wait, state, km, vehicles,
                        tuple(checks.split()) if checks else (), tuple(mode.split()) if mode else (),
                        conf, rate)
            out.append(Evidence(ts.replace(tzinfo=UTC), fact, author, rank))
        return out

    @staticmethod
    def _evidence(row: sa.Row) -> Evidence:
        rep = Report(
            id=str(row.message_id), lang=row.lang, kind=row.kind, crossing=row.crossing,
            direction=row.direction, wait_hours=_range(row.wait_low, row.wait_high),
            wait_state=row.wait_state, queue_km=row.queue_km, vehicles=row.vehicles,
            people=row.people, checks=_split(row.checks), mode=_split(row.mode),
            incident_type=row.incident_type, place_type=row.place_type,
            place_name=row.place_name, city=row.city,
            count=_range(row.count_low, row.count_high), claim=row.claim,
            confidence=row.confidence, throughput=row.throughput,
        )
        return Evidence(ts=_aware(row.ts), report=rep, author=row.author)  # type: ignore[arg-type]

    def reports(
        self, kinds: Sequence[str] = ("border", "incident"), until: datetime | None = None
    ) -> list[Evidence]:
        """Stored reports of these kinds (at or before `until`), oldest first, for exports."""
        q = (sa.select(reports).where(reports.c.kind.in_(list(kinds)))
             .order_by(reports.c.ts, reports.c.message_id))
        if until is not None:
            q = q.where(reports.c.ts <= _naive_utc(until))
        with self.engine.connect() as conn:
            return [self._evidence(row) for row in conn.execute(q)]

    def incident_reports(self, until: datetime | None = None) -> list[IncidentReport]:
        """Incident reports (at or before `until`) with their scrubbed text and source, oldest first."""
        q = (
            sa.select(reports, messages.c.text, sources.c.key)
            .join(messages, messages.c.id == reports.c.message_id)
            .join(sources, sources.c.id == reports.c.source_id)
            .where(reports.c.kind == "incident")
            .order_by(reports.c.ts, reports.c.message_id)
        )
        if until is not None:
            q = q.where(reports.c.ts <= _naive_utc(until))
        with self.engine.connect() as conn:
            return [
                IncidentReport(
                    id=str(r.message_id), ts=_aware(r.ts), source=r.key, author=r.author,  # type: ignore[arg-type]
                    text=r.text, incident_type=r.incident_type, city=r.city, place_type=r.place_type,
                    count=_count(r.count_low, r.count_high),
                )
                for r in conn.execute(q)
                if r.ts is not None
            ]

    def claim_messages(self, until: datetime | None = None) -> list[ClaimMessage]:
        """Rumours and questions with a claim (at or before `until`), with their claim's key."""
        q = (
            sa.select(reports.c.message_id, reports.c.ts, reports.c.kind, reports.c.claim, sources.c.key,
                      messages.c.text)
            .join(messages, messages.c.id == reports.c.message_id)
            .join(sources, sources.c.id == reports.c.source_id)
            .where(reports.c.claim.is_not(None), reports.c.ts.is_not(None))
            .order_by(reports.c.ts, reports.c.message_id)
        )
        if until is not None:
            q = q.where(reports.c.ts <= _naive_utc(until))
        with self.engine.connect() as conn:
            return [
                ClaimMessage(str(r.message_id), _aware(r.ts), r.key,  # type: ignore[arg-type]
                             claim_key(normalize(r.text or r.claim)), r.claim, r.kind == "question",
                             claim_text(r.text) if r.text else "")
                for r in conn.execute(q)
            ]

    def verdicts(self) -> dict[str, list[Verdict]]:
        with self.engine.connect() as conn:
            out: dict[str, list[Verdict]] = {}
            for r in conn.execute(sa.select(claim_status).order_by(claim_status.c.id)):
                out.setdefault(r.claim_id, []).append(Verdict(r.status, r.evidence, _aware(r.set_at)))  # type: ignore[arg-type]
            return out

    def set_verdict(self, claim_id: str, status: str, evidence: str | None, at: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.insert(claim_status).values(
                claim_id=claim_id, status=status, evidence=evidence, set_at=_naive_utc(at)))
            _bump(conn)

    def version(self) -> int:
        """A number that changes whenever something published changes (one small read)."""
        with self.engine.connect() as conn:
            return conn.execute(
                sa.select(store_state.c.value).where(store_state.c.key == "version")).scalar() or 0

    def known_crossings(self, until: datetime) -> list[tuple[str, str]]:
        """Every (crossing, direction) with a border report at or before `until`."""
        with self.engine.connect() as conn:
            return sorted(summary.known(conn, until))

    def board_counts(self, since: datetime, until: datetime,
                     crossing: str | None = None) -> dict[tuple[str, str], Tally]:
        """Exact counts per (crossing, direction) of border reports said in (since, until]:
        reports, what was checked, the newest time (from the hourly state kept at ingest)."""
        with self.engine.connect() as conn:
            return summary.window(conn, since, until, crossing)

    def board_windows(self, starts: Sequence[datetime],
                      until: datetime) -> list[dict[tuple[str, str], Tally]]:
        """`board_counts` for several windows ending at `until`, in one reading."""
        with self.engine.connect() as conn:
            return summary.windows(conn, starts, until)

    def board_hours(self, crossing: str, direction: str, first: int, last: int) -> dict[int, Tally]:
        """The hourly counts of one crossing and direction, buckets first..last (fuse/thin.py)."""
        with self.engine.connect() as conn:
            return summary.hours(conn, crossing, direction, first, last)

    def rebuild_board_state(self) -> int:
        """Recompute the board's hourly state from the stored reports (after a bulk load)."""
        with self.engine.begin() as conn:
            return summary.rebuild(conn)

    def on_foot(self, since: datetime, until: datetime) -> list[tuple[str, datetime, tuple[str, ...]]]:
        """(crossing, time, checks) of the border reports about people on foot in (since, until]."""
        c = reports.c
        q = sa.select(c.crossing, c.ts, c.checks).where(
            c.kind == "border", c.crossing.is_not(None), c.mode.contains("foot"),
            c.ts > _naive_utc(since), c.ts <= _naive_utc(until))
        with self.engine.connect() as conn:
            return [(r.crossing, _aware(r.ts), _split(r.checks)) for r in conn.execute(q)]  # type: ignore[misc]

    def latest_time(self) -> datetime | None:
        with self.engine.connect() as conn:
            return _aware(conn.execute(sa.select(sa.func.max(messages.c.ts))).scalar_one())


def _bump(conn: sa.Connection) -> None:
    conn.execute(store_state.update().where(store_state.c.key == "version")
                 .values(value=store_state.c.value + 1))


def ensure_sqlite_parent(url: str) -> None:
    """Fail early with a clear message when an SQLite file's folder does not exist."""
    try:
        parsed = sa.engine.make_url(url)
    except ArgumentError as e:
        raise ConfigError(f"not a database URL: {url!r}") from e
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        parent = Path(parsed.database).resolve().parent
        if not parent.is_dir():
            raise ConfigError(f"folder does not exist: {parent}", where=url)

