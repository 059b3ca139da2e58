"""Numbers, durations and distances: one row per rule, one per distractor."""

from __future__ import annotations

import pytest

from molva.understand.clock import clock_span, since_clock, start_clock
from molva.understand.numbers import parse_number
from molva.understand.quantities import VEHICLES, find_count, find_km, find_waits
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
        ("час-полтора", [(1, 1.5)]),
        ("сутки-двое", [(24, 48)]),
        ("a 48-hour wait", [(48, 48)]),
        ("1ч 20м", [(1.33, 1.33)]),
        ("годину двадцять", [(1.33, 1.33)]),
        ("часов 8 стоят", [(8, 8)]),
        ("проходят часов за 6", [(6, 6)]),
        ("стоим 5-й час", [(4, 4)]),
        ("около часа", [(1, 1)]),
        ("2 с половиной часа", [(2.5, 2.5)]),
        ("пропустили через 3 часа", [(3, 3)]),
        ("19 часов от Чми до грузинской стороны", [(19, 19)]),
        ("it took us 26 hours from joining the queue", [(26, 26)]),
        # distractors: no wait
        ("в 2022 году", []),
        ("в 3 часа ночи пришли", []),
        ("мама звонит каждый час", []),
        ("двигаемся 1 км в час", []),
        ("пропускают 2000 в сутки", []),
        ("обещают открыть через час", []),
        ("допрашивали 40 минут", []),
        ("на маршрутке часа 4", []),
        ("такси от Владикавказа до хвоста очереди 40 минут", []),
        ("ехали 2 суток от Мариуполя", []),
        ("5 000 неделю назад", []),
        ("несколько часов", []),
        ("рейс SU 1234", []),
        ("28.09 в 5 утра", []),
        ("билет 45 000 руб", []),
        # ordinals are the completed part; the first is a period, not a wait
        ("двенадцатый час в очереди", [(11, 11)]),
        ("пятнадцатый час стоим", [(14, 14)]),
        ("в первые сутки действия ограничений", []),
        ("whole thing took a day and a half", [(36, 36)]),
        ("итого 4:40 с момента как встали", [(4.67, 4.67)]),
        ("мы там оказались через 30 часов после того как встали", [(30, 30)]),
        ("время ожидания не превышает часа", [(1, 1)]),
        ("на Ларсе стоим 10 ч, сейчас час дня", [(10, 10)]),  # "час дня" is a clock time
        # distractors: rhythms, periods, per-car times, bans, rates
        ("пропускают по 5 машин каждые 15 минут", []),
        ("за последний час проехали метров 200", []),
        ("каждую машину минут по 20 досматривают", []),
        ("минут 10 поговорили и отпустили", []),
        ("за флуд бан на 24 часа", []),
        ("за час удаётся оформить не больше 40 автомобилей", []),
        ("жду ответа от банка уже 3 часа", []),
        ("регистрация открывается за 3 часа до вылета", []),
        # totals, parts, case forms, days in line
        ("с нашей стороны часа 3, казахи ещё часа 2, всего 5", [(3, 3), (2, 2), (5, 5)]),
        ("итого 14 ч. Часов 11 до шлагбаума", [(14, 14), (11, 11)]),  # same unit: not added up
        ("сутки и ещё часа четыре", [(28, 28)]),
        ("около 2-х суток", [(48, 48)]),
        ("водители говорят о 10 часах ожидания", [(10, 10)]),
        ("day 3 in line at Lars", [(48, 48)]),
        ("half a day", [(12, 12)]),
        ("всего 5 машин", []),
        ("вчера было 20 часов, сегодня уже 8", [(20, 20), (8, 8)]),  # the newer keeps the unit
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
        ("прийшли на КПП о 7:00, перетнули о 15:30", 8.5),
        ("crossed Koidula at 02:15, we joined the queue at 21:30", 4.75),  # told end first
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
        ("очередь около километра", 1),
        ("до шлагбаума метров 300, очередь", 0.3),
        ("в 200 км от Москвы", None),
        ("очередь ползёт 1 км в час", None),
        ("Владикавказ в 40 км от границы", None),
        ("тоннель длиной 3,7 км", None),
        ("проехали 1500 км", None),
        ("до Владикавказа 30 км", None),
    ],
)
def test_queue_km(text: str, km: float | None) -> None:
    assert find_km(normalize(text)) == km


@pytest.mark.parametrize(
    ("text", "now", "hours"),
    [
        ("стоим с 6 утра", 18.0, (12, 12)),
        ("мы тут с обеда", 21.0, None),  # vague: the guide says null
        ("стоим с полуночи", 8.5, (8.5, 8.5)),
        ("been here since 2pm", 23.0, (9, 9)),
        ("стоим с 14:00, щас 2 ночи", None, (12, 12)),
        ("с 6 утра едем", 18.0, None),  # no queue: not a wait
        ("тут обменник закрыт с 18:00", 18.5, None),  # opening hours
    ],
)
def test_since_clock(text: str, now: float | None, hours: tuple[float, float] | None) -> None:
    assert since_clock(normalize(text), now) == hours


@pytest.mark.parametrize(
    ("text", "now", "hours"),
    [
        ("как встали в 23:40 так и стоим", 4 + 20 / 60, (4.67, 4.67)),
        ("встали в 23:00 позавчера. сейчас 11 утра", None, (36, 36)),
        ("we got in line at 6am, now 1 km out", 12.0, (6, 6)),
    ],
)
def test_start_clock(text: str, now: float | None, hours: tuple[float, float] | None) -> None:
    assert start_clock(normalize(text), now) == hours


@pytest.mark.parametrize(
    ("text", "vehicles"),
    [
        ("впереди машин 200 где-то", 200),
        ("around 2,300 vehicles", 2300),
        ("грузовиков больше тысячи", 1000),
        ("несколько сотен машин", 300),
        ("по 50 машин в день пропускают", None),
        ("за сутки пропустили 7 тысяч авто", None),
        ("стоит автобус", None),
        ("на машине 3 часа", None),
    ],
)
def test_vehicles(text: str, vehicles: int | None) -> None:
    assert find_count(VEHICLES, normalize(text), minimum=5) == vehicles


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("задержаны 30-50 человек", (30, 50)),
        ("раздали 40 повесток", 40),
        ("вручили 5 мужикам", 5),
        ("затримали понад 300 учасників", 300),
        ("около 15 участниц акции", 15),
        ("уже 30+ в автозаках", 30),
        ("несколько десятков человек", (20, 90)),
        ("задержаны десятки участников", (20, 90)),
        ("сотни женщин вышли", (200, 900)),
        ("кілька сотень жінок", (200, 900)),
        ("dozens of men detained", (20, 90)),
        ("около сотни женщин", 100),
        ("повестку вручили мужу", 1),
        ("повістку вручили чоловікові", 1),
        ("в 10 отделах полиции", None),
        ("задержали несколько человек", (2, 9)),
        ("повістки вручили кільком затриманим", (2, 9)),
        ("Dozens were detained on Arbat Street", (20, 90)),
        ("облава на рынке, задержали десятки", (20, 90)),
        ("при мне троим вручили", 3),
        ("вручили повестки семерым", 7),
        ("задержали пятерых", 5),
        ("40-odd people outside the opera house", 40),
        ("25 drivers were served call-up papers", 25),
        ("one woman detained for a single-person picket", 1),
        ("Between 30 and 50 protesters received summonses", (30, 50)),
        ("at least 40 detained at St Isaac's Square", 40),
    ],
)
def test_people_affected(text: str, count: object) -> None:
    from molva.understand.quantities import find_affected

    assert find_affected(normalize(text)) == count
