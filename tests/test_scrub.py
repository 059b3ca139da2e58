"""Scrubbing: identifiers out, facts kept, pseudonyms keyed and stable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from molva.records import RawMessage, Secret, Source
from molva.scrub import Scrubber, pseudonym, scrub_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("звоните +7 913 555-12-34", "звоните [phone]"),
        ("тел 8 (913) 555 12 34 Андрей", "тел [phone] Андрей"),
        ("пишите ivan.petrov@mail.ru", "пишите [email]"),
        ("спросите @ivan_petrov_88", "спросите [username]"),
        ("мой канал t.me/ivan_channel", "мой канал [link]"),
        ("карта 4276 1234 5678 9012", "карта [card]"),
        ("очередь 20 км, 2 300 машин", "очередь 20 км, 2 300 машин"),
        ("прошли за 19 часов в 3:30", "прошли за 19 часов в 3:30"),
        ("телефон смотрели", "телефон смотрели"),
    ],
)
def test_scrub_text(text: str, expected: str) -> None:
    assert scrub_text(text) == expected


@given(st.text(max_size=80))
def test_scrubbing_twice_equals_once(text: str) -> None:
    once = scrub_text(text)
    assert scrub_text(once) == once


@given(st.from_regex(r"\+7 9\d{2} \d{3}-\d{2}-\d{2}", fullmatch=True), st.text(max_size=20))
def test_no_phone_survives(phone: str, around: str) -> None:
    assert phone not in scrub_text(f"{around} {phone} {around}")


def test_pseudonym_is_keyed_and_stable() -> None:
    a = pseudonym(b"k1", "telegram", "user42")
    assert a == pseudonym(b"k1", "telegram", "user42")
    assert a != pseudonym(b"k2", "telegram", "user42")
    assert a != pseudonym(b"k1", "telegram", "user43")
    assert "user42" not in a


def test_scrubber_never_keeps_the_raw_author() -> None:
    raw = RawMessage(source=Source("telegram:1", "telegram", "t"), msg_id="1", ts=None,
                     text="звоните +79135551234", author=Secret("user42"))
    msg = Scrubber(b"secret")(raw)
    assert "user42" not in repr(msg) and msg.author and "[phone]" in msg.text
    assert "s3cr3t" not in repr(Scrubber(b"s3cr3t"))
