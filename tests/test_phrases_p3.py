"""The third, held-out phrasing (sample/phrases_p3.py): the default module's public names and slots,
none of its lines, every report line carrying its fact's slot, numbers said truly, and
`molva sample --style p3` writing chat exports in it."""

from __future__ import annotations

import json
import random
import re
import string
import types
from pathlib import Path

from typer.testing import CliRunner

from exports import export_texts, share_in_own_words
from molva.cli import app
from molva.sample import CHATS
from molva.sample import phrases as P
from molva.sample import phrases_p3 as T
from molva.sample.generate import CHATTER_KINDS, REPORT_KINDS

_FUTURE = type(vars(P)["annotations"])  # `from __future__ import annotations`


def _public(module: types.ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType | _FUTURE)
    }


def _is_table(value: object) -> bool:
    return isinstance(value, tuple) and bool(value) and all(isinstance(v, str) for v in value)


def _slots(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


TABLES = sorted(n for n in _public(P) if _is_table(getattr(P, n)))
WORDING = [n for n in TABLES if getattr(T, n) is not getattr(P, n)]  # the rest is shared data
USED = sorted({t for t, _, _ in REPORT_KINDS} | set(CHATTER_KINDS.values())
              | {"EMPTY", "HEARSAY", "CHECK_PHRASES", "MODE_PHRASES"})
SAY = ("say_hours", "round_hours", "say_range", "say_count", "say_rate", "say_km", "say_clock")


















def test_report_lines_hold_no_figures_of_their_own() -> None:
    """Numbers come from the slots only, so a line states no fact its label does not know."""
    for name in [t for t, _, _ in REPORT_KINDS] + ["EMPTY", "CHECK_PHRASES", "MODE_PHRASES"]:
        for line in getattr(T, name):
            assert not re.search(r"\d", re.sub(r"\{\w+\}", "", line)), (name, line)






# ---- numbers ------------------------------------------------------------------------------
_NUMBER_WORDS = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
                 "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
                 "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "восемнадцать": 18,
                 "двадцать пять": 25, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50}
_FIXED_HOURS = {"час": 1, "часок": 1, "пол-часа": 0.5, "полтора часика": 1.5, "без часа сутки": 23,
                "сутки": 24, "одни сутки": 24, "сутки ровно": 24, "полторы суток": 36,
                "почти двое суток": 47, "двое суток": 48, "трое суток": 72, "четверо суток": 96,
                "пять суток": 120}
_UNIT_HOURS = (("мин", 1 / 60), ("min", 1 / 60), ("м", 1 / 60), ("сут", 24), ("д", 24), ("ч", 1),
               ("h", 1))


def _digits(text: str) -> str:
    t = text.lower()
    for word, value in sorted(_NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        t = re.sub(rf"\b{word}\b", str(value), t)
    t = re.sub(r"(\d+) с половиной", r"\1.5", t)
    return re.sub(r"(\d)-е\b", r"\1", t).replace(",", ".")


def _hours_said(text: str) -> float:
    """The hours a duration from `say_hours` states."""
    if text in _FIXED_HOURS:
        return _FIXED_HOURS[text]
    t = _digits(text)
    total, found = 0.0, False
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)\s*([a-zа-я]+)", t):
        total += float(number) * next(h for u, h in _UNIT_HOURS if unit.startswith(u))
        found = True
    if t.startswith("сутки"):  # "сутки + 3 ч"
        total += 24
    if not found:  # the unit before the number: "минут 40", "часов под 20"
        m = re.fullmatch(r"(минут|часов|часа)\s+(?:под\s+)?(\d+)", t)
        assert m, text
        total = float(m[2]) * (1 / 60 if m[1] == "минут" else 1)
    return total


def test_say_hours_states_the_value_it_is_given() -> None:
    rng = random.Random(1)
    values = [i / 12 for i in range(1, 12)] + [i / 4 for i in range(4, 12)] + [i / 2 for i in range(6, 24)]
    for x in values + list(range(1, 150)):
        for _ in range(40):
            text = T.say_hours(float(x), rng)
            assert abs(_hours_said(text) - x) < 1e-6, (x, text)


def test_say_hours_has_the_forms_people_write() -> None:
    rng = random.Random(4)
    said = {T.say_hours(x, rng) for x in (9.5, 20.0, 27.0, 47.0, 23.0) for _ in range(200)}
    assert {"9 с половиной часов", "часов под двадцать", "1 день 3 часа", "почти двое суток",
            "без часа сутки"} <= said


def test_rounded_hours_stay_close() -> None:
    rng = random.Random(2)
    for i in range(1, 2000):
        x = i / 15
        assert abs(T.round_hours(x, rng) - x) <= max(0.25, 0.2 * x), x


def _count_said(text: str) -> float:
    words = {"сотни три": 300, "сотни четыре": 400, "четыреста": 400, "сотен пять": 500,
             "около тысячи": 1000, "тыща": 1000, "полторы тыщи": 1500, "тысячи две": 2000,
             "две тыщи": 2000, "тысячи три": 3000, "три тыщи": 3000, "тысяч пять": 5000}
    if text in words:
        return words[text]
    t = re.sub(r"(\d) (\d{3})\b", r"\1\2", text).replace(",", ".")
    v = float(re.search(r"\d+(?:\.\d+)?", t)[0])  # type: ignore[index]
    return v * (1000 if re.search(r"\d\s*(к|тыс)", t) else 1)


def _rate_said(text: str) -> float:
    t = text.replace(",", ".")
    nums = [float(s) for s in re.findall(r"\d+(?:\.\d+)?", t)]
    if "сутки" in t:
        return nums[0] * (1000 if re.search(r"\d\s*(к|тыс)", t) else 1) / 24
    if "мин" in t:
        per = float(re.search(r"(\d+) мин", t)[1])  # type: ignore[index]
        n = next(v for v in nums if v != per) if nums.count(per) == 1 else per
        return n * 60 / per
    return nums[0]


def _km_said(text: str) -> float:
    if text == "полтора":
        return 1.5
    if text in ("пара",):
        return 2
    return float(_digits(text).lstrip("~"))


def _range_said(text: str) -> tuple[float, float]:
    t = _digits(text).replace("сутки-двое", "1-2 суток")
    for word, v in (("двое", 2), ("трое", 3), ("четверо", 4), ("пятеро", 5)):
        t = t.replace(word, str(v))
    lo, hi = (float(s) for s in re.findall(r"\d+", t)[:2])
    scale = 1 / 60 if "мин" in t else 24 if ("д" in t.split()[-1] or "сут" in t) else 1
    return lo * scale, hi * scale


def test_ranges_counts_rates_and_km_are_near_the_value() -> None:
    rng = random.Random(3)
    for _ in range(4000):
        x = rng.uniform(0.3, 120)
        lo, hi = _range_said(T.say_range(x, rng))
        assert lo < hi and lo * 0.85 <= x <= hi * 1.2, (x, lo, hi)
        n = rng.uniform(20, 6000)
        said = T.say_count(n, rng)
        assert abs(_count_said(said) - n) <= max(25, 0.1 * n), (n, said)
        k = rng.uniform(0.5, 60)
        km = T.say_km(k, rng)
        assert abs(_km_said(km) - k) <= max(0.5, 0.25 * k), (k, km)
        rate = rng.uniform(2, 150)
        q = T.say_rate(rate, rng)
        assert abs(_rate_said(q) - rate) <= max(3, 0.25 * rate), (rate, q)


def test_km_words_give_km_before_the_number() -> None:
    rng = random.Random(5)
    assert "двадцать" in {T.say_km(20.0, rng) for _ in range(200)}
    assert any("км {k}" in line for line in T.QUEUE_KM)  # so "км двадцать"


def test_clock_times() -> None:
    assert T.say_clock(0.0, 3.0) == "03:00"
    assert T.say_clock(20.9, 3.0) == "23:50"
    assert T.say_clock(11.5, 3.0) == "14:30"
    for h in range(0, 240):
        assert re.fullmatch(r"\d{1,2}[.:]\d0", T.say_clock(h / 10, 4.0))


# ---- the generator in this phrasing -------------------------------------------------------
def test_molva_sample_style_p3_writes_chat_exports_and_labels(tmp_path: Path) -> None:
    out = tmp_path / "p3"
    result = CliRunner().invoke(
        app, ["sample", str(out), "--style", "p3", "--days", "3", "--scale", "0.3"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.output.split()]
    assert len(paths) == len(CHATS) and all(p.exists() for p in paths)
    texts = export_texts(paths)
    assert (out / "truth.json").exists()
    labels = [json.loads(line) for line in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {label["kind"] for label in labels} >= {"done", "ongoing", "queue_km"}
    # the words are this phrasing's: most messages hold a piece of one of its lines
    lines = [line for name in WORDING for line in getattr(T, name)]
    assert share_in_own_words(texts, lines) > 0.6


def test_georgian_places_appear_in_latin_script() -> None:
    lines = [line for name in ("QUESTIONS", "CHATTER") for line in getattr(T, name)]
    assert any("Tbilisi" in s for s in lines)
