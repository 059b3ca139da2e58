"""Reading Telegram Desktop exports: layouts, text forms, skips, times, errors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from exports import T0, chat, lars_chat, message, service, write
from molva.errors import InputError
from molva.sources import CountingReader, open_source
from molva.sources.telegram import entity_text


def read(path: Path) -> list:
    with path.open("rb") as f:
        return list(open_source(path, CountingReader(f)))


def test_single_chat_keeps_title_and_skips_service_and_empty(tmp_path: Path) -> None:
    items = read(write(tmp_path / "result.json", lars_chat()))
    assert len(items) == 6
    assert items[0] is None and items[5] is None  # service, photo without text
    msgs = [m for m in items if m is not None]
    assert [m.msg_id for m in msgs] == ["2", "3", "4", "5"]
    assert {m.source.title for m in msgs} == {"Верхний Ларс | выезд в Грузию"}
    assert {m.source.key for m in msgs} == {"telegram:1001"}


def test_full_account_export_reads_every_chat(tmp_path: Path) -> None:
    account = {
        "about": "Telegram Desktop export",
        "personal_information": {"user_id": 1, "first_name": "X"},
        "chats": {"about": "...", "list": [
            lars_chat(),
            chat("Кяхта чат", 2002, [message(1, "прошли Кяхту за 5 часов", T0)]),
        ]},
        "left_chats": {"about": "...", "list": [
            chat("Старый чат", 3003, [message(7, "очередь 3 км", T0)]),
        ]},
    }
    msgs = [m for m in read(write(tmp_path / "result.json", account)) if m]
    by_source = {}
    for m in msgs:
        by_source.setdefault((m.source.key, m.source.title), []).append(m.msg_id)
    assert by_source == {
        ("telegram:1001", "Верхний Ларс | выезд в Грузию"): ["2", "3", "4", "5"],
        ("telegram:2002", "Кяхта чат"): ["1"],
        ("telegram:3003", "Старый чат"): ["7"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("просто строка", "просто строка"),
        (["прошли ", {"type": "bold", "text": "за 5 часов"}], "прошли за 5 часов"),
        (["пишите ", {"type": "mention", "text": "@ivan_p"}], "пишите [ник]"),
        (["звоните ", {"type": "phone", "text": "+79135551234"}], "звоните [телефон]"),
        ([{"type": "mention_name", "text": "Иван", "user_id": 5}, " прошёл"], "[имя] прошёл"),
        ([{"type": "link", "text": "https://example.org"}], "https://example.org"),
        (None, ""),
    ],
)
def test_entity_text(text: object, expected: str) -> None:
    assert entity_text(text) == expected


def test_date_unixtime_is_preferred_over_local_date(tmp_path: Path) -> None:
    m = message(1, "очередь 5 км", T0)
    m["date"] = "2022-09-26T23:59:59"  # local time of the exporter, ignored
    msg = read(write(tmp_path / "r.json", chat("c", 1, [m])))[0]
    assert msg.ts == T0


def test_local_date_without_unixtime_is_read_as_utc(tmp_path: Path) -> None:
    m = message(1, "очередь 5 км", T0)
    del m["date_unixtime"]
    msg = read(write(tmp_path / "r.json", chat("c", 1, [m])))[0]
    assert msg.ts == datetime(2022, 9, 26, 13, 0, tzinfo=UTC)


def test_author_is_secret(tmp_path: Path) -> None:
    msg = read(write(tmp_path / "r.json", lars_chat()))[1]
    assert "user42" not in repr(msg) and "Иван" not in repr(msg)


def test_malformed_file_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"name": "c", "id": 1, "messages": [\n{"id": 1, "type": "message", '
                    '"date_unixtime": "1664186400", "text": "a"},\n{"id": 2 "type": "message"}]}')
    with pytest.raises(InputError) as exc:
        read(path)
    msg = str(exc.value)
    assert str(path) in msg and "line 3, column " in msg and "after message 1" in msg
    assert "\n" not in msg


def test_not_an_export(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": "world"}')
    with pytest.raises(InputError, match="not a Telegram export"):
        read(path)


def test_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{"name": "c", "id": 1, "messages": [{"id": 1, "type": "message", "text": "a"}')
    with pytest.raises(InputError, match="invalid JSON"):
        read(path)


def test_service_helper_is_skipped(tmp_path: Path) -> None:
    assert read(write(tmp_path / "r.json", chat("c", 1, [service(1, T0)]))) == [None]
