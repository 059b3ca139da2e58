"""What the pages show, as plain records built from the API's results (no I/O, no HTML).

The board is grouped by the neighbour country; each row says its wait in words, its interval,
a trend arrow, how fresh it is and whether it looks stale, how many reports it rests on, what
is being checked and whether people on foot pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from molva.errors import InputError
from molva.fuse.claims import Claim
from molva.fuse.incidents import Incident
from molva.publish.web.words import COUNTRIES, ago, city_name, hours, is_stale
from molva.records import Estimate, Evidence
from molva.understand.gazetteer import Crossing

ARROWS = {"rising": "↑", "falling": "↓", "steady": "→"}
INCIDENT_TYPES = ("draft_notice", "detention", "raid", "protest")


def incident_type_param(value: str | None) -> str | None:
    """A `type` filter as given (empty means any); anything but an incident type is bad input."""
    if value and value not in INCIDENT_TYPES:
        raise InputError(f"expected one of {', '.join(INCIDENT_TYPES)}, not {value!r}", where="type")
    return value or None


def level(wait: float | None) -> str:
    """A colour class for a wait: the same on the board and the map."""
    if wait is None:
        return "none"
    if wait < 2:
        return "short"
    if wait < 12:
        return "medium"
    if wait < 48:
        return "long"
    return "extreme"


@dataclass(frozen=True, slots=True)
class Row:
    crossing: str
    direction: str
    name: str
    wait_hours: float | None
    wait: str
    interval: str | None
    trend: str | None
    arrow: str
    fresh: str
    stale: bool
    reports: int
    checks: tuple[tuple[str, int], ...]
    level: str


@dataclass(frozen=True, slots=True)
class Group:
    country: str
    name: str
    rows: tuple[Row, ...]
    foot: Mapping[str, str]


def row(e: Estimate, name: str, now: datetime, lang: str) -> Row:
    interval = None
    if e.wait_hours is not None and e.low is not None and e.high is not None:
        interval = f"{hours(e.low, lang)} – {hours(e.high, lang)}"
    checks = tuple((c, round(share * 100)) for c, share in sorted(e.checks.items(), key=lambda kv: -kv[1]))
    return Row(e.crossing, e.direction, name, e.wait_hours, hours(e.wait_hours, lang), interval, e.trend,
               ARROWS.get(e.trend or "", ""), ago(e.as_of, now, lang), is_stale(e.as_of, now), e.reports,
               checks, level(e.wait_hours))


def board_groups(estimates: Iterable[Estimate], crossings: Mapping[str, Crossing], foot: Mapping[str, str],
                 now: datetime, lang: str) -> list[Group]:
    """Rows grouped by neighbour country; the countries with most reports first, and within one
    the crossings with most reports first (exit before entry)."""
    by_country: dict[str, list[Row]] = {}
    for e in estimates:
        c = crossings.get(e.crossing)
        name = (c.name_ru if lang == "ru" else c.name_en) if c else e.name
        by_country.setdefault(c.country if c else "", []).append(row(e, name, now, lang))
    groups = []
    for country, rows in by_country.items():
        total: dict[str, int] = {}
        for r in rows:
            total[r.crossing] = total.get(r.crossing, 0) + r.reports
        rows.sort(key=lambda r: (-total[r.crossing], r.name, r.direction != "exit"))
        groups.append(Group(country, COUNTRIES[lang].get(country, country), tuple(rows),
                            {r.crossing: foot[r.crossing] for r in rows if r.crossing in foot}))
    groups.sort(key=lambda g: (-sum(r.reports for r in g.rows), g.name))
    return groups


@dataclass(frozen=True, slots=True)
class Said:
    """One recent report of a crossing, as facts (never its text or author)."""

    at: datetime
    facts: tuple[str, ...]


def fact_words(e: Evidence, t: Mapping[str, str], lang: str) -> tuple[str, ...]:
    r = e.report
    out = []
    w = r.wait_mid
    if w is not None:
        key = {"done": "said_done", "ongoing": "said_ongoing"}.get(r.wait_state or "", "said_wait")
        out.append(t[key].format(hours(w, lang)))
    if r.queue_km is not None:
        km = r.queue_km if isinstance(r.queue_km, int | float) else sum(r.queue_km) / 2
        out.append(t["said_km"].format(f"{km:g}"))
    if r.vehicles is not None:
        out.append(t["said_vehicles"].format(r.vehicles))
    if r.throughput is not None:
        out.append(t["said_rate"].format(round(r.throughput)))
    out.extend(t.get(c, c) for c in r.checks)
    if "foot" in r.mode:
        out.append(t["foot"])
    return tuple(out)


def recent(evidence: Sequence[Evidence], t: Mapping[str, str], lang: str) -> list[Said]:
    return [Said(e.ts, words) for e in evidence if (words := fact_words(e, t, lang))]


# -- incidents ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    type: str | None = None
    city: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def keeps(self, inc: Incident) -> bool:
        return ((self.type is None or inc.incident_type == self.type)
                and (self.city is None or (inc.city or "").lower() == self.city.lower())
                and (self.since is None or inc.last_seen >= self.since)
                and (self.until is None or inc.first_seen <= self.until))


def day_bounds(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """A date filter's days (YYYY-MM-DD) as times: from the start of one to the end of the other."""
    def day(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None

    start, end = day(since), day(until)
    return start, (end + timedelta(days=1) - timedelta(microseconds=1)) if end else None


@dataclass(frozen=True, slots=True)
class IncidentView:
    id: str
    type: str | None
    city: str | None
    city_label: str | None
    place_type: str | None
    precision: str
    count: str | None
    corroboration: int
    independent: int
    reports: int
    sources: int
    first_seen: datetime
    last_seen: datetime


def incident_view(inc: Incident, lang: str = "en") -> IncidentView:
    count = inc.count
    text = None if count is None else str(count[0]) if count[0] == count[1] else f"{count[0]}–{count[1]}"
    return IncidentView(inc.id, inc.incident_type, inc.city, city_name(inc.city, lang), inc.place_type,
                        inc.precision, text,
                        round(inc.corroboration * 100), inc.independent, len(inc.reports), inc.sources,
                        inc.first_seen, inc.last_seen)


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: str
    statement: str
    status: str
    evidence: str | None
    first_seen: datetime
    last_seen: datetime
    messages: int
    asked: int
    sources: int
    variants: tuple[str, ...]


def claim_view(c: Claim) -> ClaimView:
    return ClaimView(c.id, c.statement, c.status, c.evidence, c.messages[0].ts, c.messages[-1].ts,
                     len(c.messages), sum(m.asks for m in c.messages), len({m.source for m in c.messages}),
                     tuple(v for v in c.variants if v != c.statement)[:3])
