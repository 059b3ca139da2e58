"""Clock times in messages: "приехали в 3:30, прошли в 9:30", "стоим с 6 утра", "с 2 ночи до 7:40".

A wait told by clock times needs the time now: from the text ("сейчас 11 утра") or from the
message's local time, which the caller hands in as hours since midnight.
"""

from __future__ import annotations

import re

from molva.understand.prefilter import prefiltered
from molva.understand.quantities import WAITING_HERE

CLOCK = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:]|[.,]\d)")
# The same after "в" in other notations: "в 11-35", "в 0 ч. 35 мин." (a dash alone is a range)
CLOCK_AFTER_AT = re.compile(
    r"(?<![\w])(?:в|о|at)\s+([01]?\d|2[0-3])(?:-|\s*ч\.?\s*)([0-5]\d)(?:\s*мин\.?)?(?![\d\w]|[.,]\d)"
    r"(?!\s*(?:час|ч\b|h\b|утра|вечера|дня|ночи|мин|км|машин|человек|сут))"  # "в 10-12 часов": a range
)


def _times(norm: str) -> list[tuple[int, str, str]]:
    """(position, hour, minute) of each clock time, in order."""
    found = {m.start(1): (m.start(1), m.group(1), m.group(2)) for m in CLOCK.finditer(norm)}
    for m in CLOCK_AFTER_AT.finditer(norm):
        found.setdefault(m.start(1), (m.start(1), m.group(1), m.group(2)))
    return sorted(found.values())
SPAN_WORDS = re.compile(
    r"прошл|проехал|пересек|выехал|заехал|встал|приехал|занял|crossed|joined|arrived|был\w*\s+в\s+\d|"
    r"пройшли|стали|в\s+хвост|уже\s+в|прийшли|приїхали|заїхали|перетнули|виїхали|reached|got\s+to|came|"
    r"out\s+at|got\s+out|left\s+at|queued|through\s+at"
)
# Which end of the span a time is: "crossed at 02:15, we joined at 21:30" runs from the second.
SPAN_END = re.compile(r"(?:прошл\w*|пересекл\w*|перетнул\w*|пройшл\w*|crossed|got\s+through|made\s+it|through)\W+(?:\w+\W+){0,3}$")
SPAN_START = re.compile(r"(?:встал\w*|заняли|стали|joined|queued|lined\s+up|приехал\w*|прийшл\w*|приїхал\w*|arrived)\W+(?:\w+\W+){0,4}$")
SINCE = re.compile(
    r"\b(?:с|since|з|від)\s+(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?:час\w*\s+)?(?P<ampm>утра|дня|вечера|ночи|am|pm|ранку|вечора|ночі)?(?![\d\w])"
    r"|\b(?:с|з)\s+(?P<word>полудня|полуночи|півночі)|\bsince\s+(?P<eword>noon|midnight)"
)
NOW_CLOCK = re.compile(
    r"\b(?:сейчас|щас|now|зараз|it'?s)\s+(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*"
    r"(?:(?P<ampm>утра|дня|вечера|ночи|am|pm|ранку|вечора|ночі)|(?<=\d\d)(?=\s*[,.!)]|\s*$)|(?<=:\d\d))"
    r"|\b(?P<h2>\d{1,2})\s*(?P<ampm2>am|pm)\s+now"
)
# "обменник закрыт с 18:00": opening hours, not a wait.
OPENING_HOURS = re.compile(r"(?:закрыт\w*|открыт\w*|работает|closed|open|зачинен\w*|відкрит\w*|працює)\W+(?:\w+\W+)?$")
NOON = {"обеда": (13.0, 14.0), "обіду": (13.0, 14.0), "полудня": (12.0, 12.0), "noon": (12.0, 12.0),
        "lunch": (13.0, 14.0), "полуночи": (0.0, 0.0), "півночі": (0.0, 0.0), "midnight": (0.0, 0.0)}


def _hour24(h: int, minute: int, ampm: str | None) -> float:
    if ampm in ("pm", "дня", "вечера", "вечора") and h < 12:
        h += 12
    if ampm in ("am", "ночи", "ночі", "утра", "ранку") and h == 12:
        h = 0
    return h + minute / 60


START = re.compile(
    r"\b(?:встали|встал|встала|стали|заняли|joined|queued|lined\s+up|got\s+in(?:to)?\s+(?:the\s+)?(?:line|queue)|"
    r"стали\s+в\s+чергу|приехали|подъехали|заїхали)\s+(?:\w+\s+){0,3}?(?:в|at|о|об)\s+"
    r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>am|pm|утра|вечера|ночи|дня|ранку|вечора)?(?![\d\w])"
)
DAYS_AGO = re.compile(r"\b(?:(?P<two>позавчера|позавчора)|вчера\w*|вчора\w*|yesterday)\b")


def start_clock(norm: str, now: float | None) -> tuple[float, float] | None:
    """ "как встали в 23:40 так и стоим" said at 04:20 → 4.67 hours, if nobody crossed yet."""
    m = START.search(norm)
    if m is None or len(_times(norm)) > 1 and not NOW_CLOCK.search(norm):
        return None
    said = NOW_CLOCK.search(norm, m.end())
    if said:
        h = said.group("h") or said.group("h2")
        now = _hour24(int(h), int(said.group("m") or 0), said.group("ampm") or said.group("ampm2"))
    if now is None or int(m.group("h")) > 23:
        return None
    start = _hour24(int(m.group("h")), int(m.group("m") or 0), m.group("ampm"))
    hours = _elapsed(norm, start, now)
    return (round(hours, 2),) * 2 if hours else None


def since_clock(norm: str, now: float | None) -> tuple[float, float] | None:
    """ "стоим с 6 утра" said at 18:00 → 12 hours; the time now from the text or the message."""
    m = SINCE.search(norm)
    if m is None or not WAITING_HERE.search(norm) or OPENING_HOURS.search(norm, max(0, m.start() - 25), m.start()):
        return None
    said = NOW_CLOCK.search(norm, m.end())
    if said:
        h = said.group("h") or said.group("h2")
        now = _hour24(int(h), int(said.group("m") or 0), said.group("ampm") or said.group("ampm2"))
    if now is None:
        return None
    if m.group("word") or m.group("eword"):
        start_low, start_high = NOON[m.group("word") or m.group("eword")]
    else:
        if int(m.group("h")) > 23:
            return None
        start_low = start_high = _hour24(int(m.group("h")), int(m.group("m") or 0), m.group("ampm"))
    low, high = _elapsed(norm, start_high, now), _elapsed(norm, start_low, now)
    if not high:
        return None
    return round(low, 2), round(high, 2)


def _elapsed(norm: str, start: float, now: float) -> float:
    """Hours from `start` to `now` (clock hours), across "вчера"/"позавчера" when said."""
    ago = DAYS_AGO.search(norm)
    if ago is None:
        return (now - start) % 24
    days = 2 if ago.group("two") else 1
    return (now - start) % 24 + 24 * (days - 1) if now < start else now - start + 24 * days


CLOCK_RANGE = re.compile(
    r"\b(?:с|from|з|від)\s+(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s*(?P<a1>утра|дня|вечера|ночи|am|pm|ранку|вечора|ночі)?"
    r"\s+(?:до|to|till|until|по)\s+(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?\s*(?P<a2>утра|дня|вечера|ночи|am|pm|ранку|вечора|ночі)?"
)


def clock_range(norm: str) -> float | None:
    """ "с 2 ночи до 7:40 утра" → 5.67 hours, when someone waited or crossed then."""
    m = CLOCK_RANGE.search(norm)
    if m is None or not (m.group("m1") or m.group("m2") or m.group("a1") or m.group("a2")):
        return None  # "с 9 до 18" without a clock sign is a schedule or a range of numbers
    if int(m.group("h1")) > 23 or int(m.group("h2")) > 23 or not (SPAN_WORDS.search(norm) or WAITING_HERE.search(norm)
                                                               or re.search(r"выезд|exit|виїзд", norm)):
        return None
    start = _hour24(int(m.group("h1")), int(m.group("m1") or 0), m.group("a1"))
    end = _hour24(int(m.group("h2")), int(m.group("m2") or 0), m.group("a2"))
    hours = (end - start) % 24
    return round(hours, 2) if hours else None


WEEKDAYS = {w: i for i, ws in enumerate((
    "понедельник понеділок monday", "вторник вівторок tuesday", "среду среда середу середа wednesday",
    "четверг четвер thursday", "пятницу пятница п'ятницю п'ятниця friday",
    "субботу суббота суботу субота saturday", "воскресенье неділю неділя sunday",
)) for w in ws.split()}
WEEKDAY = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b")


def clock_span(norm: str) -> float | None:
    """Two clock times with arrival and crossing words: "приехали в 3:30, прошли в 9:30"."""
    found = _times(norm)
    if len(found) != 2 or not SPAN_WORDS.search(norm):
        return None
    (first, h1, m1), (second, h2, m2) = found
    if SPAN_END.search(norm, 0, first) and SPAN_START.search(norm, first, second):
        (h1, m1), (h2, m2) = (h2, m2), (h1, m1)
    now = NOW_CLOCK.search(norm)
    if now and now.group("h") == h1 and now.start() < norm.find(f"{h2}"):
        (h1, m1), (h2, m2) = (h2, m2), (h1, m1)
    diff = (int(h2) * 60 + int(m2)) - (int(h1) * 60 + int(m1))
    days = [WEEKDAYS[w] for w in WEEKDAY.findall(norm)]
    if len(days) >= 2 and days[0] != days[1]:
        diff += ((days[1] - days[0]) % 7) * 24 * 60  # "в пятницу в 23:40 … в воскресенье в 16:10"
    elif diff <= 0:
        diff += 24 * 60
    return round(diff / 60, 2)

# Run only on texts that contain one of their literal words (prefilter.py); same results.
SPAN_WORDS, START, DAYS_AGO, WEEKDAY = (prefiltered(p) for p in (SPAN_WORDS, START, DAYS_AGO, WEEKDAY))
