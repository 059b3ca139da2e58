"""The map's shapes and projection: Natural Earth borders shipped in the repo, a conic fitted to
Russia, and paths light enough for a phone."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from molva.publish.web import geo

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_borders.py"


def bbox(code: str) -> tuple[float, float, float, float]:
    proj = geo.projection()
    country = next(c for c in geo.borders() if c.code == code)
    pts = [proj.point(lon, lat) for r in country.rings for lon, lat in r]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def test_borders_hold_russia_and_its_neighbours() -> None:
    codes = {c.code for c in geo.borders()}
    assert {"RU", "GE", "KZ", "MN", "CN", "FI", "EE", "LV", "LT", "PL", "BY", "UA", "AZ", "NO", "KP"} <= codes


def test_russia_fills_the_view() -> None:
    x0, y0, x1, y1 = bbox("RU")
    assert x0 == pytest.approx(geo.WIDTH * geo.MARGIN, abs=1)
    assert x1 == pytest.approx(geo.WIDTH * (1 - geo.MARGIN), abs=1)
    assert 0 < y0 < y1 < geo.projection().height


@pytest.mark.parametrize(("lon", "lat", "country"), [(44.63, 42.77, "GE"), (71.4, 51.1, "KZ"),
                                                     (106.9, 47.9, "MN"), (28.0, 60.6, "FI")])
def test_places_near_a_border_fall_by_their_country(lon: float, lat: float, country: str) -> None:
    x, y = geo.projection().point(lon, lat)
    x0, y0, x1, y1 = bbox(country)
    assert x0 - 5 <= x <= x1 + 5 and y0 - 5 <= y <= y1 + 5


def test_directions_are_kept() -> None:
    proj = geo.projection()
    moscow, novosibirsk, murmansk = proj.point(37.6, 55.75), proj.point(82.9, 55.0), proj.point(33.1, 68.97)
    assert moscow[0] < novosibirsk[0]  # west is left
    assert murmansk[1] < moscow[1]  # north is up


def test_paths_are_light() -> None:
    text = "".join(d for _, _, d in geo.country_paths())
    assert len(gzip.compress(text.encode())) < 40_000


def test_verkhny_lars_is_in_the_view_by_georgia() -> None:
    x, y = geo.projection().point(44.63, 42.74)
    assert 0 < x < geo.WIDTH and 0 < y < geo.projection().height
    x0, y0, x1, y1 = bbox("GE")
    assert x0 <= x <= x1 and y0 <= y <= y1


def test_cut_edges_stay_out_of_the_view() -> None:
    """The script clamps rings to a lon/lat box; the conic's slanted meridians must not bring
    those straight cuts into the view's corners."""
    spec = importlib.util.spec_from_file_location("build_borders", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    west, south, east, north = script.BOX
    proj = geo.projection()
    seen = [(c.code, lon, lat) for c in geo.borders() for r in c.rings for lon, lat in r
            if lon in (west, east) or lat in (south, north)
            if 0 <= proj.point(lon, lat)[0] <= geo.WIDTH and 0 <= proj.point(lon, lat)[1] <= proj.height]
    assert not seen
