"""Numbers in digits and in words (Russian, Ukrainian, English), and the units around them.

Small named pieces composed bottom-up into the patterns the extractor uses:
NUMBER → QUANTITY (number with thousands) → DURATION / DISTANCE / COUNT.
"""

from __future__ import annotations

import re

# Word forms → value (text is normalised: lower case, ё → е, one apostrophe).
_WORDS: dict[float, str] = {
    0.5: "пол пів half",
    1: "один одна одну одного одной одни одним одне одну one",
    1.5: "полтора полторы полутора півтора півтори one-and-a-half",
    2: "два две двух двое двоих двум пару пара пары дві двоє двох two couple",
    3: "три трех трое троих трем троє трьох three",
    4: "четыре четырех четверо четверых чотири чотирьох четверо four",
    5: "пять пяти пятеро п'ять п'яти п'ятеро five",
    6: "шесть шести шестеро шість шести six",
    7: "семь семи сім семи seven",
    8: "восемь восьми вісім восьми eight",
    9: "девять девяти дев'ять дев'яти nine",
    10: "десять десяти десятка десяток ten",
    11: "одиннадцать одинадцять eleven",
    12: "двенадцать двенадцати дванадцять дванадцяти twelve",
    13: "тринадцать тринадцять thirteen",
    14: "четырнадцать чотирнадцять fourteen",
    15: "пятнадцать пятнадцати п'ятнадцять п'ятнадцяти fifteen",
    16: "шестнадцать шістнадцять sixteen",
    17: "семнадцать сімнадцять seventeen",
    18: "восемнадцать вісімнадцять eighteen",
    19: "девятнадцать дев'ятнадцять nineteen",
    20: "двадцать двадцати двадцять двадцяти twenty десятки десятков десятків dozens",
    30: "тридцать тридцати тридцять тридцяти thirty",
    40: "сорок сорока forty",
    50: "пятьдесят пятидесяти п'ятдесят п'ятдесяти fifty",
    60: "шестьдесят шістдесят sixty",
    70: "семьдесят сімдесят seventy",
    80: "восемьдесят вісімдесят eighty",
    90: "девяносто дев'яносто ninety",
    100: "сто ста сотня сотню hundred",
    200: "двести двухсот двісті сотни сотен сотні сотень hundreds",
    300: "триста трехсот триста",
    400: "четыреста чотириста",
    500: "пятьсот пятисот п'ятсот",
    1000: "тысяча тысячи тысячу тысяч тисяча тисячі тисячу тисяч тыща тыщи тыщу тыщ thousand thousands",
}
WORD_VALUE: dict[str, float] = {}
for _value, _forms in _WORDS.items():
    for _form in _forms.split():
        WORD_VALUE.setdefault(_form, _value)
# Plural "thousands"/"hundreds" as counts, "десятки" → 20, "сотни" → 200.
WORD_VALUE.update({"полсотни": 50, "полтысячи": 500,
                   "двоим": 2, "троим": 3, "четверым": 4, "пятерым": 5, "шестерым": 6,
                   "десятерым": 10, "несколько": 3, "кілька": 3, "several": 3, "кількох": 3,
                   "нескольких": 3})
# Words that multiply the number before them ("две тысячи", "несколько сотен").
MULTIPLIERS = {w: 1000.0 for w in WORD_VALUE if WORD_VALUE[w] == 1000}
MULTIPLIERS.update({"десятков": 10.0, "десятків": 10.0, "десятки": 10.0,
                    "сотни": 100.0, "сотен": 100.0, "сотні": 100.0, "сотень": 100.0, "hundred": 100.0,
                    "hundreds": 100.0})

# A scale word before a small number: "сотни три" is about three hundred.
INVERTED_SCALES = {"сотни": 100.0, "сотен": 100.0, "сотні": 100.0, "тысячи": 1000.0, "тысяч": 1000.0,
                   "тыщи": 1000.0, "тыщ": 1000.0,
                   "тисячі": 1000.0, "тисяч": 1000.0}

THOUSANDS = r"(?:тыщ[аиу]?|тыс(?:яч[аиу]?)?\.?|тис(?:яч[аіу]?)?\.?|k|к|thousand)"
_word_alt = "|".join(sorted((re.escape(w) for w in WORD_VALUE), key=len, reverse=True))
WORD_NUMBER = rf"(?:{_word_alt})(?![\w'])"
# "2 300", "2,300" (thousands), "1,5", "1.5"
DIGITS = r"(?:\d{1,3}(?:[ ]\d{3})+(?![\d,.]\d)|\d{1,3}(?:,\d{3})+(?![\d.,]?\d)|\d+(?:[.,]\d+)?)"
# A case ending after digits: "2-х суток", "5-ти часов", "5-ть часов", "8-мь", "2-а часа", "4-ре".
# "-е" only before a plural ("4-е часа"): "2-е сутки", "3-и сутки" are ordinals (the second day).
CASE_END = r"(?:-?(?:х|ти|ух|ох|ми)(?![\w])|-(?:ть|мь|а|ре|ве)(?![\w])|-е(?=\s+(?:часа|часов|минут|суток)))?"
# "2 300", "1,5", "двадцать пять", "две с половиной", "2,5 тыс", "около тысячи", "40+".
NUMBER = (
    rf"(?:{DIGITS}{CASE_END}(?:\s*{THOUSANDS}(?![\w]))?\+?(?:\s+с\s+половиной|\s+с\s+лишним)?"
    rf"|{WORD_NUMBER}(?:\s+{WORD_NUMBER}){{0,2}}(?:\s+с\s+половиной|\s+з\s+половиною|\s+and\s+a\s+half)?)"
)
# The same without number words: for messages that have none (most of them), a faster pattern.
NUMBER_DIGITS = rf"(?:{DIGITS}{CASE_END}(?:\s*{THOUSANDS}(?![\w]))?\+?(?:\s+с\s+половиной|\s+с\s+лишним)?)"
# Words that make a count vague: "несколько часов" is not a number of hours.
VAGUE = frozenset({"несколько", "кілька", "several", "кількох", "нескольких"})

_DIGITS_NUMBER = re.compile(rf"^({DIGITS})\s*({THOUSANDS})?$")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_CASE_SUFFIX = re.compile(r"(?<=\d)(?:-?(?:х|ти|ух|ох|ми)|-(?:ть|мь|а|ре|ве|е))$")
_SPLIT = re.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """The value of a NUMBER match, or None when it is not a number."""
    t = text.strip().lower()
    half = 0.0
    for tail in (" с половиной", " з половиною", " and a half"):
        if t.endswith(tail):
            t, half = t[: -len(tail)], 0.5
    if t.endswith(" с лишним"):  # "6 с лишним": a little over six, read as six
        t = t[: -len(" с лишним")]
    t = t.rstrip("+").strip()
    t = _CASE_SUFFIX.sub("", t)  # "2-х суток", "5-ти часов"
    m = _DIGITS_NUMBER.match(t)
    if m:
        digits = m.group(1).replace(" ", "")
        if _COMMA_THOUSANDS.fullmatch(digits):
            digits = digits.replace(",", "")
        value = float(digits.replace(",", "."))
        return value * (1000 if m.group(2) else 1) + half
    total, current = 0.0, 0.0
    words = [w for w in _SPLIT.split(t) if w]
    if not words:
        return None
    if len(words) == 2 and words[0] in INVERTED_SCALES and WORD_VALUE.get(words[1], 10) < 10:
        return INVERTED_SCALES[words[0]] * WORD_VALUE[words[1]]  # "сотни три", "тысячи две": about 300, 2000
    for w in words:
        v = WORD_VALUE.get(w)
        if v is None:
            return None
        if w in MULTIPLIERS and current:
            total += current * MULTIPLIERS[w]
            current = 0
        else:
            current += v
    return total + current + half
