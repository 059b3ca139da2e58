"""Answers kept until the data changes: an ASGI middleware in front of the app.

A page or an API answer depends only on its path, its query and what is stored, so each GET is
computed once per store version (`Store.version()`, read at most once every `check_every`
seconds; when the app answers for "now", also at most every `ttl` seconds), gzipped once,
and then served from memory with an ETag (`304 Not Modified` on `If-None-Match`) and
`Cache-Control`, so that a reverse proxy or a CDN can carry the load too.
Only successful answers are kept; errors are computed every time and marked `no-store`.
"""

from __future__ import annotations

import gzip
import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_AGE = 60  # seconds a client or proxy may reuse an answer without asking again
MAX_ENTRIES = 4096


@dataclass(frozen=True, slots=True)
class Entry:
    version: int
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    gzipped: bytes
    etag: bytes
    made: float


class Cached:
    def __init__(self, app: ASGIApp, version: Callable[[], int], *, max_age: int = MAX_AGE,
                 check_every: float = 1.0, ttl: float | None = None, max_entries: int = MAX_ENTRIES) -> None:
        self.app, self._version_of = app, version
        self.max_age, self.check_every, self.max_entries = max_age, check_every, max_entries
        self.ttl = ttl  # seconds an answer is kept even if nothing is written (pages that say "now")
        self._entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()
        self._version, self._checked = 0, -1e9

    def version(self) -> int:
        now = time.monotonic()
        if now - self._checked >= self.check_every:
            self._version, self._checked = self._version_of(), now
        return self._version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        version = self.version()
        entry = self._entries.get(key)
        now = time.monotonic()
        expired = self.ttl is not None and entry is not None and now - entry.made > self.ttl
        if entry is None or entry.version != version or expired:
            status, headers, body = await _capture(self.app, scope, receive)
            if status != 200:
                headers = [h for h in headers if h[0].lower() != b"cache-control"]
                headers.append((b"cache-control", b"no-store"))
                await _send(send, status, headers, body, scope["method"] == "HEAD")
                return
            entry = Entry(version, status, headers, body, gzip.compress(body, 6, mtime=0),
                          b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"', now)
            self._entries[key] = entry
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        request = dict(scope["headers"])
        base = [h for h in entry.headers if h[0].lower() not in (b"content-length", b"content-encoding")]
        base += [(b"etag", entry.etag), (b"vary", b"Accept-Encoding"),
                 (b"cache-control", f"public, max-age={self.max_age}".encode())]
        if entry.etag in request.get(b"if-none-match", b"").replace(b"W/", b"").split(b", "):
            await _send(send, 304, [h for h in base if h[0].lower() != b"content-type"], b"", True)
            return
        if b"gzip" in request.get(b"accept-encoding", b""):
            await _send(send, 200, base + [(b"content-encoding", b"gzip")], entry.gzipped,
                        scope["method"] == "HEAD")
        else:
            await _send(send, 200, base, entry.body, scope["method"] == "HEAD")


Headers = list[tuple[bytes, bytes]]


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, Headers, bytes]:
    """Run the app for one request and keep what it sends."""
    out: dict[str, Any] = {"status": 500, "headers": [], "body": []}

    async def keep(message: Message) -> None:
        if message["type"] == "http.response.start":
            out["status"], out["headers"] = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            out["body"].append(message.get("body", b""))

    await app(scope, receive, keep)
    return out["status"], out["headers"], b"".join(out["body"])


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes, head: bool) -> None:
    headers = [h for h in headers if h[0].lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})
