"""The public pages: board, crossing, map, incidents, rumours — Russian at `/…`, English at `/en/…`.

Rendered on the server with Jinja2, no script, styles inline, nothing from another host. Each
route is a thin shell: read the request, call `Molva`, build records (views.py), render.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from molva.api import Molva
from molva.publish.web import chart, views
from molva.publish.web.i18n import STRINGS
from molva.publish.web.map import map_svg
from molva.publish.web.words import COUNTRIES, city_name
from molva.records import parse_time

TEMPLATES = Path(__file__).parent / "templates"
PREFIX = {"ru": "", "en": "/en"}
NAV = ("board", "map", "incidents", "rumours")
NAV_PATHS = {"board": "/", "map": "/map/", "incidents": "/incidents/", "rumours": "/rumours/"}
CHART_DAYS = 7


def environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(),
                       trim_blocks=True, lstrip_blocks=True)


def lang_of(path: str) -> str:
    return "en" if path == "/en" or path.startswith("/en/") else "ru"


def page_path(path: str) -> str:
    """The path without its language prefix: `/en/map/` → `/map/`."""
    if lang_of(path) == "en":
        return path[3:] or "/"
    return path


class Pages:
    """Renders every page for one deployment; the template environment is built once."""

    def __init__(self, molva: Molva, default_at: datetime | None = None,
                 env: Environment | None = None) -> None:
        self.molva, self.default_at = molva, default_at
        self.env = env or environment()

    def at_of(self, request: Request) -> datetime:
        value = request.query_params.get("at")
        if value:
            try:
                return parse_time(value).astimezone(UTC)
            except ValueError:
                raise HTTPException(400, f"at: not an ISO time: {value!r}") from None
        return (self.default_at or datetime.now(UTC)).astimezone(UTC)

    def render(self, request: Request, template: str, here: str | None, **values: Any) -> HTMLResponse:
        lang = lang_of(request.url.path)
        html = self.env.get_template(template).render(**self.frame(request, lang, here), **values)
        return HTMLResponse(html)

    def frame(self, request: Request, lang: str, here: str | None) -> dict[str, Any]:
        other = "en" if lang == "ru" else "ru"
        query = f"?{request.url.query}" if request.url.query else ""
        return {
            "lang": lang, "other": other, "t": STRINGS[lang], "here": here, "prefix": PREFIX[lang],
            "nav": [(k, PREFIX[lang] + NAV_PATHS[k]) for k in NAV],
            "switch": PREFIX[other] + page_path(request.url.path) + query,
        }

    # -- pages -------------------------------------------------------------------------

    async def board(self, request: Request) -> Response:
        lang, at = lang_of(request.url.path), self.at_of(request)
        board = self.molva.board(at)
        groups = views.board_groups(board.crossings, self.molva.gazetteer.crossings, self.molva.on_foot(at),
                                    at, lang)
        return self.render(request, "board.html", "board", at=at, groups=groups)

    async def crossing(self, request: Request) -> Response:
        lang, at = lang_of(request.url.path), self.at_of(request)
        cid = request.path_params["crossing"]
        c = self.molva.gazetteer.crossings.get(cid)
        if c is None:
            raise HTTPException(404, f"no crossing {cid!r}")
        t = STRINGS[lang]
        name = c.name_ru if lang == "ru" else c.name_en
        estimates = [e for e in self.molva.board(at).crossings if e.crossing == cid]
        rows = [views.row(e, name, at, lang) for e in estimates]
        start = at - timedelta(days=CHART_DAYS)
        points = self.molva.history(cid, "exit", start, at)
        said = views.recent(self.molva.crossing_reports(cid, at, limit=30), t, lang)
        return self.render(
            request, "crossing.html", None, at=at, crossing=cid, name=name, rows=rows, info=c,
            country=COUNTRIES[lang].get(c.country, c.country), foot=self.molva.on_foot(at).get(cid),
            chart=chart.svg(points, t["chart"], t["hours"]), said=said,
            start=start.strftime("%Y-%m-%dT%H:%M:%SZ"), end=at.strftime("%Y-%m-%dT%H:%M:%SZ"))

    async def incidents(self, request: Request) -> Response:
        at = self.at_of(request)
        q = request.query_params
        want = views.incident_type_param(q.get("type"))
        try:
            since, until = views.day_bounds(q.get("from") or None, q.get("to") or None)
        except ValueError:
            raise HTTPException(400, "from/to: expected dates as YYYY-MM-DD") from None
        found = self.molva.incidents(at)
        keep = views.IncidentFilter(want, q.get("city") or None, since, until)
        lang = lang_of(request.url.path)
        shown = [views.incident_view(i, lang) for i in reversed(found) if keep.keeps(i)]
        named = {i.city for i in found if i.city}
        cities = sorted(((c, city_name(c, lang) or c) for c in named), key=lambda c: c[1])
        return self.render(request, "incidents.html", "incidents", incidents=shown, cities=cities,
                           types=views.INCIDENT_TYPES, f=keep, dates=(q.get("from", ""), q.get("to", "")))

    async def rumours(self, request: Request) -> Response:
        claims = self.molva.claims(self.at_of(request))
        shown = sorted((views.claim_view(c) for c in claims), key=lambda c: c.last_seen, reverse=True)
        return self.render(request, "rumours.html", "rumours", claims=shown)

    async def map(self, request: Request) -> Response:
        lang, at = lang_of(request.url.path), self.at_of(request)
        board = self.molva.board(at)
        svg = map_svg(self.molva.gazetteer, board.crossings, self.molva.incidents(at), lang, PREFIX[lang])
        return self.render(request, "map.html", "map", at=at, svg=svg,
                           levels=("short", "medium", "long", "extreme", "none"))

    def error(self, request: Request, status: int, detail: str) -> HTMLResponse:
        lang = lang_of(request.url.path)
        t = STRINGS[lang]
        heading, text = {404: (t["not_found"], t["not_found_text"]),
                         400: (t["bad_request"], detail)}.get(status, (t["error"], detail))
        html = self.env.get_template("error.html").render(
            **self.frame(request, lang, None), status=status, heading=heading, text=text)
        return HTMLResponse(html, status_code=status)

    def routes(self) -> list[Route]:
        pages: list[tuple[str, Callable[..., Any]]] = [
            ("/", self.board), ("/crossings/{crossing}/", self.crossing), ("/map/", self.map),
            ("/incidents/", self.incidents), ("/rumours/", self.rumours)]
        return [Route(PREFIX[lang] + path, endpoint, methods=["GET", "HEAD"])
                for lang in ("ru", "en") for path, endpoint in pages]
