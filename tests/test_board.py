"""The first estimator: only evidence at or before `at`, robust, order-free."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from molva.fuse import estimate_board
from molva.records import Evidence, Report

AT = datetime(2022, 9, 27, 12, 0, tzinfo=UTC)
NAMES = {"verkhny-lars": "Verkhny Lars", "kyakhta": "Kyakhta"}


def ev(hours_ago: float, wait: float | None, crossing: str = "verkhny-lars", **kw) -> Evidence:  # type: ignore[no-untyped-def]
    r = Report(id="x", kind="border", crossing=crossing, wait_hours=wait,
               wait_state="done" if wait is not None else None, confidence=0.8, **kw)
    return Evidence(ts=AT - timedelta(hours=hours_ago), report=r)


def test_estimate_is_the_recent_reports_middle() -> None:
    [e] = estimate_board([ev(1, 30), ev(2, 32), ev(3, 28), ev(4, 31)], AT, NAMES)
    assert e.crossing == "verkhny-lars" and e.direction == "exit" and e.name == "Verkhny Lars"
    assert 28 <= e.wait_hours <= 32 and e.low <= e.wait_hours <= e.high
    assert e.reports == 4 and e.as_of == AT - timedelta(hours=1)


def test_one_outlier_does_not_move_the_estimate() -> None:
    base = [ev(h, 30) for h in (1, 2, 3, 4, 5)]
    [e] = estimate_board([*base, ev(0.5, 200)], AT, NAMES)
    assert e.wait_hours == 30


def test_evidence_after_at_is_ignored() -> None:
    [e] = estimate_board([ev(2, 10), ev(-1, 90), ev(-5, 90)], AT, NAMES)
    assert e.wait_hours == 10 and e.reports == 1


def test_no_evidence_in_48_hours_gives_null() -> None:
    [e] = estimate_board([ev(49, 10)], AT, NAMES, known=[("verkhny-lars", "exit")])
    assert e.wait_hours is None and e.low is None and e.trend is None


def test_known_crossing_without_evidence_is_listed() -> None:
    out = estimate_board([], AT, NAMES, known=[("kyakhta", "exit")])
    assert [(e.crossing, e.wait_hours) for e in out] == [("kyakhta", None)]


def test_trend_rising() -> None:
    old = [ev(h, 10) for h in (8, 9, 10, 12)]
    new = [ev(h, 30) for h in (1, 2, 3)]
    [e] = estimate_board(old + new, AT, NAMES)
    assert e.trend == "rising"


def test_checks_are_shares_of_recent_reports() -> None:
    reps = [ev(1, 5, checks=("phone_check",)), ev(2, 5, checks=("phone_check", "questioning")),
            ev(3, 5), ev(4, 5)]
    [e] = estimate_board(reps, AT, NAMES)
    assert e.checks == {"phone_check": 0.5, "questioning": 0.25}


@given(st.lists(st.tuples(st.floats(0, 47), st.floats(0.5, 120)), min_size=1, max_size=30),
       st.randoms())
def test_estimates_do_not_depend_on_input_order(items, rnd: random.Random) -> None:  # type: ignore[no-untyped-def]
    evidence = [ev(h, round(w, 1)) for h, w in items]
    shuffled = evidence[:]
    rnd.shuffle(shuffled)
    assert estimate_board(evidence, AT, NAMES) == estimate_board(shuffled, AT, NAMES)
