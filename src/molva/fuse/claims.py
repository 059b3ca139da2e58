"""Rumours: messages that state or ask about the same claim, gathered into one claim.

Each message's claim key (`understand/claims.py`: a concept and a date, or its content words)
groups it with the others that claim the same in any wording or language. A claim has its
variants, first and last seen, spread (messages, sources) and a status an operator sets with
evidence; every verdict is kept as its history.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

STATUSES = ("unverified", "confirmed", "denied")


@dataclass(frozen=True, slots=True)
class ClaimMessage:
    id: str
    ts: datetime
    source: str
    key: str
    statement: str  # the normalised statement of this message's claim
    asks: bool  # asked about rather than stated
    wording: str = ""  # how this message put it (scrubbed)


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str
    evidence: str | None
    set_at: datetime

    def to_dict(self) -> dict:
        return {"status": self.status, "evidence": self.evidence, "set_at": self.set_at.isoformat()}


@dataclass(slots=True)
class Claim:
    id: str
    messages: list[ClaimMessage] = field(default_factory=list)
    history: list[Verdict] = field(default_factory=list)

    @property
    def statement(self) -> str:
        return Counter(m.statement for m in self.messages).most_common(1)[0][0]

    @property
    def variants(self) -> list[str]:
        return [s for s, _ in Counter(m.wording or m.statement for m in self.messages).most_common(5)]

    @property
    def status(self) -> str:
        return self.history[-1].status if self.history else "unverified"

    @property
    def evidence(self) -> str | None:
        return self.history[-1].evidence if self.history else None

    def to_dict(self) -> dict:
        return {
            "id": self.id, "statement": self.statement, "status": self.status, "evidence": self.evidence,
            "first_seen": self.messages[0].ts.isoformat(), "last_seen": self.messages[-1].ts.isoformat(),
            "messages": len(self.messages), "asked": sum(m.asks for m in self.messages),
            "sources": len({m.source for m in self.messages}), "variants": self.variants,
            "history": [v.to_dict() for v in self.history],
        }


def gather(messages: Iterable[ClaimMessage], verdicts: dict[str, list[Verdict]] | None = None) -> list[Claim]:
    """Claims, the most spread first; each with its verdicts' history (oldest first)."""
    verdicts = verdicts or {}
    claims: dict[str, Claim] = {}
    for m in sorted(messages, key=lambda m: (m.ts, m.id)):
        claims.setdefault(m.key, Claim(m.key, history=list(verdicts.get(m.key, [])))).messages.append(m)
    return sorted(claims.values(), key=lambda c: (-len(c.messages), c.messages[0].ts, c.id))
