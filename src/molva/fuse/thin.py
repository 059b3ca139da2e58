"""Which stored border reports the board reads: the incremental state behind `molva board`.

A busy crossing gets hundreds of reports an hour; the estimator (fuse/queue.py) needs a few of
each kind per hour, not all of them. So the store keeps, for every crossing, direction and hour,

- the exact counts the board shows (reports, what was checked, the newest time), and
- a sample of at most `PER_HOUR` reports of each kind the estimator reads (lengths,
  crossed-after waits, ongoing waits), one per pseudonym before a second from anyone, the rest
  ranked by a hash of the message: the same set of messages gives the same sample in whatever
  order it was ingested. The board reads all of it for the last `RECENT` hours and the first
  `OLDER_PER_HOUR` of each hour before (older reports only measure service rates and carry
  little weight), so its work is bounded however busy a crossing is.

Both are recomputed for an hour whenever a message of that hour is written, so asking the board
at any time reads a bounded number of rows however many are stored. An hour is the interval
(h − 1, h] in epoch hours, so that a window (at − 48 h, at] ending on a whole hour is a whole
number of hours.

Pure: rows in, the choice out; the store does the reading and writing.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from molva.fuse.queue import JOIN_MATCH, MAX_WAIT
from molva.records import Evidence

PER_HOUR = 8  # reports of one kind per crossing, direction and hour that the board reads
# What the board at `at` reads of the sample, by age: the estimator's weights fall with age
# (half-lives of 6 h for lengths, 6 h for crossed-after waits, 12 h for service rates), so older
# hours need fewer reports, and before `WAITS_FOR` only the lengths that say what the queue was
# when the people crossing now joined it.
FRESH = timedelta(hours=6)  # all PER_HOUR of each kind an hour
RECENT = timedelta(hours=24)  # RECENT_PER_HOUR
RECENT_PER_HOUR = 3
OLDER_PER_HOUR = 2  # and no waits-so-far (they only bound the wait of the last hours)
WAITS_FOR = timedelta(hours=48)  # before this, lengths (and stated throughputs) only,
# OLD_PER_HOUR of each hour (one an hour, not two of every second hour: a quiet crossing has
# at most one length an hour, and a crossed-after wait is matched to lengths within 3 h), and
# only from when the earliest of the people whose waits it reads joined the queue, less this
OLD_PER_HOUR = 1
JOIN_MARGIN = timedelta(hours=2 * JOIN_MATCH)  # the furthest a join time looks for lengths (queue._near_join)
SAMPLED = ("length", "done", "ongoing", "rate")  # the kinds the estimator reads
_PAST_THE_CARS = frozenset({"foot", "bicycle", "scooter", "motorcycle"})
DEFAULT_DIRECTION = "exit"  # in 2022 nearly every report without one was about leaving


def hour_of(ts: datetime) -> int:
    """The hour bucket of a time: h with ts in (h − 1, h] hours since the epoch."""
    return math.ceil(ts.replace(tzinfo=ts.tzinfo or UTC).timestamp() / 3600)


def hour_start(h: int) -> datetime:
    """The open lower end of bucket `h`."""
    return datetime.fromtimestamp((h - 1) * 3600, UTC)


def hour_end(h: int) -> datetime:
    return datetime.fromtimestamp(h * 3600, UTC)


@dataclass(frozen=True, slots=True)
class Row:
    """What the choice needs of one stored border report."""

    key: int  # the report's row id
    direction: str | None
    author: str | None
    rank: str  # a hash of the message, for an order-free choice
    wait: bool
    ongoing: bool
    length: bool
    rate: bool = False  # a throughput statement
    mode: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    ts: datetime | None = None


def reads(e: Evidence, at: datetime) -> bool:
    """Whether the board at `at` reads this report of its sample of the last `WAITS_FOR`, by the
    tiers above (the store's query does the same: `Store.border_evidence(board_at=…)`)."""
    if e.ts > at or e.ts <= at - WAITS_FOR:
        return False
    if e.ts > at - FRESH:
        return True
    if e.rank is None:
        return False
    if e.ts > at - RECENT:
        return e.rank < RECENT_PER_HOUR
    return e.rank < OLDER_PER_HOUR and e.report.wait_state != "ongoing"


def old_length(e: Evidence, at: datetime) -> bool:
    """Whether this is a length (or a throughput) older than `WAITS_FOR` that the board may read."""
    return (e.ts <= at - WAITS_FOR and e.rank is not None and e.rank < OLD_PER_HOUR
            and e.report.wait_hours is None)


def join_floors(recent: Iterable[Evidence]) -> dict[tuple[str, str], datetime]:
    """Per crossing and direction: the earliest join time of the waits in `recent`, less
    `JOIN_MARGIN` — lengths older than that describe no one whose wait the board reads."""
    out: dict[tuple[str, str], datetime] = {}
    for e in recent:
        r = e.report
        x = r.wait_mid
        if x is None or r.crossing is None:
            continue
        key = (r.crossing, r.direction or DEFAULT_DIRECTION)
        joined = e.ts - timedelta(hours=min(x, MAX_WAIT)) - JOIN_MARGIN
        if key not in out or joined < out[key]:
            out[key] = joined
    return out


def board_sample(evidence: Sequence[Evidence], at: datetime) -> list[Evidence]:
    """What the board at `at` reads of the sample `evidence` (oldest first): `reads`, and the old
    lengths the waits it reads need."""
    recent = [e for e in evidence if reads(e, at)]
    floors = join_floors(recent)
    old = [
        e for e in evidence
        if old_length(e, at)
        and e.ts >= floors.get((e.report.crossing or "", e.report.direction or DEFAULT_DIRECTION), at)
    ]
    return old + recent


def kind_of(row: Row) -> str | None:
    """The kind of evidence a report is for the estimator, or None when it reads none of it."""
    if _PAST_THE_CARS & set(row.mode):
        return None  # on foot or on two wheels people pass the queue of cars
    if row.wait:
        return "ongoing" if row.ongoing else "done"
    if row.length:
        return "length"
    if row.rate:
        return "rate"
    return None


def choose(rows: Iterable[Row], per_hour: int = PER_HOUR) -> dict[int, int]:
    """The sampled reports of one crossing and hour: row key → its rank within its kind (0 first).

    Within a direction and kind, each pseudonym's first report (by hash) comes before anyone's
    second, so a burst of copies from one author takes one place."""
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        kind = kind_of(row)
        if kind is not None:
            groups[(row.direction or DEFAULT_DIRECTION, kind)].append(row)
    out: dict[int, int] = {}
    for members in groups.values():
        members.sort(key=lambda r: (r.rank, r.key))
        seen: Counter[str | None] = Counter()
        ordered = []
        for r in members:
            ordered.append((seen[r.author] if r.author else 0, r.rank, r.key))
            if r.author:
                seen[r.author] += 1
        ordered.sort()
        for n, (_, _, key) in enumerate(ordered[:per_hour]):
            out[key] = n
    return out


@dataclass(slots=True)
class Tally:
    """Counts of one crossing and direction over a stretch of time."""

    reports: int = 0
    latest: datetime | None = None
    checks: Counter[str] = field(default_factory=Counter)

    def add(self, reports: int, latest: datetime | None, checks: Mapping[str, int]) -> None:
        self.reports += reports
        if latest is not None and (self.latest is None or latest > self.latest):
            self.latest = latest
        self.checks.update(checks)

    def shares(self) -> dict[str, float]:
        if not self.reports:
            return {}
        return {c: round(n / self.reports, 2) for c, n in sorted(self.checks.items()) if n}


def tally_rows(
    rows: Iterable[tuple[str, str | None, datetime, Sequence[str]]],
) -> dict[tuple[str, str], Tally]:
    """Counts per (crossing, direction) of raw rows (crossing, direction, time, checks)."""
    out: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for crossing, direction, ts, checks in rows:
        out[(crossing, direction or DEFAULT_DIRECTION)].add(1, ts, Counter(checks))
    return dict(out)


def encode_checks(checks: Mapping[str, int]) -> str:
    return " ".join(f"{c}={n}" for c, n in sorted(checks.items()) if n)


def decode_checks(text: str | None) -> dict[str, int]:
    out = {}
    for part in (text or "").split():
        name, _, n = part.partition("=")
        out[name] = int(n)
    return out


def split_window(since: datetime, until: datetime) -> tuple[int, int, list[tuple[datetime, datetime]]]:
    """A window (since, until] as whole hour buckets [first, last] plus the partial stretches at
    its ends, each (lo, hi] to be counted from raw rows."""
    lo_h, hi_h = since.timestamp() / 3600, until.timestamp() / 3600
    first, last = math.ceil(lo_h) + 1, math.floor(hi_h)
    edges = []
    if first > last:  # shorter than an hour's bucket: all of it from raw rows
        return first, first - 1, [(since, until)]
    if math.ceil(lo_h) > lo_h:
        edges.append((since, hour_end(math.ceil(lo_h))))
    if hi_h > last:
        edges.append((hour_end(last), until))
    return first, last, edges

