"""JSON Lines: one message per line, `{"id", "text", "date", "source"?, "author"?, "chat"?}`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from molva.errors import InputError
from molva.records import RawMessage, Secret, Source, parse_time
from molva.sources.reader import CountingReader


def read_jsonl(path: Path, reader: CountingReader) -> Iterator[RawMessage | None]:
    """Yield each line's message; a line that cannot be read stops with file and line."""
    default_source = path.stem
    sources: dict[str, Source] = {}
    buffer = b""
    lineno = 0
    while True:
        chunk = reader.read(1 << 16)
        if not chunk:
            break
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for raw in lines:
            lineno += 1
            yield parse_line(raw, path, lineno, default_source, sources)
    if buffer.strip():
        lineno += 1
        yield parse_line(buffer, path, lineno, default_source, sources)


def parse_line(
    raw: bytes, path: Path, lineno: int, default_source: str, sources: dict[str, Source]
) -> RawMessage | None:
    where = f"{path}:{lineno}"
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        msg = e.msg if isinstance(e, json.JSONDecodeError) else "not UTF-8"
        col = f", column {e.colno}" if isinstance(e, json.JSONDecodeError) else ""
        raise InputError(f"invalid JSON{col}: {msg}", where=where) from None
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object", where=where)
    for field in ("id", "text"):
        if field not in obj:
            raise InputError(f"missing field '{field}'", where=where)
    if not isinstance(obj["text"], str):
        raise InputError("field 'text' must be a string", where=where)
    ts = None
    if obj.get("date"):
        try:
            ts = parse_time(str(obj["date"]))
        except ValueError:
            raise InputError(f"field 'date' is not an ISO time: {obj['date']!r}", where=where) from None
    name = str(obj.get("source") or default_source)
    source = sources.get(name)
    if source is None:
        source = sources[name] = Source(key=f"jsonl:{name}", kind="jsonl", title=obj.get("chat"))
    if not obj["text"].strip():
        return None
    author = obj.get("author")
    return RawMessage(
        source=source,
        msg_id=str(obj["id"]),
        ts=ts,
        text=Secret(obj["text"]),
        author=Secret(str(author)) if author else None,
        local_ts=ts,
    )
