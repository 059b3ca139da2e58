"""The Python API: what the CLI, the web app and the tests all call.

`Molva` holds the expensive objects (store, gazetteer, extractor, scrubber), built once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path

from molva.errors import InputError
from molva.fuse import estimate_board, series
from molva.fuse.board import CHECK_WINDOW, HISTORY, WINDOW
from molva.fuse.claims import STATUSES, Claim, gather
from molva.fuse.incidents import Incident
from molva.fuse.incidents import merge as merge_incidents
from molva.fuse.pedestrians import WINDOW as FOOT_WINDOW
from molva.fuse.pedestrians import on_foot
from molva.fuse.thin import hour_end, hour_of
from molva.publish.export import (
    BOARD_COLUMNS,
    INCIDENT_COLUMNS,
    REPORT_COLUMNS,
    board_rows,
    incident_rows,
    render,
    report_rows,
)
from molva.publish.export import FORMATS as EXPORT_FORMATS
from molva.publish.export import KINDS as EXPORT_KINDS
from molva.records import Estimate, Evidence, Message, Report, iso, parse_time
from molva.scrub import NameFinder, Scrubber
from molva.settings import Settings, resolve_secret
from molva.sources import CountingReader, open_source, resolve
from molva.store import Store, WriteCounts
from molva.understand import Extractor, Gazetteer
from molva.understand.evaluate import Scores, predict, read_corpus, score
from molva.understand.text import normalize

BATCH = 2000


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    facts: int = 0

    def line(self) -> str:
        return (
            f"{self.read} messages read: {self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped; {self.facts} facts found"
        )


@dataclass(frozen=True, slots=True)
class Board:
    at: datetime
    crossings: list[Estimate]

    def to_dict(self) -> dict:
        return {"at": iso(self.at), "crossings": [e.to_dict() for e in self.crossings]}


def is_fact(report: Report) -> bool:
    return report.kind in ("border", "incident") and (report.has_fact or report.kind == "incident")


class Molva:
    """One deployment: settings and the objects built from them."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self._store = store

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.settings.db)
        return self._store

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer()

    @cached_property
    def extractor(self) -> Extractor:
        return Extractor(self.gazetteer)

    @cached_property
    def scrubber(self) -> Scrubber:
        return Scrubber(resolve_secret(self.settings), self.name_finder, keep_text=self.settings.keeps_text)

    @cached_property
    def name_finder(self) -> NameFinder:
        """Names to scrub; the gazetteer says which capitalised words are places."""
        g = self.gazetteer
        return NameFinder(lambda text: [(p.start, p.end, p.kind) for p in g.find_all(normalize(text))])


    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    # -- extract -------------------------------------------------------------------

    def extract(self, lines: Iterable[str], where: str = "<stdin>") -> Iterator[dict]:
        """One contract dict per JSON line of `{"id", "text", "date"?, "chat"?}`."""
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"invalid JSON, column {e.colno}: {e.msg}", where=f"{where}:{n}") from None
            if not isinstance(obj, dict):
                raise InputError("expected a JSON object", where=f"{where}:{n}")
            if "id" not in obj:
                raise InputError("missing field 'id'", where=f"{where}:{n}")
            text = obj.get("text")
            if not isinstance(text, str):
                raise InputError("field 'text' must be a string", where=f"{where}:{n}")
            local = None
            if obj.get("date") is not None:
                try:
                    local = parse_time(str(obj["date"]))  # wall clock in its own offset
                except ValueError:
                    raise InputError(f"field 'date' is not an ISO time: {obj['date']!r}",
                                     where=f"{where}:{n}") from None
            chat = obj.get("chat") if isinstance(obj.get("chat"), str) else None
            yield self.extractor(obj["id"], text, chat, local).to_dict()

    def evaluate(self, corpus: Iterable[Path], split: str = "test", keep_errors: bool = False) -> Scores:
        """Score the extractor on the labelled corpus (`split`: test, dev or all)."""
        examples = [e for e in read_corpus(corpus) if split == "all" or e.split == split]
        extract = self.extractor
        return score(examples, lambda e: predict(extract, e), keep_errors)

    # -- ingest --------------------------------------------------------------------

    def ingest(
        self, paths: Iterable[Path], progress: Callable[[Path, int, int], None] | None = None
    ) -> IngestSummary:
        """Read sources, scrub, extract and store; batches commit as they go."""
        total = IngestSummary()
        for path in paths:
            total = _add(total, self._ingest_one(resolve(path), progress))
        return total

    def _ingest_one(self, path: Path, progress: Callable[[Path, int, int], None] | None) -> IngestSummary:
        store, scrub, extract = self.store, self.scrubber, self.extractor
        read = skipped = facts = 0
        counts = WriteCounts()
        size = path.stat().st_size
        batch: list[tuple[Message, Report | None]] = []
        source_id: int | None = None
        source_key = None

        def flush() -> None:
            nonlocal counts, batch
            if batch and source_id is not None:
                counts = counts + store.write(source_id, batch)
            batch = []

        with path.open("rb") as f:
            reader = CountingReader(f, size)
            try:
                for raw in open_source(path, reader):
                    read += 1
                    if raw is None:
                        skipped += 1
                        continue
                    if raw.source.key != source_key:
                        flush()
                        source = scrub.source(raw.source)  # a chat's title can name a person
                        crossing = self.extractor.title_context(source.title)[0]
                        source_id = store.source_id(source, crossing)
                        source_key = raw.source.key
                    msg = scrub(raw)
                    report = extract(msg.msg_id, msg.text, msg.chat, raw.local_ts)
                    if not scrub.keep_text:
                        msg = replace(msg, text="")  # facts only: the report is all that is kept
                    if is_fact(report):
                        facts += 1
                    batch.append((msg, report))
                    if len(batch) >= BATCH:
                        flush()
                        if progress:
                            progress(path, reader.position, size)
            finally:
                # What was read before an error is stored: a re-run after a fix completes it.
                flush()
            if progress:
                progress(path, size, size)
        return IngestSummary(read, counts.new, counts.updated, counts.unchanged, skipped, facts)

    # -- export --------------------------------------------------------------------

    def export(self, kind: str, fmt: str, at: datetime | None = None) -> str:
        """Published data as text: `kind` reports, incidents or board; `fmt` csv, geojson or hxl."""
        if kind not in EXPORT_KINDS:
            raise InputError(f"expected one of {', '.join(EXPORT_KINDS)}, not {kind!r}", where="--kind")
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"expected one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}", where="--format")
        crossings = self.gazetteer.crossings
        if kind == "board":
            b = self.board(at)
            return render(board_rows(b.at, b.crossings, crossings), BOARD_COLUMNS, fmt)
        if kind == "incidents":
            rows = incident_rows(self.incidents(at), self.gazetteer.city_points())
            return render(rows, INCIDENT_COLUMNS, fmt)
        rows = report_rows(self.store.reports(("border", "incident"), at), crossings)
        return render(rows, REPORT_COLUMNS, fmt)

    def claims(self, at: datetime | None = None) -> list[Claim]:
        """Rumours' claims said by `at`, each with its messages, spread and verdicts."""
        return gather(self.store.claim_messages(at), self.store.verdicts())

    def set_claim(self, claim_id: str, status: str, evidence: str | None) -> Claim:
        """An operator's verdict on a claim, with an evidence link; kept with the earlier ones."""
        if status not in STATUSES:
            raise InputError(f"expected one of {', '.join(STATUSES)}, not {status!r}", where="--status")
        if status != "unverified" and not evidence:
            raise InputError("a verdict needs an evidence link", where="--evidence")
        if evidence and not EVIDENCE_URL.match(evidence):
            raise InputError(f"not an http(s) link: {evidence!r}", where="--evidence")
        known = {c.id: c for c in self.claims()}
        if claim_id not in known:
            raise InputError(f"no claim {claim_id!r} (see molva claims)", where="ID")
        self.store.set_verdict(claim_id, status, evidence, datetime.now(UTC))
        return {c.id: c for c in self.claims()}[claim_id]

    def incidents(self, at: datetime | None = None) -> list[Incident]:
        """Incident reports said by `at`, merged into incidents (oldest first)."""
        return merge_incidents(self.store.incident_reports(at))

    # -- board ---------------------------------------------------------------------

    def board(self, at: datetime | None = None) -> Board:
        at = (at or datetime.now(UTC)).astimezone(UTC)
        store = self.store
        evidence = store.border_evidence(at - HISTORY, at, sampled=True, board_at=at)
        known = store.known_crossings(at)
        last48, last24 = store.board_windows([at - WINDOW, at - CHECK_WINDOW], at)
        return Board(at, estimate_board(evidence, at, self.gazetteer.names(), known, last48, last24))

    def on_foot(self, at: datetime | None = None) -> dict[str, str]:
        """Whether people on foot are let through, per crossing: "yes", "no" or "unclear", from
        the last day's reports (fuse/pedestrians.py); crossings without such reports are absent."""
        at = (at or datetime.now(UTC)).astimezone(UTC)
        return on_foot(self.store.on_foot(at - FOOT_WINDOW, at), at)

    def crossing_reports(self, crossing: str, at: datetime | None = None, limit: int = 30) -> list[Evidence]:
        """The newest border reports of one crossing said by `at` (facts only: no text, no
        author is published from them), newest first."""
        at = (at or datetime.now(UTC)).astimezone(UTC)
        found = self.store.border_evidence(at - WINDOW, at, crossing)
        return [e for e in reversed(found) if e.report.has_fact][:limit]

    def history(self, crossing: str, direction: str = "exit", start: datetime | None = None,
                end: datetime | None = None
                ) -> list[tuple[datetime, Estimate]]:
        """The estimate of one crossing at every whole hour from `start` to `end` (default: the 14
        days before now), each using only what was said by then. One query of the board's sample
        and one of its hourly counts, then windows in memory."""
        if crossing not in self.gazetteer.crossings:
            raise InputError(f"no crossing {crossing!r} (see crossings.csv)", where="crossing")
        if direction not in ("exit", "entry"):
            raise InputError(f"expected exit or entry, not {direction!r}", where="direction")
        end = (end or datetime.now(UTC)).astimezone(UTC)
        start = (start or end - timedelta(days=14)).astimezone(UTC)
        if start > end:
            raise InputError("the start is after the end", where="from")
        if end - start > MAX_SERIES:
            raise InputError("at most 31 days at a time", where="from")
        evidence = self.store.border_evidence(start - HISTORY, end, crossing, sampled=True)
        hours = self.store.board_hours(crossing, direction, hour_of(start) - 48, hour_of(end))
        times, at = [], hour_end(hour_of(start))
        while at <= end:
            times.append(at)
            at += timedelta(hours=1)
        name = self.gazetteer.names().get(crossing, crossing)
        return list(zip(times, series(evidence, crossing, direction, name, times, hours,
                                                         sampled=True), strict=True))


MAX_SERIES = timedelta(days=31)
EVIDENCE_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


def history_dict(crossing: str, direction: str, points: list[tuple[datetime, Estimate]]) -> dict:
    """The JSON of a crossing's history: one point per time."""
    return {
        "crossing": crossing,
        "direction": direction,
        "points": [
            {"at": iso(at), "wait_hours": e.wait_hours, "low": e.low, "high": e.high, "reports": e.reports,
             "trend": e.trend}
            for at, e in points
        ],
    }


def _add(a: IngestSummary, b: IngestSummary) -> IngestSummary:
    return IngestSummary(*(x + y for x, y in zip(
        (a.read, a.new, a.updated, a.unchanged, a.skipped, a.facts),
        (b.read, b.new, b.updated, b.unchanged, b.skipped, b.facts), strict=True)))
