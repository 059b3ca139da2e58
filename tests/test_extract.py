"""The extractor on whole messages: one row per rule and per distractor."""

from __future__ import annotations

import pytest

from molva.understand import Extractor

LARS_CHAT = "Верхний Ларс | выезд в Грузию"


def facts(extractor: Extractor, text: str, chat: str | None = None) -> dict:
    d = extractor("t", text, chat).to_dict()
    return {k: v for k, v in d.items() if v not in (None, []) and k not in ("id", "confidence")}


@pytest.mark.parametrize(
    ("text", "chat", "expected"),
    [
        # waits, done and ongoing
        ("прошли за 19 часов", LARS_CHAT,
         {"crossing": "verkhny-lars", "direction": "exit", "wait_hours": 19, "wait_state": "done"}),
        ("стоим 6ч, мы на 12 км", LARS_CHAT,
         {"wait_hours": 6, "wait_state": "ongoing", "queue_km": 12}),
        ("через Кяхту от четырёх до пяти суток", None,
         {"crossing": "kyakhta", "wait_hours": [96, 120], "wait_state": "done"}),
        ("на Торфяновке 12–14 часов", None, {"crossing": "torfyanovka", "wait_hours": [12, 14]}),
        ("приехали в 3:30, прошли в 9:30", LARS_CHAT, {"wait_hours": 6, "wait_state": "done"}),
        ("crossed Upper Lars after 19 hours", None,
         {"crossing": "verkhny-lars", "wait_hours": 19, "wait_state": "done"}),
        # queue length and vehicles
        ("очередь на Ларсе 20 км, около 2 300 машин", None,
         {"crossing": "verkhny-lars", "queue_km": 20, "vehicles": 2300}),
        ("в Маштаково машин около тысячи", None, {"crossing": "mashtakovo", "vehicles": 1000}),
        # foreign side's names, cases
        ("Kazbegi: queue about 10 km", None, {"crossing": "verkhny-lars", "queue_km": 10}),
        ("на Алтанбулаге стояли 5 часов", None, {"crossing": "kyakhta", "wait_hours": 5}),
    ],
)
def test_border_facts(extractor: Extractor, text: str, chat: str | None, expected: dict) -> None:
    got = facts(extractor, text, chat)
    assert got["kind"] == "border"
    for key, value in expected.items():
        assert got.get(key) == value, (key, got)


@pytest.mark.parametrize(
    ("text", "check", "present"),
    [
        ("спрашивали про военник, телефон смотрели", "phone_check", True),
        ("телефон не проверяли, прошли за 5 часов", "phone_check", False),
        ("спрашивали про военник, прошли за 5 часов", "military_id", True),
        ("разворачивают мужчин, очередь 3 км", "turned_back", True),
        ("у шлагбаума военкомат, очередь 5 км", "enlistment_office", True),
        ("phones were not checked, crossed after 5 hours", "phone_check", False),
    ],
)
def test_checks_and_negation(extractor: Extractor, text: str, check: str, present: bool) -> None:
    assert (check in extractor("t", text, LARS_CHAT).checks) is present


@pytest.mark.parametrize(
    ("text", "chat", "kind"),
    [
        ("сколько сейчас стоять?", LARS_CHAT, "question"),
        ("пешком пускают?", LARS_CHAT, "question"),
        ("стоим 5 часов, это нормально?", LARS_CHAT, "border"),
        ("говорят, закроют границу 1 октября", None, "rumour"),
        ("I hear they are closing the border from 1st October, does anyone know?", None, "rumour"),
        ("у метро раздают повестки, Москва", None, "incident"),
        ("в отделе полиции задержанным вручили повестки", None, "incident"),
        ("всем удачи 🙏", LARS_CHAT, "other"),
        # distractors: numbers that are not border facts
        ("в 200 км от Москвы пробка на трассе", None, "other"),
        ("рейс SU 1234 задержали на 3 часа", None, "other"),
        ("билет до Еревана 45 000, звоните", None, "other"),
        ("сегодня 28.09, шестой день мобилизации", None, "other"),
        ("в 2019 году на Ларсе стояли по 10 часов", None, "other"),
        ("Знакомый проходил Ларс 5 лет назад за час", None, "other"),
        ("Повестка дня заседания гордумы: тарифы ЖКХ", None, "other"),
        ("в 200 метрах от военкомата открыли кофейню", None, "other"),
        # a relayed claim with a question is still the claim; a bare question about it is a question
        ("Пишут, что Грузия с понедельника закроет Ларс. Фейк или нет?", None, "rumour"),
        ("There is talk that men will soon be barred from leaving the country", None, "rumour"),
        ("Novosibirsk: 40-odd people outside the opera house, holding blank sheets", None, "incident"),
        ("Грозный: группа женщин вышла к мэрии", None, "incident"),
    ],
)
def test_kind(extractor: Extractor, text: str, chat: str | None, kind: str) -> None:
    assert extractor("t", text, chat).kind == kind


@pytest.mark.parametrize(("text", "km", "vehicles"), [
    ("Сводка: протяжённость 25 км, кол-во ТС — где-то 5900", 25, 5900),  # a length beside a count
    ("машин в очереди: где-то 400", None, 400),
    ("перед КПП 1100 ед. транспорта", None, 1100),
    ("очередь 6 с лишним км", 6, None),  # a little over six
    ("хвост ок. 14 км", 14, None),
    ("Ввоз в ТС до 1500 евро", None, None),  # the customs union, not vehicles
])
def test_lengths_and_counts_abbreviated_or_after_the_noun(extractor: Extractor, text: str, km: float | None,
                                           vehicles: int | None) -> None:
    r = extractor("1", text, LARS, None)
    assert (r.queue_km, r.vehicles) == (km, vehicles)


def test_hearsay_keeps_the_fact_with_lower_confidence(extractor: Extractor) -> None:
    heard = extractor("a", "говорят, очередь на Ларсе 30 км")
    seen = extractor("b", "очередь на Ларсе 30 км")
    assert heard.kind == seen.kind == "border" and heard.queue_km == seen.queue_km == 30
    assert heard.confidence < seen.confidence


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        ("Ларс", None),  # an ambiguous name alone is no crossing
        ("очередь на Ларсе 5 км", "verkhny-lars"),
        ("светлый день, хорошая погода", None),
        ("очередь на границе с Грузией 10 км", "verkhny-lars"),  # one usable crossing
        ("до Владикавказа 1500 км, сутки за рулём", None),  # a city, not its airport
        ("рейс из Шереметьево, на паспортном контроле спрашивали военник", "sheremetyevo"),
    ],
)
def test_crossing_context(extractor: Extractor, text: str, crossing: str | None) -> None:
    assert extractor("t", text).crossing == crossing


@pytest.mark.parametrize(
    ("text", "lang"),
    [("стоим 5 часов", "ru"), ("стоїмо п'ять годин", "uk"), ("черга 5 км", "uk"),
     ("queue is 5 km", "en"), ("🙏🙏", None)],
)
def test_language(extractor: Extractor, text: str, lang: str | None) -> None:
    assert extractor("t", text).lang == lang


@pytest.mark.parametrize(
    ("text", "chat", "city"),
    [
        ("в Екатеринбурге у метро раздают повестки", None, "Yekaterinburg"),
        ("на Арбате задержали человек 30", None, "Moscow"),
        ("на Исаакиевской собралось человек 200, задерживают", None, "Saint Petersburg"),
        ("в Академгородке в общежитии вручают повестки", None, "Novosibirsk"),
        ("в общаге на Вернадского вручают повестки", "Москва | где раздают повестки", "Moscow"),
        ("Казань: в общагу приходили полицейские с военкоматом, забрали 3 парней", None, "Kazan"),
    ],
)
def test_incident_city(extractor: Extractor, text: str, chat: str | None, city: str) -> None:
    r = extractor("t", text, chat)
    assert r.kind == "incident" and r.city == city


@pytest.mark.parametrize(
    ("text", "itype"),
    [
        ("В ОВД «Пресненский» задержанным после акции раздали повестки", "draft_notice"),
        ("Protesters detained in St Petersburg were given draft notices at the station", "draft_notice"),
        ("Облава на рынке, задержали десятки мигрантов", "raid"),
        ("на Арбате задерживают всех подряд, человек 30 в автозаках", "detention"),
        ("на площади Минина около 60 человек с плакатами, пока без задержаний", "protest"),
    ],
)
def test_incident_type_precedence(extractor: Extractor, text: str, itype: str) -> None:
    r = extractor("t", text)
    assert r.kind == "incident" and r.incident_type == itype


@pytest.mark.parametrize(("text", "per_hour"), [
    ("на Верхнем Ларсе пропускают 40 машин в час", 40),
    ("Ларс: раз в полчаса пускают по 10 машин", 20),
    ("Верхний Ларс, каждые 20 минут пропускают 15 машин", 45),
    ("За сутки через Верхний Ларс прошло около 2 тысяч автомобилей", 2000 / 24),
    ("Upper Lars: they let through about 30 cars an hour", 30),
    ("Верхній Ларс: пропускають 40 авто на годину", 40),
    ("Ларс: пропускают 60 маш./ч", 60),  # abbreviations
    ("на Ларсе пропускают 115 ТС в час", 115),
    ("Ларс: впускают на КПП 2400 ТС/сут.", 100),
    ("Ларс: пропускают ок. 1200 в сутки", 50),
    ("Ларс: пропускают 90 машин ежечасно", 90),
])
def test_throughput_is_read_as_vehicles_per_hour(extractor, text: str, per_hour: float) -> None:  # type: ignore[no-untyped-def]
    r = extractor("1", text)
    assert r.kind == "border" and r.crossing == "verkhny-lars"
    assert r.throughput == pytest.approx(per_hour, rel=0.01)
    assert r.vehicles is None  # the count of a rate is not the queue


@pytest.mark.parametrize("text", [
    "очередь на Ларсе растёт на 100 машин в час",
    "стоим на Ларсе 5 часов, впереди 300 машин",
    "прошли Ларс за 19 часов, впереди было 2000 машин",
])
def test_not_a_throughput(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extractor("1", text).throughput is None


def test_figures_attributed_to_an_authority_are_trusted_more(extractor) -> None:  # type: ignore[no-untyped-def]
    official = extractor("1", "По данным МВД Северной Осетии, в очереди на Верхнем Ларсе 3500 машин")
    chat = extractor("2", "в очереди на Верхнем Ларсе 3500 машин")
    assert official.vehicles == chat.vehicles == 3500
    assert official.confidence > chat.confidence


LARS = "Верхний Ларс | выезд в Грузию"


@pytest.mark.parametrize(("text", "wait", "state"), [
    ("прошли за полчасика", 0.5, "done"),
    ("стояли три четверти часа", 0.75, "done"),
    ("прошли, 45 минуток всего", 0.75, "done"),
    ("стоим ~5ч", 5, "ongoing"),
    ("2-е суток стоим, до шлагбаума ~8 км", 48, "ongoing"),
    ("стоим 2-е сутки", 24, "ongoing"),  # the second day: one day done
    ("2д 12ч стоим, до шлагбаума 6 км", 60, "ongoing"),
    ("queued at 09:20, through at 18:00", 8.67, "done"),
    ("Мы на той стороне!! 28 часов в очереди, я думал будет хуже", 28, "done"),
    ("За 13h доползли, до границы ~3 км", 13, "ongoing"),  # km still to go: not across yet
    ("сказали «часик», в итоге 4 часа", 4, "done"),
    ("прошли, всего 1 день 6 часов", 30, "done"),  # a total said in days and hours
    ("Прошли, итого 1д 15ч", 39, "done"),
    ("в очереди итого 3-е суток, прошли", 72, "done"),
    ("Заняли очередь, через 8 часов были на той стороне", 8, "done"),  # after 8 hours, not in 8
    ("через 2 дня и 5 часов оказались в Грузии", 53, "done"),
    ("Выехали из Владикавказа, через 2 часа были на границе, там стояли 10 часов", 10, "done"),
    ("хвост заняли в 11-35, за шлагбаумом были в 15-55", 4.33, "done"),  # clock times with a dash
    ("подъехали к концу очереди в 0 ч. 35 мин., выехали в 11:25", 10.83, "done"),
    ("пересекли, стояли 6-ть часов", 6, "done"),  # case endings after digits
    ("прошли за 2-а часа, всё нормально", 2, "done"),
    ("прошли, 4-е часа стояли", 4, "done"),
    ("стоим 3-и сутки", 48, "ongoing"),  # the third day: an ordinal
    ("прошли за 2-ое суток", 48, "done"),  # "двое суток" with a digit
    ("Мы прошли за 4-ро суток", 96, "done"),
    ("Пересекли. Ок. сутки в очереди.", 24, "done"),
    ("часов семь — и мы на свободе", 7, "done"),
])
def test_waits_in_other_words(extractor: Extractor, text: str, wait: float, state: str) -> None:
    r = extractor("t", text, LARS)
    assert r.kind == "border" and r.wait_hours == pytest.approx(wait, abs=0.01) and r.wait_state == state


@pytest.mark.parametrize(("text", "km", "vehicles"), [
    ("хвост км 30, а это тачек ~4200", 30, 4200),
    ("очередь км ~4", 4, None),
    ("перед нами ещё сотни три тачек", None, 300),
    ("впереди полторы тыщи машин", None, 1500),
    ("Очередь 20 км, это вообще реально пройти за день?", 20, None),  # stated, then asked about
    ("в очереди 7 100 машин, это сколько стоять??", None, 7100),
])
def test_lengths_and_counts_in_other_words(extractor: Extractor, text: str, km: float | None,
                                           vehicles: int | None) -> None:
    r = extractor("t", text, LARS)
    assert r.kind == "border" and r.queue_km == km and r.vehicles == vehicles


@pytest.mark.parametrize(("text", "per_hour"), [
    ("пропускают 2000 в сутки", 2000 / 24),
    ("запускают на выезд по 70 в час!!", 70),
    ("Kazbegi: запускают 10 машин за 10 мин", 60),
    ("засекли: 16 машин за 15 мин", 64),
    ("пропуск идет по 25 тачек раз в 30 минут", 50),
    ("Upper Lars: запускают за сутки штук 1300", 1300 / 24),
    ("погранцы работают медленно, 45 cars/h", 45),
    ("погранцы работают медленно, 83 шт. за 30 мин", 166),
    ("пропускная способность — за сутки штук 2850", 2850 / 24),
])
def test_throughput_in_other_words(extractor: Extractor, text: str, per_hour: float) -> None:
    r = extractor("t", text, LARS)
    assert r.throughput == pytest.approx(per_hour, rel=0.02)
    assert r.wait_hours is None  # the period of a rate is not a wait


@pytest.mark.parametrize("text", ["очередь растет на 100 машин в час", "прошли за 5 часов"])
def test_not_a_throughput_either(extractor: Extractor, text: str) -> None:
    assert extractor("t", text, LARS).throughput is None


@pytest.mark.parametrize(("text", "count"), [
    ("Махачкала: собралось человек 150-200, протест против мобилизации", (150, 200)),
    ("У Томську повістку вручили чоловікові вдома о 4 ранку", 1),  # 4 is the clock
    ("В Улан-Удэ в 2 ночи мужикам по всему дому принесли повестки, человек 15 в подъезде", 15),
    ("Облава в хостеле в Москве: полиция проверяла документы, троих увезли в военкомат", 3),
    ("Уфа: пикет у Дома Республики, трое с плакатами", 3),
    ("Новосибирск: на заводе мужчинам до 35 вручили повестки на проходной, человек 40", 40),
])
def test_incident_counts(extractor: Extractor, text: str, count: int | tuple[int, int]) -> None:
    r = extractor("t", text)
    assert r.kind == "incident" and r.count == count


@pytest.mark.parametrize(("text", "count"), [
    ("More than 700 people rallied in Yekaterinburg on Sept 24, and 84 of them were detained", 84),
    ("Якутск: около 40 женщин вышли к военкомату, 9 задержаны", 9),
    ("Москва: на Пушкинской задерживают, задержано не менее 30", 30),
    ("У Воронежі вручили повістки кільком десяткам працівників авіазаводу", (20, 90)),
    ("На проходной завода в Тамбове раздали повестки полутора десяткам рабочих ночной смены", 15),
    ("Суд в Петербурге арестовал на 10 суток участника акции, задержанного на Садовой", 1),
    ("Omsk: a lone picketer was detained outside the regional government building", 1),
    ("В Иркутске на ул. Карла Маркса, 24 задержаны несколько десятков человек", (20, 90)),
    ("Казань: в ночном клубе облава, около 40 посетителей увезли в военкомат", 40),
])
def test_incident_counts_said_with_the_crowd_or_in_words(extractor: Extractor, text: str,
                                                         count: int | tuple[int, int]) -> None:
    r = extractor("t", text)
    assert r.kind == "incident" and r.count == count
