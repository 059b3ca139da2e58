"""Merging incident reports: duplicates, forwards and near-misses written for the purpose."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from molva.fuse.incidents import IncidentReport, merge

T0 = datetime(2022, 9, 22, 8, 0, tzinfo=UTC)


def rep(n: int, minutes: float, text: str, itype: str = "draft_notice", city: str | None = "Moscow",
        place: str | None = "metro", author: str | None = None, source: str = "chat1",
        count: int | tuple[int, int] | None = None) -> IncidentReport:
    return IncidentReport(str(n), T0 + timedelta(minutes=minutes), source, author or f"a{n}", text,
                          itype, city, place, count)


# One event told many ways, its forwards, and events that only look alike.
METRO = [
    rep(1, 0, "У метро Выхино раздают повестки, мужчин останавливают у выхода", count=10),
    rep(2, 12, "Выхино, выход из метро: повестки раздают всем мужчинам подряд"),
    rep(3, 15, "У метро Выхино раздают повестки, мужчин останавливают у выхода", author="a3", source="chat2"),
    rep(4, 40, "подтверждаю, Выхино, у метро повестки раздают, человек 20 остановили", count=20),
]
FORWARDS = [  # the same message forwarded by three people into three chats
    rep(10 + i, 60 + i, "⚡️ У метро Выхино раздают повестки, мужчин останавливают у выхода", source=f"fwd{i}")
    for i in range(3)
]
NEAR_MISSES = [
    rep(20, 30, "У метро Выхино задержали двоих, увезли в отдел", itype="detention"),  # another type
    rep(21, 30, "У метро Площадь Восстания раздают повестки", city="Saint Petersburg"),  # another city
    rep(22, 60 * 30, "У метро Выхино снова раздают повестки, мужчин останавливают"),  # a day later
    rep(23, 50, "В общаге МГУ на Вернадского вручают повестки по комнатам", place="dormitory"),  # other place
    rep(24, 55, "Повестки вручили сотрудникам на заводе, целой смене", place="workplace"),
]


def test_one_event_in_many_words_is_one_incident() -> None:
    [inc] = merge(METRO)
    assert [r.id for r in inc.reports] == ["1", "2", "3", "4"]
    assert inc.first_seen == T0 and inc.last_seen == T0 + timedelta(minutes=40)
    assert inc.count == (10, 20) and inc.precision == "place" and inc.sources == 2


def test_forwards_and_copies_count_once() -> None:
    [inc] = merge(METRO + FORWARDS)
    assert len(inc.reports) == 7
    # 1, 2 and 4 are independent voices; 3 and the forwards copy 1
    assert inc.independent == 3
    assert inc.corroboration > merge(METRO[:1])[0].corroboration


def test_near_misses_stay_apart() -> None:
    incidents = merge(METRO + NEAR_MISSES)
    assert len(incidents) == 1 + len(NEAR_MISSES)
    by_first = {inc.reports[0].id: inc for inc in incidents}
    assert by_first["1"].reports == METRO


def test_precision_follows_what_is_known() -> None:
    [city_only] = merge([rep(1, 0, "в Казани вручают повестки", city="Kazan", place=None)])
    [nowhere] = merge([rep(2, 0, "где-то вручают повестки", city=None, place=None)])
    assert city_only.precision == "city" and nowhere.precision == "country"


def test_the_order_of_reports_does_not_matter() -> None:
    reports = METRO + FORWARDS + NEAR_MISSES
    shuffled = reports[:]
    random.Random(3).shuffle(shuffled)
    assert [inc.to_dict() for inc in merge(reports)] == [inc.to_dict() for inc in merge(shuffled)]


def test_incidents_end_to_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Ingested messages → merged incidents → CSV, HXL and GeoJSON at the city's coordinates."""
    import json

    from molva.api import Molva
    from molva.settings import Settings

    lines = [
        {"id": "1", "date": "2022-09-22T08:00:00+03:00", "author": "u1", "source": "c1",
         "text": "У метро Выхино раздают повестки, мужчин останавливают у выхода, Москва"},
        {"id": "2", "date": "2022-09-22T08:20:00+03:00", "author": "u2", "source": "c2",
         "text": "Москва, Выхино: у метро раздают повестки мужчинам, человек 20 остановили"},
        {"id": "3", "date": "2022-09-22T09:00:00+03:00", "author": "u3", "source": "c1",
         "text": "В Якутске около сотни женщин вышли на площадь с протестом против мобилизации"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    m = Molva(Settings(db=f"sqlite:///{tmp_path / 'i.db'}", secret="k"))
    try:
        m.ingest([path])
        incidents = m.incidents()
        assert sorted((i.incident_type, i.city, len(i.reports)) for i in incidents) == [
            ("draft_notice", "Moscow", 2), ("protest", "Yakutsk", 1)]
        hxl = m.export("incidents", "hxl").splitlines()
        assert hxl[1].startswith("#event+id,#event+type,#date+start") and len(hxl) == 4
        geo = json.loads(m.export("incidents", "geojson"))
        moscow = next(f for f in geo["features"] if f["properties"]["city"] == "Moscow")
        assert moscow["geometry"]["coordinates"] == [37.6178, 55.752]
        assert moscow["properties"]["independent"] == 2 and moscow["properties"]["sources"] == 2
    finally:
        m.close()
