"""Scrubbing: identifiers out, facts kept, pseudonyms keyed and stable."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from molva.api import Molva
from molva.records import RawMessage, Secret, Source
from molva.scrub import NameFinder, Scrubber, luhn, pseudonym, scrub_text
from molva.settings import Settings


@pytest.fixture(scope="module")
def names() -> NameFinder:
    return Molva(Settings(secret="t")).name_finder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phones of the region in the formats people type
        ("звоните +7 913 555-12-34", "звоните [телефон]"),
        ("тел 8 (913) 555 12 34", "тел [телефон]"),
        ("89161234567 Саша", "[телефон] Саша"),
        ("+7.916.123.45.67", "[телефон]"),
        ("грузинский +995 599 12 34 56", "грузинский [телефон]"),
        ("казахский +7 701 123 4567", "казахский [телефон]"),
        ("finnish +358 40 1234567", "finnish [телефон]"),
        ("mongolian +976 9911 2233", "mongolian [телефон]"),
        # contacts
        ("пишите ivan.petrov@mail.ru", "пишите [email]"),
        ("спросите @ivan_petrov_88", "спросите [ник]"),
        ("мой канал t.me/ivan_channel", "мой канал [ссылка]"),
        ("https://vk.com/id12345678 пишите", "[ссылка] пишите"),
        # documents, cards, devices, plates
        ("паспорт 45 12 345678", "паспорт [паспорт]"),
        ("паспорт серия 4510 номер 123456", "паспорт [паспорт]"),
        ("военный билет АВ 1234567", "военный билет [военный билет]"),
        ("карта 4276 3800 1234 5679", "карта [карта]"),
        ("4276380012345679", "[карта]"),
        ("IMEI 35-209900-176148-1", "IMEI [imei]"),
        ("S/N C02XK1ABJGH5", "S/N [серийный номер]"),
        ("СНИЛС 123-456-789 64", "СНИЛС [снилс]"),
        ("ИНН 500100732259", "ИНН [инн]"),
        ("машина А123ВС 77", "машина [госномер]"),
        ("номер a123bc777", "номер [госномер]"),
        ("грузинские номера AB-123-CD", "грузинские номера [госномер]"),
        # facts survive
        ("очередь 20 км, 2 300 машин", "очередь 20 км, 2 300 машин"),
        ("прошли за 19 часов в 3:30", "прошли за 19 часов в 3:30"),
        ("на 12-м км с 26.09.2022 14:30", "на 12-м км с 26.09.2022 14:30"),
        ("рейс SU 1234, 45 000 руб", "рейс SU 1234, 45 000 руб"),
        ("уехали 1 200 000 человек", "уехали 1 200 000 человек"),
        ("телефон смотрели", "телефон смотрели"),
    ],
)
def test_identifiers_with_a_shape(text: str, expected: str) -> None:
    assert scrub_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сергея Кузнецова забрали в ОВД", "[имя] забрали в ОВД"),
        ("у Петровой Анны Сергеевны сын на Ларсе", "у [имя] сын на Ларсе"),
        ("Ивану Сергеевичу вручили повестку", "[имя] вручили повестку"),
        ("сергея забрали у метро", "[имя] забрали у метро"),
        ("Андрей Волк стоит на 12 км", "[имя] стоит на 12 км"),
        ("Саша и Волк — вы где?", "[имя] и [имя] — вы где?"),
        ("Волк А. С. прошёл", "[имя] прошёл"),
        ("he said Alexei Smirnov will call", "he said [имя] will call"),
        ("Ekaterina Ivanova: bail fund", "[имя]: bail fund"),
        ("водитель Цветков, +7 913 555 12 34", "водитель [имя], [телефон]"),
        # places are not names
        ("Верхний Ларс стоит, Кяхта тоже", "Верхний Ларс стоит, Кяхта тоже"),
        ("в Кирове и в Пушкине раздают повестки", "в Кирове и в Пушкине раздают повестки"),
        ("Питер: у Гостинки раздают повестки", "Питер: у Гостинки раздают повестки"),
        ("Upper Lars and Kazbegi are slow", "Upper Lars and Kazbegi are slow"),
        ("Вера в лучшее и Надежда", "Вера в лучшее и Надежда"),
    ],
)
def test_personal_names(names: NameFinder, text: str, expected: str) -> None:
    assert scrub_text(text, names) == expected


def test_luhn() -> None:
    assert luhn("4276380012345679") and luhn("79927398713") and not luhn("4276380012345671")


def _phone(draw: st.DrawFn) -> str:
    country, n = draw(st.sampled_from([("+7 ", 10), ("8 ", 10), ("+995 ", 9), ("+374 ", 8), ("+380 ", 9),
                                        ("+358 ", 9), ("+976 ", 8), ("+375 ", 9), ("", 11)]))
    digits = draw(st.text("0123456789", min_size=n, max_size=n))
    if not country:
        digits = "89" + digits[2:]
    sep = draw(st.sampled_from([" ", "-", ".", "", " - "]))
    groups = [digits[:3], digits[3:6], digits[6:8], digits[8:]]
    body = sep.join(g for g in groups if g)
    if draw(st.booleans()):
        body = f"({digits[:3]}) " + sep.join(g for g in groups[1:] if g)
    return country + body


phones = st.composite(_phone)()
words = st.lists(st.sampled_from(["стоим", "Ларс", "звоните", "call", "очередь", "5 часов", "12 км", ",", "!",
                                  "по", "🙏", "пишите", "2 300 машин", "в 3:30"]), max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(phones, words, words)
def test_no_phone_survives_in_any_format(phone: str, before: str, after: str) -> None:
    out = scrub_text(f"{before} {phone} {after}")
    digits = re.sub(r"\D", "", phone)
    assert digits[-7:] not in re.sub(r"\D", "", out)


@st.composite
def cards(draw: st.DrawFn) -> str:
    body = draw(st.text("0123456789", min_size=15, max_size=15))
    check = next(d for d in "0123456789" if luhn(body + d))
    number = body + check
    sep = draw(st.sampled_from([" ", "", "-"]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


@settings(max_examples=200, deadline=None)
@given(cards(), words)
def test_no_card_survives(card: str, around: str) -> None:
    out = scrub_text(f"{around} карта {card} {around}")
    assert re.sub(r"\D", "", card)[-8:] not in re.sub(r"\D", "", out)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80) | st.builds(lambda a, p, b: f"{a} {p} {b}", words, phones, words))
def test_scrubbing_twice_equals_once(text: str) -> None:
    once = scrub_text(text)
    assert scrub_text(once) == once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Сергей", "Петров", "стоим", "Ларс", "в", "Кирове", "Alexei", "Smirnov",
                                 "на", "12", "км", "Анна", "Ивановна", "сказал", ",", "."]),
                max_size=10).map(" ".join))
def test_scrubbing_names_twice_equals_once(text: str) -> None:
    names = _NAMES
    once = scrub_text(text, names)
    assert scrub_text(once, names) == once


_NAMES = Molva(Settings(secret="t")).name_finder


def test_pseudonym_is_keyed_and_stable() -> None:
    a = pseudonym(b"k1", "telegram", "user42")
    assert a == pseudonym(b"k1", "telegram", "user42")
    assert a != pseudonym(b"k2", "telegram", "user42")
    assert a != pseudonym(b"k1", "telegram", "user43")
    assert "user42" not in a


def test_scrubber_never_keeps_the_raw_author_or_text(names: NameFinder) -> None:
    raw = RawMessage(source=Source("telegram:1", "telegram", "Иван Петров"), msg_id="1", ts=None,
                     text=Secret("звоните +79135551234"), author=Secret("user42"))
    assert "79135551234" not in repr(raw) and "user42" not in repr(raw)
    scrub = Scrubber(b"secret", names)
    msg = scrub(raw)
    assert "user42" not in repr(msg) and msg.author and msg.text == "звоните [телефон]"
    assert scrub.source(raw.source).title == "[имя]"
    assert "s3cr3t" not in repr(Scrubber(b"s3cr3t"))


_LETTERS = "АВЕКМНОРСТУХ"


@st.composite
def identifiers(draw: st.DrawFn) -> tuple[str, str]:
    """(identifier, what must not survive of it) in random formats."""
    d = lambda n: draw(st.text("0123456789", min_size=n, max_size=n))  # noqa: E731
    kind = draw(st.sampled_from(["email", "username", "plate", "passport", "military", "imei", "snils",
                                 "inn", "link"]))
    if kind == "email":
        user = draw(st.from_regex(r"[a-z][a-z0-9._]{2,12}", fullmatch=True))
        value = f"{user}@{draw(st.sampled_from(['mail.ru', 'gmail.com', 'yandex.ru', 'proton.me']))}"
        return value, value
    if kind == "username":
        value = "@" + draw(st.from_regex(r"[A-Za-z][A-Za-z0-9_]{4,20}", fullmatch=True))
        return value, value
    if kind == "link":
        value = f"t.me/{draw(st.from_regex(r'[a-z][a-z0-9_]{4,15}', fullmatch=True))}"
        return value, value
    if kind == "plate":
        a, b, c = (draw(st.sampled_from(_LETTERS)) for _ in range(3))
        value = f"{a}{d(3)}{b}{c}{draw(st.sampled_from([' ', '']))}{d(draw(st.sampled_from([2, 3])))}"
        value = value.lower() if draw(st.booleans()) else value
        return value, value
    if kind == "passport":
        sep = draw(st.sampled_from([" ", ""]))
        value = f"{d(2)}{sep}{d(2)} {d(6)}"
        return value, re.sub(r"\D", "", value)
    if kind == "military":
        value = f"{draw(st.sampled_from(['АВ', 'АК', 'ВК']))} {d(7)}"
        return value, value[-7:]
    if kind == "imei":
        body = d(14)
        value = body + next(c for c in "0123456789" if luhn(body + c))
        return value, value
    if kind == "snils":
        value = f"{d(3)}-{d(3)}-{d(3)} {d(2)}"
        return value, re.sub(r"\D", "", value)
    value = d(12)
    return value, value


@settings(max_examples=400, deadline=None)
@given(identifiers(), words, words)
def test_no_identifier_survives_in_random_text(ident: tuple[str, str], before: str, after: str) -> None:
    value, core = ident
    out = scrub_text(f"{before} {value} {after}")
    assert value not in out
    if core.isdigit():
        assert core not in re.sub(r"\D", "", out.replace(before, "").replace(after, ""))
