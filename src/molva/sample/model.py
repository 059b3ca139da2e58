"""The queue model behind the synthetic exports: what the true wait was, hour by hour.

Each crossing and direction is a fluid queue. Vehicles arrive at a rate that follows a
daily cycle and, on the exit side, a surge that starts after the announcement of
21 September 2022 (10:00 Moscow), peaks around 26–28 September and then eases; they are
served at a rate that is raised when a crossing adds lanes and drops at night (fewer officers on
shift); once pedestrians are let through, a share of arrivals leave their cars and walk past the
queue. Cumulative arrivals A(t) and
departures D(t) give the exact wait of a vehicle joining at t: the time until D reaches
A(t), plus the time spent at the checkpoint itself. Every number here is invented.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

ANNOUNCED = datetime(2022, 9, 21, 7, 0, tzinfo=UTC)  # 10:00 Moscow
STEP = 0.1  # hours per simulation step
# how busy the chats are by hour of day in Moscow: quiet at night, busiest in the evening
# fmt: off
DIURNAL = (0.5, 0.35, 0.25, 0.2, 0.2, 0.25, 0.4, 0.6, 0.8, 1.0, 1.1, 1.1, 1.15, 1.15,
           1.1, 1.1, 1.15, 1.2, 1.3, 1.4, 1.45, 1.4, 1.1, 0.8)
# fmt: on


@dataclass(frozen=True)
class QueueParams:
    """How one crossing behaves in one direction (rates in vehicles per hour)."""

    crossing: str
    direction: str  # "exit" | "entry"
    service: float  # vehicles served per hour
    base: float  # arrivals per hour before the surge, as a share of `service`
    surge: float  # extra arrivals at the surge's height, as a share of `service`
    peak_until: datetime  # the surge holds until here, then eases
    ease_hours: float  # e-folding time of the easing
    boost: float = 0.0  # extra service share once lanes are added
    boost_at: datetime | None = None
    per_km: float = 130.0  # vehicles per km of queue
    at_post: float = 0.5  # hours spent at the checkpoint itself
    utc_offset: int = 3  # local time at the crossing, for the daily cycle
    night: float = 0.0  # share of service lost from midnight to 6 am local time
    walk_at: datetime | None = None  # from here on pedestrians are let through…
    walk_share: float = 0.0  # …and this share of arrivals leave their cars and walk


def _d(day: int, hour: int = 0) -> datetime:
    """A time in September 2022 (UTC); days past 30 run on into October."""
    return datetime(2022, 9, 1, tzinfo=UTC) + timedelta(days=day - 1, hours=hour)


# fmt: off
PARAMS: tuple[QueueParams, ...] = (
    # Calibrated to what was reported at Verkhny Lars in 2022: 1,300-2,000 cars a day before the
    # surge (65 an hour = 1,560), about 2,300 cars on 25 September, 3,500 and about 20 km on 26,
    # about 5,000 on 28-29; waits of 40-50 hours, then about three days; 165-175 cars per km.
    QueueParams("verkhny-lars", "exit", 65, 0.75, 0.85, _d(29, 0), 24, 0.3, _d(28, 12),
                per_km=170, at_post=1.0, utc_offset=3, night=0.15, walk_at=_d(27, 9), walk_share=0.1),
    QueueParams("verkhny-lars", "entry", 45, 0.8, 0.0, _d(21), 1, per_km=130, at_post=0.5),
    QueueParams("mashtakovo", "exit", 150, 0.7, 0.5, _d(26, 18), 36, 0.3, _d(27, 12),
                per_km=140, at_post=0.5, utc_offset=5, night=0.1),
    QueueParams("mashtakovo", "entry", 120, 0.8, 0.0, _d(21), 1, per_km=140, at_post=0.4,
                utc_offset=5),
    QueueParams("bugristoye", "exit", 110, 0.7, 0.45, _d(26, 12), 36, 0.3, _d(27, 12),
                per_km=140, at_post=0.5, utc_offset=5),
    QueueParams("bugristoye", "entry", 90, 0.8, 0.0, _d(21), 1, per_km=140, at_post=0.4,
                utc_offset=5),
    QueueParams("kyakhta", "exit", 35, 0.7, 0.4, _d(27, 6), 36, 0.2, _d(28), per_km=120,
                at_post=0.7, utc_offset=8, night=0.1),
    QueueParams("kyakhta", "entry", 30, 0.8, 0.0, _d(21), 1, per_km=120, at_post=0.5,
                utc_offset=8),
    QueueParams("torfyanovka", "exit", 120, 0.7, 0.38, _d(26), 30, 0.0, None, per_km=150,
                at_post=0.7, utc_offset=3),
    QueueParams("torfyanovka", "entry", 100, 0.8, 0.0, _d(21), 1, per_km=150, at_post=0.4),
)
# fmt: on


@dataclass(frozen=True)
class TrueWait:
    """The model's truth for a vehicle joining the queue at `at`."""

    crossing: str
    direction: str
    at: datetime
    wait_hours: float
    queue_vehicles: float
    queue_km: float

    def to_dict(self) -> dict[str, object]:
        return {
            "crossing": self.crossing,
            "direction": self.direction,
            "at": self.at.isoformat(),
            "wait_hours": round(self.wait_hours, 2),
            "queue_vehicles": round(self.queue_vehicles),
            "queue_km": round(self.queue_km, 1),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TrueWait:
        at = datetime.fromisoformat(d["at"])
        return cls(
            d["crossing"],
            d["direction"],
            at,
            float(d["wait_hours"]),
            float(d["queue_vehicles"]),
            float(d["queue_km"]),
        )


def _rates(p: QueueParams, h: float, epoch: datetime) -> tuple[float, float]:
    """(arrival rate, service rate) at `h` hours after `epoch`."""
    t = epoch + timedelta(hours=h)
    since = (t - ANNOUNCED).total_seconds() / 3600
    surge = 0.0
    if p.surge and since > 0:
        surge = 1 / (1 + math.exp(-(since - 30) / 10))  # word spreads over a day or two
        after = (t - p.peak_until).total_seconds() / 3600
        if after > 0:
            surge *= math.exp(-after / p.ease_hours)
    local = (t.hour + t.minute / 60 + p.utc_offset) % 24
    daily = 1 + 0.35 * math.sin(2 * math.pi * (local - 9) / 24)  # busiest mid-afternoon
    arrivals = p.service * (p.base + p.surge * surge) * daily
    if p.walk_share and p.walk_at is not None and t >= p.walk_at:
        arrivals *= 1 - p.walk_share
    service = p.service
    if p.boost and p.boost_at is not None and t >= p.boost_at:
        service *= 1 + p.boost * min(1.0, (t - p.boost_at).total_seconds() / 3600 / 24)
    if p.night and local < 6:
        service *= 1 - p.night
    return arrivals, service


class Queue:
    """One simulated crossing and direction; times are hours after `epoch`."""

    def __init__(self, p: QueueParams, epoch: datetime, hours: float) -> None:
        self.params, self.epoch = p, epoch
        n = int(hours / STEP) + 1
        arr, dep, q, mus = [0.0], [0.0], [0.0], [0.0]
        a = d = 0.0
        i = 1
        # run on past the period until everyone who joined in it has been served
        while i < n or d < arr[n - 1] - 1e-9:
            lam, mu = _rates(p, (i - 0.5) * STEP, epoch)
            a += lam * STEP
            d = min(a, d + mu * STEP)
            arr.append(a)
            dep.append(d)
            q.append(a - d)
            mus.append(mu)
            i += 1
            if i > n + int(24 * 40 / STEP):
                break
        self.n = n
        self._arr, self._dep, self._q, self._mu = arr, dep, q, mus
        waits = [self._solve(k) for k in range(n)]
        self._wait = waits
        self._leave = [k * STEP + w for k, w in enumerate(waits)]

    def _solve(self, k: int) -> float:
        target = self._arr[k]
        j = bisect_left(self._dep, target - 1e-9, lo=k)
        if j >= len(self._dep):
            j = len(self._dep) - 1
        if j > 0 and self._dep[j] > self._dep[j - 1]:
            frac = (target - self._dep[j - 1]) / (self._dep[j] - self._dep[j - 1])
            served = (j - 1 + max(0.0, min(1.0, frac))) * STEP
        else:
            served = j * STEP
        return max(0.0, served - k * STEP) + self.params.at_post

    def _interp(self, series: list[float], h: float) -> float:
        x = h / STEP
        if x <= 0:
            return series[0]
        k = int(x)
        if k >= self.n - 1:
            return series[self.n - 1]
        f = x - k
        return series[k] * (1 - f) + series[k + 1] * f

    def wait(self, h: float) -> float:
        """Hours a vehicle joining at `h` will wait until it has crossed."""
        return self._interp(self._wait, h)

    def vehicles(self, h: float) -> float:
        return self._interp(self._q, h)

    def service(self, h: float) -> float:
        """Vehicles served per hour at `h` (what the post could clear, queue or not)."""
        k = min(max(1, int(h / STEP) + 1), len(self._mu) - 1)
        return self._mu[k]

    def km(self, h: float) -> float:
        return self._interp(self._q, h) / self.params.per_km

    def joined(self, h: float) -> float:
        """When the vehicle that crosses at `h` joined the queue (hours after epoch)."""
        leave = self._leave
        j = bisect_left(leave, h)
        if j <= 0:
            return h - self._wait[0]
        if j >= self.n:
            return (self.n - 1) * STEP
        lo, hi = leave[j - 1], leave[j]
        f = (h - lo) / (hi - lo) if hi > lo else 1.0
        return (j - 1 + f) * STEP

    def ahead(self, joined: float, now: float) -> float:
        """Vehicles still ahead, at `now`, of a vehicle that joined at `joined`."""
        return max(0.0, self._interp(self._arr, joined) - self._interp(self._dep, now))


class Model:
    """All crossings and directions over one period; `epoch` is a day before `start`."""

    def __init__(
        self, start: datetime, days: int, params: tuple[QueueParams, ...] = PARAMS
    ) -> None:
        start = start if start.tzinfo else start.replace(tzinfo=UTC)  # naive means UTC
        self.start, self.days = start, days
        self.epoch = start - timedelta(days=1)
        hours = (days + 1) * 24.0
        self.queues = {(p.crossing, p.direction): Queue(p, self.epoch, hours) for p in params}

    def hours(self, at: datetime) -> float:
        return (at - self.epoch).total_seconds() / 3600

    def true_wait(self, crossing: str, direction: str, at: datetime) -> TrueWait:
        q, h = self.queues[(crossing, direction)], self.hours(at)
        return TrueWait(crossing, direction, at, q.wait(h), q.vehicles(h), q.km(h))

    def hourly(self) -> list[TrueWait]:
        """The truth every hour over the period, for every crossing and direction."""
        out = []
        for crossing, direction in self.queues:
            for k in range(self.days * 24 + 1):
                at = self.start + timedelta(hours=k)
                out.append(self.true_wait(crossing, direction, at))
        return out


def true_wait(model: Model, crossing: str, direction: str, at: datetime) -> TrueWait:
    """The true wait for a vehicle joining `crossing` in `direction` at `at`."""
    return model.true_wait(crossing, direction, at)


def chat_activity(model: Model, crossing: str) -> list[float]:
    """Relative number of chat messages in each hour: more as the queue grows, a burst
    after the announcement, few at night."""
    queue = model.queues[(crossing, "exit")]
    h0 = model.hours(model.start)
    waits = [queue.wait(h0 + k + 0.5) for k in range(model.days * 24)]
    peak = max(waits) or 1.0
    since0 = (model.start - ANNOUNCED).total_seconds() / 3600
    out = []
    for k, w in enumerate(waits):
        since = since0 + k + 0.5
        buzz = 0.8 * math.exp(-since / 18) if since > 0 else 0.0
        local = (model.start.hour + k + 3) % 24
        out.append((0.35 + 0.65 * w / peak + buzz) * DIURNAL[local])
    return out


def truth_document(model: Model, seed: int, note: str) -> str:
    """`truth.json`: the hourly truth of every crossing and direction, marked synthetic."""
    head = dict(molva_synthetic=True, about=note, seed=seed, start=model.start.isoformat())
    head.update(days=model.days, step_hours=1)
    rows = ",\n  ".join(json.dumps(w.to_dict()) for w in model.hourly())
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    return f'{text},\n "waits": [\n  {rows}\n ]\n}}\n'
