"""From a message's text (and its chat's title) to a `Report` of the contract's fields.

Built once with a gazetteer (`Extractor(Gazetteer())`) and called per message. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from molva.records import Report
from molva.understand import patterns as P
from molva.understand.gazetteer import Gazetteer
from molva.understand.lang import detect
from molva.understand.numbers import parse_number
from molva.understand.text import normalize

MAX_WAIT_HOURS = 24 * 10  # a longer "wait" is not a border queue
MAX_QUEUE_KM = 80


def _unit_hours(unit: str) -> float:
    u = unit.lower()
    if regex.fullmatch(P.MINUTES, u):
        return 1 / 60
    if regex.fullmatch(P.DAYS, u):
        return 24.0
    return 1.0


def _round(x: float) -> float | int:
    r = round(x, 2)
    return int(r) if r == int(r) else r


def find_waits(norm: str) -> list[tuple[float, float, int]]:
    """(low, high, position) of each duration; adjacent parts ("1 день 5 часов") are summed."""
    out: list[tuple[float, float, int]] = []
    last_end = -10
    for m in P.DURATION.finditer(norm):
        if m.group("bare"):
            key = regex.sub(r"\s+", " ", m.group("bare"))
            low = high = float(P.BARE_HOURS.get(key, 0))
        else:
            a = parse_number(m.group("a"))
            if a is None:
                continue
            b = parse_number(m.group("b")) if m.group("b") else None
            unit = _unit_hours(m.group("unit"))
            low = a * unit
            high = (b * unit) if b is not None else low
            if b is not None and b < a:  # "5-6" fine; "12 - 2" is not a range
                continue
        if not low:
            continue
        between = norm[last_end : m.start()]
        if out and m.start() - last_end <= 3 and regex.fullmatch(r"\s*(?:и|and|і|,)?\s*", between):
            pl, ph, pos = out[-1]
            out[-1] = (pl + low, ph + high, pos)
        else:
            out.append((low, high, m.start()))
        last_end = m.end()
    return [w for w in out if w[1] <= MAX_WAIT_HOURS]


def clock_span(norm: str) -> float | int | None:
    """Two clock times with arrival and crossing words: "приехали в 3:30, прошли в 9:30"."""
    times = P.CLOCK.findall(norm)
    if len(times) != 2 or not P.DONE.search(norm):
        return None
    (h1, m1), (h2, m2) = times
    diff = (int(h2) * 60 + int(m2)) - (int(h1) * 60 + int(m1))
    if diff <= 0:
        diff += 24 * 60
    return _round(diff / 60)


def find_km(norm: str) -> float | None:
    if not P.QUEUE_CONTEXT.search(norm) and not regex.search(r"\bна\s+\d+\s*-?\s*(?:м|й)\b", norm):
        return None
    for m in P.KM.finditer(norm):
        after = m.group("after") or ""
        if after:
            if not P.BORDER_WORD.search(after):
                continue  # "в 200 км от Москвы", "30 км до Владикавказа"
        elif P.KM_REJECT_BEFORE.search(norm[max(0, m.start() - 20) : m.start()]):
            continue  # "проехали 1500 км", "за 30 км"
        value = parse_number(m.group("n"))
        if value is not None and 0 < value <= MAX_QUEUE_KM:
            return _round(value)
    return None


def find_count(pattern: regex.Pattern[str], norm: str) -> int | None:
    for m in pattern.finditer(norm):
        value = parse_number(m.group("n"))
        if value is None or value < 1:
            continue
        if "b" in m.groupdict() and m.group("b"):
            high = parse_number(m.group("b"))
            if high:
                value = (value + high) / 2
        return int(round(value))
    return None


def find_labels(table: Iterable[tuple[str, regex.Pattern[str]]], norm: str, negate: bool) -> tuple[str, ...]:
    found = []
    for label, pattern in table:
        for m in pattern.finditer(norm):
            if negate and (
                P.NEGATION.search(norm[max(0, m.start() - 30) : m.start()])
                or P.NEGATED_INSIDE.search(m.group(0))
            ):
                continue
            found.append(label)
            break
    return tuple(found)


def direction_of(norm: str) -> str | None:
    entry = P.ENTRY.search(norm)
    exit_ = P.EXIT.search(norm)
    if entry and not exit_:
        return "entry"
    if exit_ and not entry:
        return "exit"
    if entry and exit_:
        return "entry" if entry.start() < exit_.start() else "exit"
    return None


class Extractor:
    """Finds the contract's facts in one message. Build once, call many times."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._title_cache: dict[str, tuple[str | None, str | None]] = {}

    def crossing_in(self, norm: str, *, trust_ambiguous: bool = False) -> str | None:
        hits = self.gazetteer.find(norm)
        if not hits:
            return None
        context = trust_ambiguous or bool(P.BORDER_CONTEXT.search(norm))
        for h in hits:
            if not h.ambiguous:
                return h.crossing
        for h in hits:
            if context:
                return h.crossing
        return None

    def title_context(self, title: str | None) -> tuple[str | None, str | None]:
        """(crossing, direction) a chat's title names, cached per title."""
        if not title:
            return None, None
        if title not in self._title_cache:
            norm = normalize(title)
            crossing = self.crossing_in(norm, trust_ambiguous=True) or self.country_crossing(norm)
            self._title_cache[title] = (crossing, direction_of(norm))
        return self._title_cache[title]

    @staticmethod
    def country_crossing(norm: str) -> str | None:
        for pattern, crossing in P.COUNTRY_CROSSING:
            if pattern.search(norm):
                return crossing
        return None

    def __call__(self, msg_id: str, text: str, chat: str | None = None) -> Report:
        norm = normalize(text)
        lang = detect(norm)
        title_crossing, title_direction = self.title_context(chat)
        crossing = self.crossing_in(norm)

        waits = find_waits(norm)
        wait: float | tuple[float, float] | None = None
        if waits:
            low, high, _ = waits[0]
            wait = _round(low) if low == high else (_round(low), _round(high))
        else:
            span = clock_span(norm)
            if span:
                wait = span
        queue_km = find_km(norm)
        vehicles = find_count(P.VEHICLES, norm)
        people = find_count(P.PEOPLE, norm)
        checks = find_labels(P.CHECKS, norm, negate=True)
        modes = find_labels(P.MODES, norm, negate=False)
        question = "?" in text or bool(P.QUESTION_START.search(norm))
        hearsay = bool(P.HEARSAY.search(norm))
        numeric = any(v is not None for v in (wait, queue_km, vehicles))
        incident = P.INCIDENT.search(norm)

        if incident and not numeric:
            kind = "incident"
        elif numeric or (checks and not question) or people is not None and not question:
            kind = "border"
        elif hearsay and P.RUMOUR.search(norm):
            kind = "rumour"
        elif question:
            kind = "question"
        elif (modes or crossing or title_crossing) and (P.STATUS.search(norm) or P.DONE.search(norm)):
            kind = "border"
        elif P.RUMOUR.search(norm) and (hearsay or "будто" in norm):
            kind = "rumour"
        else:
            kind = "other"

        if kind != "border":
            return self._other(msg_id, lang, kind, norm, crossing, incident is not None)

        wait_state = None
        if wait is not None:
            ongoing = P.ONGOING.search(norm)
            wait_state = "ongoing" if ongoing and not P.DONE.search(norm) else "done"
        if crossing is None:
            crossing = title_crossing or self.country_crossing(norm)
        confidence = 0.5 if hearsay else (0.8 if numeric else 0.6)
        return Report(
            id=msg_id, lang=lang, kind="border", crossing=crossing,
            direction=direction_of(norm) or title_direction, wait_hours=wait,
            wait_state=wait_state, queue_km=queue_km, vehicles=vehicles, people=people,
            checks=checks, mode=modes, confidence=confidence,
        )

    def _other(self, msg_id: str, lang: str | None, kind: str, norm: str, crossing: str | None,
               incident: bool) -> Report:
        if kind == "incident":
            itype = next((t for t, p in P.INCIDENT_TYPES if p.search(norm)), None)
            place = next((t for t, p in P.PLACE_TYPES if p.search(norm)), None)
            count = find_count(P.PEOPLE, norm)
            return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing,
                          incident_type=itype, place_type=place, count=count, confidence=0.6)
        if kind == "rumour":
            return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing, confidence=0.3)
        return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing, confidence=0.7)
