"""Benchmark `molva ingest`: a generated export into SQLite, messages/s and peak memory.

Run with `make bench`. Ingests exports of two sizes (to show memory stays flat in the
export's size), each in a fresh process so that peak RSS is the ingest's own, and writes
bench/results.json.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
WORK = HERE / "work"
SIZES = {"50k": 14.3, "200k": 57.1}  # generator scale → about 50,000 and 200,000 messages


def run_ingest(export: Path, db: Path) -> dict:
    code = (
        "import resource, sys, time\n"
        "from pathlib import Path\n"
        "from molva.api import Molva\n"
        "from molva.settings import Settings\n"
        f"m = Molva(Settings(db='sqlite:///{db}', secret='bench'))\n"
        "m.store; m.extractor; scrub = m.scrubber\n"
        "spent = [0.0]\n"
        "class Timed:\n"  # the scrub stage's own time inside the ingest
        "    keep_text = scrub.keep_text\n"
        "    def source(self, src): return scrub.source(src)\n"
        "    def __call__(self, raw):\n"
        "        t0 = time.perf_counter(); msg = scrub(raw); spent[0] += time.perf_counter() - t0\n"
        "        return msg\n"
        "m.__dict__['scrubber'] = Timed()\n"
        "t = time.perf_counter()\n"
        f"s = m.ingest([Path('{export}')])\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(s.read, s.new, dt, rss, spent[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    read, new, seconds, rss_kb, scrub_s = out.stdout.split()
    return {
        "messages": int(read),
        "stored": int(new),
        "seconds": round(float(seconds), 2),
        "messages_per_s": round(int(read) / float(seconds)),
        "peak_rss_mb": round(int(rss_kb) / 1024, 1),
        "scrub_seconds": round(float(scrub_s), 2),
        "scrub_share": round(float(scrub_s) / float(seconds), 3),
    }


def main() -> None:
    from molva.sample import generate

    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    results = {}
    for label, scale in SIZES.items():
        folder = WORK / label
        t = time.perf_counter()
        [export] = generate(folder, scale=scale, account=True)
        gen_s = time.perf_counter() - t
        db = folder / "bench.db"
        r = run_ingest(export, db)
        r["export_mb"] = round(export.stat().st_size / 2**20, 1)
        r["generate_seconds"] = round(gen_s, 2)
        results[label] = r
        print(f"{label}: {r['messages']} messages in {r['seconds']} s = "
              f"{r['messages_per_s']} messages/s, peak RSS {r['peak_rss_mb']} MB "
              f"(export {r['export_mb']} MB); scrubbing {r['scrub_share']:.0%} of the time", flush=True)
    doc = {
        "benchmark": "molva ingest: full-account Telegram export (synthetic) into SQLite",
        "command": "make bench",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "results": results,
    }
    (HERE / "results.json").write_text(json.dumps(doc, indent=2) + "\n")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
