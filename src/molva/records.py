"""The records that pass between stages: small, frozen, with explicit dict forms.

What leaves a stage is one of these, never a library's object.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any, NamedTuple

Number = float | int
WaitValue = Number | tuple[Number, Number]


class Secret:
    """Raw personal data (an author's name or id) whose repr never shows the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def iso(ts: datetime | None) -> str | None:
    """UTC ISO-8601 with offset, seconds precision."""
    if ts is None:
        return None
    return ts.astimezone(UTC).isoformat(timespec="seconds")


def parse_time(value: str) -> datetime:
    """Parse ISO-8601; a time without zone is taken as UTC."""
    ts = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Source:
    """A chat, channel, feed or file that messages come from."""

    key: str  # stable identity, e.g. "telegram:1001234567"
    kind: str  # "telegram" | "jsonl" | ...
    title: str | None = None


@dataclass(frozen=True, slots=True)
class RawMessage:
    """A message as a source yields it, before scrubbing. Never stored."""

    source: Source
    msg_id: str
    ts: datetime | None
    text: Secret  # raw text: its repr is masked, so a traceback or a log line cannot show it
    author: Secret | None = None
    edited_ts: datetime | None = None
    local_ts: datetime | None = None  # wall-clock time where it was written, for "с 6 утра"


@dataclass(frozen=True, slots=True)
class Message:
    """A scrubbed message: safe to store."""

    source: str
    msg_id: str
    ts: datetime | None
    text: str
    author: str | None = None  # keyed pseudonym, never the raw id or name
    edited_ts: datetime | None = None
    chat: str | None = None  # the chat's title, kept as context

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "id": self.msg_id,
            "date": iso(self.ts),
            "text": self.text,
            "author": self.author,
            "edited": iso(self.edited_ts),
            "chat": self.chat,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The facts `molva extract` finds in one message (the contract's fields)."""

    id: str
    lang: str | None = None
    kind: str = "other"
    crossing: str | None = None
    direction: str | None = None
    wait_hours: WaitValue | None = None
    wait_state: str | None = None
    queue_km: Number | None = None
    vehicles: int | None = None
    people: int | None = None
    checks: tuple[str, ...] = ()
    mode: tuple[str, ...] = ()
    incident_type: str | None = None
    place_type: str | None = None
    place_name: str | None = None
    city: str | None = None
    count: WaitValue | None = None
    claim: str | None = None
    confidence: float = 0.0
    throughput: float | None = None  # vehicles let through per hour (beyond the contract's fields)

    @property
    def has_fact(self) -> bool:
        return any(
            v is not None
            for v in (self.wait_hours, self.queue_km, self.vehicles, self.people, self.throughput)
        ) or bool(self.checks)

    @property
    def wait_mid(self) -> float | None:
        """A single number for the wait: the middle of a range."""
        w = self.wait_hours
        if w is None:
            return None
        if isinstance(w, tuple):
            return (w[0] + w[1]) / 2
        return float(w)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (lists for the tuple fields); the throughput, which the
        contract does not name, is kept in the store and read by the estimator only."""
        out = {name: getattr(self, name) for name in _CONTRACT_FIELDS}
        for name in ("checks", "mode"):
            out[name] = list(out[name])
        for name in ("wait_hours", "count"):
            if isinstance(out[name], tuple):
                out[name] = list(out[name])
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        kwargs = {k: tuple(v) if isinstance(v, list) else v
                  for k, v in data.items() if k in _REPORT_FIELDS}
        return cls(**kwargs)


_REPORT_FIELDS = tuple(f.name for f in fields(Report))
_CONTRACT_FIELDS = tuple(name for name in _REPORT_FIELDS if name != "throughput")


@dataclass(frozen=True, slots=True)
class Estimate:
    """The board's answer for one crossing and direction at one time."""

    crossing: str
    name: str
    direction: str
    wait_hours: float | None
    low: float | None
    high: float | None
    as_of: datetime | None
    reports: int
    trend: str | None
    checks: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "crossing": self.crossing,
            "name": self.name,
            "direction": self.direction,
            "wait_hours": self.wait_hours,
            "low": self.low,
            "high": self.high,
            "as_of": iso(self.as_of),
            "reports": self.reports,
            "trend": self.trend,
            "checks": dict(self.checks),
        }


class Fact(NamedTuple):
    """The part of a border report the wait estimator reads: what the board's sample is built
    into (tens of thousands per board, so a tuple rather than a full `Report`)."""

    crossing: str | None
    direction: str | None
    wait_hours: WaitValue | None
    wait_state: str | None
    queue_km: Number | None
    vehicles: int | None
    checks: tuple[str, ...]
    mode: tuple[str, ...]
    confidence: float
    throughput: float | None = None

    @property
    def wait_mid(self) -> float | None:
        w = self.wait_hours
        if w is None:
            return None
        if isinstance(w, tuple):
            return (w[0] + w[1]) / 2
        return float(w)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A stored report with its message's time, as the fuse stage reads it."""

    ts: datetime
    report: Report | Fact
    author: str | None = None
    rank: int | None = None  # its place in the board's sample of its hour (fuse/thin.py), if read from it
