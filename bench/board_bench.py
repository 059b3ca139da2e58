"""Benchmark the board over a million stored reports: `make bench-board`.

Writes 1,000,000 synthetic border reports (14 days, every crossing of the gazetteer, a few busy
ones taking most of them, as in 2022) through `Store.write` — the path `molva ingest` takes, which
keeps the board's hourly state (fuse/thin.py) — into SQLite, then times `Molva.board(at)` (what
`molva board --at T` and `/api/v1/board?at=T` call) at several times, and one crossing's two-week
history. Each timing is the best of 3 in this process, after one warm-up call at another time.
Writes bench/board_results.json. The reports are drawn directly (no text, no extraction): this
measures the store and the fuse stage, not understanding.

    python bench/board_bench.py [N]          # N reports (default 1,000,000)
    python bench/board_bench.py N --reuse    # time again on the database the last run wrote
"""

from __future__ import annotations

import json
import platform
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from molva.api import Molva
from molva.records import Message, Report, Source
from molva.settings import Settings
from molva.understand import Gazetteer

HERE = Path(__file__).parent
WORK = HERE / "work"
START = datetime(2022, 9, 20, 0, 0, tzinfo=UTC)
DAYS = 14
BATCH = 5000
CHECKS = ("questioning", "phone_check", "military_id", "document_check")


def reports(n: int, crossings: list[str], seed: int = 2022):  # type: ignore[no-untyped-def]
    """(Message, Report) pairs in time order, like a chat export read from start to end."""
    rnd = random.Random(seed)
    weights = [1 / (rank + 1) ** 1.3 for rank in range(len(crossings))]  # a few busy crossings
    span = DAYS * 24 * 3600
    step = span / n
    for k in range(n):
        ts = START + timedelta(seconds=k * step + rnd.random() * step)
        crossing = rnd.choices(crossings, weights)[0]
        what = rnd.random()
        wait = km = None
        state = None
        if what < 0.3:
            wait, state = round(rnd.lognormvariate(2.5, 0.6), 1), "done"
        elif what < 0.4:
            wait, state = round(rnd.lognormvariate(2.0, 0.6), 1), "ongoing"
        elif what < 0.55:
            km = round(rnd.lognormvariate(2.3, 0.5), 1)
        checks = tuple(c for c in CHECKS if rnd.random() < 0.1)
        msg = Message(source="bench:1", msg_id=str(k), ts=ts, text="", author=f"p{rnd.randrange(60000)}")
        rep = Report(id=str(k), kind="border", crossing=crossing,
                     direction="exit" if rnd.random() < 0.85 else "entry", wait_hours=wait,
                     wait_state=state, queue_km=km, checks=checks, confidence=0.8)
        yield msg, rep


def timed(f, runs: int = 3) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds of each of `runs` calls, the first one first."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return times


def write(store, n: int, crossings: list[str]) -> float:  # type: ignore[no-untyped-def]
    """Write the reports as `molva ingest` does, in batches; the seconds it took."""
    sid = store.source_id(Source(key="bench:1", kind="jsonl", title="bench"))
    t0 = time.perf_counter()
    batch = []
    for k, pair in enumerate(reports(n, crossings), 1):
        batch.append(pair)
        if len(batch) >= BATCH:
            store.write(sid, batch)
            batch = []
        if k % 200_000 == 0:
            print(f"  {k:,} reports written ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    store.write(sid, batch)
    return time.perf_counter() - t0


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 1_000_000
    WORK.mkdir(exist_ok=True)
    db = WORK / "board-bench.db"
    previous = HERE / "board_results.json"
    reuse = "--reuse" in sys.argv and db.exists() and previous.exists()
    if reuse:
        last = json.loads(previous.read_text())
        reuse = last.get("reports") == n
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    m = Molva(Settings(db=f"sqlite:///{db}", secret="bench"))
    gazetteer = Gazetteer()
    crossings = sorted(gazetteer.crossings)
    store = m.store
    write_s = last["write_seconds"] if reuse else write(store, n, crossings)
    m.__dict__["gazetteer"] = gazetteer
    times = [START + timedelta(days=d, hours=h, minutes=17) for d, h in ((13, 23), (10, 12), (6, 3), (2, 20))]
    m.board(START + timedelta(days=8))  # warm-up: connections, caches
    board, first = {}, {}
    for at in times:
        runs = timed(lambda at=at: m.board(at))
        board[at.isoformat()], first[at.isoformat()] = round(min(runs), 3), round(runs[0], 3)
        print(f"  board at {at:%Y-%m-%d %H:%M}: {board[at.isoformat()]:.3f} s (first call {runs[0]:.3f} s)",
              file=sys.stderr)
    busiest = crossings[0]
    history_s = round(min(timed(lambda: m.history(busiest, "exit", end=times[0]), 2)), 3)
    result = m.board(times[0])
    results = {
        "benchmark": "the board over a million stored reports (SQLite), best of 3 (and the first call)",
        "command": f"python bench/board_bench.py {n}",
        "machine": f"{platform.machine()}, 2 cores, Python {platform.python_version()}",
        "reports": n,
        "crossings": len(crossings),
        "write_seconds": round(write_s, 1),
        "write_reports_per_s": round(n / write_s),
        "board_seconds": board,
        "board_max_seconds": max(board.values()),
        "board_first_call_seconds": first,
        "history_14_days_hourly_seconds": history_s,
        "busiest_crossing": busiest,
        "board_rows": len(result.crossings),
        "db_mb": round(db.stat().st_size / 2**20, 1),
    }
    (HERE / "board_results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    m.close()


if __name__ == "__main__":
    main()
