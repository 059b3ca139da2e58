"""Routes: the board page (ru at `/`, en at `/en/`), the JSON API and its OpenAPI description."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from molva.api import Molva, history_dict
from molva.errors import MolvaError
from molva.publish.web.i18n import STRINGS
from molva.publish.web.openapi import openapi
from molva.records import parse_time

TEMPLATES = Path(__file__).parent / "templates"


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one shape of every API error."""
    return {"ok": False, "error": {"status": status, "message": message}}


def error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse(error_body(status, message), status_code=status)


def create_app(molva: Molva, default_at: datetime | None = None) -> Starlette:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())
    page = env.get_template("board.html")
    names = {
        "ru": {c.id: c.name_ru for c in molva.gazetteer.crossings.values()},
        "en": {c.id: c.name_en for c in molva.gazetteer.crossings.values()},
    }

    def at_of(request: Request) -> datetime | None:
        value = request.query_params.get("at")
        if not value:
            return default_at
        try:
            return parse_time(value)
        except ValueError:
            raise HTTPException(400, f"at: not an ISO time: {value!r}") from None

    def board_page(lang: str):  # type: ignore[no-untyped-def]
        async def endpoint(request: Request) -> Response:
            result = molva.board(at_of(request))
            html = page.render(t=STRINGS[lang], lang=lang, board=result, names=names[lang])
            return HTMLResponse(html)

        return endpoint

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
        since = time_param(request, "from")
        want_type, want_city = request.query_params.get("type"), request.query_params.get("city")
        items = [
            inc.to_dict() for inc in molva.incidents(until)
            if (want_type is None or inc.incident_type == want_type)
            and (want_city is None or (inc.city or "").lower() == want_city.lower())
            and (since is None or inc.last_seen >= since)
        ]
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
        return HTMLResponse(f"<h1>{exc.status_code}</h1><p>{exc.detail}</p>", exc.status_code)

    async def molva_error(request: Request, exc: Exception) -> Response:
        return error_response(400, str(exc))

    routes = [
        Route("/", board_page("ru")),
        Route("/en/", board_page("en")),
        Route("/api/v1/board", api_board),
        Route("/api/v1/crossings/{crossing}/history", api_history),
        Route("/api/v1/export/{file}", api_export),
        Route("/api/v1/incidents", api_incidents),
        Route("/api/v1/rumours", api_rumours),
        Route("/openapi.json", api_openapi),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={HTTPException: http_error, MolvaError: molva_error},
    )
