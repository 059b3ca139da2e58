"""A static mirror: every public page and JSON answer written as files any static host can serve
(mirrors matter when a site gets blocked).

The app itself renders each one, called in-process over ASGI (no server, no network): what the
mirror holds is byte for byte what `molva serve` answers. Pages go to `…/index.html` so that the
site's links (`/crossings/verkhny-lars/`) work as they are; API answers go to their own paths and to
a `.json` twin for hosts that choose the content type by extension. Query strings cannot be
mirrored: the incident filters and `?at=` show the default on a static host.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp

from molva.errors import InputError

PAGES = ("/", "/map/", "/incidents/", "/rumours/")
API = ("/api/v1/board", "/api/v1/incidents", "/api/v1/rumours", "/openapi.json")
EXPORTS = tuple(f"/api/v1/export/{k}.{f}" for k in ("board", "incidents", "reports")
                for f in ("csv", "geojson", "hxl.csv"))


@dataclass(frozen=True, slots=True)
class Mirrored:
    files: int
    bytes: int


def paths(crossings: list[str]) -> Iterator[str]:
    """Every URL the mirror holds: pages in both languages, each crossing's page, the JSON."""
    for prefix in ("", "/en"):
        yield from (prefix + p for p in PAGES)
        yield from (f"{prefix}/crossings/{c}/" for c in crossings)
    yield from API
    yield from (f"/api/v1/crossings/{c}/history" for c in crossings)
    yield from EXPORTS


async def fetch(app: ASGIApp, path: str) -> tuple[int, bytes]:
    """One GET through the app, in-process."""
    scope: dict[str, Any] = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "headers": [(b"host", b"mirror")], "client": ("127.0.0.1", 0),
        "server": ("mirror", 80),
    }
    out: dict[str, Any] = {"status": 500, "body": []}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"].append(message.get("body", b""))

    await app(scope, receive, send)
    return out["status"], b"".join(out["body"])


def target(root: Path, path: str) -> list[Path]:
    rel = path.lstrip("/")
    if path.endswith("/"):
        return [root / rel / "index.html"]
    if path.startswith("/api/") and "." not in path.rsplit("/", 1)[-1]:
        return [root / rel, root / f"{rel}.json"]
    return [root / rel]


def mirror(app: ASGIApp, out: Path, crossings: list[str],
           progress: Callable[[int, int], None] | None = None) -> Mirrored:
    """Write the mirror into `out` (made if missing); a page that fails stops it with its path."""
    if out.exists() and not out.is_dir():
        raise InputError("not a directory", where=str(out))
    todo = list(paths(crossings))
    files = size = 0

    async def run() -> None:
        nonlocal files, size
        for n, path in enumerate(todo, 1):
            status, body = await fetch(app, path)
            if status != 200:
                raise InputError(f"the app answered {status}", where=path)
            for file in target(out, path):
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_bytes(body)
                files, size = files + 1, size + len(body)
            if progress:
                progress(n, len(todo))
        (out / "404.html").write_bytes((await fetch(app, "/404"))[1])
        files += 1

    _run(run)
    return Mirrored(files, size)


def _run(job: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a coroutine to the end, also when called from inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(job())
        return
    with ThreadPoolExecutor(1) as pool:
        pool.submit(lambda: asyncio.run(job())).result()
