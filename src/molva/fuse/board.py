"""A first, simple and honest wait estimate per crossing and direction.

For each crossing and direction, the wait reports of the last hours before `at` are
weighed by recency (half-life `HALF_LIFE_H`) and confidence; the estimate is their
weighted median and the 80% interval their weighted 10th–90th percentiles. A report
"crossed after X hours" describes the queue as it was X hours ago, so in a surge this
estimate lags; the real estimator (a queue model) replaces it later.

Pure: evidence in, estimates out, using only evidence at or before `at`.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from molva.fuse.queue import estimate as queue_estimate
from molva.records import Estimate, Evidence

WINDOW = timedelta(hours=48)  # without evidence this recent, the board says it does not know
HISTORY = timedelta(days=7)  # a wait of days is measured by reports of people who joined days ago
HALF_LIFE_H = 6.0
RECENT = timedelta(hours=6)  # for the trend: the last 6 hours against the 12 before
CHECK_WINDOW = timedelta(hours=24)
ONGOING_WEIGHT = 0.5  # "waiting X so far" is a lower bound on the whole wait
DEFAULT_DIRECTION = "exit"  # in 2022 nearly every report without one was about leaving


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


def _one(key: tuple[str, str], name: str, evidence: list[Evidence], at: datetime) -> Estimate:
    crossing, direction = key
    recent = [e for e in evidence if e.ts > at - WINDOW]
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
    check_reports = [e for e in recent if e.ts > at - CHECK_WINDOW]
    checks: dict[str, float] = {}
    if check_reports:
        counts: dict[str, int] = defaultdict(int)
        for e in check_reports:
            for c in e.report.checks:
                counts[c] += 1
        checks = {c: round(n / len(check_reports), 2) for c, n in sorted(counts.items())}
    fused = queue_estimate(evidence, at) if recent else None
    if fused is not None:
        return Estimate(
            crossing=crossing, name=name, direction=direction, wait_hours=round(fused.wait, 1),
            low=round(fused.low, 1), high=round(fused.high, 1),
            as_of=max(e.ts for e in recent), reports=len(recent), trend=_trend(obs, at), checks=checks,
        )
    if not obs:
        return Estimate(crossing, name, direction, None, None, None,
                        max((e.ts for e in recent), default=None), len(recent), None, checks)
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
        as_of=max(ts for ts, _, _ in obs), reports=len(obs), trend=_trend(obs, at),
        checks=checks,
    )


def series(
    evidence: Sequence[Evidence], crossing: str, direction: str, name: str, times: Sequence[datetime]
) -> list[Estimate]:
    """The estimate of one crossing and direction at each of `times`, each from what was said by
    then: the evidence is sorted once and each step looks at its own window of it."""
    mine = sorted(
        (e for e in evidence
         if e.report.crossing == crossing and (e.report.direction or DEFAULT_DIRECTION) == direction),
        key=lambda e: e.ts,
    )
    stamps = [e.ts for e in mine]
    out = []
    for at in times:
        window = mine[bisect_right(stamps, at - HISTORY) : bisect_right(stamps, at)]
        out.append(_one((crossing, direction), name, window, at))
    return out


def estimate_board(
    evidence: Iterable[Evidence], at: datetime, names: Mapping[str, str],
    known: Iterable[tuple[str, str]] = (),
) -> list[Estimate]:
    """Estimates for every crossing and direction seen in `evidence` or `known`.

    Evidence after `at` is ignored, so the answer only uses what was said by then.
    """
    groups: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for key in known:
        groups.setdefault(key, [])
    for e in evidence:
        if e.ts > at or e.report.crossing is None:
            continue
        groups[(e.report.crossing, e.report.direction or DEFAULT_DIRECTION)].append(e)
    out = [_one(key, names.get(key[0], key[0]), ev, at) for key, ev in groups.items()]
    out.sort(key=lambda est: (est.wait_hours is None, -(est.wait_hours or 0), est.crossing, est.direction))
    return out
