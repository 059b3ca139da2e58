"""Language of a message by script and a few function words: fast enough for every message."""

from __future__ import annotations

import re

_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъ")
_CYRILLIC = frozenset("абвгдежзийклмнопрстуфхцчшщьюя")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
_UK_WORDS = re.compile(
    r"\b(?:що|це|та|як|від|для|вже|годин\w*|черг\w*|кордон\w*|доби|діб|немає|ще|пішки)\b"
)
_PLACEHOLDER = re.compile(r"\[[^\]\[]{1,20}\]")
_GEORGIAN = re.compile(r"[\u10a0-\u10ff]")


def detect(norm: str) -> str | None:
    """ISO 639-1 code of normalised text ("ru", "uk", "en", "ka"), or None."""
    if "[" in norm:
        norm = _PLACEHOLDER.sub(" ", norm)  # "[имя]" in an English message is not Russian
    chars = set(norm)
    uk_letters = chars & _UK_LETTERS
    ru_letters = chars & _RU_LETTERS
    if uk_letters or ru_letters or chars & _CYRILLIC:
        if uk_letters and ru_letters:
            uk = sum(norm.count(c) for c in uk_letters)
            ru = sum(norm.count(c) for c in ru_letters)
            return "uk" if uk > ru else "ru"
        if uk_letters:
            return "uk"
        if ru_letters:
            return "ru"
        return "uk" if _UK_WORDS.search(norm) else "ru"
    if chars & _LATIN:
        return "en"
    if _GEORGIAN.search(norm):
        return "ka"
    return None
