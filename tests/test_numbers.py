"""Numbers, durations and distances: one row per rule, one per distractor."""

from __future__ import annotations

import pytest

from molva.understand.numbers import parse_number
from molva.understand.quantities import clock_span, find_km, find_waits
from molva.understand.text import normalize


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 300", 2300), ("1,5", 1.5), ("1.5", 1.5), ("19", 19), ("полтора", 1.5),
        ("двое", 2), ("двадцать пять", 25), ("две с половиной", 2.5), ("2,5 тыс", 2500),
        ("около", None), ("пять тысяч", 5000), ("несколько сотен", 300), ("тысячи", 1000),
        ("two", 2), ("півтори", 1.5), ("дві", 2), ("двi", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def waits(text: str) -> list[tuple[float, float]]:
    return [(round(lo, 2), round(hi, 2)) for lo, hi, _ in find_waits(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("прошли за 19 часов", [(19, 19)]),
        ("19ч на ларсе", [(19, 19)]),
        ("стояли сутки", [(24, 24)]),
        ("двое суток", [(48, 48)]),
        ("1,5 сут", [(36, 36)]),
        ("полтора часа", [(1.5, 1.5)]),
        ("12–14 часов", [(12, 14)]),
        ("12-14 ч", [(12, 14)]),
        ("от четырёх до пяти суток", [(96, 120)]),
        ("40 минут", [(0.67, 0.67)]),
        ("полчаса и всё", [(0.5, 0.5)]),
        ("1 день 5 часов", [(29, 29)]),
        ("crossed after 19 hours", [(19, 19)]),
        ("about 2 days", [(48, 48)]),
        ("стоїмо 5 годин", [(5, 5)]),
        ("дві доби", [(48, 48)]),
        ("півтори години", [(1.5, 1.5)]),
        # distractors: no wait
        ("в 2022 году", []),
        ("рейс SU 1234", []),
        ("28.09 в 5 утра", []),
        ("билет 45 000 руб", []),
    ],
)
def test_durations(text: str, expected: list[tuple[float, float]]) -> None:
    assert waits(text) == expected


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("приехали в 3:30, прошли в 9:30", 6),
        ("встали в 22:00 прошли в 4:00", 6),
        ("в 15:00 были на месте", None),
    ],
)
def test_clock_span(text: str, hours: float | None) -> None:
    assert clock_span(normalize(text)) == hours


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("очередь 20 км", 20),
        ("мы на 12-м км", 12),
        ("пробка км 15", 15),
        ("трасса М-4, 1200 км от Москвы", None),
        ("queue of 20 km", 20),
        ("черга 7 км", 7),
        ("хвост 3,5 км", 3.5),
        ("стоим в 5 км от границы", 5),
        # distractors
        ("в 200 км от Москвы", None),
        ("проехали 1500 км", None),
        ("до Владикавказа 30 км", None),
    ],
)
def test_queue_km(text: str, km: float | None) -> None:
    assert find_km(normalize(text)) == km
