"""The public pages: board grouped by country, crossing page with its chart, map, incidents with
filters, rumours, translated errors; and the cache in front of them (ETag, gzip, versions)."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from exports import T0, chat, lars_chat, message, write
from molva.api import Molva
from molva.publish.web import create_app
from molva.publish.web.pages import lang_of, page_path
from molva.records import parse_time

AT = "2022-09-26T15:00:00+00:00"
LIMIT = 100_000  # bytes a page may weigh gzipped, its map and styles included


def city_chat() -> dict:
    """A news-like chat of incidents and a rumour."""
    return chat("Мобилизация: новости", 2002, [
        message(1, "В Москве в ОВД задержанным на протесте вручают повестки, около 30 человек",
                T0 + timedelta(hours=1), author="user60"),
        message(2, "Повестки раздают задержанным в отделах полиции Москвы, человек 40",
                T0 + timedelta(hours=2), author="user61"),
        message(3, "В Екатеринбурге задержали 12 человек на акции протеста", T0 + timedelta(hours=3),
                author="user62"),
        message(4, "Говорят, границу закроют 1 октября. Кто знает?", T0 + timedelta(hours=2),
                author="user63"),
        message(5, "правда что с 1 октября закроют границу?", T0 + timedelta(hours=3), author="user64"),
    ])


@pytest.fixture
def molva_with_data(molva: Molva, tmp_path: Path) -> Molva:
    (tmp_path / "lars").mkdir(), (tmp_path / "city").mkdir()
    molva.ingest([write(tmp_path / "lars" / "result.json", lars_chat()),
                  write(tmp_path / "city" / "result.json", city_chat())])
    return molva


@pytest.fixture
def client(molva_with_data: Molva) -> Iterator[TestClient]:
    with TestClient(create_app(molva_with_data, default_at=parse_time(AT))) as c:
        yield c


PAGES = ["/", "/map/", "/incidents/", "/rumours/", "/crossings/verkhny-lars/"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_page_renders_in_both_languages(client: TestClient, path: str, lang: str) -> None:
    url = path if lang == "ru" else "/en" + path
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert f'<html lang="{lang}">' in r.text
    assert "<script" not in r.text and "src=\"http" not in r.text and "href=\"http" not in r.text
    other = ("/en" + path) if lang == "ru" else path
    assert f'href="{other}" hreflang' in r.text  # the language switch keeps the page


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_light(client: TestClient, path: str) -> None:
    r = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert int(r.headers["content-length"]) <= LIMIT and len(gzip.compress(r.content)) <= LIMIT


def test_board_groups_by_country_and_says_freshness(client: TestClient) -> None:
    html = client.get("/").text
    assert 'data-country="GE"' in html and "Грузия" in html
    assert "обновлено 1 час назад" in html  # the newest report came at 14:00
    assert "Проверки:" in html and "военный билет" in html
    assert 'href="/crossings/verkhny-lars/"' in html


def test_stale_estimates_look_stale(client: TestClient) -> None:
    html = client.get("/", params={"at": "2022-09-27T09:00:00Z"}).text  # 19 h after the last report
    assert "crossing l-" in html and " stale" in html and "(устарело)" in html
    fresh = client.get("/", params={"at": "2022-09-26T14:30:00Z"}).text
    assert "(устарело)" not in fresh


def test_crossing_page_has_a_chart_and_facts_only(client: TestClient) -> None:
    html = client.get("/crossings/verkhny-lars/").text
    assert '<svg viewBox=' in html and 'class="line"' in html
    assert "прошли за 19 ч" in html and "прошли за 24 ч" in html
    assert "@olya_k" not in html and "user43" not in html and "телефон не смотрели" not in html
    assert 'id="notes"' in html and "Северная Осетия" in html  # the gazetteer's sourced notes, region
    assert client.get("/crossings/atlantis/").status_code == 404


def test_map_draws_borders_crossings_and_incident_cities(client: TestClient) -> None:
    html = client.get("/map/").text
    assert html.count('class="land') > 10 and 'class="land ru"' in html
    lars = re.search(r'class="c (f-\w+)" data-crossing="verkhny-lars"', html)
    assert lars and lars.group(1) == "f-long"  # about a day's wait
    assert re.search(r'class="c f-none" data-crossing="kyakhta"', html)  # nothing said of it
    assert 'data-city="Moscow"' in html


def test_incidents_page_filters(client: TestClient) -> None:
    html = client.get("/incidents/").text
    assert 'data-city="Moscow"' in html and 'data-city="Yekaterinburg"' in html
    assert "· Москва<" in html and "Екатеринбург" in html  # city names in Russian on the Russian page
    only = client.get("/incidents/", params={"type": "detention"}).text
    assert 'data-city="Yekaterinburg"' in only and 'data-type="draft_notice"' not in only
    moscow = client.get("/incidents/", params={"city": "moscow"}).text
    assert 'data-city="Yekaterinburg"' not in moscow and "30–40" in moscow
    later = client.get("/incidents/", params={"from": "2022-09-27"}).text
    assert 'class="card incident"' not in later
    assert client.get("/incidents/", params={"type": "picnic"}).status_code == 400
    assert client.get("/incidents/", params={"from": "tomorrow"}).status_code == 400


def test_rumours_page_shows_status_and_spread(client: TestClient, molva_with_data: Molva) -> None:
    html = client.get("/rumours/").text
    assert 'data-claim="border-closure-10-01"' in html and 'data-status="unverified"' in html
    molva_with_data.set_claim("border-closure-10-01", "denied", "https://example.org/fsb-denies")
    after = TestClient(create_app(molva_with_data, default_at=parse_time(AT))).get("/rumours/").text
    assert 'data-status="denied"' in after and 'href="https://example.org/fsb-denies"' in after


@pytest.mark.parametrize(("path", "words"), [("/nowhere", "Страница не найдена"),
                                             ("/en/nowhere", "Page not found")])
def test_not_found_is_translated(client: TestClient, path: str, words: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and words in r.text and r.headers["cache-control"] == "no-store"


def test_wrong_method_gets_the_error_shape(client: TestClient) -> None:
    r = client.post("/api/v1/board")
    assert r.status_code == 405 and r.json()["error"]["status"] == 405


def test_answers_carry_cache_headers_and_etags(client: TestClient) -> None:
    first = client.get("/api/v1/board")
    assert first.headers["cache-control"].startswith("public, max-age=")
    etag = first.headers["etag"]
    again = client.get("/api/v1/board", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.head("/").status_code == 200


def test_the_cache_follows_the_store(molva_with_data: Molva, tmp_path: Path) -> None:
    app = create_app(molva_with_data, default_at=parse_time(AT))
    app.check_every = 0  # type: ignore[attr-defined]  # read the store's version on every request
    c = TestClient(app)
    before = c.get("/api/v1/board").json()
    extra = chat("Верхний Ларс | выезд в Грузию", 1001, [
        message(9, "прошли за 40 часов", T0 + timedelta(hours=4, minutes=30), author="user77")])
    (tmp_path / "more").mkdir()
    molva_with_data.ingest([write(tmp_path / "more" / "result.json", extra)])
    after = c.get("/api/v1/board").json()
    assert before != after


@pytest.mark.parametrize(("path", "lang", "bare"), [
    ("/", "ru", "/"), ("/map/", "ru", "/map/"), ("/en/", "en", "/"), ("/en", "en", "/"),
    ("/en/crossings/x/", "en", "/crossings/x/"), ("/english/", "ru", "/english/")])
def test_paths_and_languages(path: str, lang: str, bare: str) -> None:
    assert lang_of(path) == lang and page_path(path) == bare
