"""Text normalisation shared by the understanding stage."""

from __future__ import annotations

import string

WORD_CHARS = frozenset(
    string.ascii_letters + string.digits + "_"
    + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    + "іїєґІЇЄҐ"
)

_TABLE = str.maketrans({"ё": "е", "Ё": "е", "’": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"',
                        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "–": "-", "—": "-",
                        "−": "-"})


def normalize(text: str) -> str:
    """Lower case, ё → е, one kind of apostrophe, dash and space. Keeps length and offsets."""
    return text.translate(_TABLE).lower()
