"""The web app: pages in Russian and English, the JSON API, one error shape, OpenAPI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from exports import lars_chat, write
from molva.api import Molva
from molva.publish.web import create_app
from molva.publish.web.app import error_body
from molva.records import parse_time

AT = "2022-09-26T15:00:00+00:00"


@pytest.fixture
def client(molva: Molva, tmp_path: Path) -> Iterator[TestClient]:
    molva.ingest([write(tmp_path / "result.json", lars_chat())])
    with TestClient(create_app(molva, default_at=parse_time(AT))) as c:
        yield c


def test_board_page_is_russian_and_server_rendered(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="ru">' in r.text
    assert "Очереди на границе" in r.text and 'data-crossing="verkhny-lars"' in r.text
    assert "выезд из России" in r.text and "Верхний Ларс" in r.text
    assert "<script" not in r.text  # readable with JavaScript off
    assert "http://" not in r.text and "https://" not in r.text  # nothing from another host


def test_english_page(client: TestClient) -> None:
    r = client.get("/en/")
    assert '<html lang="en">' in r.text and "leaving Russia" in r.text and "Verkhny Lars" in r.text


def test_api_board_matches_the_cli_shape(client: TestClient, molva: Molva) -> None:
    body = client.get("/api/v1/board").json()
    assert body == molva.board(parse_time(AT)).to_dict()
    assert body["at"] == AT and body["crossings"][0]["crossing"] == "verkhny-lars"
    other = client.get("/api/v1/board", params={"at": "2022-09-26T10:30:00Z"}).json()
    assert other["crossings"] == []


def test_api_errors_have_one_shape(client: TestClient) -> None:
    r = client.get("/api/v1/board", params={"at": "вчера"})
    assert r.status_code == 400
    assert r.json() == error_body(400, "at: not an ISO time: 'вчера'")
    missing = client.get("/api/v1/nothing")
    assert missing.status_code == 404 and set(missing.json()) == {"ok", "error"}


def test_openapi_describes_the_board(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.") and "/api/v1/board" in spec["paths"]


def test_history_is_the_board_at_each_hour(client: TestClient, molva: Molva) -> None:
    body = client.get("/api/v1/crossings/verkhny-lars/history",
                      params={"from": "2022-09-26T12:00:00Z", "to": AT}).json()
    assert body["crossing"] == "verkhny-lars" and body["direction"] == "exit"
    assert [p["at"] for p in body["points"]] == [
        "2022-09-26T12:00:00+00:00", "2022-09-26T13:00:00+00:00", "2022-09-26T14:00:00+00:00", AT]
    board = {e["crossing"]: e for e in molva.board(parse_time(AT)).to_dict()["crossings"]}
    assert body["points"][-1]["wait_hours"] == board["verkhny-lars"]["wait_hours"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/crossings/nowhere/history", 404),
        ("/api/v1/crossings/kyakhta/history?from=yesterday", 400),
        ("/api/v1/crossings/kyakhta/history?direction=up", 400),
        ("/api/v1/crossings/kyakhta/history?from=2022-01-01T00:00Z&to=2022-09-26T00:00Z", 400),
        ("/api/v1/export/reports.xml", 404),
        ("/api/v1/export/people.csv", 400),
    ],
)
def test_history_and_export_errors(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status and r.json()["ok"] is False


def test_exports_over_http(client: TestClient) -> None:
    csv = client.get("/api/v1/export/reports.csv")
    assert csv.status_code == 200 and csv.text.startswith("time,kind,crossing")
    hxl = client.get("/api/v1/export/board.hxl.csv").text.splitlines()
    assert hxl[1].startswith("#date,#loc+crossing+code")
    geo = client.get("/api/v1/export/reports.geojson").json()
    assert geo["type"] == "FeatureCollection"
    assert all(f["geometry"]["coordinates"][0] > f["geometry"]["coordinates"][1] for f in geo["features"])


def test_incidents_api_is_a_list_with_filters(client: TestClient) -> None:
    body = client.get("/api/v1/incidents").json()
    assert isinstance(body["incidents"], list)
    empty = client.get("/api/v1/incidents", params={"type": "raid", "city": "Nowhere"}).json()
    assert empty == {"incidents": []}
    assert client.get("/api/v1/incidents", params={"from": "soon"}).status_code == 400
