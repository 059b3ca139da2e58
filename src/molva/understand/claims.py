"""What a rumour claims, as a key that the same claim gets in any wording or language.

"Границу закроют 1 октября", "they're closing the border on the 1st of October" and "кордон
закриють з 1 жовтня" are one claim: a concept (border closure) and, when said, a date. The
concepts are the few policies people rumoured about in 2022; each is two sets of stems that must
both occur (what happens, to what). A claim outside the table keys on its content words.
"""

from __future__ import annotations

import re

CONCEPTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    # (id, statement, what happens, to what)
    ("exit-ban", "Men of draft age will be banned from leaving Russia",
     ("запрет", "заборон", "не выпуст", "не випуст", "не выпуска", "не пуска", "ban", "barred",
      "won't be allowed", "will not be allowed", "не будут выпуск", "не будуть випуск"),
     ("выезд", "виїзд", "выпуск", "exit", "leav", "мужчин", "чоловік", "men")),
    ("border-closure", "The border will be closed",
     ("закро", "закры", "закри", "clos", "shut", "прикро"),
     ("границ", "кордон", "border", "ларс", "lars", "выезд", "виїзд", "exit")),
    ("martial-law", "Martial law will be declared",
     ("военное положение", "военного положения", "военное положение", "воєнний стан", "воєнного стану",
      "martial law"),
     ("",)),
    ("second-wave", "A second wave of mobilisation is coming",
     ("втор", "нов", "друг", "second", "next", "наступн"),
     ("волн", "хвил", "wave", "этап", "етап")),
    ("passports-seized", "Foreign passports will be confiscated",
     ("изыма", "изъят", "отбира", "отберут", "забира", "заберут", "відбира", "вилуча", "confiscat", "seiz",
      "аннулир", "анулю", "не выдают", "не видають"),
     ("загран", "паспорт", "закордон", "passport")),
    ("enlistment-permission", "Leaving will need the enlistment office's permission",
     ("разрешени", "дозвіл", "permission", "справк"),
     ("военкомат", "військкомат", "enlistment", "military commissariat")),
)

_MONTHS = {
    "сентябр": 9, "вересн": 9, "september": 9, "sept": 9, "sep": 9,
    "октябр": 10, "жовтн": 10, "october": 10, "oct": 10,
    "ноябр": 11, "листопад": 11, "november": 11, "nov": 11,
}
_DATE = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:-?(?:го|е|st|nd|rd|th))?\s+(?:of\s+)?(?P<m>сентябр\w*|октябр\w*|ноябр\w*|вересн\w*|"
    r"жовтн\w*|листопад\w*|september|october|november|sept?|oct|nov)\b"
    r"|\b(?P<m2>september|october|november|sept?|oct|nov)\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"|\b(?P<d3>[0-3]?\d)\.(?P<m3>09|10|11)\b"
)
_WORD = re.compile(r"[^\W\d_]{4,}")
_HEARSAY_LEAD = re.compile(
    r"^\W*(?:(?:говорят|пишут|слышал\w*|кажуть|пишуть|чув|i\s+hear|they\s+say|rumou?r\s+(?:is|has\s+it)|"
    r"word\s+is|по\s+слухам|якобы|нібито)\W+(?:что|що|that)?\W*)+",
    re.IGNORECASE,
)


def claim_date(text: str) -> str | None:
    """The date a claim names, as MM-DD ("1 октября" → "10-01"), or None."""
    m = _DATE.search(text.lower())
    if m is None:
        return None
    day = m.group("d") or m.group("d2") or m.group("d3")
    month = m.group("m") or m.group("m2")
    if m.group("m3"):
        number = int(m.group("m3"))
    else:
        number = next(v for k, v in _MONTHS.items() if month.startswith(k))
    return f"{number:02d}-{int(day):02d}" if 1 <= int(day) <= 31 else None


MONTH_NAMES = {9: "September", 10: "October", 11: "November"}


def say_date(mm_dd: str) -> str:
    """ "10-01" → "1 October"."""
    month, day = (int(x) for x in mm_dd.split("-"))
    return f"{day} {MONTH_NAMES.get(month, month)}"


def _stems(words: tuple[str, ...]) -> re.Pattern[str]:
    """Stems that must start a word ("ban" is not in "bandage")."""
    stems = [rf"(?<![^\W\d_]){re.escape(w.strip())}" for w in words if w.strip()]
    return re.compile("|".join(stems) or r"(?:)")


_CONCEPT_PATTERNS = [(cid, statement, _stems(what), _stems(whom)) for cid, statement, what, whom in CONCEPTS]


def concept_of(norm: str) -> tuple[str, str] | None:
    """(concept id, its statement) for a normalised text, or None."""
    for cid, statement, what, whom in _CONCEPT_PATTERNS:
        if what.search(norm) and whom.search(norm):
            return cid, statement
    return None


def claim_key(norm: str) -> str:
    """The same for the same claim: concept and date, or the text's content words."""
    found = concept_of(norm)
    date = claim_date(norm)
    if found:
        return f"{found[0]}-{date}" if date else found[0]
    words = sorted(set(_WORD.findall(_HEARSAY_LEAD.sub("", norm))))[:6]
    return "claim-" + "-".join(words) if words else "claim"


def claim_text(text: str) -> str:
    """A short statement of what a rumour claims: the text without "говорят, что", one sentence."""
    body = _HEARSAY_LEAD.sub("", text.strip())
    sentence = re.split(r"(?<=[.!?])\s+", body, maxsplit=1)[0]
    sentence = sentence.strip(" .!?…") or body.strip()
    return sentence[:160]
