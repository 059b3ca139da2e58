"""Build src/molva/data/borders.tsv: Russia and its neighbours, simplified, for the server-drawn map.

Source: Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON in the npm package
world-atlas 2.0.2 (ISC): `curl -sL https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz
| tar xz` gives package/countries-50m.json. Then:

    python scripts/build_borders.py package/countries-50m.json > src/molva/data/borders.tsv

Only the standard library: the TopoJSON arcs are decoded here, each ring is simplified with
Douglas-Peucker and clamped to a box well outside the map's view (so what is cut off is never
seen), and rings too small to see are dropped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# ISO 3166 numeric → (alpha-2, English name): Russia, its neighbours and the countries around them.
COUNTRIES = {
    "643": ("RU", "Russia"), "578": ("NO", "Norway"), "246": ("FI", "Finland"), "233": ("EE", "Estonia"),
    "428": ("LV", "Latvia"), "440": ("LT", "Lithuania"), "616": ("PL", "Poland"), "112": ("BY", "Belarus"),
    "804": ("UA", "Ukraine"), "268": ("GE", "Georgia"), "031": ("AZ", "Azerbaijan"),
    "398": ("KZ", "Kazakhstan"), "496": ("MN", "Mongolia"), "156": ("CN", "China"),
    "408": ("KP", "North Korea"), "410": ("KR", "South Korea"), "392": ("JP", "Japan"),
    "051": ("AM", "Armenia"), "792": ("TR", "Turkey"), "364": ("IR", "Iran"), "860": ("UZ", "Uzbekistan"),
    "417": ("KG", "Kyrgyzstan"), "795": ("TM", "Turkmenistan"), "762": ("TJ", "Tajikistan"),
    "752": ("SE", "Sweden"), "498": ("MD", "Moldova"), "642": ("RO", "Romania"), "348": ("HU", "Hungary"),
    "703": ("SK", "Slovakia"), "203": ("CZ", "Czechia"), "276": ("DE", "Germany"), "208": ("DK", "Denmark"),
    "004": ("AF", "Afghanistan"), "100": ("BG", "Bulgaria"), "840": ("US", "United States"),
}
BOX = (-5.0, 28.0, 205.0, 86.0)  # lon, lat bounds kept; the view spans about lon 2.5..196, lat 30.75..90
TOLERANCE = 0.08  # degrees
MIN_SPAN = 0.4  # degrees: smaller islands are not drawn


def arcs_of(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def simplify(pts: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative."""
    if len(pts) < 4:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, at = 0.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            if norm:
                d = abs(dy * (px - x1) - dx * (py - y1)) / norm
            else:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > best:
                best, at = d, i
        if best > tol and at > 0:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def clean(pts: list[tuple[float, float]], code: str) -> list[tuple[float, float]] | None:
    if code in ("RU", "US"):  # Chukotka and the Aleutians across 180°: keep them east of it
        pts = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in pts]
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    if max(lons) < BOX[0] or min(lons) > BOX[2] or max(lats) < BOX[1] or min(lats) > BOX[3]:
        return None
    if max(max(lons) - min(lons), max(lats) - min(lats)) < MIN_SPAN:
        return None
    clamped = [(min(max(lon, BOX[0]), BOX[2]), min(max(lat, BOX[1]), BOX[3])) for lon, lat in pts]
    out = simplify(clamped, TOLERANCE)
    return out if len(out) >= 4 else None


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = arcs_of(topo)
    print("# Russia and its neighbours, simplified: Natural Earth 1:50m admin-0 countries (public domain)")
    print("# via the npm package world-atlas 2.0.2 (ISC); built by scripts/build_borders.py")
    print("# code\tname\trings: 'lon,lat lon,lat …' separated by '|'")
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom.get("id") not in COUNTRIES:
            continue
        code, name = COUNTRIES[geom["id"]]
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        rings = [r for poly in polygons for idx in poly[:1] if (r := clean(ring(idx, arcs), code))]
        if rings:
            text = "|".join(" ".join(f"{lon:.2f},{lat:.2f}" for lon, lat in r) for r in rings)
            print(f"{code}\t{name}\t{text}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package/countries-50m.json")
