"""The other phrasing (sample/phrases_alt.py): the default module's names and slots, none of its lines,
numbers said truly, and `molva sample --style alt` writing chat exports in it."""

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
from molva.sample import phrases_alt as A
from molva.sample.generate import CHATTER_KINDS, REPORT_KINDS

_FEATURE = type(vars(P)["annotations"])  # `from __future__ import annotations`


def _public(module: types.ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType | _FEATURE)  # imports, not names
    }


def _is_table(value: object) -> bool:
    return isinstance(value, tuple) and bool(value) and all(isinstance(v, str) for v in value)


# every table of phrases (tuples of strings), e.g. DONE, CHECK_PHRASES, TAILS
TABLES = sorted(n for n in _public(P) if _is_table(getattr(P, n)))
# the tables that are wording, so the other phrasing has its own (the rest is shared data)
WORDING = [n for n in TABLES if getattr(A, n) is not getattr(P, n)]
USED = sorted({t for t, _, _ in REPORT_KINDS} | set(CHATTER_KINDS.values())
              | {"EMPTY", "HEARSAY", "CHECK_PHRASES", "MODE_PHRASES", "AUTHORITIES"})
SAY = ("say_hours", "round_hours", "say_range", "say_count", "say_rate", "say_km", "say_clock")


def _slots(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}






















def _hours_said(text: str) -> float | None:
    """The hours a duration from `say_hours` states, if it says it in figures."""
    words = {"часик": 1, "ровно час": 1, "почти сутки": 23, "сутки": 24, "ровно сутки": 24,
             "полсуток": 12, "пол часа": 0.5, "полчасика": 0.5, "четверть часа": 0.25,
             "три четверти часа": 0.75, "час с половиной": 1.5, "полтора дня": 36,
             "сутки с половиной": 36, "два дня": 48, "три дня": 72, "четыре дня": 96, "пять дней": 120,
             "два с половиной дня": 60, "два с половиной часа": 2.5, "три с половиной часа": 3.5,
             "пару часов": 2, "минут двадцать": 1 / 3, "минут сорок": 2 / 3, "минут сорок пять": 0.75}
    if text in words:
        return words[text]
    nums = [float(s.replace(",", ".")) for s in re.findall(r"\d+(?:[.,]\d+)?", text)]
    m = re.fullmatch(r"(сутки|(\d+) дн\w+) и (\d+) час\w*", text)
    if m:
        return 24 * (int(m[2]) if m[2] else 1) + int(m[3])
    if len(nums) != 1:
        return None
    if "мин" in text:
        return nums[0] / 60
    if "дн" in text or "сут" in text:
        return nums[0] * 24
    return nums[0]


def test_say_hours_states_the_value_it_is_given() -> None:
    rng = random.Random(1)
    unread = []
    for x in [i / 4 for i in range(1, 4)] + [i / 2 for i in range(2, 8)] + list(range(4, 130)):
        for _ in range(30):
            text = A.say_hours(float(x), rng)
            said = _hours_said(text)
            if said is None:
                unread.append(text)
            else:
                assert abs(said - x) < 1e-6, (x, text)
    assert len(unread) < 30, unread[:20]  # only the words for numbers ("часов двенадцать")


def test_rounded_hours_stay_close() -> None:
    rng = random.Random(2)
    for i in range(1, 2000):
        x = i / 15
        assert abs(A.round_hours(x, rng) - x) <= max(0.25, 0.2 * x), x


def test_ranges_counts_rates_and_km_are_near_the_value() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        x = rng.uniform(0.3, 120)
        text = A.say_range(x, rng)
        nums = [float(s) for s in re.findall(r"\d+", text)]
        if nums and "мин" not in text:
            scale = 24 if ("дн" in text or "сут" in text) else 1
            assert min(nums) * scale * 0.7 <= x <= max(nums) * scale * 1.4 or len(nums) == 1, (x, text)
        n = rng.uniform(20, 4000)
        said = A.say_count(n, rng)
        if re.search(r"\d", said):
            v = float(re.search(r"\d+(?:[.,]\d+)?", said)[0].replace(",", "."))  # type: ignore[index]
            v *= 1000 if ("к" in said or "тыс" in said) else 1
            assert abs(v - n) <= max(25, 0.1 * n), (n, said)
        k = rng.uniform(0.2, 60)
        km = A.say_km(k, rng)
        if re.search(r"\d", km):
            assert abs(float(km.lstrip("~")) - k) <= max(0.5, 0.25 * k), (k, km)
        rate = rng.uniform(2, 150)
        q = A.say_rate(rate, rng)
        nums = [float(s) for s in re.findall(r"\d+(?:\.\d+)?", q)]
        if "сутки" in q:
            v = nums[0] * (1000 if "к" in q.split()[0] else 1) / 24
        elif "раз в" in q and "по машине" in q or "одну машину" in q:
            v = 60 / nums[0]
        elif "мин" in q:
            v = nums[0] * 60 / nums[1]
        else:
            v = nums[0]
        assert abs(v - rate) <= max(3, 0.25 * rate), (rate, q)


def test_clock_times() -> None:
    assert A.say_clock(0.0, 3.0) == "03:00"
    assert A.say_clock(20.9, 3.0) == "23:50"
    assert re.fullmatch(r"\d{1,2}[.:]\d\d", A.say_clock(5.17, 4.0))


def test_molva_sample_style_alt_writes_chat_exports(tmp_path: Path) -> None:
    out = tmp_path / "alt"
    result = CliRunner().invoke(
        app, ["sample", str(out), "--style", "alt", "--days", "3", "--scale", "0.3", "--seed", "5"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    paths = [Path(line) for line in result.output.split()]
    assert len(paths) == len(CHATS)
    texts = export_texts(paths)
    assert (out / "truth.json").exists()
    labels = (out / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["kind"] for line in labels} >= {"done", "ongoing", "queue_km"}
    # the words are the other phrasing's: most messages hold a piece of one of its lines
    lines = [line for name in WORDING for line in getattr(A, name)]
    assert share_in_own_words(texts, lines, strip=" ,.:!?") > 0.6
