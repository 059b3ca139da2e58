"""Country shapes (data/borders.tsv, Natural Earth) and the map's projection.

A Lambert conformal conic projection with standard parallels 50° and 70° N and central meridian
100° E — the usual choice for a map of all of Russia — fitted to a view 1000 units wide around
Russia's own extent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

WIDTH = 1000.0
MARGIN = 0.02  # of the width, around Russia


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) points


@cache
def borders() -> tuple[Country, ...]:
    text = (resources.files("molva") / "data" / "borders.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, rings = line.split("\t")
        out.append(Country(code, name, tuple(
            tuple((float(lon), float(lat)) for lon, lat in (p.split(",") for p in r.split()))
            for r in rings.split("|"))))
    return tuple(out)


class Projection:
    """`point(lon, lat)` → (x, y) in a view `WIDTH` wide and `height` high (y grows downwards)."""

    def __init__(self, lat1: float = 50.0, lat2: float = 70.0, lon0: float = 100.0,
                 fit: tuple[tuple[float, float], ...] = ()) -> None:
        p1, p2 = math.radians(lat1), math.radians(lat2)
        self.n = math.log(math.cos(p1) / math.cos(p2)) / math.log(
            math.tan(math.pi / 4 + p2 / 2) / math.tan(math.pi / 4 + p1 / 2))
        self.f = math.cos(p1) * math.tan(math.pi / 4 + p1 / 2) ** self.n / self.n
        self.lon0 = lon0
        self.scale, self.x0, self.y0, self.height = 1.0, 0.0, 0.0, WIDTH
        if fit:
            xs, ys = zip(*(self._raw(lon, lat) for lon, lat in fit), strict=True)
            span = max(xs) - min(xs)
            self.scale = WIDTH * (1 - 2 * MARGIN) / span
            self.x0 = min(xs) - span * MARGIN / (1 - 2 * MARGIN)
            self.y0 = max(ys) + span * MARGIN / (1 - 2 * MARGIN)
            self.height = (max(ys) - min(ys)) * self.scale + 2 * WIDTH * MARGIN

    def _raw(self, lon: float, lat: float) -> tuple[float, float]:
        rho = self.f / math.tan(math.pi / 4 + math.radians(lat) / 2) ** self.n
        theta = self.n * math.radians(lon - self.lon0)
        return rho * math.sin(theta), -rho * math.cos(theta)

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = self._raw(lon, lat)
        return (x - self.x0) * self.scale, (self.y0 - y) * self.scale


@cache
def projection() -> Projection:
    russia = next(c for c in borders() if c.code == "RU")
    return Projection(fit=tuple(p for r in russia.rings for p in r))


def path(rings: tuple[tuple[tuple[float, float], ...], ...], proj: Projection) -> str:
    """An SVG path's `d`: whole units, repeated points dropped."""
    parts = []
    for r in rings:
        pts: list[tuple[int, int]] = []
        for lon, lat in r:
            x, y = proj.point(lon, lat)
            p = (round(x), round(y))
            if not pts or p != pts[-1]:
                pts.append(p)
        if len(pts) >= 3:
            parts.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
    return "".join(parts)


@cache
def country_paths() -> tuple[tuple[str, str, str], ...]:
    """(code, name, path d) of every country with something inside the view."""
    proj = projection()
    return tuple((c.code, c.name, d) for c in borders() if (d := path(c.rings, proj)))
