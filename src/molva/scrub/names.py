"""Personal names in any case: "Сергею Кузнецову", "у Петровой", "Ивана Сергеевича", "Alexei Smirnov".

Capitalised Cyrillic words are looked up in pymorphy3's dictionaries (Russian, or Ukrainian
for words with і/ї/є/ґ), whose Name, Surn and Patr tags mark first names, surnames and
patronymics in every case form; results are cached per word, so a chat's vocabulary is
analysed once. Names written in lower case ("сергея забрали") are matched against the case
forms of common first names, and Latin first names against `data/names_latin.txt`, both
built by `scripts/build_names.py`.

Places come first: a word the gazetteer reads as a crossing or a country ("Ларс", "Казбеги")
is never a name; a city name that can also be a person's ("Киров", "Калинин") is kept only
where grammar says it is a place ("в Кирове", "to Vladimir") or as a heading ("Питер: …").
A capitalised word next to a name is part of it ("Андрей Волк", "Саша и Волк", "Волк А. С."),
because surnames are often ordinary words, and so is one that signs a contact ("Цветков,
[телефон]").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

import pymorphy3
import regex

# (start, end, kind) of each place the gazetteer finds in a text; kind: crossing, country, city.
PlaceSpans = Callable[[str], list[tuple[int, int, str]]]

WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
INITIALS = re.compile(r"(?<![\w])[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?")
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
# Latin surnames by their endings: "Smirnov", "Ivanova", "Petrenko", "Shevchuk", "Beridze".
LATIN_SURNAME = regex.compile(
    r"[A-Z][a-z]+(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|enko|uk|yuk|chuk|vich|ich|idze|shvili|yan)$"
)
CYRILLIC = regex.compile(r"[а-яёіїєґ]", regex.IGNORECASE)
_UKRAINIAN = regex.compile(r"[іїєґ]", regex.IGNORECASE)
_SENTENCE_END = frozenset(".!?…\n:;«\"(")
_PREPOSITIONS = frozenset({
    "в", "во", "из", "до", "под", "через", "около", "возле", "над", "на", "у", "з", "із", "біля",
    "поблизу", "in", "from", "to", "near", "at", "of", "into", "via", "outside",
})
# "у Петровой" is a person, "у Кяхты" a place: after "у" only a city that is no one's name.
_WEAK_PREPOSITIONS = frozenset({"у"})
_LOCATIVE = ("і", "ї", "ові", "еві")  # a Ukrainian locative ending, as after "у" + a city
_AND = (["и"], ["and"], ["та"], ["і"], ["й"])
_SIGNS = regex.compile(r"\s*[,:—-]\s*\[(?:телефон|ник|email|ссылка)\]")
_HEADING = regex.compile(r"\s*[:—.,-]")
# Ordinary capitalised words pymorphy also knows as names, when they start a phrase.
_COMMON = frozenset({
    "вера", "надежда", "любовь", "роман", "лев", "слава", "мир", "марс", "победа", "заря", "роза",
    "лилия", "ангел", "май", "август", "юлий", "мила", "ася", "ника", "лада", "зоя", "тина",
})
STRONG = ("crossing", "country")
_NOT_NAMES = (*STRONG, "placeholder", "here")


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("molva.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


class NameFinder:
    """Built once (loads two pymorphy3 dictionaries); finds name spans in text."""

    def __init__(self, places: PlaceSpans | None = None) -> None:
        self._ru = pymorphy3.MorphAnalyzer(lang="ru")
        self._uk = pymorphy3.MorphAnalyzer(lang="uk")
        self._latin = _word_list("names_latin.txt")
        self._lower = _word_list("names_forms.txt")  # "сергея", "наташей": names in lower case
        self._places = places or (lambda text: [])
        self.person_score = lru_cache(maxsize=262_144)(self._person_score)

    def __repr__(self) -> str:
        return "NameFinder()"

    def _person_score(self, word: str) -> tuple[float, float, float]:
        """(share of parses that name a person, the best parse's score if it names one and the
        dictionary knows the word rather than guessing from its ending, the share of such known
        parses)."""
        parses = (self._uk if _UKRAINIAN.search(word) else self._ru).parse(word)
        person = [p for p in parses if _PERSON_TAGS & p.tag.grammemes]
        share = sum(p.score for p in person)
        top = parses[0].score if parses and _PERSON_TAGS & parses[0].tag.grammemes else 0.0
        known_top = top if top and parses[0].is_known else 0.0
        return share, known_top, sum(p.score for p in person if p.is_known)

    def _is_name(self, word: str, initial: bool, after_place_word: bool = False) -> bool:
        low = word.lower()
        if len(word) < 2:
            return False
        if not CYRILLIC.search(word):  # Latin: a known first name, or a surname's ending mid-sentence
            return word[0].isupper() and not word.isupper() and not initial and (
                low in self._latin or bool(LATIN_SURNAME.match(word))
            )
        if word.isupper():
            return False  # "ФСБ", "МАПП"
        if not word[0].isupper():
            return low in self._lower  # "сергея забрали"
        share, known_top, known = self.person_score(low)
        if initial or low in _COMMON:
            return known_top >= 0.5
        if after_place_word:
            return known > 0  # "на Эльмаше" is a district; "в Сергея" would be a name the dictionary knows
        return share > 0

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each name in `text`, merged where names stand together."""
        words = list(WORD.finditer(text))
        lower = self._lower
        # Most words are lower case and no one's name: only capitals and known name forms need a look.
        candidates = [i for i, m in enumerate(words) if m.group(0)[0].isupper() or m.group(0) in lower]
        initials = [(m.start(), m.end()) for m in INITIALS.finditer(text)] if "." in text else []
        if not candidates or not (initials or any(self._maybe(text, words, i) for i in candidates)):
            return []  # no word could be a name: the gazetteer need not be asked
        place = self._place_kinds(text, words)
        marked = [False] * len(words)
        for i in candidates:
            m = words[i]
            word = m.group(0)
            if text[m.start() - 1 : m.start()] == "[" and text[m.end() : m.end() + 1] == "]":
                place[i] = "placeholder"  # "[имя]", "[ник]"
                continue
            if place[i] in STRONG:
                continue
            initial = _starts_sentence(text, m.start())
            if place[i] == "city" and self._is_place_here(text, words, i, initial, place):
                place[i] = "here"  # read as a place: not a name, not a name's neighbour
                continue
            if place[i] == "city" and not self._could_be_person(word):
                continue  # "Зима", "Москва": a place, unless it stands next to a name ("Алины Зима")
            prev = words[i - 1].group(0).lower() if i else ""
            after_place_word = prev in _PREPOSITIONS - _WEAK_PREPOSITIONS
            marked[i] = self._is_name(word, initial, after_place_word) or (
                place[i] == "city" and self._could_be_person(word))
        for s, e in initials:  # "Волк А. С.", "А.С. Волк": the word next to initials is a surname
            for i in candidates:
                m = words[i]
                if len(m.group(0)) > 1 and place[i] not in (*STRONG, "placeholder", "here") and (
                        text[m.end() : s].strip() == "" and m.end() <= s or text[e : m.start()].strip() == ""
                        and e <= m.start()):
                    marked[i] = True
        self._mark_latin_pairs(text, words, marked)
        self._mark_neighbours(text, words, marked, place)
        spans = [(m.start(), m.end()) for m, on in zip(words, marked, strict=True) if on]
        for s, e in initials:
            if any(pe <= s and text[pe:s].strip() == "" or e <= ps and text[e:ps].strip() == ""
                   for ps, pe in spans):
                spans.append((s, e))
        return _merge(sorted(spans), text)

    def _maybe(self, text: str, words: list[re.Match[str]], i: int) -> bool:
        m = words[i]
        word = m.group(0)
        return (self._is_name(word, False) or self._could_be_person(word)
                or (word[0].isupper() and _SIGNS.match(text, m.end()) is not None))

    def _place_kinds(self, text: str, words: list[re.Match[str]]) -> list[str | None]:
        kinds: list[str | None] = [None] * len(words)
        found = self._places(text)
        if not found:
            return kinds
        for i, m in enumerate(words):
            for start, end, kind in found:
                if start < m.end() and m.start() < end:
                    kinds[i] = kind if kinds[i] not in STRONG else kinds[i]
        return kinds

    def _is_place_here(self, text: str, words: list[re.Match[str]], i: int, initial: bool,
                       place: list[str | None]) -> bool:
        """A city's name surely read as a place: after a preposition, as a heading ("Питер: …"),
        next to another place ("Питер — Выборг")."""
        prev = words[i - 1].group(0).lower() if i else ""
        if prev in _PREPOSITIONS - _WEAK_PREPOSITIONS:
            return True
        if prev == "у" and words[i].group(0).endswith(_LOCATIVE):
            return True  # Ukrainian "у Самарі", "у Києві": in a place ("у Сергея" is at someone's)
        if initial and _HEADING.match(text, words[i].end()):
            return True
        return any(0 <= j < len(words) and place[j] in (*STRONG, "city", "here") for j in (i - 1, i + 1))

    def _could_be_person(self, word: str) -> bool:
        low = word.lower()
        if not CYRILLIC.search(word):
            return word[0].isupper() and low in self._latin
        return word[0].isupper() and self.person_score(low)[2] > 0

    def _mark_latin_pairs(self, text: str, words: list[re.Match[str]], marked: list[bool]) -> None:
        """ "Ekaterina Ivanova" anywhere, even first in a sentence: a first name and a surname."""
        for i in range(len(words) - 1):
            first, second = words[i].group(0), words[i + 1].group(0)
            if (first.lower() in self._latin and first[0].isupper() and LATIN_SURNAME.match(second)
                    and text[words[i].end() : words[i + 1].start()].strip() == ""):
                marked[i] = marked[i + 1] = True

    @staticmethod
    def _mark_neighbours(text: str, words: list[re.Match[str]], marked: list[bool],
                         place: list[str | None]) -> None:
        for i, m in enumerate(words):
            word = m.group(0)
            if marked[i] or not word[0].isupper() or word.isupper() or place[i] in _NOT_NAMES:
                continue
            if _SIGNS.match(text, m.end()):
                marked[i] = True
                continue
            for j in (i - 1, i + 1, i - 2, i + 2):
                if 0 <= j < len(words) and marked[j]:
                    a, b = sorted((i, j))
                    gap = text[words[a].end() : words[b].start()]
                    if gap.strip() == "" or (abs(i - j) == 2 and gap.split() in _AND):
                        marked[i] = True
                        break


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and text[out[-1][1] : s].strip() == "":
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def replace_names(text: str, finder: NameFinder, placeholder: str) -> str:
    for s, e in reversed(finder.spans(text)):
        text = text[:s] + placeholder + text[e:]
    return text
