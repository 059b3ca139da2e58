"""The JSON API against its own OpenAPI description, with Schemathesis: generated requests (valid
and not) never crash the server, answers match the documented schemas and status codes, and
every error has the one error shape."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from test_pages import city_chat

from exports import lars_chat, write
from molva.api import Molva
from molva.publish.web import create_app
from molva.records import parse_time

OPERATIONS = ["/api/v1/board", "/api/v1/crossings/{crossing}/history", "/api/v1/incidents",
              "/api/v1/rumours", "/api/v1/export/{file}"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("path", OPERATIONS)
def test_api_matches_its_description(molva: Molva, tmp_path: Path, path: str) -> None:
    (tmp_path / "lars").mkdir(), (tmp_path / "city").mkdir()
    molva.ingest([write(tmp_path / "lars" / "result.json", lars_chat()),
                  write(tmp_path / "city" / "result.json", city_chat())])
    app = create_app(molva, default_at=parse_time("2022-09-26T15:00:00Z"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operation = schema[path]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case) -> None:  # type: ignore[no-untyped-def]
        response = case.call_and_validate()
        if response.status_code >= 400:
            body = response.json()
            assert body["ok"] is False and body["error"]["status"] == response.status_code

    check()


def test_openapi_names_every_api_route() -> None:
    from molva.publish.web.openapi import openapi

    paths = set(openapi()["paths"])
    assert paths == {"/api/v1/board", "/api/v1/crossings/{crossing}/history", "/api/v1/incidents",
                     "/api/v1/rumours", "/api/v1/export/{file}"}
