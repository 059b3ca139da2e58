"""Reports of the same event merged into one incident, with how well it is corroborated.

Two incident reports describe the same event when they have the same type and city, were said
within a day of each other, do not name different kinds of place, and their words overlap
(Jaccard similarity of their word sets, placeholders and short words left out). Reports are
blocked by type and city first, so only a handful are ever compared; exact Jaccard is then cheaper
than an approximate index (MinHash pays off only for thousands of candidates per block).

Corroboration counts independent voices: distinct pseudonyms and sources, where a forward or a
copy (a near-identical text) counts once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

WINDOW = timedelta(hours=24)
SIMILAR = 0.25  # word-set Jaccard above which two reports tell of the same event
COPY = 0.8  # above this, one is a forward or a copy of the other
_WORD = re.compile(r"[^\W\d_]{3,}")
_PLACEHOLDER = re.compile(r"\[[^\]]{1,20}\]")
# Places precise enough to be a point, as ACLED and GDELT record precision.
POINT_PLACES = frozenset({"metro", "police_station", "workplace", "dormitory", "enlistment_office", "border"})


@dataclass(frozen=True, slots=True)
class IncidentReport:
    id: str
    ts: datetime
    source: str
    author: str | None
    text: str
    incident_type: str | None
    city: str | None
    place_type: str | None = None
    count: int | tuple[int, int] | None = None


@dataclass(slots=True)
class Incident:
    incident_type: str | None
    city: str | None
    place_type: str | None
    first_seen: datetime
    last_seen: datetime
    reports: list[IncidentReport] = field(default_factory=list)
    words: list[frozenset[str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        """Stable: the type, city and the first report's id."""
        city = (self.city or "unknown").lower().replace(" ", "-")
        return f"{self.incident_type or 'incident'}-{city}-{self.reports[0].id}"

    @property
    def precision(self) -> str:
        if self.city is None:
            return "country"
        return "place" if self.place_type in POINT_PLACES else "city"

    @property
    def count(self) -> tuple[int, int] | None:
        """The range of what the reports say (their lowest low to their highest high)."""
        counts = [r.count for r in self.reports if r.count is not None]
        bounds = [(c, c) if isinstance(c, int) else c for c in counts]
        if not bounds:
            return None
        return min(lo for lo, _ in bounds), max(hi for _, hi in bounds)

    @property
    def independent(self) -> int:
        """Reports that are not copies of an earlier one, by distinct pseudonyms."""
        seen: list[frozenset[str]] = []
        authors: set[str] = set()
        anonymous = 0
        for r, w in zip(self.reports, self.words, strict=True):
            if any(jaccard(w, s) >= COPY for s in seen):
                continue  # a forward or a copy counts once
            seen.append(w)
            if r.author:
                authors.add(r.author)
            else:
                anonymous += 1
        return len(authors) + anonymous

    @property
    def sources(self) -> int:
        return len({r.source for r in self.reports})

    @property
    def corroboration(self) -> float:
        """In [0, 1): 0.5 for one voice, 0.75 for two independent ones, and so on; a second
        source adds as much as a second voice."""
        voices = self.independent + max(0, self.sources - 1) * 0.5
        return round(1 - 0.5 ** max(voices, 0), 3)

    def to_dict(self) -> dict:
        count = self.count
        return {
            "id": self.id, "incident_type": self.incident_type, "city": self.city,
            "place_type": self.place_type, "precision": self.precision,
            "first_seen": self.first_seen.isoformat(), "last_seen": self.last_seen.isoformat(),
            "count_low": count[0] if count else None, "count_high": count[1] if count else None,
            "reports": len(self.reports), "independent": self.independent, "sources": self.sources,
            "corroboration": self.corroboration,
        }


def words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", text)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _compatible(inc: Incident, r: IncidentReport) -> bool:
    return (inc.incident_type == r.incident_type and inc.city == r.city
            and (inc.place_type is None or r.place_type is None or inc.place_type == r.place_type))


def merge(reports: Iterable[IncidentReport], window: timedelta = WINDOW,
          similar: float = SIMILAR) -> list[Incident]:
    """Incidents from reports, oldest first; the result does not depend on the input's order."""
    ordered: Sequence[IncidentReport] = sorted(reports, key=lambda r: (r.ts, r.id))
    open_: dict[tuple[str | None, str | None], list[Incident]] = {}
    out: list[Incident] = []
    for r in ordered:
        w = words(r.text)
        block = open_.setdefault((r.incident_type, r.city), [])
        best, best_sim = None, 0.0
        for inc in block:
            if r.ts - inc.last_seen > window or not _compatible(inc, r):
                continue
            sim = max((jaccard(w, x) for x in inc.words), default=0.0)
            if not w and not any(inc.words):
                sim = similar  # facts only, no text: same type, city and place within a day
            if sim >= similar and sim > best_sim:
                best, best_sim = inc, sim
        if best is None:
            best = Incident(r.incident_type, r.city, r.place_type, r.ts, r.ts)
            block.append(best)
            out.append(best)
        best.reports.append(r)
        best.words.append(w)
        best.last_seen = max(best.last_seen, r.ts)
        best.place_type = best.place_type or r.place_type
    return out

