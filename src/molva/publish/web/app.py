"""The app: the public pages (pages.py), the JSON API under /api/v1 and its OpenAPI description,
behind a cache keyed on the store's version (cache.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from molva.api import Molva, history_dict
from molva.errors import MolvaError
from molva.publish.web.cache import Cached
from molva.publish.web.openapi import openapi
from molva.publish.web.pages import Pages
from molva.publish.web.views import IncidentFilter, incident_type_param
from molva.records import parse_time

NOW_TTL = 30.0  # seconds: how long an answer for "now" is kept when nothing new is stored


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one shape of every API error."""
    return {"ok": False, "error": {"status": status, "message": message}}


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status)


def create_app(molva: Molva, default_at: datetime | None = None, cache: bool = True) -> ASGIApp:
    """The whole site for one deployment. `default_at` pins the time answered when a request
    names none (a demo over past data); `cache` puts the store-versioned cache in front."""
    pages = Pages(molva, default_at)

    def at_of(request: Request) -> datetime | None:
        value = request.query_params.get("at")
        if not value:
            return default_at
        try:
            return parse_time(value)
        except ValueError:
            raise HTTPException(400, f"at: not an ISO time: {value!r}") from None

    async def api_board(request: Request) -> Response:
        return JSONResponse(molva.board(at_of(request)).to_dict())

    def time_param(request: Request, name: str) -> datetime | None:
        value = request.query_params.get(name)
        if not value:
            return None
        try:
            return parse_time(value)
        except ValueError:
            raise HTTPException(400, f"{name}: not an ISO time: {value!r}") from None

    async def api_history(request: Request) -> Response:
        crossing = request.path_params["crossing"]
        if crossing not in molva.gazetteer.crossings:
            raise HTTPException(404, f"no crossing {crossing!r}")
        direction = request.query_params.get("direction", "exit")
        points = molva.history(crossing, direction, time_param(request, "from"),
                               time_param(request, "to") or default_at)
        return JSONResponse(history_dict(crossing, direction, points))

    async def api_export(request: Request) -> Response:
        kind, _, suffix = request.path_params["file"].partition(".")
        fmt = {"csv": "csv", "geojson": "geojson", "hxl.csv": "hxl"}.get(suffix)
        if fmt is None:
            raise HTTPException(404, "expected .csv, .geojson or .hxl.csv")
        text = molva.export(kind, fmt, at_of(request) if kind == "board" else time_param(request, "at"))
        media = "application/geo+json" if fmt == "geojson" else "text/csv; charset=utf-8"
        return Response(text, media_type=media)

    async def api_incidents(request: Request) -> Response:
        until = time_param(request, "to") or default_at
        want = incident_type_param(request.query_params.get("type"))
        keep = IncidentFilter(want, request.query_params.get("city") or None, time_param(request, "from"))
        items = [inc.to_dict() for inc in molva.incidents(until) if keep.keeps(inc)]
        return JSONResponse({"incidents": items})

    async def api_rumours(request: Request) -> Response:
        status = request.query_params.get("status")
        items = [c.to_dict() for c in molva.claims(time_param(request, "to") or default_at)
                 if status is None or c.status == status]
        return JSONResponse({"rumours": items})

    async def api_openapi(request: Request) -> Response:
        return JSONResponse(openapi())

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if request.url.path.startswith("/api/"):
            return error_response(exc.status_code, str(exc.detail))
        return pages.error(request, exc.status_code, str(exc.detail))

    async def molva_error(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api/"):
            return error_response(400, str(exc))
        return pages.error(request, 400, str(exc))

    routes = [
        *pages.routes(),
        Route("/api/v1/board", api_board),
        Route("/api/v1/crossings/{crossing}/history", api_history),
        Route("/api/v1/export/{file}", api_export),
        Route("/api/v1/incidents", api_incidents),
        Route("/api/v1/rumours", api_rumours),
        Route("/openapi.json", api_openapi),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: http_error, MolvaError: molva_error},
    )
    if not cache:
        return app
    return Cached(app, molva.store.version, ttl=None if default_at else NOW_TTL)
