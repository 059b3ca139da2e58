"""From a message's text (and its chat's title) to a `Report` of the contract's fields.

Built once with a gazetteer (`Extractor(Gazetteer())`) and called per message. Pure: no I/O.
The order of decisions: find the quantities and the place, then the kind (a rumour's future
tense and an incident's verbs outrank numbers without a border anchor), then the fields
that kind carries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

import ahocorasick

from molva.records import Report
from molva.understand import clock as C
from molva.understand import patterns as P
from molva.understand import quantities as Q
from molva.understand import state as S
from molva.understand import throughput as T
from molva.understand.claims import claim_date, claim_text, concept_of, say_date
from molva.understand.gazetteer import Gazetteer, Place
from molva.understand.lang import detect
from molva.understand.numbers import WORD_VALUE
from molva.understand.text import WORD_CHARS, normalize

_DIGIT = re.compile(r"\d")
_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")
_SINCE = re.compile(r"\b(?:с|з|від|since|в|at|о|об)\s+\d")
_UNIT_AFTER_DIGIT = re.compile(r"\d\s*(?:ч|h|м|m)(?![^\W\d])")


def _round(x: float) -> float | int:
    r = round(x, 2)
    return int(r) if r == int(r) else r


def find_labels(table: Iterable[tuple[str, re.Pattern[str]]], norm: str,
                any_of: re.Pattern[str]) -> list[str]:
    """Labels whose pattern matches somewhere not negated ("телефон не проверяли")."""
    found: list[str] = []
    if not any_of.search(norm):
        return found
    weak_questioning = False
    for label, pattern in table:
        for m in pattern.finditer(norm):
            if P.NEGATION.search(norm[max(0, m.start() - 30) : m.start()]) or P.NEGATED_INSIDE.search(
                m.group(0)
            ):
                continue
            if label == "questioning" and P.WEAK_QUESTIONING.match(m.group(0)):
                weak_questioning = True
                continue
            found.append(label)
            break
    if weak_questioning and "questioning" not in found and "military_id" not in found:
        found.insert(0, "questioning")
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


class lazy:  # noqa: N801 - reads like functools.cached_property, without its lock (Python 3.11)
    """A property computed on first use and then kept on the instance."""

    def __init__(self, fn):  # type: ignore[no-untyped-def]
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, cls=None):  # type: ignore[no-untyped-def]
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class Signals:
    """What a message says besides its numbers, each looked up only when a decision needs it."""

    def __init__(self, norm: str, text: str, numeric: bool, hints: set[str]) -> None:
        self.norm = norm
        self.hints = hints
        self.asks = "?" in text
        self.numeric = numeric

    @lazy
    def question(self) -> bool:
        return (self.asks or bool(P.QUESTION_START.search(self.norm)) or self.requests
                or (len(self.norm) < 100 and not self.numeric and bool(P.QUESTION_WORDS.search(self.norm))))

    @lazy
    def requests(self) -> bool:
        return "request" in self.hints and bool(P.REQUEST.search(self.norm))

    @lazy
    def hearsay(self) -> bool:
        return bool(P.HEARSAY.search(self.norm))

    @lazy
    def policy(self) -> bool:
        return "topic" in self.hints and bool(P.POLICY.search(self.norm))

    @lazy
    def future_claim(self) -> bool:
        """A claim about what will happen to the border or the draft (not an event that has
        happened, told with what comes next: "троим вручили повестки, говорят, ещё будут")."""
        return ("topic" in self.hints and bool(P.FUTURE_TOPIC.search(self.norm))
                and bool(P.FUTURE.search(self.norm))
                and not ("incident" in self.hints and P.PAST_EVENT.search(self.norm)
                         and P.INCIDENT.search(self.norm)))

    @lazy
    def checks(self) -> list[str]:
        found = find_labels(P.CHECKS, self.norm, P.CHECKS_ANY) if "checks" in self.hints else []
        if P.TURNED_BACK.search(self.norm):
            found.append("turned_back")
        return found

    @lazy
    def modes(self) -> list[str]:
        return find_labels(P.MODES, self.norm, P.MODES_ANY) if "modes" in self.hints else []

    def has(self, pattern: re.Pattern[str]) -> bool:
        return pattern.search(self.norm) is not None


def decide_kind(s: Signals, anchored: bool, named: bool, border_word: bool, wait: object,
                queue_km: object, vehicles: int | None, people: int | None, in_city: bool = False) -> str:
    """The kind, in order: history, rumour, question, incident, border report, other."""
    numeric = s.numeric
    if wait is None and s.has(P.AD):
        return "other"  # an offer, even one that names a km of the queue
    if s.asks and not numeric and not s.hearsay:
        return "other" if "aside" in s.hints and s.has(P.EXPLAINER) else "question"
    if "aside" in s.hints:
        if s.has(P.HISTORIC) and not (numeric and s.has(P.FIRST_PERSON_NOW)):
            return "other"
        if not numeric and (s.has(P.EXPLAINER) or s.has(P.SCHEDULE)):
            return "other"
    if not numeric and s.future_claim:
        return "rumour"
    if not numeric and s.policy and s.has(P.DENIAL):
        return "rumour"
    if numeric and s.future_claim and s.hearsay:
        return "rumour"
    if s.asks and not numeric and s.hearsay and s.policy:
        return "rumour"  # "Пишут, что Ларс закроют с понедельника. Правда?" relays the claim
    if (s.asks or s.requests) and not numeric:
        return "question"
    if s.has(P.UNCONFIRMED) and (s.has(P.FUTURE) or s.has(P.TRANSLIT_FUTURE)) and not numeric:
        return "rumour"  # "за чутками, на вихідних готують рейди": what is said will happen
    if s.has(P.EVENTS_MAP) or (s.has(P.ADVICE) and not numeric):
        return "other"  # a map of protests is not a protest, advice for the detained is no detention
    crowd = s.has(P.CROWD) or (s.has(P.CROWD_SIZE) and s.has(P.CROWD_CONTEXT))
    # a word of an incident's kind said of a city, told as an event (not asked about, not a claim)
    told = (in_city and not s.question and not named and "incident" in s.hints
            and incident_type(s.norm) is not None and not s.future_claim)
    if (s.has(P.INCIDENT) or crowd or told) and not s.has(P.FLIGHT):
        at_crossing = (named and (numeric or s.checks or border_word) and not detention(s.norm)
                       and not s.has(P.CITY_PLACE))
        if not at_crossing:
            return "incident"
    if not numeric and s.policy and s.hearsay and not (anchored and s.checks):
        return "rumour"
    if numeric and s.asks and not (s.has(P.FIRST_PERSON_NOW) or s.has(P.DONE)) and (
        s.has(P.VERIFY) or s.has(P.ASKS_WHO) or numbers_only_asked(s.norm)
    ):
        return "question"
    if numeric and not (s.question and wait is None and queue_km is None and (vehicles or 0) < 10):
        return "border"
    if s.question:
        return "question"
    # Notices and an enlistment office are border checks only where a border is named.
    border_checks = s.checks and (anchored or (set(s.checks) - CITY_CHECKS and s.has(P.BROAD_CONTEXT)))
    if border_checks or anchored and people is not None:
        return "border"
    if named and passed_count(s.norm, anchored):
        return "border"
    if s.has(P.THANKS) and not s.checks:
        return "other"
    if (named or s.modes) and (s.has(P.STATUS) or s.has(P.DONE)):
        return "border"
    if anchored and s.has(P.NO_QUEUE):
        return "border"
    return "other"


_DURATION = frozenset({"duration"})
def statement_of(text: str, norm: str) -> str:
    """A rumour's claim, normalised: the concept's statement (with its date), or its own sentence."""
    found = concept_of(norm)
    if found is None:
        return claim_text(text)
    date = claim_date(norm)
    return f"{found[1]} on {say_date(date)}" if date else found[1]


def incident_type(norm: str) -> str | None:
    """Notices served (even to the detained), then a sweep, then detention, notices, protest."""
    if P.NOTICES_SERVED.search(norm):
        return "draft_notice"
    if P.SWEEP.search(norm):
        return "raid"
    detained = not P.NO_DETENTIONS.search(norm)
    return next((t for t, p in P.INCIDENT_TYPES if p.search(norm) and (t != "detention" or detained)), None)


CITY_CHECKS = frozenset({"draft_notice_served", "enlistment_office"})


# "в очереди 7 100 машин, это сколько стоять?": a stated figure, then a question about it
_ASKED_AFTER = re.compile(r",\s*(?=(?:это|а|и|is\s+(?:that|it)|how|what|сколько|чи|це|так)\b)")


def numbers_only_asked(norm: str) -> bool:
    """ "Часа 3 идти?": every sentence with a number is a question, so nothing is reported."""
    clauses = (c for sent in _SENTENCES.split(norm) for c in _ASKED_AFTER.split(sent))
    with_digits = [c for c in clauses if _DIGIT.search(c)]
    return bool(with_digits) and all(sent.rstrip().endswith("?") for sent in with_digits)


def passed_count(norm: str, anchored: bool) -> bool:
    """"98 000 россиян въехали в Казахстан": a count of crossings is a border fact."""
    return bool(
        P.PASSED.search(norm) and (anchored or P.FOREIGN_COUNTRY.search(norm)) and _DIGIT.search(norm)
    )


class Extractor:
    """Finds the contract's facts in one message. Build once, call many times."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._airports = {c.id for c in gazetteer.crossings.values() if c.type == "airport"}
        self._title_cache: dict[str, tuple[str | None, str | None]] = {}
        self._border_titles: dict[str, bool] = {}
        self._title_cities: dict[str, str | None] = {}
        self._titles_naming: set[str] = set()  # titles that name a crossing, not only a country
        kinds: dict[str, set[str]] = {}
        for kind, stems in P.HINTS.items():
            for stem in stems:
                kinds.setdefault(stem, set()).add(kind)
        self._hints = ahocorasick.Automaton()
        for stem, of in kinds.items():
            self._hints.add_word(stem, (len(stem), frozenset(of)))
        self._numwords = ahocorasick.Automaton()  # number words, for the digits-only fast path
        for word in WORD_VALUE:
            self._numwords.add_word(word, len(word))
        self._numwords.make_automaton()
        self._hints.make_automaton()

    def crossing_in(self, places: list[Place], norm: str, context: bool | None = None) -> str | None:
        """The first crossing named; an ambiguous name counts only with context (looked up
        only when an ambiguous name is there: `None` means "not known yet")."""
        airport = None
        for p in places:
            if p.kind != "crossing":
                continue
            if p.ambiguous and p.id in self._airports:
                if airport is None:
                    airport = bool(P.AIRPORT_CONTEXT.search(norm))
                if not airport:
                    continue
            if p.ambiguous and context is None:
                context = bool(P.BROAD_CONTEXT.search(norm))
            if not p.ambiguous or context:
                return p.id
        return None

    def country_crossing(self, places: list[Place]) -> str | None:
        """A neighbour with one usable road crossing names it ("граница с Грузией")."""
        for p in places:
            if p.kind == "country":
                single = self.gazetteer.single_crossing(p.id)
                if single:
                    return single
        return None

    @staticmethod
    def city_in(places: list[Place]) -> str | None:
        return next((p.id for p in places if p.kind == "city" and not p.ambiguous), None)

    def has_number_words(self, norm: str) -> bool:
        """Whether a whole number word ("двое", "полтора", "two") is in the text."""
        n = len(norm)
        for end, length in self._numwords.iter(norm):
            start = end - length + 1
            before_ok = start == 0 or norm[start - 1] not in WORD_CHARS
            if before_ok and (end + 1 >= n or norm[end + 1] not in WORD_CHARS):
                return True
        return False

    def title_is_border(self, title: str | None) -> bool:
        if not title:
            return False
        if title not in self._border_titles:
            self._border_titles[title] = bool(P.BORDER_CONTEXT.search(normalize(title)))
        return self._border_titles[title]

    def hints(self, norm: str) -> set[str]:
        """Which tables may match, from one pass over the text (duration stems only at a word's start)."""
        found: set[str] = set()
        for end, (length, of) in self._hints.iter(norm):
            start = end - length + 1
            if "duration" in of and start > 0 and norm[start - 1].isalpha() and norm[start] != ":":
                of = of - _DURATION
            found |= of
        return found

    def title_city(self, title: str | None) -> str | None:
        """The city a chat is about ("Москва | где раздают повестки"), cached per title."""
        if not title:
            return None
        if title not in self._title_cities:
            self._title_cities[title] = self.city_in(self.gazetteer.find_all(normalize(title), ("city",)))
        return self._title_cities[title]

    def title_context(self, title: str | None) -> tuple[str | None, str | None]:
        """(crossing, direction) a chat's title names, cached per title."""
        if not title:
            return None, None
        if title not in self._title_cache:
            norm = normalize(title)
            places = self.gazetteer.find_all(norm)
            named = self.crossing_in(places, norm, context=True)
            if named:
                self._titles_naming.add(title)
            self._title_cache[title] = (named or self.country_crossing(places), direction_of(norm))
        return self._title_cache[title]

    def __call__(self, msg_id: str, text: str, chat: str | None = None,
                 local_time: datetime | None = None) -> Report:
        """The report of one message; `local_time` is its wall-clock time where it was written."""
        norm = normalize(text)
        lang = detect(norm)
        title_crossing, title_direction = self.title_context(chat)
        border_word = bool(P.BORDER_CONTEXT.search(norm))
        places = self.gazetteer.find_all(norm)
        hints = self.hints(norm)
        # What is checked at a crossing is border context for an ambiguous name too.
        digit_unit = _UNIT_AFTER_DIGIT.search(norm) is not None
        context = border_word or "checks" in hints or digit_unit or title_crossing is not None
        crossing = self.crossing_in(places, norm, True if context else None)
        country = self.country_crossing(places) if crossing is None else None
        anchored = bool(crossing or title_crossing or border_word or country
                        or self.title_is_border(chat))

        wait = queue_km = vehicles = people = throughput = None
        since = False  # the wait was counted from a clock time to now: still waiting
        # A country alone ("Релокация Грузия") does not make every number a border fact.
        title_names = title_crossing is not None and chat in self._titles_naming
        measured = anchored and (crossing or title_names or border_word or self.title_is_border(chat))
        if (hints or digit_unit or _SINCE.search(norm)) and (
            measured or P.FIRST_PERSON_NOW.search(norm) or P.PASSED_IN.search(norm)
        ):
            words = self.has_number_words(norm)
            units = "duration" in hints or digit_unit
            if units or _SINCE.search(norm):
                wait, since = self._wait(norm, local_time, units, words)
            if "km" in hints or digit_unit:
                queue_km = Q.find_km(norm, words)
            if "vehicles" in hints:
                vehicles = Q.find_count(Q.VEHICLES, norm, minimum=5, words=words)
            if "vehicles" in hints or units:  # "пропускают 2000 в сутки" names no vehicle
                rate = T.rate_and_count(norm)
                if rate is not None:
                    throughput = rate[0]
                    if vehicles is not None and abs(vehicles - rate[1]) < 1:
                        vehicles = None  # the count of the rate, not of the queue
                    if isinstance(wait, int | float) and abs(wait - rate[2]) < 0.01:
                        wait = None  # "10 машин за 10 минут": the rate's period, not a wait
            if "people" in hints:
                people = Q.find_count(Q.PEOPLE, norm, words=words)
        if wait is not None and queue_km is None and vehicles is None and P.FUTURE.search(norm) \
                and not P.DONE.search(norm) and not P.FIRST_PERSON_NOW.search(norm):
            wait = None  # "могут закрыть через 2 дня": a time to come, not a wait
        sig = Signals(norm, text, numeric=any(v is not None for v in (wait, queue_km, vehicles, throughput)),
                      hints=hints)
        named = bool(crossing or title_crossing)
        in_city = any(p.kind == "city" and not p.ambiguous for p in places)
        kind = decide_kind(sig, anchored, named, border_word, wait, queue_km, vehicles, people, in_city)

        if kind != "border":
            place = crossing or (country if border_word else None)
            about_claim = kind == "rumour" or (kind == "question" and (sig.future_claim or sig.policy))
            claim = statement_of(text, norm) if about_claim else None
            return self._other(msg_id, lang, kind, norm, place, places, chat, claim)

        wait_state = None
        if wait is not None:
            to_go = queue_km is not None and bool(S.TO_GO.search(norm))  # km left ahead of them
            wait_state = S.wait_state(norm, since, to_go)
        if sig.numeric and T.is_official(norm):
            confidence = T.OFFICIAL_CONFIDENCE  # "по данным МВД…": an authority's figures
        else:
            confidence = 0.5 if sig.hearsay else (0.8 if sig.numeric else 0.6)
        return Report(
            id=msg_id, lang=lang, kind="border", crossing=crossing or title_crossing or country,
            direction=direction_of(norm) or title_direction, wait_hours=wait,
            wait_state=wait_state, queue_km=queue_km, vehicles=vehicles, people=people,
            checks=tuple(dict.fromkeys(sig.checks)), mode=tuple(sig.modes), confidence=confidence,
            throughput=throughput,
        )

    @staticmethod
    def _wait(norm: str, local_time: datetime | None, units: bool = True,
              words: bool = True) -> tuple[float | int | tuple[float, float] | None, bool]:
        """The wait a message states, and whether it runs from a clock time to now.
        `units`: whether a unit word is there to look for; `words`: whether number words are."""
        span = C.clock_range(norm)  # an explicit "с 13:00 до 2 ночи" beats a unit word
        picked = (span, span) if span else (Q.pick_wait(norm, Q.find_waits(norm, words)) if units else None)
        since = False
        if picked is None:
            span = C.clock_span(norm)
            picked = (span, span) if span else None
        if picked is None:
            now = local_time.hour + local_time.minute / 60 if local_time else None
            picked = C.since_clock(norm, now) or C.start_clock(norm, now)
            since = picked is not None
        if picked is None:
            return None, False
        low, high = picked
        return (_round(low) if low == high else (_round(low), _round(high))), since

    def _other(self, msg_id: str, lang: str | None, kind: str, norm: str, crossing: str | None,
               places: list[Place], chat: str | None = None, claim: str | None = None) -> Report:
        if kind == "incident":
            itype = incident_type(norm)
            place = next((t for t, p in P.PLACE_TYPES if p.search(norm)), None)
            if place is None and itype in ("protest", "detention"):
                place = "street"
            count = Q.find_affected(norm)
            return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing,
                          incident_type=itype, place_type=place,
                          city=self.city_in(places) or self.title_city(chat),
                          count=count, confidence=0.6)
        direction = direction_of(norm) if kind == "rumour" else None
        if kind == "rumour":
            return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing, direction=direction,
                          claim=claim, confidence=0.3)
        return Report(id=msg_id, lang=lang, kind=kind, crossing=crossing, claim=claim, confidence=0.7)

