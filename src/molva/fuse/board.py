"""The board: an estimate per crossing and direction at a time `at`.

The fluid queue estimator (fuse/queue.py) gives the wait and its interval; the counts
(reports, checks, freshness) come exact from the store's hourly state (fuse/thin.py). When
the queue model has too little to go on, the recency-weighted median of the wait reports
(half-life `HALF_LIFE_H`) and their 10th–90th percentiles stand in.

Pure: evidence in, estimates out, using only evidence at or before `at`.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from molva.fuse.queue import estimate as queue_estimate
from molva.fuse.thin import DEFAULT_DIRECTION, Tally, board_sample, hour_end, hour_of
from molva.records import Estimate, Evidence

WINDOW = timedelta(hours=48)  # without evidence this recent, the board says it does not know
HISTORY = timedelta(days=7)  # a wait of days is measured by reports of people who joined days ago
HALF_LIFE_H = 6.0
RECENT = timedelta(hours=6)  # for the trend: the last 6 hours against the 12 before
CHECK_WINDOW = timedelta(hours=24)
ONGOING_WEIGHT = 0.5  # "waiting X so far" is a lower bound on the whole wait


def weighted_quantile(values: list[float], weights: list[float], q: float) -> float:
    pairs = sorted(zip(values, weights, strict=True))
    total = sum(w for _, w in pairs)
    target = q * total
    acc = 0.0
    for v, w in pairs:
        acc += w
        if acc >= target:
            return v
    return pairs[-1][0]


def _median(items: list[tuple[float, float]]) -> float | None:
    if not items:
        return None
    return weighted_quantile([v for v, _ in items], [w for _, w in items], 0.5)


def _trend(obs: list[tuple[datetime, float, float]], at: datetime) -> str | None:
    recent = [(v, w) for ts, v, w in obs if ts > at - RECENT]
    before = [(v, w) for ts, v, w in obs if at - 3 * RECENT < ts <= at - RECENT]
    a, b = _median(recent), _median(before)
    if a is None or b is None or len(recent) < 2 or len(before) < 2:
        return None
    if a > b * 1.15 + 0.5:
        return "rising"
    if a < b / 1.15 - 0.5:
        return "falling"
    return "steady"


def _one(key: tuple[str, str], name: str, evidence: list[Evidence], at: datetime,
         last48: Tally | None = None, last24: Tally | None = None) -> Estimate:
    """The estimate of one crossing and direction at `at` from its (sampled) evidence; `last48` and
    `last24` are the exact counts of its reports in the 48 and 24 hours before (fuse/thin.py), or
    counted from `evidence` itself when not given."""
    crossing, direction = key
    recent = [e for e in evidence if e.ts > at - WINDOW]
    if last48 is None:
        last48 = _tally(recent)
    if last24 is None:
        last24 = _tally([e for e in recent if e.ts > at - CHECK_WINDOW])
    obs: list[tuple[datetime, float, float]] = []
    for e in recent:
        w = e.report.wait_mid
        if w is None:
            continue
        age_h = (at - e.ts).total_seconds() / 3600
        weight = math.exp(-age_h * math.log(2) / HALF_LIFE_H) * max(e.report.confidence, 0.1)
        if e.report.wait_state == "ongoing":
            weight *= ONGOING_WEIGHT
        obs.append((e.ts, w, weight))
    checks = last24.shares()
    fused = queue_estimate(evidence, at) if last48.reports else None
    if fused is not None:
        return Estimate(
            crossing=crossing, name=name, direction=direction, wait_hours=round(fused.wait, 1),
            low=round(fused.low, 1), high=round(fused.high, 1),
            as_of=last48.latest, reports=last48.reports, trend=_trend(obs, at), checks=checks,
        )
    if not obs:
        return Estimate(crossing, name, direction, None, None, None, last48.latest, last48.reports, None,
                        checks)
    values = [v for _, v, _ in obs]
    weights = [w for _, _, w in obs]
    mid = weighted_quantile(values, weights, 0.5)
    low = weighted_quantile(values, weights, 0.1)
    high = weighted_quantile(values, weights, 0.9)
    if len(obs) < 3:  # too few reports to know the spread: say so with a wide interval
        low, high = min(low, mid * 0.5), max(high, mid * 2.0)
    return Estimate(
        crossing=crossing, name=name, direction=direction,
        wait_hours=round(mid, 1), low=round(low, 1), high=round(high, 1),
        as_of=last48.latest, reports=last48.reports, trend=_trend(obs, at),
        checks=checks,
    )


def _tally(evidence: Iterable[Evidence]) -> Tally:
    t = Tally()
    for e in evidence:
        t.add(1, e.ts, Counter(e.report.checks))
    return t


def series(
    evidence: Sequence[Evidence], crossing: str, direction: str, name: str, times: Sequence[datetime],
    hours: Mapping[int, Tally] | None = None, sampled: bool = False,
) -> list[Estimate]:
    """The estimate of one crossing and direction at each of `times`, each from what was said by
    then: the evidence is sorted once and each step looks at its own window of it. `hours` are the
    crossing's exact hourly counts (bucket → Tally, fuse/thin.py); with them, `times` must be
    whole hours. `sampled`: the evidence is the board's sample, and each step reads of it what the
    board at that time would (`thin.board_sample`), so a point of the history is the board's answer."""
    mine = sorted(
        (e for e in evidence
         if e.report.crossing == crossing and (e.report.direction or DEFAULT_DIRECTION) == direction),
        key=lambda e: e.ts,
    )
    stamps = [e.ts for e in mine]
    out = []
    for at in times:
        window = mine[bisect_right(stamps, at - HISTORY) : bisect_right(stamps, at)]
        last48 = last24 = None
        if sampled:  # what the board at `at` would read of the sample
            window = board_sample(window, at)
        if hours is not None:
            h = hour_of(at)
            if hour_end(h) != at:
                raise ValueError(f"not a whole hour: {at}")
            last48, last24 = _sum(hours, h, WINDOW), _sum(hours, h, CHECK_WINDOW)
        out.append(_one((crossing, direction), name, window, at, last48, last24))
    return out


def _sum(hours: Mapping[int, Tally], h: int, span: timedelta) -> Tally:
    t = Tally()
    for b in range(h - int(span.total_seconds() // 3600) + 1, h + 1):
        if b in hours:
            t.add(hours[b].reports, hours[b].latest, hours[b].checks)
    return t


def estimate_board(
    evidence: Iterable[Evidence], at: datetime, names: Mapping[str, str],
    known: Iterable[tuple[str, str]] = (),
    last48: Mapping[tuple[str, str], Tally] | None = None,
    last24: Mapping[tuple[str, str], Tally] | None = None,
) -> list[Estimate]:
    """Estimates for every crossing and direction seen in `evidence` or `known`.

    Evidence after `at` is ignored, so the answer only uses what was said by then. `last48` and
    `last24` are exact counts per crossing and direction (the store's hourly state) when
    `evidence` is only the board's sample.
    """
    groups: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for key in known:
        groups.setdefault(key, [])
    for e in evidence:
        if e.ts > at or e.report.crossing is None:
            continue
        groups[(e.report.crossing, e.report.direction or DEFAULT_DIRECTION)].append(e)
    if last48 is not None:
        for key in last48:
            groups.setdefault(key, [])
    out = [
        _one(key, names.get(key[0], key[0]), ev, at,
             None if last48 is None else last48.get(key, Tally()),
             None if last24 is None else last24.get(key, Tally()))
        for key, ev in groups.items()
    ]
    out.sort(key=lambda est: (est.wait_hours is None, -(est.wait_hours or 0), est.crossing, est.direction))
    return out
