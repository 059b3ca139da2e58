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
_UK_RE = re.compile("[" + "".join(sorted(_UK_LETTERS)) + "]")
_RU_RE = re.compile("[" + "".join(sorted(_RU_LETTERS)) + "]")
_CYRILLIC_RE = re.compile("[" + "".join(sorted(_CYRILLIC)) + "]")
_LATIN_RE = re.compile("[a-z]")
_GEORGIAN = re.compile(r"[\u10a0-\u10ff]")


def detect(norm: str) -> str | None:
    """ISO 639-1 code of normalised text ("ru", "uk", "en", "ka"), or None."""
    if "[" in norm:
        norm = _PLACEHOLDER.sub(" ", norm)  # "[имя]" in an English message is not Russian
    if norm.isascii():
        return "en" if _LATIN_RE.search(norm) else None
    uk = _UK_RE.search(norm)
    ru = _RU_RE.search(norm)
    if uk or ru or _CYRILLIC_RE.search(norm):
        if uk and ru:
            return "uk" if len(_UK_RE.findall(norm)) > len(_RU_RE.findall(norm)) else "ru"
        if uk:
            return "uk"
        if ru:
            return "ru"
        return "uk" if _UK_WORDS.search(norm) else "ru"
    if _LATIN_RE.search(norm):
        return "en"
    if _GEORGIAN.search(norm):
        return "ka"
    return None
