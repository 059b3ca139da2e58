"""Skip a regular expression when the text cannot match it.

Most messages match none of the long alternations in `patterns.py`, and Python's `re` still
walks every position of the text to find that out. `prefiltered(pattern)` reads the pattern's
syntax tree once and derives a set of literal strings at least one of which every match must
contain (for `\\b(?:будут|могут\\s+закр\\w*)` that is {"будут", "могут"}); one Aho-Corasick pass
over the text for those strings decides whether the expression needs to run at all.
The result is the same as the pattern's own `search`/`finditer` (tested on the corpus).
"""

from __future__ import annotations

import itertools
import re
import re._constants as C  # noqa: N812 - the names sre uses
import re._parser as sre
import threading
from collections.abc import Iterator

import ahocorasick

_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_MAX_KEYS = 400


def _seq_keys(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """Keys for a sequence: the best of its mandatory parts (a run of literals counts as one)."""
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        if op in _ZERO_WIDTH:
            continue
        keys = _node_keys(op, av)
        if keys:
            candidates.append(keys)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda ks: (min(map(len, ks)), -len(ks)))


def _node_keys(op, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    if op is C.SUBPATTERN:
        return _seq_keys(list(av[-1]))
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            keys = _seq_keys(list(alt))
            if not keys:
                return None
            out |= keys
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _seq_keys(list(av[2]))
    if op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 4:
        return {chr(c) for _, c in av}
    return None


def literal_keys(pattern: re.Pattern[str]) -> set[str] | None:
    """Strings one of which every match of `pattern` contains, or None when there are none."""
    if pattern.flags & re.IGNORECASE:
        return None
    keys = _seq_keys(list(sre.parse(pattern.pattern, pattern.flags)))
    if not keys or len(keys) > _MAX_KEYS or min(map(len, keys)) < 2:
        return None
    return keys


class _Gate(threading.local):
    """One Aho-Corasick pass per text for the keys of every prefiltered pattern, kept for
    the last text seen (per thread), so a message is scanned once however many patterns ask."""

    keys: dict[str, set[int]] = {}
    automaton: ahocorasick.Automaton | None = None
    text: str | None = None
    hits: frozenset[int] = frozenset()

    def add(self, index: int, keys: set[str]) -> None:
        for key in keys:
            _Gate.keys.setdefault(key, set()).add(index)
        _Gate.automaton = None  # rebuilt on next use

    def present(self, text: str) -> frozenset[int]:
        if text is not self.text:
            automaton = _Gate.automaton
            if automaton is None:
                automaton = _Gate.automaton = ahocorasick.Automaton()
                for key, indices in _Gate.keys.items():
                    automaton.add_word(key, frozenset(indices))
                automaton.make_automaton()
            self.hits = frozenset().union(*(ids for _, ids in automaton.iter(text)))
            self.text = text
        return self.hits


_GATE = _Gate()
_count = itertools.count()


class Prefiltered:
    """A compiled pattern behind a literal-string gate; `search`, `finditer`, `findall` as `re`."""

    __slots__ = ("raw", "keys", "index", "pattern", "flags")

    def __init__(self, raw: re.Pattern[str], keys: set[str]) -> None:
        self.raw, self.keys, self.pattern, self.flags = raw, frozenset(keys), raw.pattern, raw.flags
        self.index = next(_count)
        _GATE.add(self.index, keys)

    def __repr__(self) -> str:
        return f"Prefiltered({self.raw!r}, {len(self.keys)} keys)"

    def possible(self, text: str) -> bool:
        return self.index in _GATE.present(text)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.raw.search(text, *args) if self.index in _GATE.present(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.raw.finditer(text, *args) if self.possible(text) else iter(())

    def findall(self, text: str, *args: int) -> list:  # type: ignore[type-arg]
        return self.raw.findall(text, *args) if self.possible(text) else []

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.raw.match(text, *args)


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered | re.Pattern[str]:
    """`pattern` behind a gate when it has usable literal keys; otherwise `pattern` itself."""
    keys = literal_keys(pattern)
    return Prefiltered(pattern, keys) if keys else pattern


__all__ = ["Prefiltered", "literal_keys", "prefiltered"]
