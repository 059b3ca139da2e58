"""Telegram Desktop exports (JSON), streamed with ijson: one chat or a whole account.

A single-chat export is `{"name", "type", "id", "messages": [...]}`; a full-account
export holds chats under `chats.list` (and `left_chats.list`). Messages are built one at a
time from parser events, so a 2 GB export never sits in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import ijson

from molva.errors import InputError
from molva.records import RawMessage, Secret, Source
from molva.sources.reader import CountingReader

# Where chats sit in the two export layouts.
CHAT_PREFIXES = ("", "chats.list.item", "left_chats.list.item")
_ITEM = {p: (f"{p}.messages.item" if p else "messages.item") for p in CHAT_PREFIXES}
_ITEM_TO_CHAT = {v: k for k, v in _ITEM.items()}
_META = {(f"{p}.{k}" if p else k): (p, k) for p in CHAT_PREFIXES for k in ("name", "id", "type")}

# Chat types of a full-account export that hold private conversations, not public chats.
PRIVATE_CHATS = frozenset({"personal_chat", "saved_messages", "bot_chat"})
# Entities that carry a person's identity are replaced before the text leaves the source.
IDENTITY_ENTITIES = {
    "mention": "[ник]",
    "mention_name": "[имя]",
    "phone": "[телефон]",
    "email": "[email]",
}


def entity_text(text: Any) -> str:
    """`text` as a string, or a list of strings and entity objects, flattened."""
    if isinstance(text, str):
        return text
    if not isinstance(text, list):
        return ""
    parts = []
    for piece in text:
        if isinstance(piece, str):
            parts.append(piece)
        elif isinstance(piece, dict):
            kind = piece.get("type")
            parts.append(IDENTITY_ENTITIES.get(kind, None) or str(piece.get("text", "")))
    return "".join(parts)


def _utc(unixtime: Any, local: Any) -> datetime | None:
    if unixtime not in (None, ""):
        return datetime.fromtimestamp(int(unixtime), tz=UTC)
    if isinstance(local, str) and local:
        # No zone in `date`: the exporter's local time. Without `date_unixtime` we take it as UTC.
        ts = datetime.fromisoformat(local)
        return ts if ts.tzinfo else ts.replace(tzinfo=UTC)
    return None


def to_raw(obj: dict[str, Any], source: Source) -> RawMessage | None:
    """One exported message object → a raw message, or None when it is skipped."""
    if obj.get("type") != "message":
        return None
    text = entity_text(obj.get("text", ""))
    if not text.strip():
        return None
    author = obj.get("from_id") or obj.get("from")
    return RawMessage(
        source=source,
        msg_id=str(obj.get("id")),
        ts=_utc(obj.get("date_unixtime"), obj.get("date")),
        text=Secret(text),
        author=Secret(str(author)) if author else None,
        edited_ts=_utc(obj.get("edited_unixtime"), obj.get("edited")),
        local_ts=_local(obj.get("date")),
    )


def _local(value: Any) -> datetime | None:
    """`date` is the exporter's wall clock: right for "стоим с 6 утра" in most chats."""
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _source(meta: dict[str, Any], path: Path) -> Source:
    chat_id = meta.get("id")
    key = f"telegram:{chat_id}" if chat_id is not None else f"telegram:{meta.get('name') or path}"
    return Source(key=key, kind="telegram", title=meta.get("name"))


def parse_error(path: Path, reader: CountingReader, err: Exception, last_id: str | None) -> InputError:
    lines = str(err).splitlines() or ["invalid JSON"]
    reason = lines[0].removeprefix("parse error: ").strip()
    where = f"{path}: byte {reader.position}"
    if len(lines) >= 3 and "^" in lines[2]:
        indent = len(lines[1]) - len(lines[1].lstrip())
        snippet = lines[1].strip().encode()
        found = reader.locate(snippet, lines[2].index("^") - indent)
        if found:
            where = f"{path}: line {found[1]}, column {found[2]} (byte {found[0]})"
    after = f" (after message {last_id})" if last_id else ""
    return InputError(f"invalid JSON{after}: {reason}", where=where)


def read_telegram(path: Path, reader: CountingReader) -> Iterator[RawMessage | None]:
    """Yield each message of a Telegram Desktop export, streaming."""
    metas: dict[str, dict[str, Any]] = {p: {} for p in CHAT_PREFIXES}
    sources: dict[str, Source] = {}
    builder: ijson.ObjectBuilder | None = None
    item_prefix = ""
    last_id: str | None = None
    seen_chat = False
    events = ijson.parse(reader, use_float=True)
    try:
        for prefix, event, value in events:
            if builder is not None:
                if prefix == item_prefix and event == "end_map":
                    builder.event(event, value)
                    chat = _ITEM_TO_CHAT[item_prefix]
                    src = sources.get(chat) or sources.setdefault(chat, _source(metas[chat], path))
                    obj = builder.value
                    builder = None
                    if isinstance(obj, dict):
                        last_id = str(obj.get("id"))
                        # One person's conversations are not public chats: never read, counted as skipped.
                        yield None if metas[chat].get("type") in PRIVATE_CHATS else to_raw(obj, src)
                    continue
                builder.event(event, value)
            elif event == "start_map" and prefix in _ITEM_TO_CHAT:
                builder = ijson.ObjectBuilder()
                builder.event(event, value)
                item_prefix = prefix
                seen_chat = True
            elif prefix in _META and event in ("string", "number"):
                chat, key = _META[prefix]
                metas[chat][key] = value
                sources.pop(chat, None)
            elif event == "start_map" and prefix.endswith("list.item"):
                chat = prefix
                if chat in metas:
                    metas[chat] = {}
                    sources.pop(chat, None)
            elif prefix in ("", "chats.list", "left_chats.list") and event == "start_array":
                if prefix == "" and not seen_chat:
                    raise InputError("not a Telegram export (a JSON array at the top)", where=str(path))
    except ijson.JSONError as e:
        raise parse_error(path, reader, e, last_id) from None
    except (ValueError, OverflowError) as e:
        raise InputError(f"bad value after message {last_id}: {e}", where=str(path)) from None
    if not seen_chat and not any(metas.values()):
        raise InputError(
            "not a Telegram export: no 'messages' and no 'chats.list'", where=str(path)
        )
