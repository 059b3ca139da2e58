"""The wait for someone joining a queue now, from a fluid queue model (see docs/estimator.md).

A crossing's queue in one direction is a fluid: `K(t)` km of vehicles, cleared at `μ` km per
hour. A vehicle joining at `t` waits `W(t) = K(t) / μ + c`, `c` the time at the post itself.
Reports measure pieces of this:

- "queue 12 km" at `s`:            K(s) = 12           (vehicle counts: K = N / density)
- "crossed after X hours" at `s`:  W(s − X) = X         the queue as it was X hours ago
- "waited X so far" at `s`:        W(s − X) > X         a lower bound
- a crossed-after report with the queue length when its author joined gives a service
  rate: μ = K(s − X) / (X − c).
- "пропускают 40 машин в час" at `s` states it:  μ(s) = 40 / density  (official figures the same,
  with more weight: their confidence is higher).

The estimate at `at` is the recent queue length over the recent service rate, both robust
weighted medians (recency half-lives, one vote per pseudonym, impossible values dropped);
its 80% interval comes from the spread of both. Without a recent queue length, the newest
crossed-after reports are moved forward along their own trend (they lag by X) and checked
against the ongoing lower bounds.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from molva.records import Evidence, Fact, Report

_PAST_THE_CARS = frozenset({"foot", "bicycle", "scooter", "motorcycle"})
DENSITY = 150.0  # vehicles per km of queue (reported 165–175 at Lars, fewer with trucks)
MIN_DENSITY, MAX_DENSITY = 60.0, 260.0  # a lane of cars bumper to bumper, or of trucks
DENSITY_PRIOR = 10  # the prior counts as this many messages stating both a length and a count
PAIR_HOURS = 2.0  # a vehicle count and the lengths reported this close to it describe one queue
AT_POST = 0.5  # hours at the checkpoint itself
MAX_WAIT = 240.0  # hours: longer is not a report of this queue
MAX_KM = 60.0
KM_HALF_LIFE = 6.0  # hours: the queue's length changes fast, but one length says little
RATE_HALF_LIFE = 12.0  # the service rate changes over a day
# km of queue cleared per hour: a crossing serves 20–500 vehicles an hour; outside that a report
# is physically impossible (a false "crossed in 2 hours" while the queue was 40 km long)
MIN_RATE, MAX_RATE = 0.02, 3.0
CAP = 3000  # reports of one kind at one crossing that an estimate looks at
WINDOW_CAP = 41  # reports around one moment that a local median looks at
CONSISTENT_HOURS, CONSISTENT_RATIO = 6.0, 2.5
CORROBORATED = 2.0  # hours: two others this close that agree make a far report a change
KM_CONSISTENT_HOURS = 12.0  # lengths are fewer: their neighbours are looked for further away
MODEL_SIGMA = 0.1  # log-spread of what a fluid queue does not capture (bursts, lanes, night)
TREND_POINTS = 80
TREND_SPAN = 6.0  # hours of join times a trend needs
TREND_HORIZON = 24.0  # hours a trend may be carried forward
LAG_SIGMA = 0.03  # log-spread added per hour of age of what crossed-after reports describe
DONE_HALF_LIFE = 6.0
RECENT_KM = 8.0  # hours: older lengths do not say how long the queue is now…
KM_SPAN_SHARE, MAX_RECENT_KM = 0.2, 24.0  # …unless the wait is long: a fifth of it, up to a day
# The filtered length (`_level`): what it reads, how fast the queue's length and its growth wander
LEVEL_SPAN = 48.0
LENGTH_NOISE = 0.25  # log-spread of one reported length of weight 1
LEVEL_DRIFT, SLOPE_DRIFT = 0.003, 1e-5  # per hour
LEVEL_AHEAD = 6.0  # hours the trend is carried past the last length
STEP_Z, STEP_RUN = 1.5, 3  # this many reports in a row this far on one side: the queue has changed
SLOPE_PRIOR = 0.03  # per hour: how fast the length is taken to be growing before reports say
KM_SAMPLE_SIGMA = 0.5  # log-spread of one reported length around the queue's true length
RELIABLE_DEV = 0.7  # log-distance from the others' median at which a pseudonym's trust halves
RELIABILITY_PRIOR = 2  # a pseudonym's record counts against this many agreeing reports
BURST_HOURS, BURST_MIN = 1.0, 3  # the same figures from this many new voices within an hour: a copy…
BURST_CONTEXT = 6.0  # …unless the others' reports within this many hours agree with it
JOIN_MIN = 2  # lengths a join time needs before further ones are looked for
JOIN_MATCH = 3.0  # hours: a length reported this close to a join time describes it


@dataclass(frozen=True, slots=True)
class Obs:
    ts: float  # hours (epoch time / 3600)
    value: float
    weight: float


def _hours(ts: datetime) -> float:
    return ts.timestamp() / 3600


def wquantile(obs: Sequence[tuple[float, float]], q: float) -> float:
    pairs = sorted(obs)
    total = sum(w for _, w in pairs)
    acc = 0.0
    for v, w in pairs:
        acc += w
        if acc >= q * total:
            return v
    return pairs[-1][0]


_LN2 = math.log(2)


def _decay(age: float, half_life: float) -> float:
    return math.exp(-max(age, 0.0) * _LN2 / half_life)


def author_weights(evidence: Sequence[Evidence]) -> dict[str | None, float]:
    """One vote per pseudonym: an author's reports share a weight of 1 (anonymous ones count alone)."""
    counts = Counter(e.author for e in evidence if e.author)
    return {a: 1 / math.sqrt(n) for a, n in counts.items()}


def _main_figure(r: Report | Fact) -> tuple[str, float] | None:
    """The figure a report is mostly about, to compare it with others of its kind."""
    if r.wait_mid is not None:
        return (r.wait_state or "done", float(r.wait_mid))
    for kind, value in (("km", r.queue_km), ("vehicles", r.vehicles), ("rate", r.throughput)):
        if value:
            return kind, float(value)
    return None


def bursts(evidence: Sequence[Evidence]) -> dict[int, float]:
    """Index → weight for the reports of a burst: the same figures, stated within `BURST_HOURS` of
    each other by at least `BURST_MIN` pseudonyms that say nothing else here, are one claim copied
    (a forwarded post, a coordinated push) and share one vote — unless the others' reports of the
    same kind within `BURST_CONTEXT` hours agree with it (within `CONSISTENT_RATIO`): the same
    round figure from a few newcomers is agreement. Anonymous reports are not counted as voices."""
    counts = Counter(e.author for e in evidence if e.author)
    claims: dict[tuple[object, ...], list[tuple[float, int]]] = {}
    figures: dict[str, list[tuple[float, float, int]]] = {}
    for i, e in enumerate(evidence):
        r = e.report
        figure = _main_figure(r)
        if figure is None:
            continue
        figures.setdefault(figure[0], []).append((_hours(e.ts), figure[1], i))
        if e.author and counts[e.author] == 1:
            claims.setdefault((r.wait_mid, r.wait_state, r.queue_km, r.vehicles, r.throughput), []).append(
                (_hours(e.ts), i))
    out: dict[int, float] = {}
    for members in claims.values():
        if len(members) < BURST_MIN:
            continue
        members.sort()
        stamps = [t for t, _ in members]
        j = 0
        while j < len(members):
            end = bisect_right(stamps, stamps[j] + BURST_HOURS)  # all within an hour of the first
            run = members[j:end]
            if len(run) >= BURST_MIN and not _agreed(run, figures, evidence):
                out.update((i, 1 / len(run)) for _, i in run)
                j = end
            else:
                j += 1
    return out


def _agreed(run: Sequence[tuple[float, int]], figures: dict[str, list[tuple[float, float, int]]],
            evidence: Sequence[Evidence]) -> bool:
    """Whether the other reports of a run's kind around it say about the same (see `bursts`)."""
    figure = _main_figure(evidence[run[0][1]].report)
    assert figure is not None
    kind, value = figure
    inside = {i for _, i in run}
    t0, t1 = run[0][0] - BURST_CONTEXT, run[-1][0] + BURST_CONTEXT
    others = sorted(v for t, v, i in figures.get(kind, []) if t0 <= t <= t1 and i not in inside)
    if len(others) < BURST_MIN:
        return False  # nothing to check it against: one vote for all of them
    mid = others[len(others) // 2]
    return mid / CONSISTENT_RATIO <= value <= mid * CONSISTENT_RATIO


def reliability(evidence: Sequence[Evidence], now: float) -> dict[str | None, float]:
    """How far to trust each pseudonym, from its track record here: the typical log-distance of its
    crossed-after reports from what others reported within 6 hours of each. Someone whose waits are
    always three times everyone else's counts for less; a new pseudonym starts at 1 (the prior
    counts as `RELIABILITY_PRIOR` agreeing reports)."""
    done = sorted((_hours(e.ts), float(e.report.wait_mid), e.author) for e in evidence  # type: ignore[arg-type]
                  if e.author and e.report.wait_state == "done" and e.report.wait_mid
                  and 0 < e.report.wait_mid <= MAX_WAIT and _hours(e.ts) <= now
                  and not _PAST_THE_CARS & set(e.report.mode))
    if len(done) < 8:
        return {}
    stamps = [ts for ts, _, _ in done]
    devs: dict[str | None, list[float]] = {}
    for ts, value, author in done:
        lo, hi = bisect_left(stamps, ts - CONSISTENT_HOURS), bisect_right(stamps, ts + CONSISTENT_HOURS)
        others = [v for t, v, a in _thin(done[lo:hi], WINDOW_CAP) if a != author]
        if len(others) >= 4:
            mid = sorted(others)[len(others) // 2]
            devs.setdefault(author, []).append(abs(math.log(value / mid)))
    out = {}
    for author, ds in devs.items():
        typical = sorted(ds)[len(ds) // 2]
        trust = 1 / (1 + (typical / RELIABLE_DEV) ** 2)
        out[author] = (len(ds) * trust + RELIABILITY_PRIOR) / (len(ds) + RELIABILITY_PRIOR)
    return out


@dataclass(frozen=True, slots=True)
class QueueEstimate:
    wait: float
    low: float
    high: float
    used: int  # reports that informed it


def estimate(evidence: Sequence[Evidence], at: datetime) -> QueueEstimate | None:
    """The wait for a vehicle joining at `at`, from the evidence of one crossing and direction."""
    now = _hours(at)
    # one vote per pseudonym among the reports read here (chatter about checks costs no weight);
    # the same set the board's sample keeps (fuse/thin.py), so both give the same answer
    per_author = author_weights([
        e for e in evidence
        if not _PAST_THE_CARS & set(e.report.mode)
        and (e.report.wait_hours is not None or e.report.queue_km or e.report.vehicles
             or e.report.throughput)
    ])
    trust = reliability(evidence, now)
    per_author = {a: w * trust.get(a, 1.0) for a, w in per_author.items()}
    copied = bursts(evidence)
    density = _density(evidence)
    km: list[Obs] = []
    done: list[Obs] = []
    ongoing: list[Obs] = []
    positions: list[tuple[float, float, float, float]] = []  # (time, waited so far, km ahead, weight)
    stated: list[tuple[float, float, float]] = []  # (time, km cleared per hour, weight): "40 машин в час"
    for i, e in enumerate(evidence):
        r, ts = e.report, _hours(e.ts)
        if ts > now or _PAST_THE_CARS & set(r.mode):
            continue  # on foot or on two wheels people pass the queue of cars
        w = max(r.confidence, 0.1) * per_author.get(e.author, 1.0) * copied.get(i, 1.0)
        k = r.queue_km
        if k is None and r.vehicles:
            k = r.vehicles / density
        if k is not None and 0 < k <= MAX_KM and r.wait_state != "ongoing":
            km.append(Obs(ts, float(k), w))
        if r.throughput:
            stated.append((ts, r.throughput / density, w))
        x = r.wait_mid
        if x is not None and 0 < x <= MAX_WAIT:
            (ongoing if r.wait_state == "ongoing" else done).append(Obs(ts, x, w))
            if r.wait_state == "ongoing" and r.queue_km is not None and 0 < r.queue_km <= MAX_KM:
                positions.append((ts, x, r.queue_km, w))
    # Dense evidence (thousands of reports a day at one crossing) is thinned evenly in time: the
    # medians below do not need every report, and each step stays O(n log n).
    km, done, ongoing = (_thin(sorted(xs, key=_order), CAP) for xs in (km, done, ongoing))
    positions = _thin(sorted(positions), CAP)
    stated = _thin(sorted(stated), CAP)
    done = _consistent(done)
    km = _consistent(km, KM_CONSISTENT_HOURS)  # "очередь 4 км" in a queue of 20 is not a length of it
    rates = [
        r for r in _service_rates(done, km) + _position_rates(positions, km) + stated
        if MIN_RATE <= r[1] <= MAX_RATE
    ]
    # A queue of W hours changes by about 1/W of itself an hour, so a long queue's length can be
    # read from a longer stretch of reports (fewer at night) than a short one's.
    scale = sorted(o.value for o in done if now - o.ts <= 24)
    wait_scale = scale[len(scale) // 2] if scale else 0.0
    span = min(max(RECENT_KM, KM_SPAN_SHARE * wait_scale), MAX_RECENT_KM)
    half_life = KM_HALF_LIFE * span / RECENT_KM
    recent_km = [(o.value, o.weight * _decay(now - o.ts, half_life)) for o in km if now - o.ts <= span]
    level = _level([o for o in km if now - o.ts <= LEVEL_SPAN], now)
    queue = _from_queue(recent_km, rates, now, level) if recent_km and rates else None
    lagged = _from_done(done, now) if done else None
    if queue is None and lagged is None:
        return None
    if queue is None or lagged is None:
        best = queue or lagged
    else:
        best = _combine(queue, lagged)
    assert best is not None
    wait = _at_least_ongoing(best.wait, ongoing, now)
    # 80% interval in log space: the parts' own spread and what the fluid model itself misses
    sigma = math.hypot(best.sigma, MODEL_SIGMA)
    low, high = wait * math.exp(-1.28 * sigma), wait * math.exp(1.28 * sigma)
    return QueueEstimate(wait, low, high, len(recent_km) + len(rates) + len(done))


def _density(evidence: Sequence[Evidence]) -> float:
    """Vehicles per km of this queue, from two kinds of pair: messages stating both ("хвост 9 км,
    это примерно 1 200 машин"), and each count set against the lengths others reported within
    `PAIR_HOURS` of it (both measure the same queue). Their median is shrunk towards `DENSITY` as if
    the prior were `DENSITY_PRIOR` more pairs (in log space). Counts and throughputs are turned into
    km with it, so that they agree with the lengths people report."""
    ratios = [
        e.report.vehicles / e.report.queue_km for e in evidence
        if e.report.vehicles and e.report.queue_km and e.report.queue_km >= 1
    ]
    lengths = sorted(
        (_hours(e.ts), float(e.report.queue_km)) for e in evidence
        if e.report.queue_km and e.report.queue_km >= 1 and not e.report.vehicles
        and e.report.wait_state != "ongoing" and not _PAST_THE_CARS & set(e.report.mode)
    )
    stamps = [t for t, _ in lengths]
    for e in _thin(list(evidence), CAP):
        r = e.report
        if r.vehicles and not r.queue_km and r.wait_hours is None:
            t = _hours(e.ts)
            lo, hi = bisect_left(stamps, t - PAIR_HOURS), bisect_right(stamps, t + PAIR_HOURS)
            near = sorted(k for _, k in _thin(lengths[lo:hi], WINDOW_CAP))
            if len(near) >= 2:
                ratios.append(r.vehicles / near[len(near) // 2])
    ratios = sorted(x for x in ratios if MIN_DENSITY <= x <= MAX_DENSITY)
    if not ratios:
        return DENSITY
    n = len(ratios)
    mid = ratios[n // 2]
    return math.exp((n * math.log(mid) + DENSITY_PRIOR * math.log(DENSITY)) / (n + DENSITY_PRIOR))


@dataclass(frozen=True, slots=True)
class Part:
    wait: float
    low: float
    high: float
    sigma: float  # spread of log(wait), from the interval and the age of the information
    weigh: float = 0.0  # the spread it is weighed with against another part (default: sigma)

    @property
    def weight_sigma(self) -> float:
        return self.weigh or self.sigma


def _from_queue(
    recent_km: Sequence[tuple[float, float]], rates: Sequence[tuple[float, float, float]], now: float,
    level: float | None = None,
) -> Part:
    """Recent length over recent service rate; `level`, the filtered length now (`_level`), when
    there is one, stands for the median of the recent lengths (their spread is kept)."""
    weighted_rates = [(mu, w * _decay(now - ts, RATE_HALF_LIFE)) for ts, mu, w in rates]
    median = wquantile(recent_km, 0.5)
    k_mid = level if level is not None else median
    mu_mid = wquantile(weighted_rates, 0.5)
    wait = k_mid / mu_mid + AT_POST
    k_lo, k_hi = (k_mid / median * wquantile(recent_km, q) for q in (0.2, 0.8))
    mu_lo, mu_hi = wquantile(weighted_rates, 0.2), wquantile(weighted_rates, 0.8)
    low = min(wait, k_lo / mu_hi + AT_POST)
    high = max(wait, k_hi / mu_lo + AT_POST)
    sigma = max(math.log(high / low) / 2.56, 0.05)
    # a median of few lengths is itself uncertain: a single report's spread over √n weighs it
    # against the crossed-after reports (the interval keeps the spread measured above)
    total, squares = sum(w for _, w in recent_km), sum(w * w for _, w in recent_km)
    n_eff = total * total / squares if squares else 1.0
    return Part(wait, low, high, sigma, math.hypot(sigma, KM_SAMPLE_SIGMA / math.sqrt(n_eff)))


def _level(km: Sequence[Obs], now: float) -> float | None:
    """The queue's length now, from the lengths of the last `LEVEL_SPAN` hours (sorted by time):
    a Kalman filter over log K with a local linear trend. State: the level `x = log K` and its
    slope `v` per hour; between reports `x += v·dt`, with random-walk noise `LEVEL_DRIFT·dt` on
    `x` and `SLOPE_DRIFT·dt` on `v`; a report is `x` plus noise of spread `LENGTH_NOISE` over its
    weight (hearsay, a prolific voice count for less); an innovation beyond 2 of its spreads counts
    as a noisier report (heavy tails: a slip, a false report), but `STEP_RUN` reports in a row
    beyond `STEP_Z` on the same side say the queue itself has changed (a closure, lanes opened),
    and the level's uncertainty is widened so that it follows them. The level is carried along its
    slope past the last report for at most `LEVEL_AHEAD` hours. Unlike a windowed median, it does
    not lag a steadily growing queue, and at night it leans on the evening's reports rather than
    on the one of 3 am."""
    if len(km) < 3:
        return None
    x, v = math.log(km[0].value), 0.0
    p11, p12, p22 = 1.0, 0.0, SLOPE_PRIOR**2  # the state's covariance
    t = km[0].ts
    run: list[float] = []  # the latest innovations, while they all fall far on one side
    for o in km:
        dt, t = max(o.ts - t, 0.0), max(o.ts, t)
        x += v * dt
        p11, p12 = p11 + 2 * dt * p12 + dt * dt * p22 + LEVEL_DRIFT * dt, p12 + dt * p22
        p22 += SLOPE_DRIFT * dt
        r = (LENGTH_NOISE / max(o.weight, 0.01)) ** 2
        innovation = math.log(o.value) - x
        z = innovation / math.sqrt(p11 + r)
        run = [*run, innovation] if abs(z) > STEP_Z and (not run or run[-1] * innovation > 0) else []
        if len(run) >= STEP_RUN:  # several reports in a row say the queue has changed: believe them
            p11 += min(abs(i) for i in run) ** 2
            run = []
        elif abs(z) > 2.0:
            r *= (z / 2.0) ** 2
        s = p11 + r
        k1, k2 = p11 / s, p12 / s
        x, v = x + k1 * innovation, v + k2 * innovation
        p11, p12, p22 = (1 - k1) * p11, (1 - k1) * p12, p22 - k2 * p12
    return min(math.exp(x + v * min(max(now - t, 0.0), LEVEL_AHEAD)), MAX_KM)


def _combine(a: Part, b: Part) -> Part:
    """Both estimates in log space, each weighed by how sure it is."""
    wa, wb = 1 / a.weight_sigma**2, 1 / b.weight_sigma**2
    log_wait = (wa * math.log(a.wait) + wb * math.log(b.wait)) / (wa + wb)
    wait = math.exp(log_wait)
    sigma = math.sqrt(1 / (1 / a.sigma**2 + 1 / b.sigma**2))
    # when the two disagree more than their spreads allow, neither spread can be trusted as given:
    # widen by the disagreement's chi (the usual scale-factor of a weighted mean)
    chi2 = math.log(a.wait / b.wait) ** 2 / (a.sigma**2 + b.sigma**2)
    sigma *= math.sqrt(max(1.0, chi2))
    return Part(wait, wait * math.exp(-1.28 * sigma), wait * math.exp(1.28 * sigma), sigma)


def _order(o: Obs) -> tuple[float, float, float]:
    return o.ts, o.value, o.weight


def _thin(items: list, cap: int) -> list:  # type: ignore[type-arg]
    """At most `cap` of `items` (sorted by time), evenly spaced."""
    if len(items) <= cap:
        return items
    step = len(items) / cap
    return [items[int(k * step)] for k in range(cap)]


def _window(items: Sequence[Obs], stamps: Sequence[float], lo: float, hi: float) -> list[Obs]:
    """The items (sorted by time) dated in [lo, hi], at most WINDOW_CAP of them, evenly spaced."""
    return _thin(list(items[bisect_left(stamps, lo) : bisect_right(stamps, hi)]), WINDOW_CAP)


def _consistent(done: Sequence[Obs], hours: float = CONSISTENT_HOURS) -> list[Obs]:
    """Reports far from what others said within `hours` of them are dropped: a false "прошли за
    2 часа" in a three-day queue, someone who walked past it, a mistyped number. Used for
    crossed-after waits and, over a wider window (they are fewer), for lengths. A report that two
    others within `CORROBORATED` hours agree with is kept however far from the rest: the queue
    itself has changed (a closure, lanes opened), and the newest reports are the first to say so."""
    out = []
    stamps = [o.ts for o in done]
    for d in done:
        local = [(o.value, o.weight) for o in _window(done, stamps, d.ts - hours, d.ts + hours)]
        if len(local) >= 4:
            mid = wquantile(local, 0.5)  # each voice by its weight: a prolific one counts once
            if not mid / CONSISTENT_RATIO <= d.value <= mid * CONSISTENT_RATIO:
                near = _window(done, stamps, d.ts - CORROBORATED, d.ts + CORROBORATED)
                agree = sum(o is not d and d.value / CONSISTENT_RATIO <= o.value <= d.value * CONSISTENT_RATIO
                            for o in near)
                if agree < 2:
                    continue
        out.append(d)
    return out


def _near_join(km: Sequence[Obs], stamps: Sequence[float], joined: float) -> list[tuple[float, float]]:
    """The lengths reported around a join time, weighed by closeness to it (half-life 1 h); where
    fewer than `JOIN_MIN` were reported within `JOIN_MATCH` hours (a quiet crossing, a night),
    those within twice that (half-life 3 h)."""
    near = [(k.value, k.weight * math.exp(-abs(k.ts - joined) * _LN2))
            for k in _window(km, stamps, joined - JOIN_MATCH, joined + JOIN_MATCH)]
    if len(near) < JOIN_MIN:
        near = [(k.value, k.weight * math.exp(-abs(k.ts - joined) * _LN2 / 3))
                for k in _window(km, stamps, joined - 2 * JOIN_MATCH, joined + 2 * JOIN_MATCH)]
    return near


def _service_rates(done: Sequence[Obs], km: Sequence[Obs]) -> list[tuple[float, float, float]]:
    """(middle of the time measured, km cleared per hour, weight) from crossed-after reports
    whose join time has a reported length."""
    out = []
    stamps = [k.ts for k in km]
    for d in done:
        near = _near_join(km, stamps, d.ts - d.value)
        if not near or d.value <= AT_POST + 0.25:
            continue
        out.append((d.ts - d.value / 2, wquantile(near, 0.5) / (d.value - AT_POST), d.weight))
    return out


def _position_rates(
    positions: Sequence[tuple[float, float, float, float]], km: Sequence[Obs]
) -> list[tuple[float, float, float]]:
    """ "10 hours in, 12 km to go": what was ahead when they joined, less what is left, over the
    hours between — the recent service rate, which crossed-after reports only show days later."""
    out = []
    stamps = [k.ts for k in km]
    for ts, waited, ahead, w in positions:
        near = _near_join(km, stamps, ts - waited)
        if not near or waited < 1.0:
            continue
        cleared = wquantile(near, 0.5) - ahead
        if cleared > 0:
            out.append((ts - waited / 2, cleared / waited, w))
    return out


def _from_done(done: Sequence[Obs], now: float) -> Part:
    """Crossed-after reports lag by their own length: move them forward along their trend.
    The older the join times they describe, the less they say about now."""
    points = [(d.ts - d.value, d.value, d.weight * _decay(now - d.ts, DONE_HALF_LIFE)) for d in done]
    mid = wquantile([(v, w) for _, v, w in points], 0.5)
    recent = [
        (d.ts - d.value, d.value, w) for d, (_, _, w) in zip(done, points, strict=True) if now - d.ts <= 24
    ]
    wait = mid
    recent = _thin(sorted(recent), TREND_POINTS)  # Theil-Sen looks at every pair
    joins = [j for j, _, _ in recent]
    if len(recent) >= 4 and max(joins) - min(joins) >= TREND_SPAN:
        slope = _theil_sen([(j, v) for j, v, _ in recent])
        j_mid = wquantile([(j, w) for j, _, w in recent], 0.5)
        v_mid = wquantile([(v, w) for _, v, w in recent], 0.5)
        wait = max(0.25, v_mid + slope * min(now - j_mid, TREND_HORIZON))
        wait = min(max(wait, mid * 0.5), mid * 2.0)
    values = [(v, w) for _, v, w in points]
    low, high = wquantile(values, 0.1), wquantile(values, 0.9)
    spread = max(high - low, 0.3 * wait)
    lag = now - wquantile([(j, w) for j, _, w in points], 0.5)
    sigma = math.log((wait + spread / 2) / max(wait - spread / 2, 0.05 * wait)) / 2.56 + LAG_SIGMA * lag
    return Part(wait, max(0.0, wait - spread / 2), wait + spread / 2, sigma)


def _theil_sen(points: Sequence[tuple[float, float]]) -> float:
    slopes = [
        (v2 - v1) / (j2 - j1)
        for i, (j1, v1) in enumerate(points)
        for j2, v2 in points[i + 1 :]
        if abs(j2 - j1) > 0.5
    ]
    if not slopes:
        return 0.0
    slopes.sort()
    return max(-1.0, min(1.0, slopes[len(slopes) // 2]))


def _at_least_ongoing(wait: float, ongoing: Sequence[Obs], now: float) -> float:
    """People still waiting after X hours who joined recently say the wait is more than X."""
    bounds = [(o.value, o.weight) for o in ongoing if now - o.ts <= 3 and o.ts - o.value >= now - 12]
    if len(bounds) < 2:
        return wait
    return max(wait, wquantile(bounds, 0.5))
