"""Benchmark the web app under load: `make bench-web`.

Builds the demo database (the bundled sample, as `make demo` does) unless it exists, starts
`molva serve` on loopback with the board's time pinned to the sample's last message, and loads the
board page and the board API with `wrk` (Debian's package): requests per second and latency
percentiles, gzip accepted as a phone's browser would. Each target is warmed up first, then loaded
for DURATION seconds with CONNECTIONS connections over THREADS threads. The server is one process
(uvicorn); what it serves comes from the store-versioned cache (publish/web/cache.py), recomputed
only when the store changes. Writes bench/web_results.json.

    python bench/web_bench.py [SECONDS]
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).parent
WORK = HERE / "work"
BIN = Path(sys.executable).parent
TARGETS = {"board page": "/", "board API": "/api/v1/board", "crossing page": "/crossings/verkhny-lars/",
           "map page": "/map/"}
THREADS, CONNECTIONS = 1, 32
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def demo_db() -> str:
    db = WORK / "web-bench.db"
    if not db.exists():
        WORK.mkdir(exist_ok=True)
        data = WORK / "web-sample"
        shutil.rmtree(data, ignore_errors=True)
        subprocess.run([BIN / "molva", "sample", str(data)], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([BIN / "molva", "ingest", *map(str, sorted(data.glob("*/result.json"))),
                        "--db", f"sqlite:///{db}"], check=True, stderr=subprocess.DEVNULL)
    return f"sqlite:///{db}"


def wrk(url: str, seconds: int) -> dict:
    command = ["wrk", "-t", str(THREADS), "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--latency",
               "-H", "Accept-Encoding: gzip", url]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    lat = {p: float(v) * UNITS[u] for p, v, u in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$",
                                                            out, re.MULTILINE)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"requests_per_second": round(rps), "p50_ms": lat.get("50"), "p90_ms": lat.get("90"),
            "p99_ms": lat.get("99"), "non_2xx": int(errors.group(1)) if errors else 0}


def main(seconds: int = 10) -> None:
    if not shutil.which("wrk"):
        sys.exit("bench-web: wrk not found (apt-get install wrk)")
    db, port = demo_db(), free_port()
    server = subprocess.Popen([BIN / "molva", "serve", "--db", db, "--port", str(port), "--at", "latest"],
                              stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/openapi.json", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        results = {}
        for name, path in TARGETS.items():
            request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request) as r:
                gz = len(r.read())
            wrk(base + path, 2)  # warm-up
            results[name] = {"path": path, "gzip_bytes": gz, **wrk(base + path, seconds)}
            r_ = results[name]
            print(f"{name:14} {path:28} {r_['requests_per_second']:>6} req/s  p50 {r_['p50_ms']:.2f} ms  "
                  f"p99 {r_['p99_ms']:.2f} ms  {gz} bytes gzip", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    doc = {"machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
           "tool": f"wrk -t{THREADS} -c{CONNECTIONS} -d{seconds}s --latency, Accept-Encoding: gzip",
           "server": "molva serve (one uvicorn process), board time pinned (--at latest)",
           "results": results}
    (HERE / "web_results.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
