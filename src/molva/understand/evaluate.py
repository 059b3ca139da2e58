"""Score the extractor against the labelled corpus: precision, recall, F1 per field.

The corpus is `corpus/*.jsonl` (see `corpus/GUIDE.md`). Each message belongs to `dev` or
`test` by a stable hash of its id, so nobody chooses what is held out. Pure: records in,
scores out; reading files is the caller's business.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from molva.errors import InputError

SCALAR_FIELDS = ("crossing", "direction", "wait_state", "incident_type", "place_type", "city", "lang")
NUMBER_FIELDS = ("wait_hours", "queue_km", "vehicles", "people", "count")
LIST_FIELDS = ("checks", "mode")
FIELDS = ("crossing", "direction", "wait_hours", "wait_state", "queue_km", "vehicles", "people",
          "checks", "mode", "incident_type", "place_type", "city", "count", "lang")
TEST_SHARE = 3  # of 10: about 30% of the corpus is held out


def split_of(message_id: str) -> str:
    h = int(hashlib.sha1(message_id.encode()).hexdigest()[:8], 16)
    return "test" if h % 10 < TEST_SHARE else "dev"


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    chat: str | None
    date: str | None
    labels: dict[str, Any]

    @property
    def split(self) -> str:
        return split_of(self.id)

    @property
    def local_time(self) -> datetime | None:
        """The message's wall-clock time where it was written (the date's own offset)."""
        if not self.date:
            return None
        try:
            return datetime.fromisoformat(self.date)
        except ValueError:
            return None


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    n: int = 0
    kind_correct: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    errors: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.n if self.n else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "messages": self.n,
            "kind_accuracy": round(self.kind_accuracy, 4),
            "fields": {
                name: {"precision": round(t.precision, 4), "recall": round(t.recall, 4),
                       "f1": round(t.f1, 4), "support": t.tp + t.fn}
                for name, t in self.fields.items()
            },
        }


def read_corpus(paths: Iterable[Path]) -> Iterator[Example]:
    """Examples from corpus files or folders of `*.jsonl`; bad lines stop with file:line."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(p.glob("*.jsonl")))
        elif p.exists():
            files.append(p)
        else:
            raise InputError("no such file", where=str(p))
    if not files:
        raise InputError("no *.jsonl corpus files", where=", ".join(map(str, paths)))
    for f in files:
        with f.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    yield Example(str(obj["id"]), obj["text"], obj.get("chat"), obj.get("date"),
                                  obj["labels"])
                except (json.JSONDecodeError, KeyError, TypeError) as e:
                    raise InputError(f"not a corpus example ({e})", where=f"{f}:{n}") from None


def predict(extract: Callable[..., Any], example: Example) -> dict[str, Any]:
    """What the extractor says of one example, with its chat and local time as context."""
    return extract(example.id, example.text, example.chat, example.local_time).to_dict()


def _bounds(v: Any) -> tuple[float, float] | None:
    if v is None:
        return None
    if isinstance(v, list | tuple):
        return float(v[0]), float(v[1])
    return float(v), float(v)


def numbers_match(gold: Any, pred: Any) -> bool:
    """Equal within 5% (or 0.1) on each bound; a number is the range [x, x]."""
    g, p = _bounds(gold), _bounds(pred)
    if g is None or p is None:
        return g == p
    return all(abs(a - b) <= max(0.1, 0.05 * abs(a)) for a, b in zip(g, p, strict=True))


def _score_value(t: Tally, gold: Any, pred: Any, same: bool) -> None:
    if gold is not None and same:
        t.tp += 1
        return
    if pred is not None:
        t.fp += 1
    if gold is not None:
        t.fn += 1


def score(examples: Iterable[Example], predict: Callable[[Example], dict[str, Any]],
          keep_errors: bool = False) -> Scores:
    s = Scores()
    for ex in examples:
        pred = predict(ex)
        gold = ex.labels
        s.n += 1
        if pred.get("kind") == gold.get("kind"):
            s.kind_correct += 1
        elif keep_errors:
            s.errors.append((ex.id, "kind", gold.get("kind"), pred.get("kind")))
        for name in FIELDS:
            g, p = gold.get(name), pred.get(name)
            t = s.fields[name]
            if name in LIST_FIELDS:
                gs, ps = set(g or ()), set(p or ())
                t.tp += len(gs & ps)
                t.fp += len(ps - gs)
                t.fn += len(gs - ps)
                same = gs == ps
            else:
                same = numbers_match(g, p) if name in NUMBER_FIELDS else g == p
                _score_value(t, g, p, same)
            if keep_errors and not same:
                s.errors.append((ex.id, name, g, p))
    return s
