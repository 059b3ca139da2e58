"""Builders of small Telegram exports for tests."""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

T0 = datetime(2022, 9, 26, 10, 0, tzinfo=UTC)
MSK = timedelta(hours=3)


def message(mid: int, text: Any, at: datetime, author: str = "user42", **extra: Any) -> dict:
    return {
        "id": mid,
        "type": "message",
        "date": (at + MSK).replace(tzinfo=None).isoformat(),
        "date_unixtime": str(int(at.timestamp())),
        "from": "Иван Петров",
        "from_id": author,
        "text": text,
        **extra,
    }


def service(mid: int, at: datetime) -> dict:
    return {
        "id": mid, "type": "service", "date": (at + MSK).replace(tzinfo=None).isoformat(),
        "date_unixtime": str(int(at.timestamp())), "actor": "Кто-то", "actor_id": "user1",
        "action": "join_group_by_link", "text": "",
    }


def chat(name: str, chat_id: int, messages: list[dict]) -> dict:
    return {"name": name, "type": "public_supergroup", "id": chat_id, "messages": messages}


def write(path: Path, obj: dict) -> Path:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def lars_chat() -> dict:
    """A crossing chat whose messages never name the crossing."""
    return chat("Верхний Ларс | выезд в Грузию", 1001, [
        service(1, T0),
        message(2, "прошли за 19 часов, телефон не смотрели", T0 + timedelta(hours=1)),
        message(3, ["стоим 6ч ", {"type": "mention", "text": "@olya_k"}, " мы на 12 км"],
                T0 + timedelta(hours=2), author="user43"),
        message(4, "сколько сейчас стоять?", T0 + timedelta(hours=3), author="user44"),
        message(5, "прошли за сутки, спрашивали про военник", T0 + timedelta(hours=4), author="user45"),
        message(6, "", T0 + timedelta(hours=4), photo="photos/1.jpg"),
    ])


def export_texts(paths: list[Path]) -> list[str]:
    """The lower-cased text of every message of these chat exports (entities joined), checking
    that each export is marked synthetic and holds messages."""
    texts = []
    for path in paths:
        chat = json.loads(path.read_text(encoding="utf-8"))
        assert chat["molva_synthetic"] is True and chat["messages"]
        for m in chat["messages"]:
            t = m["text"] if isinstance(m["text"], str) else "".join(
                p if isinstance(p, str) else p["text"] for p in m["text"])
            texts.append(t.lower())
    return texts


def share_in_own_words(texts: list[str], lines: list[str], strip: str = " ,.:!?—") -> float:
    """The share of non-empty texts holding the longest literal piece (8+ characters) of one of
    a phrasing's template `lines`."""
    pieces = {max((lit for lit, *_ in string.Formatter().parse(line)), key=len).strip(strip).lower()
              for line in lines}
    pieces = {p for p in pieces if len(p) >= 8}
    words = [t for t in texts if t]
    return sum(any(p in t for p in pieces) for t in words) / len(words)
