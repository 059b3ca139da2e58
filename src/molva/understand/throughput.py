"""Throughput: how many vehicles a crossing lets through per hour, and official figures.

"пропускают 40 машин в час", "за сутки прошло около 2 тысяч автомобилей", "раз в полчаса
пускают по 10 машин", "lets through about 30 cars an hour", "пропускають 40 авто на годину".
A count with a period is a rate of service, not a queue: the estimator reads it as the
service rate μ (docs/estimator.md). Values are vehicles per hour.

Official figures ("по данным МВД Северной Осетии…", "the border service said…") are facts
attributed to an authority; they are trusted more than a chat message (`OFFICIAL_CONFIDENCE`).
"""

from __future__ import annotations

import re

from molva.understand.numbers import NUMBER, parse_number
from molva.understand.prefilter import prefiltered
from molva.understand.quantities import APPROX, RANGE, VEHICLE, B

MIN_RATE, MAX_RATE = 1.0, 1000.0  # vehicles an hour a road crossing can serve
OFFICIAL_CONFIDENCE = 0.95

# The period a count is per, in hours.
_PERIODS = (
    (r"(?:полчаса|пол\s*часа|півгодини|half\s+an\s+hour)", 0.5),
    (r"(?:час|hour|годину|h\b|ч\b)", 1.0),
    (r"(?:сутки|сут\b\.?|день|добу|day|24\s*(?:ч|часа|hours|години))", 24.0),
    (r"(?:минуту|хвилину|minute|min\b|мин\b)", 1 / 60),
)


def _period(tag: str) -> str:
    return "|".join(f"(?P<{tag}{k}>{p})" for k, (p, _) in enumerate(_PERIODS))


_EVERY_N = r"(?P<every>\d{1,3})\s*(?:минут\w*|мин\b|хвилин\w*|minutes?|mins?\b)"
# "в час", "за час", "per hour", "an hour", "на годину", "/ч", "в сутки", "за одну минуту"
_PER = (rf"(?:(?:(?:в|за|per|an?|на|у|every|each|каждый|кожну|кожен)\s+(?:одн[иу]\s+|one\s+)?|/\s*)"
        rf"(?:{_period('p')})|(?P<hourly>ежечасно|щогодини|hourly))")
# "каждые 20 минут", "раз в 20 минут", "every 20 minutes", "кожні 20 хвилин"
_EVERY = (rf"(?:(?:каждые|кожні|every|раз\s+в|раз\s+на|once\s+every|за|in|per)\s+{_EVERY_N}"
          rf"|(?:раз\s+в|once\s+every|once\s+in)\s+(?:{_period('q')}))")
_UNIT = rf"(?:{VEHICLE}|шт\.|штук\w*)"  # "23 шт. за 10 мин"
_COUNT = (rf"(?:(?:по\s+)?{APPROX}(?P<n>{NUMBER})(?:{RANGE}(?P<b>{NUMBER}))?\s*(?:\w+\s+)?{_UNIT}"
          rf"|{_UNIT}\s+(?:штук\s+)?(?:по\s+)?{APPROX}(?P<vn>{NUMBER}))")
_SERVED = (r"(?:пропуска\w*|пропуст\w*|пуска\w*|пускают|проход\w*|прош\w*|проезжа\w*|проеха\w*|оформля\w*|"
           r"оформи\w*|выпуска\w*|выпуст\w*|let\w*\s+(?:through|in|out)|\blets?\b|pass\w*|cross\w*|process\w*|clear\w*|"
           r"get\s+through|go\s+through|пропуска\w*|пропуска|пропустил\w*|проходить|проїжджа\w*|проїха\w*|"
           r"оформлю\w*|пропускна\w*|capacity|throughput|пропускн\w*|засек\w*|засік\w*|clocked|timed|пропуск\s+ид[её]т)")
# count then period: "40 машин в час", "2000 cars a day", "по 5 машин каждые 10 минут"
_COUNT_PER = re.compile(rf"{B}{_COUNT}\s*(?:\w+\s+){{0,2}}?(?:{_PER}|{_EVERY})")
# period then count: "за час пропускают 40 машин", "every 20 minutes they let 10 cars through"
_PER_COUNT = re.compile(rf"{B}(?:{_PER}|{_EVERY})\W+(?:[^\W\d]+\W+){{0,4}}?{_COUNT}")
_SERVED_WORD = re.compile(_SERVED)
# a word of service, then a count with its period and no noun: "пропускают 2000 в сутки", "по 70 в час"
_SERVED_PER = re.compile(rf"{_SERVED}\s+(?:[^\W\d]+\s+){{0,3}}?(?:по\s+)?{APPROX}(?P<n>{NUMBER})"
                         rf"(?:{RANGE}(?P<b>{NUMBER}))?\s*(?:штук\s+)?"
                         rf"(?:(?:в|за|per|an?|/)\s*(?:{_period('p')}))(?!\s*(?:ночи|утра|дня|вечера|am|pm))")
# A count per period of something other than service: "очередь растёт на 100 машин в час",
# "приезжает 300 машин в час" (arrivals), "стоим 5 часов".
_NOT_SERVICE = re.compile(r"раст[её]т|прибыва\w*|приезжа\w*|подъезжа\w*|прибавля\w*|добавля\w*|grow\w*|"
                          r"arriv\w*|join\w*|прибува\w*|приїжджа\w*|збільшу\w*|увеличива\w*")

_AUTHORITY = (
    r"(?:мвд|фсб|погранслужб\w*|погранично\w+\s+служб\w*|погранупр\w*|пограничн\w+\s+управлени\w*|"
    r"пограничник\w*|правительств\w*|министерств\w*|власт\w*|глав\w+\s+(?:республики|региона|северной)|"
    r"администрац\w*|ростуризм\w*|оперштаб\w*|таможн\w*|border\s+(?:service|guards?)|"
    r"interior\s+ministry|ministry|officials?|authorities|government|fsb|customs|"
    r"прикордонн\w+|мвс|міністерств\w*|влад\w*|уряд\w*|адміністрац\w*|митниц\w*|revenue\s+service|"
    r"министр\w*|mia\b|mvd\b)"
)
_SAID = (r"(?:сообщ\w*|заяв\w*|said|says|reported|announced|информиру\w*|уточни\w*|повідом\w*|"
         r"передает|передаёт)")
OFFICIAL = re.compile(
    # "по данным МВД…", "according to the border service", "за даними прикордонників"
    r"(?:по\s+(?:данным|информации|сообщению|словам|оценк\w+)|according\s+to|за\s+даними|"
    rf"{_SAID})\W+(?:\w+\W+){{0,3}}?{_AUTHORITY}"
    # "МВД Северной Осетии сообщает…", "the interior ministry said"
    rf"|{_AUTHORITY}\s+(?:\w+\s+){{0,3}}?{_SAID}"
    # "МВД Северной Осетии: в очереди 4600 машин" (a news post's lead)
    rf"|^\W*{_AUTHORITY}(?:\s+[^\W\d]+){{0,3}}\s*:"
)
OFFICIAL = prefiltered(OFFICIAL)


def _period_hours(m: re.Match[str]) -> float | None:
    found = m.groupdict()
    if found.get("every"):
        minutes = int(found["every"])
        return minutes / 60 if 0 < minutes <= 240 else None
    for k, (_, hours) in enumerate(_PERIODS):
        if found.get(f"p{k}") or found.get(f"q{k}"):
            return hours
    return 1.0 if found.get("hourly") else None


def find_throughput(norm: str) -> float | None:
    """Vehicles let through per hour, from a count with its period next to a word of service
    ("пропускают", "прошло", "let through"); None when the message states none."""
    found = rate_and_count(norm)
    return None if found is None else found[0]


# What a crossing was built for is not what it serves now: "по проекту — 2 500 машин в сутки".
_DESIGN = re.compile(r"по\s+проекту|проектн\w+\s+(?:мощност|пропускн)\w*|designed\s+for|design\s+capacity|"
                     r"за\s+проектом|проектн\w+\s+потужн\w*")


# A rate needs a period said as one: "в час", "за сутки", "/ч", "каждые 20 минут", "за 10 мин".
_PERIOD_HINT = re.compile(
    r"ежечасно|щогодини|hourly|(?:в|за|per|an?|на|у|/)\s*(?:одн[иу]\s+|one\s+)?(?:час|сутки|сут\b|день|добу|годину|hour|day|h\b|ч\b|минуту|хвилину|"
    r"minute|полчаса|пол\s*часа|\d{1,3}\s*(?:мин|хв|min))|кажд|кожн|раз\s+(?:в|на)|every|once\s+(?:every|in)")


def rate_and_count(norm: str) -> tuple[float, float, float] | None:
    """(vehicles per hour, the count as stated, its period in hours) of a throughput statement."""
    if not _PERIOD_HINT.search(norm) or _DESIGN.search(norm):
        return None
    served = _SERVED_WORD.search(norm) is not None
    for pattern in (_COUNT_PER, _PER_COUNT, _SERVED_PER):
        if not served and pattern is not _COUNT_PER:
            continue  # "55 авто в час" is a rate by itself; the other orders need a word of service
        for m in pattern.finditer(norm):
            around = norm[max(0, m.start() - 60) : m.end() + 40]
            if (served and not _SERVED_WORD.search(around)) or _NOT_SERVICE.search(around):
                continue
            n = parse_number(m.group("n") or m.groupdict().get("vn") or "")
            if n is None:
                continue
            if m.groupdict().get("b"):
                high = parse_number(m.group("b"))
                if high and high > n:
                    n = (n + high) / 2
            hours = _period_hours(m)
            if not hours:
                continue
            rate = n / hours
            if MIN_RATE <= rate <= MAX_RATE:
                return round(rate, 1), n, hours
    return None


def is_official(norm: str) -> bool:
    """Whether the message attributes its figures to an authority."""
    return OFFICIAL.search(norm) is not None
