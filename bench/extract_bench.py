"""Benchmark `molva extract` alone: messages per second on one core.

Texts come from the synthetic chats (`molva sample`, scaled) plus the labelled corpus, so
the mix is mostly chatter and questions with reports in many phrasings, as in real chats.
Run with `make bench` (or `python bench/extract_bench.py`); writes bench/extract_results.json.
"""

from __future__ import annotations

import json
import os
import platform
import tempfile
import time
from pathlib import Path

from molva.records import Secret  # noqa: F401  (imported to warm the package)
from molva.sources import CountingReader, open_source
from molva.understand import Extractor, Gazetteer
from molva.understand.evaluate import read_corpus

HERE = Path(__file__).parent
ROOT = HERE.parent


def texts() -> list[tuple[str, str, str | None]]:
    from molva.sample import generate

    out: list[tuple[str, str, str | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in generate(Path(tmp), scale=3.0):
            with path.open("rb") as f:
                for raw in open_source(path, CountingReader(f)):
                    if raw is not None:
                        out.append((raw.msg_id, raw.text, raw.source.title))
    out.extend((e.id, e.text, e.chat) for e in read_corpus([ROOT / "corpus"]))
    return out


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    items = texts()
    t = time.perf_counter()
    extract = Extractor(Gazetteer())
    build_s = time.perf_counter() - t
    for mid, text, chat in items[:2000]:  # warm-up
        extract(mid, text, chat)
    best = 0.0
    for _ in range(3):
        t = time.perf_counter()
        for mid, text, chat in items:
            extract(mid, text, chat).to_dict()
        best = max(best, len(items) / (time.perf_counter() - t))
    doc = {
        "benchmark": "molva extract alone (Extractor.__call__ + to_dict), one core, best of 3",
        "command": "make bench",
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "messages": len(items),
        "messages_per_s": round(best),
        "build_seconds": round(build_s, 3),
    }
    (HERE / "extract_results.json").write_text(json.dumps(doc, indent=2) + "\n")
    print(f"extract: {len(items)} messages, {round(best)} messages/s on one core "
          f"(extractor built in {build_s:.2f} s)")


if __name__ == "__main__":
    main()
