"""The map as an inline SVG: country shapes, crossings coloured by the exit wait, incidents as
squares on their cities (bigger for more incidents). Links to the crossing pages work without
script; every mark has a <title> for its tooltip and for screen readers."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from html import escape

from molva.fuse.incidents import Incident
from molva.publish.web import geo
from molva.publish.web.views import level
from molva.publish.web.words import city_name, hours
from molva.records import Estimate
from molva.understand import Gazetteer


def map_svg(gazetteer: Gazetteer, estimates: Iterable[Estimate], incidents: Iterable[Incident],
            lang: str, prefix: str) -> str:
    proj = geo.projection()
    width, height = geo.WIDTH, round(proj.height)
    label = "Карта пунктов пропуска и происшествий" if lang == "ru" else "Map of crossings and incidents"
    parts = [f'<svg viewBox="0 0 {width:.0f} {height}" class="map" role="img" aria-label="{label}">']
    for code, name, d in geo.country_paths():
        cls = "land ru" if code == "RU" else "land"
        parts.append(f'<path d="{d}" class="{cls}"><title>{escape(name)}</title></path>')
    waits = {e.crossing: e for e in estimates if e.direction == "exit"}
    # crossings without an estimate first, so those with one are drawn on top
    for c in sorted(gazetteer.crossings.values(), key=lambda c: (c.id in waits, c.id)):
        x, y = proj.point(c.lon, c.lat)
        e = waits.get(c.id)
        wait = e.wait_hours if e else None
        name = c.name_ru if lang == "ru" else c.name_en
        title = f"{name}: {hours(wait, lang)}" if wait is not None else name
        r = 7 if e else 4
        parts.append(f'<a href="{prefix}/crossings/{c.id}/"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" '
                     f'class="c f-{level(wait)}" data-crossing="{c.id}">'
                     f'<title>{escape(title)}</title></circle></a>')
    points = gazetteer.city_points()
    per_city = Counter(i.city for i in incidents if i.city in points)
    for city, n in sorted(per_city.items()):
        lat, lon = points[city]
        x, y = proj.point(lon, lat)
        s = 4 + 2.5 * math.log2(n)
        word = "происшествий" if lang == "ru" else "incidents"
        parts.append(f'<rect x="{x - s / 2:.1f}" y="{y - s / 2:.1f}" width="{s:.1f}" height="{s:.1f}" '
                     'class="i" '
                     f'data-city="{escape(city)}"><title>{escape(city_name(city, lang) or city)}: {n} {word}'
                     '</title></rect>')
    parts.append("</svg>")
    return "".join(parts)
