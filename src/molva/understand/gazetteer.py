"""The crossing gazetteer: every alias of every crossing, matched in one pass.

Facts (ids, names, aliases with case forms, foreign-side names, coordinates, sources)
come from `molva/data/crossings.csv`, a copy of the project's shared gazetteer
(`shared/data/crossings.csv`; each row names its sources). Ambiguous aliases (ordinary
words, city names, short forms) count only when the message speaks of the border.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

import ahocorasick

from molva.understand.text import WORD_CHARS, normalize

# Aliases that are ordinary words, cities or too short to trust without border context.
AMBIGUOUS = {
    "ларс", "ларса", "ларсу", "ларсом", "ларсе", "lars", "вгд", "военно-грузинская дорога",
    "военно-грузинской дороге", "georgian military road", "теплое", "теплом", "светлый",
    "светлом", "svetly", "троицк", "троицке", "троицка", "troitsk", "орск", "орске", "орска",
    "orsk", "комсомольский", "комсомольском", "николаевка", "николаевке", "павловка",
    "павловке", "михайловка", "михайловке", "горняк", "горняке", "пограничный", "пограничном",
    "адлер", "адлере", "adler", "веселое", "тэс", "tes", "орда", "orda", "ауыл", "auyl",
    "рубцовск", "костомукша", "kostomuksha", "киркенес", "kirkenes", "транскам", "transkam",
    "шарик", "рук", "ruk", "roki", "ube", "убе", "аксай", "aksay", "aksai", "печоры", "печорах",
    "pechory", "нарва", "нарве", "нарву", "нарвы", "narva", "иматра", "иматре", "иматру",
    "imatra", "салла", "салле", "саллу", "саллы", "salla", "лотта", "лотте", "лотту", "лотты",
    "lotta", "гусев", "гусеве", "gusev", "советск", "советске", "советска", "sovetsk",
    "мамоново", "мамонове", "mamonovo", "самур", "samur", "благовещенск", "благовещенске",
    "благовещенска", "blagoveshchensk", "владикавказ", "владикавказе", "владикавказа",
    "vladikavkaz", "беслан", "беслане", "beslan", "svo", "vko", "dme", "led", "mrv", "ogz",
    "монд", "мондах", "карасук", "карасуке", "karasuk", "славгород", "славгороде", "slavgorod",
    "черлак", "черлаке", "черлака", "cherlak", "нестеров", "nesterov", "ханх", "hanh", "ulkhan",
    "ульхан", "кайрак", "kairak", "аят", "ayat", "сырым", "syrym", "шаган", "shagan",
}


@dataclass(frozen=True, slots=True)
class Crossing:
    id: str
    type: str
    name_ru: str
    name_en: str
    country: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Hit:
    crossing: str
    start: int
    end: int
    ambiguous: bool


def load_crossings() -> list[tuple[Crossing, list[str]]]:
    path = resources.files("molva") / "data" / "crossings.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        c = Crossing(
            id=r["id"], type=r["type"], name_ru=r["russian_side_name_ru"],
            name_en=r["russian_side_name_en"], country=r["neighbour_country"],
            lat=float(r["lat"]), lon=float(r["lon"]),
        )
        aliases = [a.strip() for a in r["aliases"].split("|") if a.strip()]
        out.append((c, [c.name_ru, c.name_en, *aliases]))
    return out


class Gazetteer:
    """Built once; finds crossing names in normalised text with one Aho-Corasick pass."""

    def __init__(self, rows: list[tuple[Crossing, list[str]]] | None = None) -> None:
        rows = load_crossings() if rows is None else rows
        self.crossings: dict[str, Crossing] = {c.id: c for c, _ in rows}
        self._automaton = ahocorasick.Automaton()
        forms: dict[str, set[str]] = {}
        for c, aliases in rows:
            for alias in aliases:
                key = normalize(alias)
                if len(key) >= 3:
                    forms.setdefault(key, set()).add(c.id)
        for key, ids in forms.items():
            # An alias shared by several crossings names none of them.
            if len(ids) == 1:
                self._automaton.add_word(key, (next(iter(ids)), key in AMBIGUOUS, len(key)))
        self._automaton.make_automaton()

    def find(self, norm: str) -> list[Hit]:
        """Whole-word hits in normalised text; the longest wins where hits overlap."""
        found: list[Hit] = []
        n = len(norm)
        for end, (cid, amb, length) in self._automaton.iter(norm):
            start = end - length + 1
            if start > 0 and norm[start - 1] in WORD_CHARS:
                continue
            if end + 1 < n and norm[end + 1] in WORD_CHARS:
                continue
            found.append(Hit(cid, start, end + 1, amb))
        if len(found) < 2:
            return found
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for h in found:
            if kept and h.start < kept[-1].end:
                continue
            kept.append(h)
        return kept

    def names(self) -> dict[str, str]:
        return {c.id: c.name_en for c in self.crossings.values()}
