"""Exports monitors and journalists can cite: CSV, GeoJSON (RFC 7946) and HXL.

What is published is facts only: when, what kind, where, how long, how many, what was checked.
Never the message text, never the author's pseudonym (a stable pseudonym would let anyone link
one person's reports), never the chat's id.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from molva.records import Estimate, Evidence, iso
from molva.understand.gazetteer import Crossing

FORMATS = ("csv", "geojson", "hxl")
KINDS = ("reports", "incidents", "board")


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    hxl: str


REPORT_COLUMNS = (
    Column("time", "#date+reported"),
    Column("kind", "#event+type"),
    Column("crossing", "#loc+crossing+code"),
    Column("direction", "#indicator+direction"),
    Column("wait_hours_low", "#indicator+wait_hours+min"),
    Column("wait_hours_high", "#indicator+wait_hours+max"),
    Column("wait_state", "#indicator+wait_state"),
    Column("queue_km", "#indicator+queue_km"),
    Column("vehicles", "#indicator+vehicles+num"),
    Column("people", "#affected+num"),
    Column("checks", "#indicator+checks"),
    Column("mode", "#indicator+mode"),
    Column("incident_type", "#event+incident+type"),
    Column("place_type", "#loc+type"),
    Column("city", "#adm2+name"),
    Column("count_low", "#affected+min"),
    Column("count_high", "#affected+max"),
    Column("lang", "#meta+lang"),
    Column("confidence", "#meta+confidence"),
    Column("lat", "#geo+lat"),
    Column("lon", "#geo+lon"),
)
BOARD_COLUMNS = (
    Column("at", "#date"),
    Column("crossing", "#loc+crossing+code"),
    Column("name", "#loc+crossing+name"),
    Column("direction", "#indicator+direction"),
    Column("wait_hours", "#indicator+wait_hours"),
    Column("low", "#indicator+wait_hours+min"),
    Column("high", "#indicator+wait_hours+max"),
    Column("as_of", "#date+updated"),
    Column("reports", "#meta+reports+num"),
    Column("trend", "#indicator+trend"),
    Column("lat", "#geo+lat"),
    Column("lon", "#geo+lon"),
)


def _bounds(v: Any) -> tuple[Any, Any]:
    if v is None:
        return None, None
    return (v[0], v[1]) if isinstance(v, tuple) else (v, v)


def report_rows(evidence: Iterable[Evidence], crossings: dict[str, Crossing]) -> list[dict[str, Any]]:
    rows = []
    for ev in evidence:
        r = ev.report
        wl, wh = _bounds(r.wait_hours)
        cl, ch = _bounds(r.count)
        place = crossings.get(r.crossing or "")
        rows.append({
            "time": iso(ev.ts), "kind": r.kind, "crossing": r.crossing, "direction": r.direction,
            "wait_hours_low": wl, "wait_hours_high": wh, "wait_state": r.wait_state,
            "queue_km": r.queue_km, "vehicles": r.vehicles, "people": r.people,
            "checks": " ".join(r.checks), "mode": " ".join(r.mode), "incident_type": r.incident_type,
            "place_type": r.place_type, "city": r.city, "count_low": cl, "count_high": ch,
            "lang": r.lang, "confidence": r.confidence,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
        })
    return rows


def board_rows(
    at: Any, estimates: Iterable[Estimate], crossings: dict[str, Crossing]
) -> list[dict[str, Any]]:
    rows = []
    for e in estimates:
        place = crossings.get(e.crossing)
        rows.append({
            "at": iso(at), "crossing": e.crossing, "name": e.name, "direction": e.direction,
            "wait_hours": e.wait_hours, "low": e.low, "high": e.high, "as_of": iso(e.as_of),
            "reports": e.reports, "trend": e.trend,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
        })
    return rows


INCIDENT_COLUMNS = (
    Column("id", "#event+id"),
    Column("incident_type", "#event+type"),
    Column("first_seen", "#date+start"),
    Column("last_seen", "#date+end"),
    Column("city", "#loc+name"),
    Column("place_type", "#loc+type"),
    Column("precision", "#geo+precision"),
    Column("lat", "#geo+lat"),
    Column("lon", "#geo+lon"),
    Column("count_low", "#affected+min"),
    Column("count_high", "#affected+max"),
    Column("reports", "#meta+reports+num"),
    Column("sources", "#meta+source+num"),
    Column("independent", "#meta+independent+num"),
    Column("corroboration", "#status+corroboration"),
)


def incident_rows(incidents: Iterable[Any], places: dict[str, tuple[float, float]]) -> list[dict[str, Any]]:
    """Merged incidents, at their city's coordinates (precision says how exact that is)."""
    rows = []
    for inc in incidents:
        row = inc.to_dict()
        where = places.get(inc.city or "")
        row["lat"], row["lon"] = where if where else (None, None)
        rows.append(row)
    return rows


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[Column], hxl: bool = False) -> str:
    """CSV with a header row; with `hxl`, the HXL hashtag row under it."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([c.name for c in columns])
    if hxl:
        w.writerow([c.hxl for c in columns])
    for row in rows:
        w.writerow(["" if row.get(c.name) is None else row[c.name] for c in columns])
    return out.getvalue()


def to_geojson(rows: Iterable[dict[str, Any]]) -> str:
    """A FeatureCollection of the rows that have a place (longitude first, RFC 7946)."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")},
        }
        for row in rows
        if row.get("lat") is not None and row.get("lon") is not None
    ]
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def render(rows: list[dict[str, Any]], columns: Sequence[Column], fmt: str) -> str:
    if fmt == "geojson":
        return to_geojson(rows)
    return to_csv(rows, columns, hxl=fmt == "hxl")
