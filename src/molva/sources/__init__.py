"""Sources: read files and chats, yield raw messages (the first stage; I/O lives here).

A reader yields `RawMessage` for each message, or `None` for an item it skips (service
messages, unsupported types, messages without text), so that callers can count them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from molva.errors import InputError
from molva.records import RawMessage
from molva.sources.jsonl import read_jsonl
from molva.sources.reader import CountingReader
from molva.sources.telegram import read_telegram


def open_source(path: Path, reader: CountingReader) -> Iterator[RawMessage | None]:
    """Choose the reader for a path: JSON Lines by extension, else a Telegram export."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return read_jsonl(path, reader)
    return read_telegram(path, reader)


def check_path(path: Path) -> None:
    if not path.exists():
        raise InputError("no such file", where=str(path))
    if path.is_dir():
        candidate = path / "result.json"
        if not candidate.exists():
            raise InputError("a folder without result.json", where=str(path))


def resolve(path: Path) -> Path:
    """A Telegram export folder stands for its result.json."""
    check_path(path)
    return path / "result.json" if path.is_dir() else path


__all__ = ["CountingReader", "open_source", "resolve"]
