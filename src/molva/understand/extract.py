"""From a message's text (and its chat's title) to a `Report` of the contract's fields.

Built once with a gazetteer (`Extractor(Gazetteer())`) and called per message. Pure: no I/O.
The order of decisions: find the quantities and the place, then the kind (a rumour's future
tense and an incident's verbs outrank numbers without a border anchor), then the fields
that kind carries.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from molva.records import Report
from molva.understand import patterns as P
from molva.understand import quantities as Q
from molva.understand.gazetteer import Gazetteer
from molva.understand.lang import detect
from molva.understand.text import normalize

# A neighbour with a single usable road crossing: the country names the crossing.
COUNTRY_CROSSING = (
    (regex.compile(r"\b(?:грузи[яиюей]\w*|грузинск\w*|georgia\w*|грузі[яїюєй]\w*|грузинськ\w*)"),
     "verkhny-lars"),
    (regex.compile(r"\b(?:норвеги\w*|норвежск\w*|norw\w*|норвегі\w*)"), "borisoglebsky"),
)
FACT_FIELDS = ("wait", "queue_km", "vehicles", "people")


def _round(x: float) -> float | int:
    r = round(x, 2)
    return int(r) if r == int(r) else r


def find_labels(table: Iterable[tuple[str, regex.Pattern[str]]], norm: str) -> list[str]:
    """Labels whose pattern matches somewhere not negated ("телефон не проверяли")."""
    found = []
    for label, pattern in table:
        for m in pattern.finditer(norm):
            if P.NEGATION.search(norm[max(0, m.start() - 30) : m.start()]) or P.NEGATED_INSIDE.search(
                m.group(0)
            ):
                continue
            found.append(label)
            break
    return found


def direction_of(norm: str) -> str | None:
    entry = P.ENTRY.search(norm)
    exit_ = P.EXIT.search(norm)
    if entry and exit_:
        return "entry" if entry.start() < exit_.start() else "exit"
    if entry:
        return "entry"
    if exit_:
        return "exit"
    if P.ENTRY_BARE.search(norm):
        return "entry"
    return None


def detention(norm: str) -> bool:
    return P.INCIDENT_TYPES[0][1].search(norm) is not None


def country_crossing(norm: str) -> str | None:
    for pattern, crossing in COUNTRY_CROSSING:
        if pattern.search(norm):
            return crossing
    return None


class Extractor:
    """Finds the contract's facts in one message. Build once, call many times."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._airports = {c.id for c in gazetteer.crossings.values() if c.type == "airport"}
        self._title_cache: dict[str, tuple[str | None, str | None]] = {}

    def crossing_in(self, norm: str, context: bool) -> str | None:
        """The first crossing named; an ambiguous name counts only with context."""
        hits = self.gazetteer.find(norm)
        if not hits:
            return None
        airport = None
        for h in hits:
            if h.ambiguous and h.crossing in self._airports:
                if airport is None:
                    airport = bool(P.AIRPORT_CONTEXT.search(norm))
                if not airport:
                    continue
            if not h.ambiguous or context:
                return h.crossing
        return None

    def title_context(self, title: str | None) -> tuple[str | None, str | None]:
        """(crossing, direction) a chat's title names, cached per title."""
        if not title:
            return None, None
        if title not in self._title_cache:
            norm = normalize(title)
            crossing = self.crossing_in(norm, context=True) or country_crossing(norm)
            self._title_cache[title] = (crossing, direction_of(norm))
        return self._title_cache[title]

    def __call__(self, msg_id: str, text: str, chat: str | None = None) -> Report:
        norm = normalize(text)
        lang = detect(norm)
        title_crossing, title_direction = self.title_context(chat)
        border_word = bool(P.BORDER_CONTEXT.search(norm))
        crossing = self.crossing_in(norm, border_word or bool(P.BROAD_CONTEXT.search(norm)))
        country = country_crossing(norm) if crossing is None else None
        anchored = bool(crossing or title_crossing or border_word or country)
        historic = bool(P.HISTORIC.search(norm))

        wait = queue_km = vehicles = people = None
        if anchored or P.FIRST_PERSON_NOW.search(norm):
            picked = Q.pick_wait(norm, Q.find_waits(norm))
            if picked is None:
                span = Q.clock_span(norm)
                picked = (span, span) if span else None
            if picked is not None:
                low, high = picked
                wait = _round(low) if low == high else (_round(low), _round(high))
            queue_km = Q.find_km(norm)
            vehicles = Q.find_count(Q.VEHICLES, norm)
            people = Q.find_count(Q.PEOPLE, norm)
        numeric = any(v is not None for v in (wait, queue_km, vehicles))
        question = "?" in text or bool(P.QUESTION_START.search(norm))
        hearsay = bool(P.HEARSAY.search(norm))
        future = bool(P.FUTURE.search(norm)) and bool(P.POLICY.search(norm))
        incident = P.INCIDENT.search(norm) is not None
        checks = find_labels(P.CHECKS, norm)
        if P.TURNED_BACK.search(norm):
            checks.append("turned_back")
        modes = find_labels(P.MODES, norm)
        status = bool(P.STATUS.search(norm))

        passed_count = (
            not numeric and P.PASSED.search(norm) and (anchored or P.FOREIGN_COUNTRY.search(norm))
            and regex.search(r"\d", norm)
        )
        if historic and not (numeric and P.FIRST_PERSON_NOW.search(norm)):
            kind = "other"
        elif future and (hearsay or not numeric):
            kind = "rumour"
        elif P.DENIAL.search(norm) and P.POLICY.search(norm) and not numeric:
            kind = "rumour"
        elif hearsay and P.POLICY.search(norm) and not numeric and not checks:
            kind = "rumour"
        elif question and "?" in text and not numeric:
            kind = "question"
        elif incident and not P.FLIGHT.search(norm) and not (
            (crossing or title_crossing) and (numeric or (border_word and not detention(norm)))
        ):
            kind = "incident"
        elif numeric and not (question and wait is None and queue_km is None and (vehicles or 0) < 10):
            kind = "border"
        elif question:
            kind = "question"
        elif anchored and (checks or people is not None or passed_count):
            kind = "border"
        elif (crossing or title_crossing or modes) and (status or P.DONE.search(norm)):
            kind = "border"
        else:
            kind = "other"

        if kind != "border":
            named = crossing or (country if (border_word or kind == "rumour") else None)
            return self._other(msg_id, lang, kind, norm, named)

        wait_state = None
        if wait is not None:
            ongoing = P.ONGOING.search(norm)
            wait_state = "ongoing" if ongoing and not P.DONE.search(norm) else "done"
        confidence = 0.5 if hearsay else (0.8 if numeric else 0.6)
        return Report(
            id=msg_id, lang=lang, kind="border", crossing=crossing or title_crossing or country,
            direction=direction_of(norm) or title_direction, wait_hours=wait,
            wait_state=wait_state, queue_km=queue_km, vehicles=vehicles, people=people,
            checks=tuple(dict.fromkeys(checks)), mode=tuple(modes), confidence=confidence,
        )

    def _other(self, msg_id: str, lang: str | None, kind: str, norm: str, crossing: str | None) -> Report:
        if kind == "incident":
            itype = next((t for t, p in P.INCIDENT_TYPES if p.search(norm)), None)
            place = next((t for t, p in P.PLACE_TYPES if p.search(norm)), None)
            count = Q.find_count(Q.PEOPLE, norm, minimum=1)
            return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing,
                          incident_type=itype, place_type=place, count=count, confidence=0.6)
        direction = direction_of(norm) if kind == "rumour" else None
        if kind == "rumour":
            return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing, direction=direction,
                          confidence=0.3)
        return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing, confidence=0.7)

