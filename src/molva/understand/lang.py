"""Language of a message by script and a few function words: fast enough for every message."""

from __future__ import annotations

import re

_UK_LETTERS = re.compile(r"[іїєґ]")
_RU_LETTERS = re.compile(r"[ыэъ]")
_CYRILLIC = re.compile(r"[а-я]")
_LATIN = re.compile(r"[a-z]")
_UK_WORDS = re.compile(
    r"\b(?:що|це|та|як|від|для|вже|годин\w*|черг\w*|кордон\w*|доби|діб|немає|ще|пішки)\b"
)
_GEORGIAN = re.compile(r"[\u10a0-\u10ff]")


def detect(norm: str) -> str | None:
    """ISO 639-1 code of normalised text ("ru", "uk", "en", "ka"), or None."""
    uk = len(_UK_LETTERS.findall(norm))
    ru = len(_RU_LETTERS.findall(norm))
    cyr = _CYRILLIC.search(norm)
    if cyr or uk:
        if uk > ru:
            return "uk"
        if ru:
            return "ru"
        return "uk" if _UK_WORDS.search(norm) else "ru"
    if _LATIN.search(norm):
        return "en"
    if _GEORGIAN.search(norm):
        return "ka"
    return None
