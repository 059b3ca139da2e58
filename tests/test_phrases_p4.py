"""The fourth, held-out phrasing (sample/phrases_p4.py): its own ways of saying numbers, each stating
the value the generator labels; report lines with no figures of their own; the voices it was written
for; and `molva sample --style p4` writing chat exports in it. (The checks every phrasing shares are
in tests/test_phrasings.py.)"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from typer.testing import CliRunner

from exports import export_texts, share_in_own_words
from molva.cli import app
from molva.sample import CHATS
from molva.sample import phrases as P
from molva.sample import phrases_p4 as T
from molva.sample.generate import REPORT_KINDS

TABLES = sorted(n for n, v in vars(P).items()
                if not n.startswith("_") and isinstance(v, tuple) and v and all(type(x) is str for x in v))
WORDING = [n for n in TABLES if getattr(T, n) is not getattr(P, n)]  # the rest is shared with the default


def test_report_lines_hold_no_figures_of_their_own() -> None:
    """Numbers come from the slots only, so a line states no fact its label does not know."""
    for name in [t for t, _, _ in REPORT_KINDS] + ["EMPTY", "CHECK_PHRASES", "MODE_PHRASES", "HEARSAY"]:
        for line in getattr(T, name):
            assert not re.search(r"\d", re.sub(r"\{\w+\}", "", line)), (name, line)


def test_the_voices_it_was_written_for() -> None:
    lines = [line for name in WORDING for line in getattr(T, name)]
    text = " ".join(lines).lower()
    for marker in ("мужики", "доклад:", "сводка", "т.е.", "прим.", "ара,", "джан", "хлопцы", "дзякуй",
                   "айналайын", "балалар", "рация", "волонт"):
        assert marker in text, marker
    assert any(len(line) > 90 and "," not in line[:60] for line in lines)  # a long run-on post


def test_official_posts_name_an_authority_in_the_genitive() -> None:
    assert set(T.AUTHORITIES) == set(P.AUTHORITIES)
    for names in T.AUTHORITIES.values():
        assert names and all(isinstance(n, str) and n for n in names)
    for line in T.OFFICIAL:
        genitive = r"(данным|информации|слов|службе|Сотрудники|Сводка|Пресс-служба) \{src\}"
        assert re.search(genitive, line), line


# ---- numbers: how this phrasing says them, read back ------------------------------------------
_WORDS = {w: i for i, w in enumerate(
    "_ один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
    "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()) if i}
_WORDS |= {w: 10 * i for i, w in enumerate(
    "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()) if i > 1}
_WORDS |= {w: 100 * i for i, w in enumerate(
    "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()) if i}
_WORDS |= {"одну": 1, "две": 2}
_THOUSANDS = {"тысяча", "тысячи", "тысяч"}
_COLLECTIVE = {"сутки": 1, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7}


def _digits(text: str) -> str:
    """Number words to digits: "тридцать два часа" -> "32 часа", "две тысячи триста" -> "2300"."""
    out: list[str] = []
    total = cur = 0
    active = False
    for tok in text.split():
        if tok in _WORDS:
            cur, active = cur + _WORDS[tok], True
        elif tok in _THOUSANDS:
            total, cur, active = total + (cur or 1) * 1000, 0, True
        else:
            if active:
                out.append(str(total + cur))
                total = cur = 0
                active = False
            out.append(tok)
    if active:
        out.append(str(total + cur))
    return " ".join(out)


_FIXED_HOURS = {"полсуток": 12, "пол суток": 12, "полчасика": 0.5, "пол часа": 0.5, "полчаса": 0.5,
                "четверть часа": 0.25, "три четверти часа": 0.75, "час с четвертью": 1.25,
                "час с половиной": 1.5, "сутки с половиной": 36, "двое с половиной суток": 60,
                "трое с половиной суток": 84, "час": 1, "ровно час": 1, "час ровно": 1, "сутки": 24,
                "ровно сутки": 24, "полные сутки": 24}


def _hours_said(text: str) -> float:
    """The hours a duration from `say_hours` states."""
    if text in _FIXED_HOURS:
        return _FIXED_HOURS[text]
    t = text.lower().replace("ровно", "").strip()
    aside = re.fullmatch(r"(.*) \(т\.е\. (.*)\)", t)
    if aside:  # "30 ч. (т.е. 1 сут. 6 ч.)": both halves say the same
        first, second = _hours_said(aside[1]), _hours_said(aside[2])
        assert first == second, text
        return first
    t = re.sub(r"^(сутки|двое|трое|четверо|пятеро|шестеро|семеро)\b", lambda m: str(_COLLECTIVE[m[1]]), t)
    if t.startswith("1 и") or t == "1":
        t = t.replace("1", "1 сут", 1)
    t = _digits(t)
    t = re.sub(r"(\d+)-(?:а|и|е|ть|мь|ое|ро)\b", r"\1", t)  # "5-ть", "2-ое", "4-ро"
    t = re.sub(r"(\d+) с половиной", r"\1.5", t)
    t = re.sub(r"(\d+) (час\w*) с четвертью", r"\1 \2 15 мин", t)
    t = re.sub(r"^(часа|часов) (\d+)$", r"\2 ч", t)  # "часов восемь"
    t = t.replace(",", ".")
    pairs = re.findall(r"(\d+(?:\.\d+)?)\s*([a-zа-я]+)", t)
    assert pairs, text
    total = 0.0
    for number, unit in pairs:
        per = 1 / 60 if unit.startswith(("мин", "min")) else 24 if unit.startswith("сут") else 1
        assert unit.startswith(("мин", "min", "сут", "ч", "h")), (text, unit)
        total += float(number) * per
    return total


def test_say_hours_states_the_value_it_is_given() -> None:
    rng = random.Random(1)
    values = [i / 12 for i in range(1, 12)] + [i / 4 for i in range(4, 40)] + [i / 2 for i in range(6, 60)]
    for x in values + list(range(1, 170)):
        for _ in range(40):
            text = T.say_hours(float(x), rng)
            assert abs(_hours_said(text) - x) < 1e-6, (x, text)


def test_say_hours_has_the_forms_of_this_phrasing() -> None:
    rng = random.Random(4)
    said = {T.say_hours(x, rng) for x in (5.0, 3.0, 1.25, 0.75, 12.0, 29.0, 30.0, 48.0, 32.0, 5.5, 2.25)
            for _ in range(300)}
    assert {"5-ть часов", "часа три", "час с четвертью", "три четверти часа", "полсуток",
            "сутки и 5 часов", "30 ч. (т.е. 1 сут. 6 ч.)", "2-ое суток", "тридцать два часа",
            "пять с половиной часов", "два часа с четвертью", "3-и часа"} <= said


def test_hours_agree_with_their_number() -> None:
    rng = random.Random(6)
    said = {T.say_hours(x, rng) for x in (21.0, 22.0, 25.0, 31.0, 34.0) for _ in range(300)}
    assert {"21 час", "22 часа", "25 часов", "31 час", "34 часа"} <= said
    assert not said & {"21 часов", "22 часов", "25 часа", "31 часов"}


def test_rounded_hours_stay_close_and_are_said_truly() -> None:
    rng = random.Random(2)
    for i in range(1, 2400):
        x = i / 15
        stated = T.round_hours(x, rng)
        assert abs(stated - x) <= max(0.25, 0.2 * x), (x, stated)
        assert abs(stated * 12 - round(stated * 12)) < 1e-9, stated  # five minutes at most
        assert abs(_hours_said(T.say_hours(stated, rng)) - stated) < 1e-6, stated


def test_rounding_likes_half_days() -> None:
    rng = random.Random(7)
    stated = [T.round_hours(x, rng) for x in (11.2, 23.0, 25.5, 35.0) for _ in range(100)]
    assert {12.0, 24.0, 36.0} <= set(stated)


_RANGES = {"полчаса-час": (0.5, 1), "час-полтора": (1, 1.5), "полтора-два часа": (1.5, 2),
           "от полусуток до суток": (12, 24), "сутки-полтора": (24, 36), "полтора-двое суток": (36, 48)}


def _range_said(text: str) -> tuple[float, float]:
    if text in _RANGES:
        return _RANGES[text]
    m = re.fullmatch(r"(\w+)-(\w+) суток", text)
    if m:
        return _COLLECTIVE[m[1]] * 24, _COLLECTIVE[m[2]] * 24
    t = _digits(re.sub(r"[-–]", " - ", text))
    lo, hi = (float(s) for s in re.findall(r"\d+", t)[:2])
    scale = 1 / 60 if "мин" in t else 24 if "сут" in t else 1
    return lo * scale, hi * scale


def _count_said(text: str) -> float:
    fixed = {"полсотни": 50, "полторы сотни": 150, "сотни полторы": 150, "пара сотен": 200,
             "тысячи полторы": 1500, "полторы тысячи": 1500, "две с половиной тысячи": 2500}
    if text in fixed:
        return fixed[text]
    t = re.sub(r"^(ок\.|порядка|где-то) ", "", text)
    if m := re.fullmatch(r"сотен (\w+)", t):
        return _WORDS[m[1]] * 100
    if m := re.fullmatch(r"(\d+(?:\.\d+)?) тыс\.", t):
        return float(m[1]) * 1000
    return float(_digits(t))


def _rate_said(text: str) -> float:
    if text == "полсотни машин в час":
        return 50
    if m := re.fullmatch(r"(?:по машине раз|одну машину) в (\d+) (?:мин\.|минуты|минуту|минут)", text):
        return 60 / int(m[1])
    t = _digits(text)
    n = float(re.findall(r"\d+", t)[0])
    if "сут" in t:
        return n / 24
    for span, per in (("за четверть часа", 4), ("за полчаса", 2), ("за 20 мин.", 3)):
        if t.endswith(span):
            return n * per
    assert re.search(r"в час|/ч|ежечасно", t), text
    return n


def _km_said(text: str) -> float:
    fixed = {"пол": 0.5, "полтора": 1.5, "десяток": 10, "полтора десятка": 15, "два десятка": 20,
             "три десятка": 30}
    t = text.removeprefix("ок. ").removeprefix("почти ")
    if t in fixed:
        return fixed[t]
    if t.endswith(" с лишним"):
        return float(t.split()[0]) + 0.5
    return float(_digits(t))


def test_ranges_hold_the_value() -> None:
    rng = random.Random(3)
    for _ in range(6000):
        x = rng.uniform(0.2, 130)
        text = T.say_range(x, rng)
        lo, hi = _range_said(text)
        assert lo < hi and lo <= x + 1e-9 and x <= hi + 1e-9 and hi <= 3 * lo, (x, text)


def test_counts_rates_and_km_are_near_the_value() -> None:
    rng = random.Random(3)
    for _ in range(6000):
        n = rng.uniform(20, 9000)
        said = T.say_count(n, rng)
        assert abs(_count_said(said) - n) <= max(25, 0.1 * n), (n, said)
        k = rng.uniform(0.5, 60)
        km = T.say_km(k, rng)
        assert abs(_km_said(km) - k) <= max(0.5, 0.25 * k), (k, km)
        rate = rng.uniform(1, 160)
        q = T.say_rate(rate, rng)
        assert abs(_rate_said(q) - rate) <= max(3, 0.25 * rate), (rate, q)


def test_number_forms_of_this_phrasing() -> None:
    rng = random.Random(8)
    counts = {T.say_count(n, rng) for n in (700.0, 2500.0, 1200.0, 150.0) for _ in range(300)}
    assert {"сотен семь", "семьсот", "две с половиной тысячи", "1.2 тыс.", "тысяча двести",
            "сотни полторы"} <= counts
    rates = {T.say_rate(r, rng) for r in (15.0, 40.0, 50.0, 2.0) for _ in range(400)}
    assert {"по машине раз в 4 мин.", "одну машину в 4 минуты", "в час по 40 машин", "сорок машин в час",
            "полсотни машин в час", "две машины в час", "2 машины в час"} <= rates
    kms = {T.say_km(k, rng) for k in (7.5, 7.8, 15.0, 0.6) for _ in range(400)}
    assert {"7 с лишним", "почти 8", "полтора десятка", "пол"} <= kms


def _clock_minutes(text: str) -> int:
    if m := re.fullmatch(r"(\d{1,2})[:-](\d{2})", text) or re.fullmatch(r"(\d{1,2}) ч\. (\d{2}) мин\.", text):
        return int(m[1]) * 60 + int(m[2])
    m = re.fullmatch(r"(\d{1,2}) (утра|дня|вечера|ночи)", text)
    assert m, text
    hh = int(m[1])
    hh = {"утра": hh, "дня": hh if hh == 12 else hh + 12, "вечера": hh + 12, "ночи": hh % 12}[m[2]]
    return hh * 60


def test_clock_times_are_the_time_to_five_minutes() -> None:
    assert T.say_clock(0.0, 3.0) == "3 ночи"
    assert T.say_clock(6.5, 3.0) == "9 ч. 30 мин."
    assert T.say_clock(6.5833, 3.0) == "09:35"
    assert T.say_clock(6.75, 3.0) == "9-45"
    assert T.say_clock(21.0, 3.0) == "00:00"
    seen = set()
    for i in range(0, 24 * 12 * 3):
        h = i / 12 + 0.01
        text = T.say_clock(h, 4.0)
        assert _clock_minutes(text) == round((h + 4.0) * 12) * 5 % 1440, (h, text)
        seen.add(re.sub(r"\d", "0", text))
    assert {"00:00", "0:00", "0-00", "0 ч. 00 мин.", "0 утра", "0 дня", "0 вечера", "0 ночи"} <= seen


# ---- the generator in this phrasing -------------------------------------------------------------
def test_molva_sample_style_p4_writes_chat_exports_and_labels(tmp_path: Path) -> None:
    out = tmp_path / "p4"
    result = CliRunner().invoke(
        app, ["sample", str(out), "--style", "p4", "--days", "3", "--scale", "0.3"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.output.split()]
    assert len(paths) == len(CHATS) and all(p.exists() for p in paths)
    texts = export_texts(paths)
    assert (out / "truth.json").exists()
    labels = [json.loads(line) for line in (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {label["kind"] for label in labels} >= {"done", "ongoing", "queue_km", "vehicles"}
    # the words are this phrasing's: most messages hold a piece of one of its lines
    lines = [line for name in WORDING for line in getattr(T, name)]
    assert share_in_own_words(texts, lines) > 0.6
