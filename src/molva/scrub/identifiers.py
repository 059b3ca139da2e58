"""Identifiers that have a shape: contacts, documents, cards, devices, car plates.

Each finder replaces what it finds with a typed placeholder. Numbers that are facts keep
their shape and survive: counts written in thousands ("2 300 машин", "1 200 000"), times,
dates, km, flight numbers. Any other run of seven or more digits is an identifier of some
kind (phone, passport, INN, SNILS, card, IMEI) and is removed, typed where the context or a
check digit tells which.
"""

from __future__ import annotations

import phonenumbers
import regex

PLACEHOLDERS = {
    "phone": "[телефон]",
    "email": "[email]",
    "username": "[ник]",
    "link": "[ссылка]",
    "name": "[имя]",
    "passport": "[паспорт]",
    "military_id": "[военный билет]",
    "card": "[карта]",
    "imei": "[imei]",
    "serial": "[серийный номер]",
    "plate": "[госномер]",
    "snils": "[снилс]",
    "inn": "[инн]",
    "number": "[номер]",
}
P = PLACEHOLDERS

EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PROFILE_LINK = regex.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:t\.me|telegram\.me|telegram\.dog|vk\.com|vk\.ru|instagram\.com|facebook\.com|fb\.com"
    r"|twitter\.com|x\.com|ok\.ru|tiktok\.com|youtube\.com/@|linkedin\.com/in)/[\w.@/+?=&%-]+",
    regex.IGNORECASE,
)
USERNAME = regex.compile(r"(?<![\w@])@[A-Za-z][A-Za-z0-9_]{2,31}\b")

# Russian plates use the 12 Cyrillic letters that look Latin; people type either alphabet.
_PLATE_LETTER = r"[АВЕКМНОРСТУХавекмнорстухABEKMHOPCTYXabekmhopctyx]"
PLATE = regex.compile(
    rf"(?<![\w]){_PLATE_LETTER}\s?\d{{3}}\s?{_PLATE_LETTER}{{2}}\s?(?:\d{{2,3}})?(?![\w])"
    r"|(?<![\w])[A-Z]{2}-\d{3}-[A-Z]{2}(?![\w])"  # Georgia
    r"|(?<![\w])\d{3}\s?[A-Z]{2,3}\s?\d{2}(?![\w])"  # Kazakhstan
    r"|(?<![\w])[A-Z]{2}\s?\d{4}\s?[A-Z]{2}(?![\w])"  # Ukraine
)
MILITARY_ID = regex.compile(r"(?<![\w])[А-ЯA-Z]{2}\s?№?\s?\d{7}(?!\d)")
PASSPORT_SERIES = regex.compile(
    r"(?:серия|серии|серію|series)\s*:?\s*\d{2}\s?\d{2}\s*,?\s*(?:номер|№|no\.?|number|н\.)?\s*:?\s*\d{6,7}(?!\d)",
    regex.IGNORECASE,
)
SERIAL = regex.compile(
    r"(?<![\w/])(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9/-]{5,30}(?![\w])"
)
_SERIAL_WORD = regex.compile(
    r"(?:s/?n|serial|серийн\w*|с/н|imei|модел\w*)(?:\W+[^\W\d]+){0,2}\W*$", regex.IGNORECASE
)
# A run of digits with single separators: a phone, document, card or device number candidate.
DIGIT_RUN = regex.compile(r"(?<![\w+])\+?\(?\d(?:(?:[\s\-()\u00a0№]{1,3}|\.(?=\d))?\d){6,22}(?![\w])")
# "1 200 000", "2,300,000": a count written in thousands is a fact, not an identifier.
THOUSANDS = regex.compile(r"^\d{1,3}(?:([\s\u00a0,.])\d{3})(?:\1\d{3})*$")
DATE_LIKE = regex.compile(r"^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$|^\d{4}-\d{2}-\d{2}$")
_CONTEXT = (
    ("passport", regex.compile(r"паспорт|passport|загран|серия|серии", regex.IGNORECASE)),
    ("military_id", regex.compile(
        r"военн\w*\s+билет|военник|military\s+id|військов\w+\s+квит", regex.IGNORECASE)),
    ("snils", regex.compile(r"снилс|snils", regex.IGNORECASE)),
    ("inn", regex.compile(r"\bинн\b|\binn\b|\bіпн\b", regex.IGNORECASE)),
    ("imei", regex.compile(r"imei|имей", regex.IGNORECASE)),
    ("card", regex.compile(r"карт|card|visa|mastercard|мир\b", regex.IGNORECASE)),
)
_DIGIT = regex.compile(r"\d")
_REGIONS = ("RU", "KZ", "GE", "AM", "UA", "BY", "FI", "MN", "EE", "LV", "NO", "AZ", "TR")


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _is_phone(raw: str, digits: str) -> bool:
    if raw.startswith("+") or len(digits) in (10, 11) and digits[0] in "78":
        return True
    for region in _REGIONS:
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(raw, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _number_kind(text: str, start: int, raw: str, digits: str) -> str:
    before = text[max(0, start - 40) : start]
    for kind, pattern in _CONTEXT:
        if pattern.search(before):
            return kind
    if len(digits) == 15 and luhn(digits):
        return "imei"
    if 13 <= len(digits) <= 19 and luhn(digits) and not raw.startswith("+"):
        return "card"
    if _is_phone(raw, digits):
        return "phone"
    return "number"


def replace_numbers(text: str) -> str:
    """Runs of seven or more digits, except counts in thousands, dates and times."""

    def sub(m: regex.Match[str]) -> str:
        raw = m.group(0).rstrip(" .-(")
        tail = m.group(0)[len(raw):]
        core = raw.lstrip("(")
        if m.group(0) == raw and text.startswith(":", m.end()):
            core = core.rsplit(None, 1)[0] if " " in core else core  # "26.09.2022 14:30": a date, then a time
            if DATE_LIKE.match(core) or sum(c.isdigit() for c in core) < 7:
                return m.group(0)
        if THOUSANDS.match(core) or DATE_LIKE.match(core):
            return m.group(0)
        digits = regex.sub(r"\D", "", raw)
        if len(digits) < 7:
            return m.group(0)
        return P[_number_kind(text, m.start(), raw, digits)] + tail

    return DIGIT_RUN.sub(sub, text)


def replace_serials(text: str) -> str:
    """Device serials and other codes of letters and digits ("S/N C02XK1ABJGH5")."""

    def sub(m: regex.Match[str]) -> str:
        token = m.group(0)
        digits = sum(c.isdigit() for c in token)
        letters = len(token) - digits - token.count("-")
        labelled = _SERIAL_WORD.search(text[: m.start()])
        # serials are written in capitals; "38-year-old" is not one
        capitals = any(c.isupper() for c in token)
        if labelled or (digits >= 2 and letters >= 2 and len(token) >= 10 and capitals):
            return P["serial"]
        return token

    return SERIAL.sub(sub, text)


def scrub_shapes(text: str) -> str:
    """Every identifier with a recognisable shape, replaced by its placeholder."""
    if "@" in text:
        text = EMAIL.sub(P["email"], text)
    if "/" in text or "." in text:
        text = PROFILE_LINK.sub(P["link"], text)
    if "@" in text:
        text = USERNAME.sub(P["username"], text)
    if not _DIGIT.search(text):
        return text
    text = PASSPORT_SERIES.sub(P["passport"], text)
    text = MILITARY_ID.sub(P["military_id"], text)
    text = replace_numbers(text)
    text = PLATE.sub(P["plate"], text)
    return replace_serials(text)
