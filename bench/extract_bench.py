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


def chat_texts() -> list[tuple[str, str, str | None]]:
    """The synthetic chats at scale 3: what a live chat stream looks like."""
    from molva.sample import generate

    out: list[tuple[str, str, str | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in generate(Path(tmp), scale=3.0):
            with path.open("rb") as f:
                for raw in open_source(path, CountingReader(f)):
                    if raw is not None:
                        out.append((raw.msg_id, raw.text.reveal(), raw.source.title))
    return out


def corpus_texts() -> list[tuple[str, str, str | None]]:
    """The labelled corpus: longer, news-like and denser in facts than a chat."""
    return [(e.id, e.text, e.chat) for e in read_corpus([ROOT / "corpus"])]


def texts() -> list[tuple[str, str, str | None]]:
    return chat_texts() + corpus_texts()


def rate(extract: Extractor, items: list[tuple[str, str, str | None]]) -> float:
    """Messages per second, best of three runs."""
    best = 0.0
    for _ in range(3):
        t = time.perf_counter()
        for mid, text, chat in items:
            extract(mid, text, chat).to_dict()
        best = max(best, len(items) / (time.perf_counter() - t))
    return best


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    chats, corpus = chat_texts(), corpus_texts()
    t = time.perf_counter()
    extract = Extractor(Gazetteer())
    build_s = time.perf_counter() - t
    for mid, text, chat in chats[:2000]:  # warm-up
        extract(mid, text, chat)
    results = {
        "all": (len(chats) + len(corpus), rate(extract, chats + corpus)),
        "chats": (len(chats), rate(extract, chats)),
        "corpus": (len(corpus), rate(extract, corpus)),
    }
    doc = {
        "benchmark": "molva extract alone (Extractor.__call__ + to_dict), one core, best of 3",
        "command": "make bench",
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "build_seconds": round(build_s, 3),
        "results": {k: {"messages": n, "messages_per_s": round(r)} for k, (n, r) in results.items()},
    }
    (HERE / "extract_results.json").write_text(json.dumps(doc, indent=2) + "\n")
    for name, (n, r) in results.items():
        print(f"extract ({name}): {n} messages, {round(r)} messages/s on one core")


if __name__ == "__main__":
    main()
